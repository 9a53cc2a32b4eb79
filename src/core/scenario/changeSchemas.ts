/**
 * The change kinds that edit one item of the model — what the app's forms,
 * table cells, inspector and delete dialog send, and what a scenario file
 * may say by hand: add, update and remove an enterprise, material, chain
 * template or declared stream (flows and enterprise closure are in
 * changeSet.ts).
 */
import { z } from 'zod';
import { idSchema } from '../model/schema.ts';
import type { ChainTemplate, Enterprise, Material, Stream } from '../model/types.ts';

/**
 * An item a change carries, or some of its fields: the change set checks
 * only that it is an object. Its content is checked with the model's own
 * rules where the change writes it — an added item against the model as the
 * change finds it (itemChecks.ts), an update on the result — so every rule
 * runs at once and no bad field hides another.
 */
export function carried<T>(): z.ZodType<T> {
  return z.record(z.string(), z.unknown()) as unknown as z.ZodType<T>;
}

/**
 * `set` gives fields their new values; `unset` names optional fields to
 * leave out (a flow's quantity, for a structural exchange). The id never
 * changes: other items refer to it.
 */
/** What the refinements read of an update; typed loosely because the schema is built for any item. */
type Fields = { readonly set?: unknown; readonly unset?: unknown };
const setKeys = (c: Fields) => (typeof c.set === 'object' && c.set !== null ? Object.keys(c.set) : []);
const unsetCount = (c: Fields) => (Array.isArray(c.unset) ? c.unset.length : 0);

export function updateOf<T>() {
  return <K extends string, S extends z.ZodRawShape>(kind: K, target: S) =>
    z
      .strictObject({
        kind: z.literal(kind),
        ...target,
        set: carried<Partial<Omit<T, 'id'>>>().optional(),
        unset: z.array(z.string().min(1)).optional(),
      })
      .refine((c: Fields) => !setKeys(c).includes('id'), { params: { rule: 'id-fixed' }, path: ['set'] })
      .refine((c: Fields) => setKeys(c).length + unsetCount(c) > 0, {
        params: { rule: 'empty-update' },
        path: ['set'],
      });
}

export const STREAM_LISTS = ['inputs', 'outputs', 'capacities'] as const;
const streamList = z.enum(STREAM_LISTS);

export const updateEnterpriseChangeSchema = updateOf<Enterprise>()('update-enterprise', { enterprise: idSchema });

export const removeEnterpriseChangeSchema = z.strictObject({
  kind: z.literal('remove-enterprise'),
  enterprise: idSchema,
  /**
   * `remove` (default): its flows go with it. `reroute`: each flow with a
   * partner in the park is kept on the partner's side, its end moved to the
   * park boundary by model/boundaryFallback.ts's rule; the others go.
   */
  flows: z.enum(['remove', 'reroute']).optional(),
});

export const addMaterialChangeSchema = z.strictObject({
  kind: z.literal('add-material'),
  material: carried<Material>(),
});

export const updateMaterialChangeSchema = updateOf<Material>()('update-material', { material: idSchema });

export const removeMaterialChangeSchema = z.strictObject({
  kind: z.literal('remove-material'),
  material: idSchema,
  /**
   * `refuse` (default): a material that flows, streams or chain stages use
   * is not removed. `remove`: its flows and declared streams go too and it
   * leaves the chain stages that have other alternatives; a stage made of it
   * alone is never emptied (the chain must be edited first).
   */
  uses: z.enum(['refuse', 'remove']).optional(),
});

export const addChainChangeSchema = z.strictObject({
  kind: z.literal('add-chain'),
  chain: carried<ChainTemplate>(),
});

export const updateChainChangeSchema = updateOf<ChainTemplate>()('update-chain', { chain: idSchema });

export const removeChainChangeSchema = z.strictObject({ kind: z.literal('remove-chain'), chain: idSchema });

/** A declared stream is named by its enterprise, list and material: a list declares a material once. */
const streamTarget = { enterprise: idSchema, list: streamList, material: idSchema };

export const addStreamChangeSchema = z.strictObject({
  kind: z.literal('add-stream'),
  enterprise: idSchema,
  list: streamList,
  stream: carried<Stream>(),
});

export const updateStreamChangeSchema = updateOf<Stream>()('update-stream', streamTarget);

export const removeStreamChangeSchema = z.strictObject({ kind: z.literal('remove-stream'), ...streamTarget });

export type UpdateEnterpriseChange = z.infer<typeof updateEnterpriseChangeSchema>;
export type RemoveEnterpriseChange = z.infer<typeof removeEnterpriseChangeSchema>;
export type AddMaterialChange = z.infer<typeof addMaterialChangeSchema>;
export type UpdateMaterialChange = z.infer<typeof updateMaterialChangeSchema>;
export type RemoveMaterialChange = z.infer<typeof removeMaterialChangeSchema>;
export type AddChainChange = z.infer<typeof addChainChangeSchema>;
export type UpdateChainChange = z.infer<typeof updateChainChangeSchema>;
export type RemoveChainChange = z.infer<typeof removeChainChangeSchema>;
export type AddStreamChange = z.infer<typeof addStreamChangeSchema>;
export type UpdateStreamChange = z.infer<typeof updateStreamChangeSchema>;
export type RemoveStreamChange = z.infer<typeof removeStreamChangeSchema>;
