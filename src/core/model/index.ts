export * from './types.ts';
export * from './schema.ts';
export * from './units.ts';
export * from './problems.ts';
export {
  validateModel,
  validateModelText,
  type ValidationResult,
  type ValidModel,
  type InvalidModel,
} from './validate.ts';
export { inMaterialUnit } from './quantities.ts';
export { isBoundaryId } from './references.ts';
