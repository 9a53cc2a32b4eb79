/** Test fixtures made the way the app makes them: an app edit (a change set) applied by core, as the store applies it. */
import { renameEnterprise } from '../../../src/app/model/inspectorEdits.ts';
import { applyEdit, type ModelEdit } from '../../../src/app/model/modelEdit.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';

/** The model after the edit; the same model for no edit; a thrown error when core refuses it. */
export function edited(model: ParkModel, edit: ModelEdit | null): ParkModel {
  if (edit === null) return model;
  const result = applyEdit(model, edit);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path.join('.')}: ${e.message.en}`).join('; '));
  return result.model;
}

/** The model with an enterprise (the test parks' smelter, unless named) renamed in English. */
export function renamed(model: ParkModel, name: string, id = 'smelter'): ParkModel {
  return edited(model, renameEnterprise(model, id, { en: name }));
}
