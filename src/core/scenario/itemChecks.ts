/**
 * The model's own rules for one item a change adds — its schema, the ids it
 * refers to, its units and years — checked against the model as the change
 * finds it, all at once. A change set carries items as plain objects
 * (changeSchemas.ts) so that one bad field does not hide the others: a form
 * shows every problem of what was typed, a scenario author every problem of
 * the item, each under the change's path.
 */
import type { z } from 'zod';
import { checkFlowYears } from '../model/flowYears.ts';
import type { LooseObject } from '../model/loose.ts';
import { errorsOf, type PathSegment, type Problem } from '../model/problems.ts';
import { checkUnits } from '../model/quantities.ts';
import { checkReferences, indexIds, type IdIndex } from '../model/references.ts';
import { chainSchema, enterpriseSchema, flowSchema, materialSchema, streamSchema } from '../model/schema.ts';
import { issuesToProblems } from '../model/schemaIssues.ts';
import type { Enterprise, ParkModel } from '../model/types.ts';

export type ItemCollection = 'enterprises' | 'materials' | 'flows' | 'chains';
export type StreamList = 'inputs' | 'outputs' | 'capacities';

const ITEM_SCHEMAS: Readonly<Record<ItemCollection, z.ZodType>> = {
  enterprises: enterpriseSchema,
  materials: materialSchema,
  flows: flowSchema,
  chains: chainSchema,
};

/** What a new item may refer to: the draft's ids, and enterprises the same change adds (its contract flows name it). */
export function idsOf(draft: ParkModel, extraEnterprises: readonly Enterprise[] = []): IdIndex {
  // Duplicates are the changes' own concern (each reports a taken id in its words); this index only resolves.
  const ignored: Problem[] = [];
  const doc = { ...draft, enterprises: [...draft.enterprises, ...extraEnterprises], flows: [], chains: [] };
  return indexIds(doc as unknown as LooseObject, ignored);
}

/** Every error the model's rules find in `item`, a new member of `collection`, with paths below `at`. */
export function checkItem(
  ids: IdIndex,
  collection: ItemCollection,
  item: unknown,
  at: readonly PathSegment[],
): Problem[] {
  return check(ITEM_SCHEMAS[collection], item, { [collection]: [item] }, 2, ids, at);
}

/** The same for a declared stream added to an enterprise's `list` (capacities allow fields the others do not). */
export function checkStream(ids: IdIndex, list: StreamList, stream: unknown, at: readonly PathSegment[]): Problem[] {
  return check(streamSchema, stream, { enterprises: [{ [list]: [stream] }] }, 4, ids, at);
}

/**
 * Problems the change found itself, then those the model's rules add: one
 * rule can be both (an unknown cluster), and is then said once, in the
 * change's words.
 */
export function mergeProblems(own: readonly Problem[], rules: readonly Problem[]): Problem[] {
  const key = (p: Problem) => `${p.code}\u0000${p.path.join('\u0000')}`;
  const said = new Set(own.map(key));
  return [...own, ...rules.filter((p) => !said.has(key(p)))];
}

function check(
  schema: z.ZodType,
  item: unknown,
  doc: Record<string, unknown>,
  depth: number,
  ids: IdIndex,
  at: readonly PathSegment[],
): Problem[] {
  const found: Problem[] = [];
  const parsed = schema.safeParse(item);
  if (!parsed.success) found.push(...issuesToProblems(parsed.error.issues, item));
  // The item alone in an otherwise empty document: its rules run, nobody else's.
  const inDoc: Problem[] = [];
  checkReferences(doc, ids, inDoc);
  checkUnits(doc, ids, inDoc);
  checkFlowYears(doc, inDoc);
  for (const p of errorsOf(inDoc)) {
    const path = p.path.slice(depth);
    // `replacedBy` names another flow, which this document does not hold: the result's validation checks it.
    if (path[0] === 'replacedBy') continue;
    found.push({ ...p, path });
  }
  return found.map((p) => ({ ...p, path: [...at, ...p.path] }));
}
