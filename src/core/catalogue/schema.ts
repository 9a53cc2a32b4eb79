/**
 * The technology catalogue (data/technologies.json): known transformations
 * that a gap-filling project can be built from. Its materials share ids with
 * park models, so a technology's inputs and outputs match a park's
 * materials by id.
 */
import { z } from 'zod';
import { ENTERPRISE_ROLES, idSchema, localizedTextSchema, materialSchema, sourceSchema } from '../model/schema.ts';

export const CURRENT_CATALOGUE_VERSION = 1;

const text = z.string().max(2000);

/**
 * One side of a technology: `ratio` is the amount of `material` (in that
 * material's default unit) per one unit of the technology's reference
 * material (in its default unit).
 */
export const technologyStreamSchema = z.strictObject({
  material: idSchema,
  ratio: z.number().positive(),
  note: text.optional(),
});

export const technologySchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  description: z.strictObject({ zh: text.optional(), en: text.optional() }).optional(),
  /** The material all ratios are relative to (usually the main input, ratio 1). */
  reference: idSchema,
  inputs: z.array(technologyStreamSchema).min(1),
  outputs: z.array(technologyStreamSchema).min(1),
  /** Yearly throughput of the reference material for one typical plant or line. */
  typicalCapacity: z.number().positive(),
  /** Role the new enterprise would have in a park. */
  role: z.enum(ENTERPRISE_ROLES),
  /** Typical investment for a plant of `typicalCapacity`, in 10 000 CNY (万元). */
  investment: z.number().nonnegative().optional(),
  /** Where the figures come from; `estimated` when they are typical values, not measured. */
  estimated: z.boolean(),
  basis: text.min(1),
  source: idSchema.optional(),
});

export const catalogueSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_CATALOGUE_VERSION),
  sources: z.array(sourceSchema),
  materials: z.array(materialSchema),
  technologies: z.array(technologySchema),
});

export type TechnologyStream = z.infer<typeof technologyStreamSchema>;
export type Technology = z.infer<typeof technologySchema>;
export type TechnologyCatalogue = z.infer<typeof catalogueSchema>;
