import { describe, expect, it } from 'vitest';
import { buildMaterialView, buildProcessView } from '../../../src/app/network/viewGraphs.ts';
import { viewEdgeTooltip, viewNodeTooltip } from '../../../src/app/network/viewTooltip.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';

/** Two smelters turn ore into ingot; the material view's one edge ore → ingot has both behind it. */
const park = () =>
  buildPark({
    materials: { ore: ['product', 't/a'], ingot: 'product' },
    enterprises: {
      north: { in: { ore: 10 }, out: { ingot: 5 } },
      south: { in: { ore: 20 }, out: { ingot: 9 } },
    },
  });

describe('the views’ hover tooltips', () => {
  it('name who performs a transformation, which the edges no longer print', () => {
    const model = park();
    const view = buildMaterialView(model);
    const edge = view.edge('ore', 'ingot')!;
    const names = model.enterprises.map((e) => e.name.en);
    const tip = viewEdgeTooltip(view, edge, 'en')!;
    expect(tip.title).toBe(`${model.materials[0]!.name.en} → ${model.materials[1]!.name.en}`);
    expect(tip.lines).toEqual([`by ${names.join(', ')}`]);
  });

  it('say nothing for a process-view edge, whose ends are the enterprise and the material', () => {
    const view = buildProcessView(park());
    expect(viewEdgeTooltip(view, view.edges()[0]!, 'zh')).toBeNull();
  });

  it('give a node its full name, asides included', () => {
    const model = park();
    const view = buildMaterialView({
      ...model,
      materials: model.materials.map((m) => ({
        ...m,
        name: { zh: '纯碱(碳酸钠)', en: 'soda ash (sodium carbonate)' },
      })),
    });
    expect(viewNodeTooltip(view, 'ore', 'zh')).toEqual({ title: '纯碱(碳酸钠)', lines: [] });
    expect(viewNodeTooltip(view, 'nowhere', 'zh')).toBeNull();
  });
});
