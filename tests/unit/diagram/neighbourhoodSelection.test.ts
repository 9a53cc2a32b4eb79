import { describe, expect, it } from 'vitest';
import { selectEnterprise, selectMaterial } from '../../../src/core/diagram/neighbourhoodSelection.ts';
import type { Diagram } from '../../../src/core/diagram/types.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';
import { linePark } from './parks.ts';

function unwrap(result: ReturnType<typeof selectEnterprise>): Diagram {
  if (!result.ok) throw new Error(result.problem.message.en);
  return result.diagram;
}

const refs = (d: Diagram) => d.nodes.map((n) => n.ref);
const flows = (d: Diagram) => d.links.flatMap((l) => l.flows);

// linePark:  @supply -f1-> p2 -f2-> p1 -f3-> s -f4(m)-> c -f6-> c1 -f7-> c2 -f8-> @market
//                                           s -f5(m)-> @disposal            x -f9-> y
describe('selectEnterprise', () => {
  it('depth 1: direct suppliers and customers only', () => {
    const d = unwrap(selectEnterprise(linePark(), 's', { language: 'en' }));
    expect(refs(d)).toEqual(['s', 'p1', 'c', '@disposal']);
    expect(flows(d)).toEqual(['f3', 'f4', 'f5']);
    expect(d.nodes.filter((n) => n.focus).map((n) => n.ref)).toEqual(['s']);
    expect(d.subtitle).toBe('depth 1');
  });

  it('depth 2 and 3 reach one step further each way; boundary actors end the walk', () => {
    const two = unwrap(selectEnterprise(linePark(), 's', { depth: 2 }));
    expect(refs(two)).toEqual(['s', 'p1', 'p2', 'c', '@disposal', 'c1']);
    expect(flows(two)).toEqual(['f3', 'f2', 'f4', 'f5', 'f6']);
    const three = unwrap(selectEnterprise(linePark(), 's', { depth: 3 }));
    expect(flows(three)).toEqual(['f3', 'f2', 'f1', 'f4', 'f5', 'f6', 'f7']);
    const all = unwrap(selectEnterprise(linePark(), 's', { depth: Infinity }));
    expect(flows(all)).toEqual(['f3', 'f2', 'f1', 'f4', 'f5', 'f6', 'f7', 'f8']);
    expect(refs(all)).not.toContain('x');
  });

  it('rejects unknown enterprises and depths below 1', () => {
    const unknown = selectEnterprise(linePark(), 'nope');
    expect(unknown.ok ? '' : unknown.problem.code).toBe('unknown-enterprise');
    const zero = selectEnterprise(linePark(), 's', { depth: 0 });
    expect(zero.ok ? '' : zero.problem.code).toBe('bad-depth');
    expect(selectEnterprise(linePark(), 's', { depth: 1.5 }).ok).toBe(false);
  });
});

describe('selectMaterial', () => {
  it('by default: every flow of the material and everything upstream and downstream of it', () => {
    const d = unwrap(selectMaterial(linePark(), 'm', { language: 'en' }));
    expect(flows(d)).toEqual(['f4', 'f5', 'f3', 'f2', 'f1', 'f6', 'f7', 'f8']);
    expect(refs(d)).toEqual(['s', 'c', '@disposal', 'p1', 'p2', '@supply', 'c1', 'c2', '@market']);
    // The material's own links are the focus.
    expect(d.links.filter((l) => l.focus).flatMap((l) => l.flows)).toEqual(['f4', 'f5']);
    expect(d.title).toBe('Upstream and downstream of m');
  });

  it('depth counts steps beyond the material’s own flows', () => {
    const d = unwrap(selectMaterial(linePark(), 'm', { depth: 1 }));
    expect(flows(d)).toEqual(['f4', 'f5', 'f3', 'f6']);
  });

  it('a material nobody ships still shows who declares it, and says why the diagram is empty', () => {
    const park = buildPark({
      materials: { q: 'waste' },
      enterprises: { maker: { out: { q: 5 } }, user: { in: { q: 5 } } },
    });
    const d = unwrap(selectMaterial(park, 'q', { language: 'en' }));
    expect(refs(d)).toEqual(['maker', 'user']);
    expect(d.links).toEqual([]);
    expect(d.notes).toEqual(['The park model has no flows of q.']);
    const unknown = selectMaterial(park, 'nope');
    expect(unknown.ok ? '' : unknown.problem.code).toBe('unknown-material');
  });

  it('sums flows of one material between the same two actors into one link', () => {
    const park = buildPark({
      materials: { q: 'waste' },
      enterprises: { a: { out: { q: 5 } }, b: { in: { q: 5 } } },
      flows: [
        ['a', 'b', 'q', 2],
        ['a', 'b', 'q', 3],
        ['a', 'b', 'q', 4, 'planned'],
      ],
    });
    const d = unwrap(selectMaterial(park, 'q', { language: 'en' }));
    expect(d.links.map((l) => [l.kind, l.quantity, l.flows])).toEqual([
      ['existing', '5 t/a', ['f1', 'f2']],
      ['planned', '4 t/a', ['f3']],
    ]);
  });
});
