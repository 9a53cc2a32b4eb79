import { describe, expect, it } from 'vitest';
import { formatPath } from '../../../src/core/model/problems.ts';
import { validateModel } from '../../../src/core/model/validate.ts';
import { applyScenario, type ScenarioResult } from '../../../src/core/scenario/applyScenario.ts';
import type { Change } from '../../../src/core/scenario/changeSet.ts';
import { fourEnterprisePark } from '../../fixtures/fourEnterprisePark.ts';
import { changeSet, deepFreeze, expectBilingual, testCatalogue } from './helpers.ts';

function apply(...changes: Change[]): ScenarioResult {
  return applyScenario(fourEnterprisePark(), changeSet(changes), testCatalogue());
}

function applied(...changes: Change[]) {
  const result = apply(...changes);
  if (!result.ok) throw new Error(result.errors.map((e) => `${formatPath(e.path)}: ${e.message.en}`).join('\n'));
  expect(validateModel(result.model).ok).toBe(true);
  return result;
}

/** The errors as `path: code`, for compact assertions. */
function errorsOf(...changes: Change[]): string[] {
  const result = apply(...changes);
  if (result.ok) throw new Error('expected the scenario to be rejected');
  expectBilingual(result.errors);
  return result.errors.map((e) => `${formatPath(e.path)}: ${e.code}`);
}

const flowIds = (r: { model: { flows: { id: string }[] } }) => r.model.flows.map((f) => f.id);

