/** Model types, inferred from the schema so that the two never drift. */
import type { z } from 'zod';
import type {
  BOUNDARY_IDS,
  chainSchema,
  chainStageSchema,
  enterpriseSchema,
  flowSchema,
  localizedTextSchema,
  locationSchema,
  materialSchema,
  parkModelSchema,
  parkSchema,
  sourceSchema,
  streamSchema,
  MATERIAL_CATEGORIES,
  ENTERPRISE_ROLES,
  ENTERPRISE_STATUSES,
  FLOW_STATUSES,
  MATERIAL_MOBILITIES,
  CAPACITY_RATINGS,
  parkPolicySchema,
} from './schema.ts';

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type ParkInfo = z.infer<typeof parkSchema>;
export type ParkPolicy = z.infer<typeof parkPolicySchema>;
export type Material = z.infer<typeof materialSchema>;
export type Stream = z.infer<typeof streamSchema>;
export type Location = z.infer<typeof locationSchema>;
export type Enterprise = z.infer<typeof enterpriseSchema>;
export type Flow = z.infer<typeof flowSchema>;
export type ChainStage = z.infer<typeof chainStageSchema>;
export type ChainTemplate = z.infer<typeof chainSchema>;
export type ParkModel = z.infer<typeof parkModelSchema>;

export type BoundaryId = (typeof BOUNDARY_IDS)[number];
export type MaterialCategory = (typeof MATERIAL_CATEGORIES)[number];
export type EnterpriseRole = (typeof ENTERPRISE_ROLES)[number];
export type EnterpriseStatus = (typeof ENTERPRISE_STATUSES)[number];
export type FlowStatus = (typeof FLOW_STATUSES)[number];
export type MaterialMobility = (typeof MATERIAL_MOBILITIES)[number];
export type CapacityRating = (typeof CAPACITY_RATINGS)[number];

/** The two UI and report languages (defined with the message catalogue, below the model). */
export type { Language } from '../text/language.ts';
