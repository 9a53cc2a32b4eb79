/**
 * What an import would do, before anything is applied: the app shows this
 * and asks the user to confirm. Per kind of record, the ids that would be
 * created, updated (with the fields that change) and removed, from
 * `diffModels` (comparison/diff.ts), plus every problem. A failed import has
 * problems and no model.
 */
import { errorsOf, warningsOf, type Problem } from '../model/problems.ts';
import { CURRENT_SCHEMA_VERSION } from '../model/schema.ts';
import type { ParkModel } from '../model/types.ts';
import type { ValidationResult } from '../model/validate.ts';
import { diffModels, type CollectionDiff, type EntityChange, type FieldChange } from '../comparison/diff.ts';

export const PLAN_KINDS = ['clusters', 'materials', 'enterprises', 'flows', 'chains'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];

export interface KindPlan {
  readonly created: readonly string[];
  readonly updated: readonly EntityChange[];
  readonly removed: readonly string[];
  readonly unchanged: number;
}

export type ImportPlan =
  | {
      readonly ok: true;
      /** The model that confirming would load. */
      readonly model: ParkModel;
      /** Changes to the park record itself. */
      readonly park: readonly FieldChange[];
      readonly changes: Readonly<Record<PlanKind, KindPlan>>;
      /** True when nothing would change. */
      readonly unchanged: boolean;
      /** Warnings only: an import that succeeded has no errors. */
      readonly problems: readonly Problem[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

const EMPTY_PARK: ParkModel = {
  schemaVersion: CURRENT_SCHEMA_VERSION,
  park: { id: 'empty', name: { en: 'empty' }, referenceYear: 2000 },
  clusters: [],
  materials: [],
  enterprises: [],
  flows: [],
  chains: [],
};

function kindPlan(diff: CollectionDiff): KindPlan {
  return { created: diff.added, updated: diff.changed, removed: diff.removed, unchanged: diff.unchanged };
}

/** `current` is the model open now, or undefined when there is none (everything is then created). */
export function planImport(current: ParkModel | undefined, result: ValidationResult): ImportPlan {
  if (!result.ok) return { ok: false, problems: [...errorsOf(result.errors), ...warningsOf(result.warnings)] };
  const diff = diffModels(current ?? EMPTY_PARK, result.model);
  const changes = Object.fromEntries(PLAN_KINDS.map((kind) => [kind, kindPlan(diff[kind])])) as Record<
    PlanKind,
    KindPlan
  >;
  const park = current ? diff.park : [];
  const unchanged =
    current !== undefined &&
    park.length === 0 &&
    PLAN_KINDS.every((k) => changes[k].created.length + changes[k].updated.length + changes[k].removed.length === 0);
  return { ok: true, model: result.model, park, changes, unchanged, problems: result.warnings };
}
