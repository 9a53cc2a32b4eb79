/** The undo history: steps, labels, refused commits, and a property over any sequence of commits, undos and redos. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canRedo,
  canUndo,
  commit,
  commitValidated,
  createHistory,
  keptSteps,
  recentSteps,
  redo,
  redoLabel,
  undo,
  undoLabel,
  type ModelHistory,
} from '../../../src/app/model/history.ts';
import { renameEnterprise, setEnterpriseStatus } from '../../../src/app/model/inspectorEdits.ts';
import { commitEdit } from '../../../src/app/model/modelEdit.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { validateModel } from '../../../src/core/model/validate.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';
import { edited, renamed } from './edited.ts';

const park = buildPark({
  materials: { slag: 'by-product', ore: 'product' },
  enterprises: { smelter: { in: { ore: 10 }, out: { slag: 4 } }, builder: { in: { slag: 4 } } },
  flows: [
    ['@supply', 'smelter', 'ore', 10],
    ['smelter', 'builder', 'slag', 4],
  ],
});
const label = (n: number) => ({ zh: `步骤 ${n}`, en: `step ${n}` });
/** A valid model whose smelter is named after `n`: the same model when it already is. */
const variant = (model: ParkModel, n: number): ParkModel => renamed(model, `Smelter ${n}`);

function committed(history: ModelHistory, next: ParkModel, n: number): ModelHistory {
  const result = commit(history, next, label(n));
  if (!result.ok) throw new Error(result.errors.map((e) => e.message.en).join('; '));
  return result.history;
}

describe('how many undo steps are kept', () => {
  /** The park with `n` flows (copies of its first, not validated: commitValidated takes it as it is). */
  const withFlows = (n: number): ParkModel => ({ ...park, flows: Array.from({ length: n }, () => park.flows[0]!) });
  /** `edits` edits each replacing the flows array, as an edit of one flow does. */
  const editedTimes = (model: ParkModel, edits: number) => {
    let history = createHistory(model);
    for (let n = 1; n <= edits; n++)
      history = commitValidated(history, { ...history.present, flows: history.present.flows.slice() }, label(n));
    return history;
  };

  it('keeps every step of a small park', () => {
    expect(editedTimes(park, 300).past).toHaveLength(300);
  });

  it('lets the oldest steps of a large park go once they hold two million items, keeping the last twenty', () => {
    // 100 000 flows: twenty steps hold two million items of their own.
    const history = editedTimes(withFlows(100_000), 30);
    expect(history.past).toHaveLength(20);
    expect(history.past.at(-1)!.label).toEqual(label(30));
    // 40 000 flows: fifty steps.
    expect(editedTimes(withFlows(40_000), 60).past).toHaveLength(50);
  });

  it('counts only what a step holds of its own: arrays the model after it shares cost nothing', () => {
    const big = withFlows(100);
    const renames = Array.from({ length: 10 }, (_, n) => ({
      model: { ...big, park: { ...big.park } },
      label: label(n),
    }));
    // Renaming steps share the flows: all kept under a budget of 50 items.
    expect(keptSteps(renames, big, 50, 2)).toHaveLength(10);
    // Steps that each replaced the flows hold 100 items each: two kept (the least), then none more fit.
    const flowEdits = Array.from({ length: 10 }, (_, n) => ({
      model: { ...big, flows: big.flows.slice() },
      label: label(n),
    }));
    expect(keptSteps(flowEdits, big, 50, 2)).toHaveLength(2);
    expect(keptSteps(flowEdits, big, 450, 2)).toHaveLength(4);
  });
});

