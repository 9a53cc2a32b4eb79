/**
 * The undo/redo history of one park model: pure and immutable. Models are
 * immutable values, so a step keeps a reference to the model it restores
 * (an edit shares every object it did not change with the model before it)
 * and the history grows by one reference per step, not one copy.
 *
 * Each step holds the arrays of the collections its edit replaced: at
 * 100 000 flows an edit of one flow leaves a step holding a 100 000-item
 * array of its own. So the oldest steps are let go once the steps hold more
 * than STEP_ITEMS_KEPT items of their own, always keeping the last
 * STEPS_ALWAYS_KEPT: a long session on a provincial park would otherwise keep
 * growing the heap that every garbage collection marks, while a small park
 * keeps thousands of steps.
 *
 * Every model that enters the history through `commit` has passed core
 * validation; an invalid one is refused with its problems and the history
 * is left exactly as it was. `commitValidated` keeps the same invariant by
 * taking only models that core has just validated (an import, an edit's
 * change set applied by core: modelEdit.ts).
 */
import { MODEL_COLLECTIONS } from '../../core/model/modelDelta.ts';
import type { BilingualMessage, Problem } from '../../core/model/problems.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { validateDerivedModel } from '../../core/model/validateDerived.ts';

/** What a step did, in both languages, for the undo and redo buttons' tooltips. */
export type StepLabel = BilingualMessage;

export interface HistoryStep {
  /** The model on the other side of the step: before it in `past`, after it in `future`. */
  readonly model: ParkModel;
  readonly label: StepLabel;
}

export interface ModelHistory {
  /** Oldest first: undo restores the last one. */
  readonly past: readonly HistoryStep[];
  readonly present: ParkModel;
  /** Next first: redo applies the first one. */
  readonly future: readonly HistoryStep[];
}

export type CommitResult =
  { readonly ok: true; readonly history: ModelHistory } | { readonly ok: false; readonly errors: readonly Problem[] };

/** Items (of collections an edit replaced) the undo steps may hold of their own, over their last STEPS_ALWAYS_KEPT. */
const STEP_ITEMS_KEPT = 2_000_000;
/** Undo steps kept whatever they hold: as many as a reload keeps (the library's SAVED_STEPS). */
const STEPS_ALWAYS_KEPT = 20;

/** A history with nothing to undo. The model must already be valid (it comes from validation or the library). */
export function createHistory(
  present: ParkModel,
  past: readonly HistoryStep[] = [],
  future: readonly HistoryStep[] = [],
): ModelHistory {
  return { past, present, future };
}

/**
 * Makes `next` the present, after checking it with core validation. The
 * present is valid, so only what the edit changed is checked (core's
 * derived validation, which falls back to the whole model when a change can
 * reach unchanged items): a one-cell edit of a 100 000-flow park is checked
 * in a few tens of milliseconds, not seconds. The model object is kept as
 * given (not the validator's copy) so that it goes on sharing structure with
 * the models around it. Committing the present itself changes nothing; any
 * other commit clears the redo steps.
 */
export function commit(history: ModelHistory, next: ParkModel, label: StepLabel): CommitResult {
  if (next === history.present) return { ok: true, history };
  const result = validateDerivedModel(history.present, next);
  if (!result.ok) return { ok: false, errors: result.errors };
  return { ok: true, history: commitValidated(history, next, label) };
}

/**
 * `commit` without validating `next` again, for a model that core has just
 * validated, unchanged since (or its structured clone): an import plan's
 * model, which core validated whole in the import worker, or the result of
 * an edit's change set, which core validated as it applied it to the present
 * (modelEdit.ts). Checking it again would only repeat that work on the main
 * thread — seconds for a 100 000-flow park, and an import shares nothing
 * with the present, so derived validation would check all of it. Anything
 * assembled otherwise or read back from storage goes through `commit`.
 */
export function commitValidated(history: ModelHistory, next: ParkModel, label: StepLabel): ModelHistory {
  if (next === history.present) return history;
  return { past: keptSteps([...history.past, { model: history.present, label }], next), present: next, future: [] };
}

/**
 * The newest of `past` (oldest first, before `present`): all while their own items — those of arrays the model
 * after each does not share — come to at most `itemsKept`, and never fewer than the last `stepsKept`.
 */
export function keptSteps(
  past: readonly HistoryStep[],
  present: ParkModel,
  itemsKept = STEP_ITEMS_KEPT,
  stepsKept = STEPS_ALWAYS_KEPT,
): readonly HistoryStep[] {
  let items = 0;
  let after = present;
  for (let i = past.length - 1; i >= 0; i--) {
    const { model } = past[i]!;
    for (const name of MODEL_COLLECTIONS) if (model[name] !== after[name]) items += model[name].length;
    after = model;
    if (items > itemsKept && past.length - i > stepsKept) return past.slice(i + 1);
  }
  return past;
}

export function canUndo(history: ModelHistory): boolean {
  return history.past.length > 0;
}

export function canRedo(history: ModelHistory): boolean {
  return history.future.length > 0;
}

/** The step undo would revert (for its tooltip), or null. */
export function undoLabel(history: ModelHistory): StepLabel | null {
  return history.past[history.past.length - 1]?.label ?? null;
}

/** The step redo would apply again, or null. */
export function redoLabel(history: ModelHistory): StepLabel | null {
  return history.future[0]?.label ?? null;
}

/** One step back; the same history when there is nothing to undo. */
export function undo(history: ModelHistory): ModelHistory {
  const last = history.past[history.past.length - 1];
  if (!last) return history;
  return {
    past: history.past.slice(0, -1),
    present: last.model,
    future: [{ model: history.present, label: last.label }, ...history.future],
  };
}

/** One step forward again; the same history when there is nothing to redo. */
export function redo(history: ModelHistory): ModelHistory {
  const [next, ...rest] = history.future;
  if (!next) return history;
  return {
    past: keptSteps([...history.past, { model: history.present, label: next.label }], next.model),
    present: next.model,
    future: rest,
  };
}

/**
 * The steps nearest to the present, at most `limit` on each side: what is
 * saved with a model so that undo survives a reload without the library
 * growing with every edit of a long session.
 */
export function recentSteps(
  history: ModelHistory,
  limit: number,
): { past: readonly HistoryStep[]; future: readonly HistoryStep[] } {
  const keep = Math.max(0, Math.floor(limit));
  return {
    past: keep === 0 ? [] : history.past.slice(-keep),
    future: history.future.slice(0, keep),
  };
}
