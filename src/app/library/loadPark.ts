/** The reference park and catalogue, through the same core validation as the CLI. */
import { validateCatalogue } from '../../core/catalogue/validate.ts';
import type { TechnologyCatalogue } from '../../core/catalogue/schema.ts';
import type { Problem } from '../../core/model/problems.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { validateModel } from '../../core/model/validate.ts';

export type LoadedPark =
  | { readonly ok: true; readonly model: ParkModel; readonly catalogue: TechnologyCatalogue }
  | { readonly ok: false; readonly source: 'model' | 'catalogue'; readonly errors: readonly Problem[] };

export function loadPark(modelJson: unknown, catalogueJson: unknown): LoadedPark {
  const model = validateModel(modelJson);
  if (!model.ok) return { ok: false, source: 'model', errors: model.errors };
  const catalogue = validateCatalogue(catalogueJson);
  if (!catalogue.ok) return { ok: false, source: 'catalogue', errors: catalogue.errors };
  return { ok: true, model: model.model, catalogue: catalogue.catalogue };
}
