/**
 * Validation of a model derived from one already known to be valid — a
 * scenario's result — by checking only what differs from it.
 *
 * Scenarios share every object they do not change with their input (see
 * scenario/draft.ts), so "differs" is object identity. Ranking projects
 * applies one scenario per catalogue technology; re-running the whole
 * validation for each was most of the reference park's analysis time.
 *
 * What it checks: every error rule (schema, ids, references, units) on the
 * items that are new or replaced. That is complete as long as unchanged
 * items cannot be invalidated by a change, which holds when no material,
 * cluster, source, saved view or park record was replaced and no id that
 * others may reference disappeared; otherwise it falls back to the full
 * validation. Warnings are whole-model judgements (declared totals against
 * all flows) and are not computed here: callers that show warnings use
 * `validateModel`.
 *
 * It gives no model: every caller keeps the one it derived, which shares
 * what it did not change with its base (a parsed copy of each changed
 * collection was a 100 000-item array per flow edit, made for nothing).
 */
import type { z } from 'zod';
import { errorsOf, type Problem } from './problems.ts';
import { sharingItems, type LooseObject } from './loose.ts';
import { checkUnits } from './quantities.ts';
import { checkFlowYears } from './flowYears.ts';
import { checkReferences, duplicateId, indexIds, type IdIndex } from './references.ts';
import { chainSchema, enterpriseSchema, flowSchema, materialSchema, sourceSchema } from './schema.ts';
import { issuesToProblems } from './schemaIssues.ts';
import { changedPlaces, sameItems } from './sameItems.ts';
import type { ParkModel } from './types.ts';
import { validateModel, type ValidationResult } from './validate.ts';

type Collection = 'materials' | 'enterprises' | 'flows' | 'chains';

const ITEM_SCHEMAS: Record<Collection, z.ZodType> = {
  materials: materialSchema,
  enterprises: enterpriseSchema,
  flows: flowSchema,
  chains: chainSchema,
};

/** Whether a derived model is valid, with the problems that say why not. */
export type DerivedValidation =
  | { readonly ok: true; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly errors: readonly Problem[]; readonly warnings: readonly Problem[] };

export function validateDerivedModel(base: ParkModel, derived: ParkModel): DerivedValidation {
  if (!onlyItemsChanged(base, derived)) return withoutModel(validateModel(derived));

  const problems: Problem[] = [];
  const baseSources = base.park.sources ?? [];
  const sources = derived.park.sources ?? [];
  for (let i = baseSources.length; i < sources.length; i++) {
    const result = sourceSchema.safeParse(sources[i]);
    if (!result.success)
      for (const p of issuesToProblems(result.error.issues, derived, ['park', 'sources', i])) problems.push(p);
  }
  // The changed items in place and holes elsewhere: the reference and unit checks
  // walk arrays with forEach, which skips holes, so paths keep their real indices.
  const changedOnly: Record<string, unknown> = { ...derived, view: undefined };
  for (const collection of Object.keys(ITEM_SCHEMAS) as Collection[]) {
    const items = derived[collection] as readonly unknown[];
    // The same array: nothing in it changed (an edit of one enterprise leaves 100 000 flows alone), so the checks
    // get no item of it — not 100 000 holes to walk.
    if (items === base[collection]) {
      changedOnly[collection] = [];
      continue;
    }
    const sparse: unknown[] = new Array<unknown>(items.length);
    changedOnly[collection] = sparse;
    for (const index of newItems(base[collection], items)) {
      const item = items[index];
      sparse[index] = item;
      const result = ITEM_SCHEMAS[collection].safeParse(item);
      if (!result.success)
        for (const p of issuesToProblems(result.error.issues, derived, [collection, index])) problems.push(p);
    }
    // Nothing refers to flows and chains: only the new items' ids can collide (indexIds below sees the others).
    if (collection === 'flows' || collection === 'chains')
      collidingIds(collection, base[collection], items, sparse, problems);
  }
  sharingItems(changedOnly, () => {
    // Over the whole model, so a new id colliding with an old one is reported.
    const ids = referencedIds(derived, problems);
    checkReferences(changedOnly, ids, problems);
    checkUnits(changedOnly, ids, problems);
    checkFlowYears(changedOnly, problems);
  });

  const errors = errorsOf(problems);
  return errors.length > 0 ? { ok: false, errors, warnings: [] } : { ok: true, warnings: [] };
}

function withoutModel(result: ValidationResult): DerivedValidation {
  return result.ok ? { ok: true, warnings: result.warnings } : result;
}

