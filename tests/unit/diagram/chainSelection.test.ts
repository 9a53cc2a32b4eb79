import { describe, expect, it } from 'vitest';
import { selectChain } from '../../../src/core/diagram/chainSelection.ts';
import type { Diagram } from '../../../src/core/diagram/types.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';
import { brokenChainPark, referenceCatalogue, referenceParkWithBilletStage, smeltingCatalogue } from './parks.ts';

function select(...args: Parameters<typeof selectChain>): Diagram {
  const result = selectChain(...args);
  if (!result.ok) throw new Error(result.problem.message.en);
  return result.diagram;
}

/** "from → to" per link, with its kind and label, for comparing with a drawing by hand. */
function links(diagram: Diagram): string[] {
  return diagram.links.map((l) => `${l.from} → ${l.to} ${l.kind} ${l.label}${l.quantity ? ` ${l.quantity}` : ''}`);
}

describe('selectChain', () => {
  it('puts performers in stage columns and a placeholder where nobody performs a stage', () => {
    const diagram = select(brokenChainPark(), 'metal', { language: 'en' });
    expect(diagram.nodes.map((n) => [n.id, n.kind, n.layer])).toEqual([
      ['c1:collector', 'enterprise', 1],
      ['c2:missing', 'missing', 2],
      ['c3:roller', 'enterprise', 3],
      ['x2:@market', 'boundary', 2],
      ['x0:@supply', 'boundary', 0],
      ['x4:@market', 'boundary', 4],
      ['x2:@supply', 'boundary', 2],
    ]);
    const missing = diagram.nodes.find((n) => n.kind === 'missing')!;
    expect(missing.label).toBe('missing stage: ingot');
    expect(missing.detail).toBe('scrap → ingot');
    // Each of the two operating stages has exactly one performer.
    expect(diagram.nodes.filter((n) => n.singlePerformer).map((n) => n.id)).toEqual(['c1:collector', 'c3:roller']);
    expect(links(diagram)).toEqual([
      'c1:collector → x2:@market existing scrap 80 t/a',
      'x0:@supply → c1:collector existing ore 100 t/a',
      'c3:roller → x4:@market existing rod 45 t/a',
      'x2:@supply → c3:roller existing ingot 50 t/a',
      'c1:collector → c2:missing missing scrap',
      'c2:missing → c3:roller missing ingot',
    ]);
    expect(diagram.columns.map((c) => c.label)).toEqual([
      'supply: ore',
      'stage 1: ore → scrap',
      'stage 2: scrap → ingot',
      'stage 3: ingot → rod',
      'outlets: rod',
    ]);
    expect(diagram.subtitle).toBe('1 broken link(s), 2 stage(s) with a single performer');
    expect(diagram.notes).toEqual(['Broken link: no operating enterprise turns scrap into ingot.']);
  });

  it('labels the placeholder in Chinese: 缺失环节', () => {
    const park = brokenChainPark();
    park.materials.find((m) => m.id === 'ingot')!.name = { zh: '铸锭', en: 'ingot' };
    const diagram = select(park, 'metal', { language: 'zh' });
    expect(diagram.nodes.find((n) => n.kind === 'missing')?.label).toBe('缺失环节:铸锭');
  });

  it('shows a billet stage added to the reference park’s scrap-steel chain as a missing stage', () => {
    const park = referenceParkWithBilletStage();
    const diagram = select(park, 'scrap-steel-chain', { language: 'zh', catalogue: referenceCatalogue() });
    const missing = diagram.nodes.filter((n) => n.kind === 'missing');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.layer).toBe(2);
    expect(missing[0]!.label).toMatch(/^缺失环节:/);
    // The four recyclers that turn mixed scrap into scrap steel all feed the gap.
    const performers = diagram.nodes.filter((n) => n.layer === 1 && !n.partner).map((n) => n.ref);
    expect(performers).toEqual(['meikai-recycling', 'zhongzai-recycling', 'scrap-steel-centre', 'sorting-centre']);
    expect(diagram.links.filter((l) => l.kind === 'missing' && l.to === missing[0]!.id)).toHaveLength(4);
    expect(diagram.notes.join(' ')).toContain('工艺目录中有 1 项技术可补链');
  });

  it('overlays a gap-filling project as a proposal in the missing stage’s column', () => {
    const diagram = select(brokenChainPark(), 'metal', {
      language: 'en',
      catalogue: smeltingCatalogue(),
      project: 'smelting',
    });
    expect(diagram.nodes.some((n) => n.kind === 'missing')).toBe(false);
    const proposal = diagram.nodes.find((n) => n.kind === 'proposal')!;
    expect(proposal).toMatchObject({ id: 'c2:project-smelting', layer: 2, label: 'Smelting' });
    // Sized to the roller's 50 t of imported ingot: 50 / 0.9 t of the collector's scrap, now sold out of the park.
    expect(links(diagram)).toContain('c1:collector → c2:project-smelting proposal scrap 55.6 t/a');
    expect(links(diagram)).toContain('c1:collector → x2:@market existing scrap 24.4 t/a');
    expect(links(diagram)).toContain('c2:project-smelting → c3:roller proposal ingot 50 t/a');
    expect(diagram.notes).toContain('The proposed project fills stage 2.');
    expect(diagram.subtitle).toContain('with proposed project: Smelting');
  });

  it('draws one enterprise performing two consecutive stages as an in-house step', () => {
    const park = buildPark({
      materials: { a: 'waste', b: 'by-product', c: 'product' },
      enterprises: { plant: { in: { a: 10, b: 8 }, out: { b: 8, c: 7 } } },
      flows: [
        ['@supply', 'plant', 'a', 10],
        ['plant', '@market', 'c', 7],
      ],
      chains: { ab: ['a', 'b', 'c'] },
    });
    const diagram = select(park, 'ab', { language: 'en' });
    expect(links(diagram)).toEqual([
      'x0:@supply → c1:plant existing a 10 t/a',
      'c1:plant → c2:plant in-house b (in-house)',
      'c2:plant → x3:@market existing c 7 t/a',
    ]);
  });

  it('reports an unknown chain or technology as a problem value', () => {
    const unknown = selectChain(brokenChainPark(), 'nope');
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) {
      expect(unknown.problem.code).toBe('unknown-chain');
      expect(unknown.problem.message.en).toContain('known: metal');
    }
    const noTech = selectChain(brokenChainPark(), 'metal', { catalogue: smeltingCatalogue(), project: 'nope' });
    expect(noTech.ok || noTech.problem.code).toBe('unknown-technology');
  });
});
