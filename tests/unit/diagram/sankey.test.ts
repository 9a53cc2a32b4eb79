import { describe, expect, it } from 'vitest';
import { buildSankeyData, layoutSankey } from '../../../src/core/diagram/sankey.ts';
import { renderSankeySvg } from '../../../src/core/diagram/sankeySvg.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';
import { referencePark } from './parks.ts';
import { parseSvg, squash, squashedText, visibleTexts, withClass } from './svgTree.ts';

/**
 *   @supply --m 10--> a --m 6--> b --p 5--> c --p 5--> @market
 *                     a <--m 2-- b                       (a cycle a ⇄ b)
 *                     a --m 2--> @disposal
 *                     a --e 100 MWh--> c                 (energy without heating value: not mass)
 *                     a --w 3 kt--> c                    (kt/a: converts, 3000 t/a)
 *  clusters: a, b in k1; c in k2
 */
function cyclePark() {
  return buildPark({
    materials: { m: 'waste', p: 'product', e: ['energy', 'MWh/a'], w: ['water', 'kt/a'] },
    clusters: ['k1', 'k2'],
    enterprises: {
      a: { cluster: 'k1', in: { m: 12 }, out: { m: 8, e: 100, w: 3 } },
      b: { cluster: 'k1', in: { m: 6 }, out: { m: 2, p: 5 } },
      c: { cluster: 'k2', in: { p: 5, e: 100, w: 3 }, out: { p: 5 } },
    },
    flows: [
      ['@supply', 'a', 'm', 10],
      ['a', 'b', 'm', 6],
      ['b', 'a', 'm', 2],
      ['b', 'c', 'p', 5],
      ['c', '@market', 'p', 5],
      ['a', '@disposal', 'm', 2],
      ['a', 'c', 'e', 100],
      ['a', 'c', 'w', 3],
    ],
  });
}

const links = (data: ReturnType<typeof buildSankeyData>) =>
  data.links.map((l) => `${l.source}→${l.target} ${l.category} ${l.value}`);

describe('buildSankeyData', () => {
  it('by enterprise: breaks the a ⇄ b cycle at its lighter link and leaves out what is not mass', () => {
    const data = buildSankeyData(cyclePark(), { language: 'en' });
    expect(data.nodes.map((n) => n.id)).toEqual(['@supply', 'a', 'b', 'c', '@market', '@disposal']);
    expect(links(data)).toEqual([
      '@supply→a waste 10',
      'a→b waste 6',
      'b→c product 5',
      'c→@market product 5',
      'a→@disposal waste 2',
      'a→c water 3000',
    ]);
    expect(data.removed.map((l) => `${l.source}→${l.target} ${l.value}`)).toEqual(['b→a 2']);
    expect(data.unconvertible).toEqual([{ flow: 'f7', material: 'e', unit: 'MWh/a' }]);
    expect(data.notes).toEqual([
      '1 flow(s) left out because they cannot be converted to mass (t): e.',
      'Left out to break a cycle (a sankey cannot draw one): B → A (waste, 2 t/a).',
    ]);
  });

  it('by cluster: flows inside a cluster cannot be drawn, and the notes say so', () => {
    const data = buildSankeyData(cyclePark(), { language: 'en', by: 'cluster' });
    expect(links(data)).toEqual([
      '@supply→cluster:k1 waste 10',
      'cluster:k1→cluster:k2 product 5',
      'cluster:k2→@market product 5',
      'cluster:k1→@disposal waste 2',
      'cluster:k1→cluster:k2 water 3000',
    ]);
    expect(data.notes).toContain('Flows within k1 are not drawn (waste 8 t/a).');
    expect(data.clusters.map((c) => c.id)).toEqual(['k1', 'k2']);
  });

  it('filters by material category and by flow status', () => {
    const data = buildSankeyData(cyclePark(), { language: 'zh', categories: ['product'] });
    expect(links(data)).toEqual(['b→c product 5', 'c→@market product 5']);
    expect(data.subtitle).toBe('单位:吨/年(t/a);物料类别:产品;物质流状态:现有');
    const planned = buildSankeyData(cyclePark(), { statuses: ['planned'] });
    expect(planned.links).toEqual([]);
    expect(planned.notes).toEqual(['没有符合条件的物质流。']);
  });
});

describe('layoutSankey and renderSankeySvg', () => {
  it('lays out a park with a cycle without d3-sankey throwing, sources left and sinks right', () => {
    const layout = layoutSankey(buildSankeyData(cyclePark(), { language: 'en' }), { width: 600, height: 300 });
    const x = new Map(layout.nodes.map((n) => [n.node.id, n.x0]));
    expect(x.get('@supply')).toBe(0);
    expect(x.get('@market')).toBe(600 - 14);
    expect(x.get('a')! < x.get('b')! && x.get('b')! < x.get('c')!).toBe(true);
    for (const n of layout.nodes) expect([n.x0, n.x1, n.y0, n.y1].every(Number.isFinite)).toBe(true);
    // Band widths follow t/a (bands thinner than 1 px are drawn 1 px wide): 3000 t of water against 10 t of waste.
    const width = (source: string, category: string) =>
      layout.links.find((l) => l.link.source === source && l.link.category === category)!.width;
    expect(width('a', 'water') / width('@supply', 'waste')).toBeGreaterThan(250);
    expect(width('@supply', 'waste')).toBeGreaterThanOrEqual(1);
  });

  it('renders well-formed SVG with bands, nodes, legend and notes', () => {
    const svg = renderSankeySvg(layoutSankey(buildSankeyData(cyclePark(), { language: 'en' })), { date: '2025-03-01' });
    const root = parseSvg(svg);
    expect(withClass(root, 'band')).toHaveLength(6);
    expect(withClass(root, 'node')).toHaveLength(6);
    const texts = visibleTexts(root);
    expect(texts[0]).toBe('Material flows of the park (by enterprise)');
    expect(texts).toEqual(
      expect.arrayContaining(['Material categories', 'waste', 'product', 'water', 'park boundary']),
    );
    expect(squashedText(root)).toContain(squash('Left out to break a cycle'));
    // a takes in 10 t and sends out 6 + 2 + 3000 t: a node is as tall as its larger side.
    expect(texts).toContain('A · 3,008 t/a');
  });

  it('draws the reference park by enterprise and by cluster', () => {
    for (const by of ['enterprise', 'cluster'] as const) {
      const data = buildSankeyData(referencePark(), { language: 'zh', by });
      const root = parseSvg(renderSankeySvg(layoutSankey(data), { date: '2025-03-01' }));
      expect(withClass(root, 'band').length).toBe(data.links.length);
      expect(data.unconvertible.length).toBeGreaterThan(0); // electricity, heat, services, counts
    }
  });
});