/**
 * The places of `items` holding an item `base` does not: a pass by place
 * when the lengths agree (an edit in place; a reordering only checks the
 * moved items again), else a set of the base's items.
 */
function newItems(base: readonly unknown[], items: readonly unknown[]): readonly number[] {
  const inPlace = changedPlaces(base, items);
  if (inPlace) return inPlace;
  const found: number[] = [];
  const before = new Set<unknown>(base);
  for (let i = 0; i < items.length; i++) if (!before.has(items[i])) found.push(i);
  return found;
}

/**
 * Every later item with the id of a new item (`changed`, sparse) is a duplicate, as the full index reports it.
 * An item replacing one with the same id in the same place adds no id when the lengths agree (then every other
 * place holds the base's own item: see newItems), so an edit of a flow's figures walks no flows.
 */
function collidingIds(
  collection: string,
  base: readonly unknown[],
  items: readonly unknown[],
  changed: readonly unknown[],
  problems: Problem[],
): void {
  const idOf = (item: unknown) => (item as { id?: unknown } | undefined)?.id;
  const inPlace = base.length === items.length;
  const ids = new Set<string>();
  changed.forEach((item, index) => {
    const id = idOf(item);
    if (typeof id === 'string' && !(inPlace && idOf(base[index]) === id)) ids.add(id);
  });
  if (ids.size === 0) return;
  const first = new Map<string, number>();
  items.forEach((item, index) => {
    const id = idOf(item);
    if (typeof id !== 'string' || !ids.has(id)) return;
    const at = first.get(id);
    if (at === undefined) first.set(id, index);
    else problems.push(duplicateId(id, [collection, index], [collection, at]));
  });
}

/**
 * The index of the collections items refer to (clusters, materials,
 * enterprises, sources), kept from the edit before while they are the same
 * arrays: building it walked 20 000 enterprises per edit.
 */
function referencedIds(model: ParkModel, problems: Problem[]): IdIndex {
  const kept = indexKept.get(model.enterprises);
  if (kept && kept.park === model.park && kept.clusters === model.clusters && kept.materials === model.materials)
    return kept.ids;
  const found: Problem[] = [];
  const ids = indexIds(model as unknown as LooseObject, found, { unreferenced: false });
  for (const p of found) problems.push(p);
  if (found.length === 0)
    indexKept.set(model.enterprises, { park: model.park, clusters: model.clusters, materials: model.materials, ids });
  return ids;
}

/**
 * Builds what validating an edit of `model` keeps from one edit to the next (the index above), so that the first
 * edit after a park opens does not: the page calls it when it is idle after opening (20 ms at 20 000 enterprises).
 * Problems it finds are left for the edit's validation to report (nothing is kept then).
 */
export function prepareDerivedValidation(model: ParkModel): void {
  referencedIds(model, []);
}

const indexKept = new WeakMap<
  readonly unknown[],
  { readonly park: unknown; readonly clusters: unknown; readonly materials: unknown; readonly ids: IdIndex }
>();

/**
 * True when the change is confined to items whose validity does not depend
 * on other changed items: unchanged park record (sources may be appended),
 * clusters, view and
 * materials (a material's unit decides whether its flows' units convert),
 * and every enterprise and material id of the base still present.
 */
function onlyItemsChanged(base: ParkModel, derived: ParkModel): boolean {
  if (base.schemaVersion !== derived.schemaVersion) return false;
  if (!sameParkRecord(base.park, derived.park)) return false;
  if (base.view !== derived.view || !sameItems(base.clusters, derived.clusters)) return false;
  if (base.materials !== derived.materials) {
    const derivedMaterials = new Set<unknown>(derived.materials);
    if (!base.materials.every((m) => derivedMaterials.has(m))) return false;
  }
  if (base.enterprises === derived.enterprises) return true;
  const enterpriseIds = new Set(derived.enterprises.map((e) => e.id));
  return base.enterprises.every((e) => enterpriseIds.has(e.id));
}

/** The same park record, except that sources may have been appended (a project cites its catalogue's). */
function sameParkRecord(base: ParkModel['park'], derived: ParkModel['park']): boolean {
  if (base === derived) return true;
  const baseSources = base.sources ?? [];
  const sources = derived.sources ?? [];
  if (sources.length < baseSources.length || !baseSources.every((s, i) => s === sources[i])) return false;
  return JSON.stringify({ ...base, sources: null }) === JSON.stringify({ ...derived, sources: null });
}
