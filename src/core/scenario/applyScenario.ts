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
import { changedPlaces } from '../model/sameItems.ts';
import { validateDerivedModel } from '../model/validateDerived.ts';
import { buildProject } from './buildProject.ts';
import { validateChangeSet, type Change, type ChangeSet } from './changeSet.ts';
import { startDraft, type AppliedChange, type ChangeContext, type ChangeOutcome } from './draft.ts';
import { addChain, removeChain, updateChain } from './chainChanges.ts';
import { addEnterprise, closeEnterprise, updateEnterprise } from './enterpriseChanges.ts';
import { removeEnterprise } from './enterpriseRemoval.ts';
import { addFlow, removeFlow, updateFlow } from './flowChanges.ts';
import { addMaterial, removeMaterial, updateMaterial } from './materialChanges.ts';
import { addStream, removeStream, updateStream } from './streamChanges.ts';

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
   * `full` (default) validates the result like a loaded file, warnings included,
   * and returns the validator's copy.
   * `changes` checks every error rule on what the change set added or replaced
   * and computes no warnings — for callers that evaluate many scenarios and
   * only need to know each result is valid (project ranking), or that apply
   * one edit after another (the app: a one-cell edit of a 100 000-flow park
   * is checked in milliseconds). Its result shares every object and list the
   * change set left alone with the input, as an undo history wants.
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

  const result = sharingUnchanged(model, draft);
  // The derived validation keeps the result as built (sharing what it did not change); the full one gives its parse.
  const validation =
    options.validation === 'changes'
      ? { ...validateDerivedModel(model, result), model: result }
      : validateModel(result);
  const inResult = (p: Problem): Problem => ({ ...p, path: [RESULT_PATH_ROOT, ...p.path] });
  const warnings = validation.warnings.map(inResult);
  return validation.ok
    ? { ok: true, model: validation.model, applied, warnings }
    : { ok: false, errors: validation.errors.map(inResult), warnings };
}

/**
 * The draft copied every list once; a list (or the park record) that came
 * out holding the very same items is the input's again, so derived
 * validation skips it at a glance and the result shares it. A list that
 * changed in place is compared by core's `changedPlaces`, which keeps the
 * places it found for validation, the analysis' delta, the table and the
 * save to read: one pass over 100 000 flows per edit, not one each.
 */
function sharingUnchanged(model: ParkModel, draft: ParkModel): ParkModel {
  const list = <T>(before: T[], after: T[]): T[] => (changedPlaces(before, after)?.length === 0 ? before : after);
  const park = draft.park;
  const keys = new Set([...Object.keys(model.park), ...Object.keys(park)]);
  const parkSame = [...keys].every(
    (k) => (model.park as Record<string, unknown>)[k] === (park as Record<string, unknown>)[k],
  );
  return {
    ...draft,
    park: parkSame ? model.park : park,
    clusters: list(model.clusters, draft.clusters),
    materials: list(model.materials, draft.materials),
    enterprises: list(model.enterprises, draft.enterprises),
    flows: list(model.flows, draft.flows),
    chains: list(model.chains, draft.chains),
  };
}

function applyChange(ctx: ChangeContext, change: Change): ChangeOutcome {
  switch (change.kind) {
    case 'add-enterprise':
      return addEnterprise(ctx, change);
    case 'update-enterprise':
      return updateEnterprise(ctx, change);
    case 'close-enterprise':
      return closeEnterprise(ctx, change);
    case 'remove-enterprise':
      return removeEnterprise(ctx, change);
    case 'add-flow':
      return addFlow(ctx, change);
    case 'remove-flow':
      return removeFlow(ctx, change);
    case 'update-flow':
      return updateFlow(ctx, change);
    case 'add-material':
      return addMaterial(ctx, change);
    case 'update-material':
      return updateMaterial(ctx, change);
    case 'remove-material':
      return removeMaterial(ctx, change);
    case 'add-chain':
      return addChain(ctx, change);
    case 'update-chain':
      return updateChain(ctx, change);
    case 'remove-chain':
      return removeChain(ctx, change);
    case 'add-stream':
      return addStream(ctx, change);
    case 'update-stream':
      return updateStream(ctx, change);
    case 'remove-stream':
      return removeStream(ctx, change);
    case 'build-project':
      return buildProject(ctx, change);
  }
}
