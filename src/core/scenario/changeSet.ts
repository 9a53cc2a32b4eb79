/**
 * Change sets (domain.md §4 item 9): an ordered list of edits to a park
 * model, saved as JSON beside the model and validated the same way, so a
 * scenario ("today + a sludge-drying plant − the old tannery") is data a
 * user can share, not a sequence of clicks.
 */
import { z } from 'zod';
import { ID_PATTERN, idSchema, localizedTextSchema } from '../model/schema.ts';
import { problem, type PathSegment, type Problem } from '../model/problems.ts';
import { issuesToProblems } from '../model/schemaIssues.ts';
import { bilingual } from '../text/message.ts';
import type { Enterprise, Flow } from '../model/types.ts';
import {
  addChainChangeSchema,
  addMaterialChangeSchema,
  addStreamChangeSchema,
  carried,
  removeChainChangeSchema,
  removeEnterpriseChangeSchema,
  removeMaterialChangeSchema,
  removeStreamChangeSchema,
  updateChainChangeSchema,
  updateEnterpriseChangeSchema,
  updateMaterialChangeSchema,
  updateOf,
  updateStreamChangeSchema,
} from './changeSchemas.ts';

/**
 * Generated flows get the id `${changeSet.id}:${change}:${k}`; keeping the
 * change-set id short (and the list bounded) keeps those ids inside the
 * 128 characters that ID_PATTERN allows.
 */
const MAX_CHANGE_SET_ID_LENGTH = 96;
const MAX_CHANGES = 10_000;
const MAX_LINKS = 1_000;

/** An explicit quantity in a supply or delivery: a zero flow would be a link that carries nothing. */
const linkQuantity = z.number().positive();

/** An enterprise id or one of the allowed boundary actors, with one error message for both. */
function endSchema(boundary: readonly string[], rule: string) {
  return z.string().refine((v) => boundary.includes(v) || ID_PATTERN.test(v), { params: { rule } });
}

export const addEnterpriseChangeSchema = z.strictObject({
  kind: z.literal('add-enterprise'),
  enterprise: carried<Enterprise>(),
  /** Flows that arrive with the enterprise (its contracts), added after it. */
  flows: z.array(carried<Flow>()).optional(),
});

export const closeEnterpriseChangeSchema = z
  .strictObject({
    kind: z.literal('close-enterprise'),
    enterprise: idSchema,
    /**
     * `remove` (default): every flow from or to the enterprise ends with it.
     * `keep`: flows stay as they are, so integrity analysis can list what the
     * closure breaks (validation then warns about flows of a closed enterprise).
     */
    flows: z.enum(['remove', 'keep']).optional(),
    /**
     * With `flows: remove`: each removed flow between the closed enterprise and
     * a partner is replaced on the partner's side by a boundary flow — what it
     * received now comes from `@supply` (unless the material cannot be bought
     * from outside the park: then it is left unmet), what it sent now goes to
     * `@disposal` (wastes, by-products, water) or `@market` (products, energy,
     * services).
     * Off by default: whether a partner buys elsewhere or cuts production is a
     * decision the user states, not one we guess.
     */
    rerouteToBoundary: z.boolean().optional(),
  })
  .refine((c) => !(c.rerouteToBoundary === true && c.flows === 'keep'), {
    params: { rule: 'reroute-needs-remove' },
    path: ['rerouteToBoundary'],
  });

export const addFlowChangeSchema = z.strictObject({ kind: z.literal('add-flow'), flow: carried<Flow>() });

export const removeFlowChangeSchema = z.strictObject({ kind: z.literal('remove-flow'), flow: idSchema });

/**
 * Fields are set literally: a unit given without a quantity corrects the
 * unit of the same number, it does not convert it.
 */
export const updateFlowChangeSchema = updateOf<Flow>()('update-flow', { flow: idSchema });

export const projectSupplySchema = z.strictObject({
  from: endSchema(['@supply'], 'supply-end'),
  material: idSchema,
  quantity: linkQuantity.optional(),
});

export const projectDeliverySchema = z.strictObject({
  to: endSchema(['@market', '@disposal'], 'delivery-end'),
  material: idSchema,
  quantity: linkQuantity.optional(),
});

export const buildProjectChangeSchema = z.strictObject({
  kind: z.literal('build-project'),
  /** A technology id in the catalogue passed to `applyScenario`. */
  technology: idSchema,
  enterprise: z.strictObject({ id: idSchema, name: localizedTextSchema.optional(), cluster: idSchema }),
  /**
   * Yearly throughput of the technology's reference material, in the
   * catalogue's unit for that material (the unit of `typicalCapacity`, its default).
   */
  scale: z.number().positive().optional(),
  supplies: z.array(projectSupplySchema).max(MAX_LINKS).optional(),
  deliveries: z.array(projectDeliverySchema).max(MAX_LINKS).optional(),
});

