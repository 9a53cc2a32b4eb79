import { describe, expect, it } from 'vitest';
import { planImport } from '../../../src/core/io/importPlan.ts';
import { importModel } from '../../../src/core/io/formats.ts';
import { validateModel } from '../../../src/core/model/validate.ts';
import { fourEnterprisePark } from '../../fixtures/fourEnterprisePark.ts';

const park = fourEnterprisePark();

describe('planImport', () => {
  it('creates everything when no model is open', () => {
    const plan = planImport(undefined, validateModel(park));
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.changes.enterprises.created).toEqual(['ammonia-plant', 'chp', 'fert', 'wwtp']);
    expect(plan.changes.flows.created).toHaveLength(8);
    expect(plan.changes.clusters.removed).toEqual([]);
    expect(plan.unchanged).toBe(false);
    expect(plan.model).toEqual(park);
  });

  it('lists what an import would create, update and remove, per kind, without applying anything', () => {
    const next = structuredClone(park);
    next.enterprises[0]!.status = 'closed';
    next.flows.splice(0, 1);
    next.materials.push({ id: 'slag', name: { en: 'slag' }, category: 'by-product', unit: 't/a' });
    const before = structuredClone(park);
    const plan = planImport(park, validateModel(next));
    expect(park).toEqual(before);
    if (!plan.ok) throw new Error('expected a plan');
    expect(plan.changes.enterprises.updated).toEqual([
      { id: 'chp', fields: [{ field: 'status', before: 'operating', after: 'closed' }] },
    ]);
    expect(plan.changes.flows.removed).toEqual(['f1']);
    expect(plan.changes.materials.created).toEqual(['slag']);
    expect(plan.changes.chains).toEqual({ created: [], updated: [], removed: [], unchanged: 1 });
    expect(plan.problems.every((p) => p.severity === 'warning')).toBe(true);
  });

  it('says when nothing would change', () => {
    const plan = planImport(park, validateModel(structuredClone(park)));
    expect(plan.ok && plan.unchanged).toBe(true);
  });

  it('gives every problem and no model for a failed import', async () => {
    const result = await importModel(new TextEncoder().encode('{"schemaVersion": 1, "park": {}}'), 'json', {
      file: 'bad.json',
    });
    const plan = planImport(park, result);
    expect(plan.ok).toBe(false);
    expect('model' in plan).toBe(false);
    expect(plan.problems.length).toBeGreaterThan(3);
    expect(plan.problems[0]?.location?.file).toBe('bad.json');
  });
});