describe('applyScenario: one change of each kind', () => {
  it('an empty change set gives back an equal model', () => {
    const result = applied();
    expect(result.model).toEqual(fourEnterprisePark());
    expect(result.applied).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('add-enterprise adds the enterprise and its flows', () => {
    const result = applied({
      kind: 'add-enterprise',
      enterprise: {
        id: 'boiler',
        name: { en: 'Boiler' },
        cluster: 'util',
        role: 'utility',
        status: 'planned',
        inputs: [{ material: 'coal', quantity: 10, unit: 'kt/a' }],
        outputs: [],
        capacities: [],
      },
      flows: [
        { id: 'b1', from: '@supply', to: 'boiler', material: 'coal', quantity: 10, unit: 'kt/a', status: 'planned' },
      ],
    });
    expect(result.model.enterprises.map((e) => e.id)).toEqual(['chp', 'ammonia-plant', 'wwtp', 'fert', 'boiler']);
    expect(flowIds(result)).toContain('b1');
    expect(result.applied).toEqual([
      expect.objectContaining({
        index: 0,
        kind: 'add-enterprise',
        added: [
          { type: 'enterprise', id: 'boiler' },
          { type: 'flow', id: 'b1' },
        ],
      }),
    ]);
  });

  it('close-enterprise closes it and removes every flow from or to it, boundary flows included', () => {
    const result = applied({ kind: 'close-enterprise', enterprise: 'ammonia-plant' });
    expect(result.model.enterprises.find((e) => e.id === 'ammonia-plant')?.status).toBe('closed');
    expect(flowIds(result)).toEqual(['f1', 'f3', 'f7', 'f8']);
    expect(result.applied[0]?.removed.map((r) => r.id)).toEqual(['f2', 'f4', 'f5', 'f6']);
    // Declarations stay: the model remembers what the plant did.
    expect(result.model.enterprises.find((e) => e.id === 'ammonia-plant')?.outputs).toHaveLength(2);
  });

  it('close-enterprise with flows: keep leaves the flows, and validation warns about them', () => {
    const result = applied({ kind: 'close-enterprise', enterprise: 'wwtp', flows: 'keep' });
    expect(flowIds(result)).toEqual(fourEnterprisePark().flows.map((f) => f.id));
    expect(result.warnings.map((w) => `${formatPath(w.path)}: ${w.code}`)).toEqual([
      'result.flows[5].to: flow-to-closed',
      'result.flows[6].from: flow-from-closed',
    ]);
  });

  it('close-enterprise with rerouteToBoundary sends partners to the boundary instead', () => {
    const result = applied({ kind: 'close-enterprise', enterprise: 'wwtp', rerouteToBoundary: true });
    const added = result.model.flows.filter((f) => f.id.startsWith('cs1:'));
    expect(added).toEqual([
      expect.objectContaining({
        id: 'cs1:0:0',
        from: 'ammonia-plant',
        to: '@disposal', // wastewater is in the water category: discharged, not sold
        material: 'wastewater',
        quantity: 300000,
        unit: 'm3/a',
        status: 'existing',
      }),
      expect.objectContaining({
        id: 'cs1:0:1',
        from: '@supply',
        to: 'fert',
        material: 'sludge',
        quantity: 2000,
        status: 'planned',
      }),
    ]);
    expect(added.every((f) => f.estimated === true && f.basis?.includes('"wwtp"'))).toBe(true);
  });

  it('add-flow, remove-flow and update-flow', () => {
    const result = applied(
      {
        kind: 'add-flow',
        flow: {
          id: 'g1',
          from: 'chp',
          to: '@market',
          material: 'steam',
          quantity: 1e5,
          unit: 't/a',
          status: 'potential',
        },
      },
      { kind: 'remove-flow', flow: 'f5' },
      { kind: 'update-flow', flow: 'f4', set: { quantity: 25, unit: 'kt/a' } },
      { kind: 'update-flow', flow: 'f7', set: { status: 'existing' } },
    );
    expect(flowIds(result)).toEqual(['f1', 'f2', 'f3', 'f4', 'f6', 'f7', 'f8', 'g1']);
    const byId = new Map(result.model.flows.map((f) => [f.id, f]));
    expect(byId.get('f4')).toMatchObject({ quantity: 25, unit: 'kt/a', status: 'existing' });
    // Fields not named in `set` keep their values, provenance included.
    expect(byId.get('f7')).toMatchObject({
      status: 'existing',
      quantity: 2000,
      estimated: true,
      basis: 'design figure',
    });
    expect(result.applied.map((a) => a.kind)).toEqual(['add-flow', 'remove-flow', 'update-flow', 'update-flow']);
  });

  it('update-flow sets a unit literally, without converting the number', () => {
    const result = applied({ kind: 'update-flow', flow: 'f3', set: { unit: 't/a' } });
    expect(result.model.flows.find((f) => f.id === 'f3')).toMatchObject({ quantity: 50, unit: 't/a' });
  });

  it('later changes see earlier ones', () => {
    const result = applied(
      {
        kind: 'add-flow',
        flow: { id: 'g1', from: 'chp', to: '@market', material: 'steam', quantity: 1, unit: 't/a', status: 'planned' },
      },
      { kind: 'update-flow', flow: 'g1', set: { quantity: 2 } },
      { kind: 'remove-flow', flow: 'g1' },
    );
    expect(flowIds(result)).not.toContain('g1');
  });
});

describe('applyScenario is pure', () => {
  it('never writes to a deep-frozen model, catalogue or change set', () => {
    const model = deepFreeze(fourEnterprisePark());
    const catalogue = deepFreeze(testCatalogue());
    const changes = deepFreeze(
      changeSet([
        { kind: 'update-flow', flow: 'f5', set: { quantity: 1000 } },
        {
          kind: 'build-project',
          technology: 'nitric-acid',
          enterprise: { id: 'hno3', cluster: 'chem' },
          scale: 15000,
          supplies: [{ from: 'ammonia-plant', material: 'ammonia' }],
          deliveries: [{ to: '@market', material: 'nitric-acid' }],
        },
        { kind: 'close-enterprise', enterprise: 'wwtp', rerouteToBoundary: true },
        { kind: 'remove-flow', flow: 'f1' },
      ]),
    );
    const result = applyScenario(model, changes, catalogue);
    expect(result.ok).toBe(true);
    expect(model).toEqual(fourEnterprisePark());
    expect(catalogue).toEqual(testCatalogue());
  });

  it('the result shares no objects with the input', () => {
    const model = fourEnterprisePark();
    const result = applyScenario(model, changeSet([]));
    if (!result.ok) throw new Error('expected ok');
    expect(result.model.flows[0]).not.toBe(model.flows[0]);
    expect(result.model.enterprises[0]).not.toBe(model.enterprises[0]);
  });

  it('is deterministic', () => {
    const run = () =>
      applyScenario(
        fourEnterprisePark(),
        changeSet([{ kind: 'close-enterprise', enterprise: 'wwtp', rerouteToBoundary: true }]),
      );
    expect(run()).toEqual(run());
  });
});

describe('applyScenario reports bad changes with their path, in both languages', () => {
  it('unknown ids', () => {
    expect(
      errorsOf(
        { kind: 'close-enterprise', enterprise: 'nope' },
        { kind: 'remove-flow', flow: 'f99' },
        { kind: 'update-flow', flow: 'f98', set: { status: 'planned' } },
        {
          kind: 'add-flow',
          flow: {
            id: 'g1',
            from: 'ghost',
            to: 'fert',
            material: 'unobtainium',
            quantity: 1,
            unit: 't/a',
            status: 'planned',
          },
        },
      ),
    ).toEqual([
      'changes[0].enterprise: unknown-reference',
      'changes[1].flow: unknown-reference',
      'changes[2].flow: unknown-reference',
      'changes[3].flow.from: unknown-reference',
      'changes[3].flow.material: unknown-reference',
    ]);
  });

  it('duplicate ids, and the message names the id in both languages', () => {
    const result = apply(
      {
        kind: 'add-enterprise',
        enterprise: { ...fourEnterprisePark().enterprises[0]!, cluster: 'nowhere' },
        flows: [
          { id: 'f1', from: '@supply', to: 'chp', material: 'coal', quantity: 1, unit: 't/a', status: 'planned' },
        ],
      },
      {
        kind: 'add-flow',
        flow: { id: 'f2', from: '@supply', to: 'chp', material: 'coal', quantity: 1, unit: 't/a', status: 'planned' },
      },
    );
    if (result.ok) throw new Error('expected errors');
    expect(result.errors.map((e) => `${formatPath(e.path)}: ${e.code}`)).toEqual([
      'changes[0].enterprise.id: duplicate-id',
      'changes[0].enterprise.cluster: unknown-reference',
      'changes[0].flows[0].id: duplicate-id',
      'changes[1].flow.id: duplicate-id',
    ]);
    expect(result.errors[0]?.message).toEqual({
      zh: '企业标识符 "chp" 已被占用',
      en: 'enterprise id "chp" is already taken',
    });
  });

  it('closing an enterprise twice', () => {
    expect(
      errorsOf({ kind: 'close-enterprise', enterprise: 'wwtp' }, { kind: 'close-enterprise', enterprise: 'wwtp' }),
    ).toEqual(['changes[1].enterprise: already-closed']);
  });

  it('a change that fails is skipped, and the ones after it still report', () => {
    expect(
      errorsOf(
        { kind: 'remove-flow', flow: 'f1' },
        { kind: 'remove-flow', flow: 'f1' },
        { kind: 'remove-flow', flow: 'f2' },
        { kind: 'remove-flow', flow: 'f2' },
      ),
    ).toEqual(['changes[1].flow: unknown-reference', 'changes[3].flow: unknown-reference']);
  });

  it('an invalid result is refused with paths into the result', () => {
    expect(errorsOf({ kind: 'update-flow', flow: 'f3', set: { unit: 'MWh/a' } })).toEqual([
      'result.flows[2].unit: unit-mismatch',
    ]);
  });

  it('a change set that breaks its own schema is refused before anything runs', () => {
    const bad = {
      kind: 'build-project',
      technology: 'nitric-acid',
      enterprise: { id: 'x', cluster: 'chem' },
      scale: -1,
    };
    expect(errorsOf(bad as Change)).toEqual(['changes[0].scale: not-positive']);
  });
});
