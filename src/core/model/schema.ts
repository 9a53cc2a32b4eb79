/**
 * The park model's schema (domain.md §2), written once with zod; the
 * TypeScript types in `types.ts` are inferred from it so the two cannot
 * drift. This checks shape only; references, units and cross-field rules
 * live in `validate.ts`.
 */
import { z } from 'zod';

export const CURRENT_SCHEMA_VERSION = 1;

/** The three pseudo-actors outside the park boundary. */
export const BOUNDARY_IDS = ['@supply', '@market', '@disposal'] as const;

export const MATERIAL_CATEGORIES = ['product', 'by-product', 'waste', 'energy', 'water', 'service'] as const;
export const ENTERPRISE_ROLES = ['producer', 'recycler', 'utility', 'treatment', 'logistics', 'service'] as const;
export const ENTERPRISE_STATUSES = ['operating', 'planned', 'candidate', 'closed'] as const;
export const FLOW_STATUSES = ['existing', 'planned', 'potential'] as const;
export const TRANSPORT_MODES = ['pipeline', 'truck', 'rail', 'conveyor', 'grid', 'ship', 'other'] as const;

/**
 * Ids are what users type and what CSV imports derive from names, so
 * Chinese letters are allowed. A leading "@" is reserved for the boundary.
 */
export const ID_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}_.:-]{0,127}$/u;
export const MAX_TEXT_LENGTH = 2000;
export const MAX_NAME_LENGTH = 300;

export const idSchema = z.string().regex(ID_PATTERN);
const text = z.string().max(MAX_TEXT_LENGTH);
const nameText = z.string().trim().min(1).max(MAX_NAME_LENGTH);

/** Bilingual text: at least one of the two languages is present. */
export const localizedTextSchema = z
  .strictObject({ zh: nameText.optional(), en: nameText.optional() })
  .refine((t) => t.zh !== undefined || t.en !== undefined, { params: { rule: 'name-empty' } });

const longTextSchema = z.strictObject({ zh: text.optional(), en: text.optional() });

/** Yearly quantity: finite and not negative. */
export const quantitySchema = z.number().nonnegative();

/** User-defined extra attributes, kept through imports and exports. */
const attributesSchema = z.record(
  z.string().max(128),
  z.union([z.string().max(MAX_TEXT_LENGTH), z.number(), z.boolean()]),
);

/**
 * Honesty about numbers: `estimated: true` marks a figure that is not
 * measured or published, and `basis` says how it was arrived at.
 */
const provenanceShape = {
  estimated: z.boolean().optional(),
  basis: text.optional(),
  source: idSchema.optional(),
};

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: text.min(1),
  url: text.optional(),
  note: text.optional(),
});

export const parkSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  region: localizedTextSchema.optional(),
  referenceYear: z.number().int().min(1900).max(2200),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  notes: longTextSchema.optional(),
  sources: z.array(sourceSchema).optional(),
});

export const clusterSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  colour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .optional(),
  description: longTextSchema.optional(),
});

export const materialSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  category: z.enum(MATERIAL_CATEGORIES),
  unit: z.string().min(1).max(32),
  /** China's National Hazardous Waste List category, e.g. HW22 (copper-bearing waste). */
  hazardousWasteCode: z
    .string()
    .regex(/^HW\d{2}$/)
    .optional(),
  /** Other waste code, e.g. a general industrial solid waste code (SW…). */
  wasteCode: z.string().max(32).optional(),
  /** kg CO2e avoided per unit (the material's default unit) reused instead of virgin supply. */
  emissionFactor: z.strictObject({ value: z.number().nonnegative(), ...provenanceShape }).optional(),
  price: z
    .strictObject({ value: z.number().nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/), ...provenanceShape })
    .optional(),
  /** t/m³, lets mass and volume quantities of this material be compared. */
  density: z.number().positive().optional(),
  /** GJ/t, lets mass and energy quantities of this material be compared. */
  heatingValue: z.number().positive().optional(),
  description: longTextSchema.optional(),
  attributes: attributesSchema.optional(),
});

export const streamSchema = z.strictObject({
  material: idSchema,
  quantity: quantitySchema,
  unit: z.string().min(1).max(32),
  /**
   * The part of `quantity` (same unit) made and used inside the enterprise
   * itself, e.g. a smelter's anode copper going to its own tankhouse. It is
   * neither surplus nor demand for the rest of the park.
   */
  inHouse: quantitySchema.optional(),
  note: text.optional(),
  ...provenanceShape,
});

export const locationSchema = z.strictObject({
  lon: z.number().min(-180).max(180),
  lat: z.number().min(-90).max(90),
});

export const enterpriseSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  cluster: idSchema,
  role: z.enum(ENTERPRISE_ROLES),
  status: z.enum(ENTERPRISE_STATUSES),
  location: locationSchema.optional(),
  figures: z
    .strictObject({
      /** Yearly output value in 10 000 CNY (万元). */
      outputValue: z.number().nonnegative().optional(),
      /** Yearly energy use in tce. */
      energyUse: z.number().nonnegative().optional(),
      employees: z.number().int().nonnegative().optional(),
      ...provenanceShape,
    })
    .optional(),
  inputs: z.array(streamSchema),
  outputs: z.array(streamSchema),
  /** What it can treat, absorb or supply per year (a treatment plant's capacity, a CHP's steam). */
  capacities: z.array(streamSchema),
  description: longTextSchema.optional(),
  attributes: attributesSchema.optional(),
  ...provenanceShape,
});

export const flowSchema = z.strictObject({
  id: idSchema,
  from: z.string().min(1).max(128),
  to: z.string().min(1).max(128),
  material: idSchema,
  quantity: quantitySchema,
  unit: z.string().min(1).max(32),
  status: z.enum(FLOW_STATUSES),
  transport: z
    .strictObject({
      mode: z.enum(TRANSPORT_MODES).optional(),
      distanceKm: z.number().nonnegative().optional(),
    })
    .optional(),
  year: z.number().int().min(1900).max(2200).optional(),
  note: text.optional(),
  attributes: attributesSchema.optional(),
  ...provenanceShape,
});

/** A chain stage: one material, or alternatives any of which fills the stage. */
export const chainStageSchema = z.strictObject({
  materials: z.array(idSchema).min(1),
  name: localizedTextSchema.optional(),
});

export const chainSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  cluster: idSchema,
  stages: z.array(chainStageSchema).min(2),
  description: longTextSchema.optional(),
  source: idSchema.optional(),
});

/** Saved view state, so a park looks the same when reopened. */
export const viewStateSchema = z.strictObject({
  positions: z.record(z.string(), z.strictObject({ x: z.number(), y: z.number() })).optional(),
});

export const parkModelSchema = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  park: parkSchema,
  clusters: z.array(clusterSchema),
  materials: z.array(materialSchema),
  enterprises: z.array(enterpriseSchema),
  flows: z.array(flowSchema),
  chains: z.array(chainSchema),
  view: viewStateSchema.optional(),
});
