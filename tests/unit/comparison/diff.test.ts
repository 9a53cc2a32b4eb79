import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/analysis/finding.ts';
import { diffFindings, diffMetrics, diffModels } from '../../../src/core/comparison/diff.ts';
import { fourEnterprisePark } from '../../fixtures/fourEnterprisePark.ts';

const noChange = (count: number) => ({ added: [], removed: [], changed: [], unchanged: count });

/** The same JSON with every object's keys in reverse order. */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .reverse()
      .map(([k, v]) => [k, reverseKeys(v)]),
  ) as T;
}

describe('diffModels', () => {
  it('finds nothing between a model and its copy, whatever the key order', () => {
    const a = fourEnterprisePark();
    const b = reverseKeys(a);
    expect(Object.keys(b.flows[0]!)).toEqual(Object.keys(a.flows[0]!).reverse());
    expect(diffModels(a, fourEnterprisePark())).toEqual({
      park: [],
      clusters: noChange(2),
      materials: noChange(6),
      enterprises: noChange(4),
      flows: noChange(8),
      chains: noChange(1),
    });
    expect(diffModels(a, b)).toEqual(diffModels(a, a));
  });

  it('lists added, removed and changed entities by id, with scalar before/after and lists by name only', () => {
    const a = fourEnterprisePark();
    const b = fourEnterprisePark();
    b.park.referenceYear = 2030;
    b.enterprises[2] = { ...b.enterprises[2]!, status: 'closed', name: { zh: '污水处理厂', en: 'WWTP' } };
    b.enterprises[3]!.inputs[0]!.quantity = 1;
    b.enterprises.push({ ...b.enterprises[0]!, id: 'a-new-chp' });
    b.flows = b.flows.filter((f) => f.id !== 'f5' && f.id !== 'f2');
    b.flows[0] = { ...b.flows[0]!, quantity: 90000, transport: { mode: 'rail', distanceKm: 12 } };
    b.flows = b.flows.map((f) => (f.id === 'f7' ? { ...f, estimated: undefined, basis: undefined } : f));
    b.materials.push({ id: 'zinc', name: { en: 'zinc' }, category: 'product', unit: 't/a' });
    b.chains[0]!.stages.push({ materials: ['sludge'] });

    const diff = diffModels(a, b);
    expect(diff.park).toEqual([{ field: 'referenceYear', before: 2020, after: 2030 }]);
    expect(diff.enterprises).toEqual({
      added: ['a-new-chp'],
      removed: [],
      changed: [
        { id: 'fert', fields: [{ field: 'inputs' }] },
        {
          id: 'wwtp',
          fields: [
            { field: 'name.en', before: 'Wastewater plant', after: 'WWTP' },
            { field: 'status', before: 'operating', after: 'closed' },
          ],
        },
      ],
      unchanged: 2,
    });
    expect(diff.flows).toEqual({
      added: [],
      removed: ['f2', 'f5'],
      changed: [
        {
          id: 'f1',
          fields: [
            { field: 'quantity', before: 100000, after: 90000 },
            { field: 'transport.distanceKm', after: 12 },
            { field: 'transport.mode', after: 'rail' },
          ],
        },
        {
          id: 'f7',
          fields: [
            { field: 'basis', before: 'design figure' },
            { field: 'estimated', before: true },
          ],
        },
      ],
      unchanged: 4,
    });
    expect(diff.materials).toMatchObject({ added: ['zinc'], unchanged: 6 });
    expect(diff.chains.changed).toEqual([{ id: 'nitrogen', fields: [{ field: 'stages' }] }]);
  });
});

function finding(id: string, severity: Finding['severity'], quantity?: number, unit = 't/a'): Finding {
  // Only ids, severities and quantities are compared: the kind's details do not matter here.
  return {
    id,
    kind: id.split(':')[0]!,
    severity,
    enterprises: [],
    materials: [],
    flows: [],
    ...(quantity === undefined ? {} : { quantity, unit }),
    reason: { zh: '理由', en: 'reason' },
  } as Finding;
}

describe('diffFindings', () => {
  it('sorts findings into resolved, new, changed and unchanged by id', () => {
    const a = [
      finding('open-end:wwtp:sludge', 'high', 3000),
      finding('open-end:ammonia-plant:ammonia', 'low', 20000),
      finding('single-supplier:steam', 'medium'),
      finding('broken-link:nitrogen:1', 'medium'),
      finding('coupling-match:a:b', 'info', 10),
    ];
    const b = [
      finding('coupling-match:a:b', 'info', 10 + 1e-12), // floating-point noise is not a change
      finding('open-end:wwtp:sludge', 'medium', 500),
      finding('single-supplier:steam', 'high'),
      finding('open-end:ammonia-plant:ammonia', 'low', 20, 'kt/a'),
      finding('open-end:compost:residue', 'low', 125),
      finding('capacity:sludge', 'high', 1),
    ];
    const diff = diffFindings(a, b);
    expect(diff.resolved.map((f) => f.id)).toEqual(['broken-link:nitrogen:1']);
    expect(diff.new.map((f) => f.id)).toEqual(['capacity:sludge', 'open-end:compost:residue']);
    expect(diff.unchanged).toBe(1);
    expect(diff.changed.map(({ id, severity, quantity }) => ({ id, severity, quantity }))).toEqual([
      { id: 'single-supplier:steam', severity: { before: 'medium', after: 'high' }, quantity: undefined },
      {
        id: 'open-end:wwtp:sludge',
        severity: { before: 'high', after: 'medium' },
        quantity: { before: 3000, after: 500, unitBefore: 't/a', unitAfter: 't/a' },
      },
      {
        id: 'open-end:ammonia-plant:ammonia',
        severity: undefined,
        quantity: { before: 20000, after: 20, unitBefore: 't/a', unitAfter: 'kt/a' },
      },
    ]);
  });

  it('an empty side resolves or adds everything', () => {
    const a = [finding('x:1', 'low'), finding('x:0', 'high')];
    expect(diffFindings(a, [])).toMatchObject({ new: [], changed: [], unchanged: 0 });
    expect(diffFindings(a, []).resolved.map((f) => f.id)).toEqual(['x:0', 'x:1']);
    expect(diffFindings([], a).new.map((f) => f.id)).toEqual(['x:0', 'x:1']);
  });
});

describe('diffMetrics', () => {
  it('gives before, after, absolute and relative change per key, sorted', () => {
    expect(
      diffMetrics(
        { connectance: 0.25, cyclicity: 0, fci: null, onlyBefore: 3, negative: -2 },
        { connectance: 0.3, cyclicity: 1, fci: 0.1, onlyAfter: 4, negative: -1 },
      ),
    ).toEqual([
      { key: 'connectance', before: 0.25, after: 0.3, delta: 0.3 - 0.25, relative: (0.3 - 0.25) / 0.25 },
      { key: 'cyclicity', before: 0, after: 1, delta: 1, relative: null },
      { key: 'fci', before: null, after: 0.1, delta: null, relative: null },
      { key: 'negative', before: -2, after: -1, delta: 1, relative: 0.5 },
      { key: 'onlyAfter', before: null, after: 4, delta: null, relative: null },
      { key: 'onlyBefore', before: 3, after: null, delta: null, relative: null },
    ]);
  });

  it('leaves non-finite values without a delta', () => {
    expect(diffMetrics({ ratio: Infinity }, { ratio: 2 })).toEqual([
      { key: 'ratio', before: Infinity, after: 2, delta: null, relative: null },
    ]);
  });
});
