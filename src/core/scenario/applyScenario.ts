/**
 * Applies a change set to a park model: pure (the input model is never
 * written to), in order, each change all-or-nothing, and the result is
 * validated like a loaded file, so a scenario cannot produce a model the
 * analyses would refuse.
 */
import type { TechnologyCatalogue } from '../catalogue/schema.ts';
import type { Problem } from '../model/problems.ts';
import type { ParkModel } from '../model/types.ts';
import { validateModel } from '../model/validate.ts';
import { validateDerivedModel } from '../model/validateDerived.ts';
import { buildProject } from './buildProject.ts';
import { validateChangeSet, type Change, type ChangeSet } from './changeSet.ts';
import { startDraft, type AppliedChange, type ChangeContext, type ChangeOutcome } from './draft.ts';
import { addEnterprise, closeEnterprise } from './enterpriseChanges.ts';
import { addFlow, removeFlow, updateFlow } from './flowChanges.ts';

export interface ScenarioApplied {
  readonly ok: true;
  readonly model: ParkModel;
  readonly applied: readonly AppliedChange[];
  /** The result's validation warnings (e.g. a receiver now takes more than it declares). */
  readonly warnings: readonly Problem[];
}

export interface ScenarioRejected {
  readonly ok: false;
  readonly errors: readonly Problem[];
  readonly warnings: readonly Problem[];
}

export type ScenarioResult = ScenarioApplied | ScenarioRejected;

export interface ApplyOptions {
  /**
   * `full` (default) validates the result like a loaded file, warnings included.
   * `changes` checks every error rule on what the change set added or replaced
   * and computes no warnings — for callers that evaluate many scenarios and
   * only need to know each result is valid (project ranking).
   */
  readonly validation?: 'full' | 'changes';
}

/** First path segment of problems found by validating the resulting model (not the change set). */
export const RESULT_PATH_ROOT = 'result';

/**
 * Problems of a change are reported under `['changes', i, …]`. A change that
 * cannot apply is skipped and the rest still run, so one pass reports every
 * bad change (later ones that depended on it may report too). The result is
 * validated only when every change applied — validating a half-applied
 * scenario would bury the real error under its consequences — and its
 * problems carry paths into the resulting model, under `['result', …]`.
 */
export function applyScenario(
  model: ParkModel,
  changeSet: ChangeSet,
  catalogue?: TechnologyCatalogue,
  options: ApplyOptions = {},
): ScenarioResult {
  // A typed change set can still carry what the schema forbids (a negative scale, say).
  const checked = validateChangeSet(changeSet);
  if (!checked.ok) return { ok: false, errors: checked.errors, warnings: [] };
  const { id, changes } = checked.changeSet;

  const draft = startDraft(model);
  const errors: Problem[] = [];
  const applied: AppliedChange[] = [];
  changes.forEach((change, i) => {
    const ctx: ChangeContext = {
      draft,
      catalogue,
      at: ['changes', i],
      generatedFlowId: (k) => `${id}:${i}:${k}`,
      changeSetId: id,
    };
    const outcome = applyChange(ctx, change);
    if (outcome.ok) applied.push({ index: i, kind: change.kind, ...outcome.effect });
    else errors.push(...outcome.errors);
  });
  if (errors.length > 0) return { ok: false, errors, warnings: [] };

  const validation = options.validation === 'changes' ? validateDerivedModel(model, draft) : validateModel(draft);
  const inResult = (p: Problem): Problem => ({ ...p, path: [RESULT_PATH_ROOT, ...p.path] });
  const warnings = validation.warnings.map(inResult);
  return validation.ok
    ? { ok: true, model: validation.model, applied, warnings }
    : { ok: false, errors: validation.errors.map(inResult), warnings };
}

function applyChange(ctx: ChangeContext, change: Change): ChangeOutcome {
  switch (change.kind) {
    case 'add-enterprise':
      return addEnterprise(ctx, change);
    case 'close-enterprise':
      return closeEnterprise(ctx, change);
    case 'add-flow':
      return addFlow(ctx, change);
    case 'remove-flow':
      return removeFlow(ctx, change);
    case 'update-flow':
      return updateFlow(ctx, change);
    case 'build-project':
      return buildProject(ctx, change);
  }
}
