/**
 * The technology catalogue (data/technologies.json): known transformations
 * that a gap-filling project can be built from. Its materials share ids with
 * park models, so a technology's inputs and outputs match a park's
 * materials by id.
 */
import { z } from 'zod';
import { ENTERPRISE_ROLES, idSchema, localizedTextSchema, materialSchema, sourceSchema } from '../model/schema.ts';

const CURRENT_CATALOGUE_VERSION = 1;

const text = z.string().max(2000);

/**
 * One side of a technology: `ratio` is the amount of `material` (in that
 * material's default unit) per one unit of the technology's reference
 * material (in its default unit).
 */
const technologyStreamSchema = z.strictObject({
  material: idSchema,
  ratio: z.number().positive(),
  note: text.optional(),
});

/**
 * What one plant of `typicalCapacity` costs and earns, as an investment team
 * reads it: capex in 万 (10 000) units of `currency`, and the yearly
 * operating cost that the catalogue's priced inputs do not already cover
 * (labour, maintenance, consumables not listed), per unit of the reference
 * material. Revenue and input costs come from material prices. Every figure
 * says its price year and basis; `estimated` unless a cited source gives it.
 */
const technologyEconomicsSchema = z.strictObject({
  /** Capex for one plant of `typicalCapacity`, in 10 000 `currency` (万元). */
  investment: z.number().nonnegative(),
  /** Yearly operating cost beyond priced inputs, in `currency` per unit of the reference material. */
  operatingCost: z.number().nonnegative().optional(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  /** The year the money figures are in. */
  year: z.number().int().min(1990).max(2100),
  estimated: z.boolean(),
  basis: text.min(1),
  source: idSchema.optional(),
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
  /**
   * Industry code of the plant in China's Industrial Classification for
   * National Economic Activities (GB/T 4754-2017), e.g. "C2621" (nitrogen
   * fertilizer), "C4210" (metal waste processing): a park's negative list
   * excludes by it.
   */
  industry: z
    .string()
    .regex(/^[A-T]\d{2,4}$/)
    .optional(),
  economics: technologyEconomicsSchema.optional(),
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

export type Technology = z.infer<typeof technologySchema>;
export type TechnologyCatalogue = z.infer<typeof catalogueSchema>;