export const changeSchema = z.discriminatedUnion('kind', [
  addEnterpriseChangeSchema,
  updateEnterpriseChangeSchema,
  closeEnterpriseChangeSchema,
  removeEnterpriseChangeSchema,
  addFlowChangeSchema,
  removeFlowChangeSchema,
  updateFlowChangeSchema,
  addMaterialChangeSchema,
  updateMaterialChangeSchema,
  removeMaterialChangeSchema,
  addChainChangeSchema,
  updateChainChangeSchema,
  removeChainChangeSchema,
  addStreamChangeSchema,
  updateStreamChangeSchema,
  removeStreamChangeSchema,
  buildProjectChangeSchema,
]);

const CHANGE_KINDS = [
  'add-enterprise',
  'update-enterprise',
  'close-enterprise',
  'remove-enterprise',
  'add-flow',
  'remove-flow',
  'update-flow',
  'add-material',
  'update-material',
  'remove-material',
  'add-chain',
  'update-chain',
  'remove-chain',
  'add-stream',
  'update-stream',
  'remove-stream',
  'build-project',
] as const satisfies readonly Change['kind'][];

export const changeSetSchema = z.strictObject({
  id: idSchema.max(MAX_CHANGE_SET_ID_LENGTH),
  name: localizedTextSchema,
  description: z.strictObject({ zh: z.string().max(2000).optional(), en: z.string().max(2000).optional() }).optional(),
  changes: z.array(changeSchema).max(MAX_CHANGES),
});

export type ChangeSet = z.infer<typeof changeSetSchema>;
export type Change = z.infer<typeof changeSchema>;
export type ChangeKind = Change['kind'];
export type AddEnterpriseChange = z.infer<typeof addEnterpriseChangeSchema>;
export type CloseEnterpriseChange = z.infer<typeof closeEnterpriseChangeSchema>;
export type AddFlowChange = z.infer<typeof addFlowChangeSchema>;
export type RemoveFlowChange = z.infer<typeof removeFlowChangeSchema>;
export type UpdateFlowChange = z.infer<typeof updateFlowChangeSchema>;
export type BuildProjectChange = z.infer<typeof buildProjectChangeSchema>;
export type ProjectSupply = z.infer<typeof projectSupplySchema>;
export type ProjectDelivery = z.infer<typeof projectDeliverySchema>;

export type ChangeSetValidation =
  { readonly ok: true; readonly changeSet: ChangeSet } | { readonly ok: false; readonly errors: readonly Problem[] };

/** Untrusted JSON → a change set, or every problem with its path and a bilingual message. */
export function validateChangeSet(input: unknown): ChangeSetValidation {
  const parsed = changeSetSchema.safeParse(input);
  if (parsed.success) return { ok: true, changeSet: parsed.data };
  return { ok: false, errors: parsed.error.issues.flatMap((issue) => issueToProblems(issue, input)) };
}

type Issue = z.core.$ZodIssue;

/** Our own rules: each one's problem code and its message, `scenario:rule_${key}`. */
const RULES: Readonly<
  Record<string, { code: string; key: 'rerouteNeedsRemove' | 'emptyUpdate' | 'idFixed' | 'supplyEnd' | 'deliveryEnd' }>
> = {
  'reroute-needs-remove': { code: 'reroute-needs-remove', key: 'rerouteNeedsRemove' },
  'empty-update': { code: 'empty-update', key: 'emptyUpdate' },
  'id-fixed': { code: 'id-fixed', key: 'idFixed' },
  'supply-end': { code: 'invalid-end', key: 'supplyEnd' },
  'delivery-end': { code: 'invalid-end', key: 'deliveryEnd' },
};

/** Our own rules and the change kind get their own words; everything else reads like a model problem. */
function issueToProblems(issue: Issue, input: unknown): Problem[] {
  const path: PathSegment[] = issue.path.map((s) => (typeof s === 'symbol' ? String(s) : s));
  if (issue.code === 'invalid_union' && issue.discriminator === 'kind') {
    const kinds = CHANGE_KINDS.map((k) => JSON.stringify(k)).join(', ');
    return [problem('error', 'unknown-change-kind', path, bilingual('scenario:unknownChangeKind', { kinds }))];
  }
  const rule = issue.code === 'custom' ? issue.params?.['rule'] : undefined;
  const known = typeof rule === 'string' ? RULES[rule] : undefined;
  if (known) return [problem('error', known.code, path, bilingual(`scenario:rule_${known.key}`))];
  return issuesToProblems([issue], input);
}
