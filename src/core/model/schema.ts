/**
 * The park model's schema (domain.md §2), written once with zod; the
 * TypeScript types in `types.ts` are inferred from it so the two cannot
 * drift. This checks shape only; references, units and cross-field rules
 * live in `validate.ts`.
 */
import { z } from 'zod';

export const CURRENT_SCHEMA_VERSION = 2;

/** The three pseudo-actors outside the park boundary. */
export const BOUNDARY_IDS = ['@supply', '@market', '@disposal'] as const;

/**
 * `unclassified`: the source gave no category and none could be inferred
 * (a published exchange list often leaves it blank); analyses that read a
 * category treat it as unknown, never as a waste or a product.
 */
export const MATERIAL_CATEGORIES = [
  'product',
  'by-product',
  'waste',
  'energy',
  'water',
  'service',
  'unclassified',
] as const;
export const ENTERPRISE_ROLES = ['producer', 'recycler', 'utility', 'treatment', 'logistics', 'service'] as const;
export const ENTERPRISE_STATUSES = ['operating', 'planned', 'candidate', 'closed'] as const;
export const FLOW_STATUSES = ['existing', 'planned', 'potential'] as const;
export const TRANSPORT_MODES = ['pipeline', 'truck', 'rail', 'conveyor', 'grid', 'ship', 'other'] as const;
/**
 * How a material reaches its users (domain.md §2): `networked` — any user
 * draws it from a grid (grid electricity, town gas), so it is never a
 * plant-to-plant coupling gap or a park shortfall; `piped` — through a pipe
 * of limited reach (steam, heat, water); `transportable` — by truck, rail or
 * ship (the default).
 */
export const MATERIAL_MOBILITIES = ['networked', 'piped', 'transportable'] as const;
/** Whether a supply capacity is the equipment's nameplate rating or what can actually be sold to others. */
export const CAPACITY_RATINGS = ['nameplate', 'sellable'] as const;

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
const quantitySchema = z.number().nonnegative();

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

/**
 * One entry of the park's negative list (负面清单): candidate projects it
 * matches are not admitted. A technology matches when its industry code
 * (GB/T 4754-2017, e.g. "C26" chemical raw materials and products) starts
 * with one of `industries` and with none of `exceptIndustries`, or its id
 * is one of `technologies`.
 */
const negativeListEntrySchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  industries: z.array(z.string().regex(/^[A-T]\d{0,4}$/)).optional(),
  /** Industry codes inside `industries` that the entry does not cover (e.g. C2625 organic fertilizer within C26). */
  exceptIndustries: z.array(z.string().regex(/^[A-T]\d{0,4}$/)).optional(),
  technologies: z.array(idSchema).optional(),
  note: longTextSchema.optional(),
  source: idSchema.optional(),
});

/**
 * A cap a new project must stay under (e.g. an energy-use ceiling for new
 * projects, 能耗双控): `max` in `unit`. The project's inputs that convert to
 * `unit` are summed (energy carriers through their heating value).
 */
const policyCapSchema = z.strictObject({
  id: idSchema,
  name: localizedTextSchema,
  /** `energy-use`: the project's yearly energy inputs; `electricity`: its electricity demand. */
  quantity: z.enum(['energy-use', 'electricity']),
  max: z.number().positive(),
  unit: z.string().min(1).max(32),
  note: longTextSchema.optional(),
  source: idSchema.optional(),
});

export const parkPolicySchema = z.strictObject({
  negativeList: z.array(negativeListEntrySchema).optional(),
  caps: z.array(policyCapSchema).optional(),
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
  /** What the park will not admit (domain.md §2): candidate projects that break it are excluded, with the reason. */
  policy: parkPolicySchema.optional(),
});

const clusterSchema = z.strictObject({
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
  /**
   * Per unit (the default unit). Negative when the holder pays to have it
   * taken away (a disposal or treatment fee, 处置费), as for most wastes.
   */
  price: z
    .strictObject({
      value: z.number(),
      currency: z.string().regex(/^[A-Z]{3}$/),
      /** The year the price is in. */
      year: z.number().int().min(1990).max(2100).optional(),
      ...provenanceShape,
    })
    .optional(),
  /** t/m³, lets mass and volume quantities of this material be compared. */
  density: z.number().positive().optional(),
  /** GJ/t, lets mass and energy quantities of this material be compared. */
  heatingValue: z.number().positive().optional(),
  /** How it reaches users (default `transportable`); see MATERIAL_MOBILITIES. */
  mobility: z.enum(MATERIAL_MOBILITIES).optional(),
  /** For `piped`: how far a pipe can economically carry it, km. Couplings farther apart are not proposed. */
  pipedRangeKm: z.number().positive().optional(),
  /**
   * Whether it can be bought from outside the park at all (default true).
   * Grid electricity can; steam and district heat cannot: a park that loses
   * its only heat source has unmet demand, not imports.
   */
  importable: z.boolean().optional(),
  /** kg CO2e emitted per unit (the default unit) consumed, for energy carriers (grid electricity, fuels). */
  useEmissionFactor: z.strictObject({ value: z.number().nonnegative(), ...provenanceShape }).optional(),
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
  /** Capacities only: other materials this capacity also takes (a scrap yard's capacity covers sorted and mixed scrap alike). */
  covers: z.array(idSchema).optional(),
  /** Supply capacities only: nameplate rating or sellable to others (see CAPACITY_RATINGS). */
  rating: z.enum(CAPACITY_RATINGS).optional(),
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
  /**
   * Yearly quantity in `unit`. Optional: a flow without one is a structural
   * exchange (who gives what to whom), as published exchange lists give them;
   * structural analyses read it, mass-based figures say their coverage.
   */
  quantity: quantitySchema.optional(),
  /** Required with a quantity; may stand alone as the unit a later quantity will have. */
  unit: z.string().min(1).max(32).optional(),
  status: z.enum(FLOW_STATUSES),
  transport: z
    .strictObject({
      mode: z.enum(TRANSPORT_MODES).optional(),
      distanceKm: z.number().nonnegative().optional(),
    })
    .optional(),
  /** The year the exchange began: the park "as of" a year holds exchanges begun by then and not yet ended. */
  startYear: z.number().int().min(1900).max(2200).optional(),
  /** The year it ended (it no longer runs in that year); not before `startYear`. */
  endYear: z.number().int().min(1900).max(2200).optional(),
  /** Boundary flows only: who outside the park sends or receives it (e.g. residents, steel mills outside). */
  counterparty: localizedTextSchema.optional(),
  /**
   * The id of a planned flow that will take this one's place (a planned
   * project takes what now goes to disposal, or supplies what is now bought
   * in): "today" counts this flow, "with planned" counts the planned one
   * instead, so neither scope counts the same tonnes twice.
   */
  replacedBy: idSchema.optional(),
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
const viewStateSchema = z.strictObject({
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
