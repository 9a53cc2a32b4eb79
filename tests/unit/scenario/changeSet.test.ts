import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../src/core/model/problems.ts';
import { validateChangeSet, type ChangeSet } from '../../../src/core/scenario/changeSet.ts';
import { fourEnterprisePark } from '../../fixtures/fourEnterprisePark.ts';
import { expectBilingual } from './helpers.ts';

const everyKind: ChangeSet = {
  id: 'plan-2030',
  name: { zh: '2030 规划', en: 'Plan 2030' },
  description: { en: 'one change of each kind' },
  changes: [
    { kind: 'add-enterprise', enterprise: { ...fourEnterprisePark().enterprises[0]!, id: 'chp2' }, flows: [] },
    { kind: 'close-enterprise', enterprise: 'wwtp', flows: 'remove', rerouteToBoundary: true },
    {
      kind: 'add-flow',
      flow: { id: 'g1', from: 'chp', to: '@market', material: 'steam', quantity: 1, unit: 't/a', status: 'planned' },
    },
    { kind: 'remove-flow', flow: 'f5' },
    { kind: 'update-flow', flow: 'f4', set: { quantity: 10, status: 'planned' } },
    {
      kind: 'build-project',
      technology: 'nitric-acid',
      enterprise: { id: '硝酸厂', name: { zh: '硝酸厂' }, cluster: 'chem' },
      scale: 5000,
      supplies: [{ from: '@supply', material: 'ammonia', quantity: 10 }],
      deliveries: [{ to: '@market', material: 'nitric-acid' }],
    },
  ],
};

function problemsOf(input: unknown): string[] {
  const result = validateChangeSet(input);
  if (result.ok) return [];
  expectBilingual(result.errors);
  return result.errors.map((e) => `${formatPath(e.path)}: ${e.code}`);
}

describe('validateChangeSet', () => {
  it('accepts every kind of change, and survives a JSON round trip unchanged', () => {
    const json: unknown = JSON.parse(JSON.stringify(everyKind));
    const result = validateChangeSet(json);
    expect(result).toEqual({ ok: true, changeSet: everyKind });
  });

  it('names an unknown or missing kind and lists the known ones', () => {
    const result = validateChangeSet({ ...everyKind, changes: [{ kind: 'demolish' }, {}] });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => formatPath(e.path))).toEqual(['changes[0].kind', 'changes[1].kind']);
    expect(result.errors[0]?.message.en).toContain('"build-project"');
    expectBilingual(result.errors);
  });

  it('reports our own rules in both languages', () => {
    expect(
      problemsOf({
        ...everyKind,
        changes: [
          { kind: 'close-enterprise', enterprise: 'wwtp', flows: 'keep', rerouteToBoundary: true },
          { kind: 'update-flow', flow: 'f1', set: {} },
          {
            kind: 'build-project',
            technology: 't',
            enterprise: { id: 'e', cluster: 'c' },
            scale: 0,
            supplies: [{ from: '@market', material: 'm' }],
            deliveries: [{ to: '@supply', material: 'm', quantity: 0 }],
          },
        ],
      }),
    ).toEqual([
      'changes[0].rerouteToBoundary: reroute-needs-remove',
      'changes[1].set: empty-update',
      'changes[2].scale: not-positive',
      'changes[2].supplies[0].from: invalid-end',
      'changes[2].deliveries[0].to: invalid-end',
      'changes[2].deliveries[0].quantity: not-positive',
    ]);
  });

  it('reads like model validation for everything else', () => {
    expect(
      problemsOf({
        id: '@bad',
        name: {},
        changes: [{ kind: 'remove-flow', flow: 'f1', extra: 1 }, { kind: 'add-flow' }],
      }),
    ).toEqual([
      'id: invalid-format',
      'name: name-empty',
      'changes[0].extra: unknown-field',
      'changes[1].flow: missing-field',
    ]);
  });

  it('keeps change-set ids short enough for the flow ids generated from them', () => {
    expect(problemsOf({ ...everyKind, id: 'x'.repeat(97) })).toEqual(['id: too-big']);
  });
});
