import { describe, expect, it } from 'vitest';
import { selectChain } from '../../../src/core/diagram/chainSelection.ts';
import { layoutDiagram, type DiagramLayout } from '../../../src/core/diagram/layeredLayout.ts';
import { textWidth, wrapText } from '../../../src/core/diagram/textMetrics.ts';
import type { Diagram } from '../../../src/core/diagram/types.ts';
import { brokenChainPark, referencePark } from './parks.ts';

function chainDiagram(park = brokenChainPark(), chain = 'metal', language: 'zh' | 'en' = 'en'): Diagram {
  const result = selectChain(park, chain, { language });
  if (!result.ok) throw new Error(result.problem.message.en);
  return result.diagram;
}

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

describe('layoutDiagram', () => {
  it('is deterministic: the same diagram gets the same layout', async () => {
    const diagram = chainDiagram(referencePark(), 'recycling-chain', 'zh');
    const [a, b] = await Promise.all([layoutDiagram(diagram), layoutDiagram(diagram)]);
    expect(b).toEqual(a);
  });

  it('places chain columns left to right in stage order, boxes apart', async () => {
    const layout = await layoutDiagram(chainDiagram());
    const byLayer = new Map<number, DiagramLayout['nodes'][number][]>();
    for (const n of layout.nodes) byLayer.set(n.node.layer!, [...(byLayer.get(n.node.layer!) ?? []), n]);
    const layers = [...byLayer.keys()].sort((x, y) => x - y);
    expect(layers).toEqual([0, 1, 2, 3, 4]);
    for (let k = 1; k < layers.length; k++) {
      const rightmostBefore = Math.max(...byLayer.get(layers[k - 1]!)!.map((n) => n.x + n.width));
      const leftmostHere = Math.min(...byLayer.get(layers[k]!)!.map((n) => n.x));
      expect(leftmostHere).toBeGreaterThan(rightmostBefore);
    }
    for (const [i, a] of layout.nodes.entries())
      for (const b of layout.nodes.slice(i + 1)) expect(overlaps(a, b), `${a.node.id} / ${b.node.id}`).toBe(false);
    // Every column header spans its boxes, and the graph starts below the headers.
    expect(layout.columns.map((c) => c.column.layer)).toEqual([0, 1, 2, 3, 4]);
    const headerBottom = Math.max(...layout.columns.map((c) => c.lines.length)) * 12 * 1.3;
    for (const n of layout.nodes) expect(n.y).toBeGreaterThanOrEqual(headerBottom);
  });

  it('routes every link from its source box to its target box and places its label', async () => {
    const layout = await layoutDiagram(chainDiagram());
    const box = new Map(layout.nodes.map((n) => [n.node.id, n]));
    for (const { link, points, label } of layout.links) {
      expect(points.length).toBeGreaterThanOrEqual(2);
      const [start, end] = [points[0]!, points[points.length - 1]!];
      const from = box.get(link.from)!;
      const to = box.get(link.to)!;
      expect(start.x).toBeCloseTo(from.x + from.width, 0);
      expect(end.x).toBeCloseTo(to.x, 0);
      // ELK leaves a label without text at (0, 0); ours have text, so they sit between the boxes.
      expect(label).toBeDefined();
      expect(label!.x).toBeGreaterThanOrEqual(from.x + from.width - 1);
      expect(label!.x + label!.width).toBeLessThanOrEqual(to.x + 1);
      expect(label!.lines.join(' ')).toContain(link.label);
    }
  });

  it('sizes boxes from their text, counting CJK characters as full width', async () => {
    expect(textWidth('钢坯', 10)).toBe(20);
    expect(textWidth('ab', 10)).toBeLessThan(textWidth('钢坯', 10));
    const diagram = chainDiagram();
    const long = { ...diagram.nodes[0]!, id: 'long', label: '一二三四五六七八九十一二三四五六七八九十', layer: 1 };
    const layout = await layoutDiagram({ ...diagram, nodes: [...diagram.nodes, long] });
    const placed = layout.nodes.find((n) => n.node.id === 'long')!;
    expect(placed.lines.length).toBe(2); // 20 ideographs × 13 px do not fit in 168 px.
    expect(placed.width).toBeGreaterThan(layout.nodes.find((n) => n.node.id === 'c1:collector')!.width);
  });
});

describe('wrapText', () => {
  it('breaks Latin text between words and CJK text between characters, at most maxLines', () => {
    expect(wrapText('scrap steel processing centre', 80, 10)).toEqual(['scrap steel', 'processing', 'centre']);
    expect(wrapText('再生资源专业化分拣加工中心', 60, 10)).toEqual(['再生资源专业', '化分拣加工中', '心']);
    const cut = wrapText('one two three four five six seven', 40, 10, 2);
    expect(cut).toHaveLength(2);
    expect(cut[1]!.endsWith('…')).toBe(true);
    expect(wrapText('', 40, 10)).toEqual([]);
  });
});