describe('the undo history', () => {
  it('starts with nothing to undo or redo', () => {
    const history = createHistory(park);
    expect(canUndo(history)).toBe(false);
    expect(canRedo(history)).toBe(false);
    expect(undo(history)).toBe(history);
    expect(redo(history)).toBe(history);
    expect(undoLabel(history)).toBeNull();
  });

  it('undoes and redoes steps in order, each labelled with what it did', () => {
    const one = variant(park, 1);
    const two = variant(one, 2);
    let history = committed(committed(createHistory(park), one, 1), two, 2);
    expect(history.present).toBe(two);
    expect(undoLabel(history)).toEqual(label(2));
    history = undo(history);
    expect(history.present).toBe(one);
    expect(undoLabel(history)).toEqual(label(1));
    expect(redoLabel(history)).toEqual(label(2));
    history = undo(history);
    expect(history.present).toBe(park);
    expect(canUndo(history)).toBe(false);
    history = redo(redo(history));
    expect(history.present).toBe(two);
    expect(canRedo(history)).toBe(false);
  });

  it('clears the redo steps on a new commit', () => {
    const history = undo(committed(createHistory(park), variant(park, 1), 1));
    expect(canRedo(history)).toBe(true);
    const next = committed(history, variant(park, 2), 2);
    expect(canRedo(next)).toBe(false);
    expect(next.past.map((s) => s.model)).toEqual([park]);
  });

  it('keeps references, not copies: a step shares every unchanged object with the model before it', () => {
    const big = renamed(park, 'Big smelter');
    const history = committed(createHistory(park), big, 1);
    expect(history.present).toBe(big);
    expect(history.past[0]!.model).toBe(park);
    expect(big.flows).toBe(park.flows);
    expect(big.enterprises[1]).toBe(park.enterprises[1]);
  });

  it('refuses an invalid model with its problems and changes nothing', () => {
    const history = createHistory(park);
    const broken = { ...park, flows: [{ ...park.flows[0]!, material: 'unobtainium', quantity: -1 }] };
    const result = commit(history, broken, label(1));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path.join('.'));
    expect(paths).toContain('flows.0.material');
    expect(paths).toContain('flows.0.quantity');
    expect(result.errors[0]!.message.zh).not.toBe('');
    const empty = { ...park, enterprises: park.enterprises.map((e) => (e.id === 'smelter' ? { ...e, name: {} } : e)) };
    expect(commit(history, empty, label(2)).ok).toBe(false);
    // The same refusal for the edit the inspector would send: core applies it and refuses the result.
    const refused = commitEdit(history, renameEnterprise(park, 'smelter', {})!);
    expect(refused.ok || refused.errors.map((e) => e.path.join('.'))).toEqual(['enterprises.0.name']);
  });

  it('treats committing the present as no step at all', () => {
    const history = createHistory(park);
    const result = commit(history, park, label(1));
    expect(result.ok && result.history).toBe(history);
  });

  it('accepts a step that only draws warnings (flows to a closed enterprise)', () => {
    const closed = setEnterpriseStatus(park, 'smelter', 'closed')!;
    const result = commitEdit(createHistory(park), closed);
    expect(result.ok && result.history.present).toEqual(edited(park, closed));
    expect(result.ok && undoLabel(result.history)).toEqual(closed.label);
  });

  it('refuses a change that breaks items it did not touch (a material unit no flow can convert to)', () => {
    const metres = { ...park, materials: park.materials.map((m) => (m.id === 'slag' ? { ...m, unit: 'm3/a' } : m)) };
    const result = commit(createHistory(park), metres, label(1));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.some((e) => e.path[0] === 'flows' && e.path[2] === 'unit')).toBe(true);
  });

  it('refuses a new flow to an enterprise that does not exist', () => {
    const flow = { ...park.flows[1]!, id: 'f-new', to: 'nobody' };
    const result = commit(createHistory(park), { ...park, flows: [...park.flows, flow] }, label(1));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path.join('.'))).toContain('flows.2.to');
  });

  it('saves the steps nearest to the present', () => {
    let history = createHistory(park);
    for (let n = 1; n <= 5; n++) history = committed(history, variant(history.present, n), n);
    history = undo(undo(history));
    const recent = recentSteps(history, 2);
    expect(recent.past.map((s) => s.label)).toEqual([label(2), label(3)]);
    expect(recent.future.map((s) => s.label)).toEqual([label(4), label(5)]);
    expect(recentSteps(history, 0)).toEqual({ past: [], future: [] });
  });
});

type Op = { kind: 'commit'; n: number } | { kind: 'undo' } | { kind: 'redo' } | { kind: 'invalid' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.integer({ min: 0, max: 1000 }).map((n): Op => ({ kind: 'commit', n })),
  fc.constant<Op>({ kind: 'undo' }),
  fc.constant<Op>({ kind: 'redo' }),
  fc.constant<Op>({ kind: 'invalid' }),
);

describe('any sequence of commits, undos and redos', () => {
  it('leaves the present equal to what replaying the sequence on a plain timeline gives', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), (ops) => {
        let history = createHistory(park);
        // The obvious model: every state in order, and where we are in it.
        let timeline: ParkModel[] = [park];
        let at = 0;
        for (const step of ops) {
          if (step.kind === 'commit') {
            const next = variant(history.present, step.n);
            history = committed(history, next, step.n);
            if (next !== timeline[at]) {
              timeline = [...timeline.slice(0, at + 1), next];
              at += 1;
            }
          } else if (step.kind === 'invalid') {
            const before = history;
            const result = commit(history, { ...history.present, clusters: [] }, label(-1));
            expect(result.ok).toBe(false);
            expect(history).toBe(before);
          } else if (step.kind === 'undo') {
            history = undo(history);
            at = Math.max(0, at - 1);
          } else {
            history = redo(history);
            at = Math.min(timeline.length - 1, at + 1);
          }
          expect(history.present).toBe(timeline[at]);
          expect(canUndo(history)).toBe(at > 0);
          expect(canRedo(history)).toBe(at < timeline.length - 1);
          expect(history.past.length + 1 + history.future.length).toBe(timeline.length);
        }
        // Undoing everything comes back to the first model.
        while (canUndo(history)) history = undo(history);
        expect(history.present).toBe(park);
      }),
      { numRuns: 150 },
    );
  });
});

describe('committing a model core has already validated (an import)', () => {
  const imported = (): ParkModel => {
    const result = validateModel(JSON.parse(JSON.stringify(variant(park, 7))));
    if (!result.ok) throw new Error('the imported model is invalid');
    return result.model;
  };

  it('makes it the present as one undoable step, clearing redo, and keeps the object as given', () => {
    const before = undo(committed(createHistory(park), variant(park, 1), 1));
    const next = imported();
    const history = commitValidated(before, next, label(2));
    expect(history.present).toBe(next);
    expect(canRedo(history)).toBe(false);
    expect(undoLabel(history)).toEqual(label(2));
    expect(undo(history).present).toBe(park);
    expect(redo(undo(history)).present).toBe(next);
  });

  it('treats committing the present as no step at all', () => {
    const history = createHistory(park);
    expect(commitValidated(history, park, label(1))).toBe(history);
  });

  it('does not validate again (that cost stays in the worker), so it must only be given validated models', () => {
    const broken = { ...park, flows: [{ ...park.flows[0]!, material: 'unobtainium' }] };
    expect(commit(createHistory(park), broken, label(1)).ok).toBe(false);
    expect(commitValidated(createHistory(park), broken, label(1)).present).toBe(broken);
  });
});
