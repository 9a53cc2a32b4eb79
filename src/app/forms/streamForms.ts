/**
 * An enterprise's declared inputs, outputs and capacities, edited one
 * stream at a time: a draft → the core change that adds the stream or
 * edits it (checked by core as it applies it, problems keyed below the
 * stream: `material`, `quantity`, `inHouse`), or the one that removes it.
 * Each is one undoable step.
 */
import { localize } from '../../core/model/labels.ts';
import type { Enterprise, ParkModel, Stream } from '../../core/model/types.ts';
import { message } from '../../core/text/message.ts';
import { appBilingual } from '../i18n/appMessage.ts';
import { checkEdit, NOTHING_TO_CHECK, refuseNumber, unchangedCheck, type FormCheck } from './formCheck.ts';
import { fieldChanges } from '../model/itemChanges.ts';
import type { ModelEdit } from '../model/modelEdit.ts';
import { parseQuantity } from '../model/typedNumber.ts';

export type StreamList = 'inputs' | 'outputs' | 'capacities';

export interface StreamDraft {
  readonly material: string;
  readonly quantity: string;
  readonly unit: string;
  /** Empty: no in-house part. */
  readonly inHouse: string;
}

export function streamDraft(stream: Stream): StreamDraft {
  return {
    material: stream.material,
    quantity: String(stream.quantity),
    unit: stream.unit,
    inHouse: stream.inHouse === undefined ? '' : String(stream.inHouse),
  };
}

/** The stream added (`index` null) or the one at `index` edited, keeping its other fields (note, source). */
export function saveStream(
  model: ParkModel,
  enterpriseId: string,
  list: StreamList,
  index: number | null,
  draft: StreamDraft,
): FormCheck {
  const position = model.enterprises.findIndex((e) => e.id === enterpriseId);
  const enterprise = model.enterprises[position];
  if (!enterprise) return NOTHING_TO_CHECK;
  const quantity = parseQuantity(draft.quantity);
  const inHouse = draft.inHouse.trim() === '' ? undefined : parseQuantity(draft.inHouse);
  const before = index === null ? undefined : enterprise[list][index];
  // Not a number: checked with a stand-in so the other fields are still checked.
  const stream: Stream = {
    ...before,
    material: draft.material,
    quantity: quantity ?? 0,
    unit: draft.unit,
    inHouse: inHouse ?? 0,
  };
  if (inHouse === undefined) delete stream.inHouse;
  const path = ['enterprises', position, list, index ?? enterprise[list].length] as const;
  const fields = before === undefined ? null : fieldChanges(before, stream);
  let check: FormCheck;
  if (before !== undefined && fields === null) check = unchangedCheck(model, path);
  else {
    const change =
      before === undefined
        ? ({ kind: 'add-stream', enterprise: enterpriseId, list, stream } as const)
        : ({ kind: 'update-stream', enterprise: enterpriseId, list, material: before.material, ...fields } as const);
    check = checkEdit(model, { changes: [change], label: streamLabel(enterprise, list, stream, index === null) }, path);
  }
  if (quantity === null) check = refuseNumber(check, 'quantity', draft.quantity);
  if (inHouse === null) check = refuseNumber(check, 'inHouse', draft.inHouse);
  return check;
}

export function deleteStream(
  model: ParkModel,
  enterpriseId: string,
  list: StreamList,
  index: number,
): ModelEdit | null {
  const enterprise = model.enterprises.find((e) => e.id === enterpriseId);
  const stream = enterprise?.[list][index];
  if (!enterprise || !stream) return null;
  return {
    changes: [{ kind: 'remove-stream', enterprise: enterpriseId, list, material: stream.material }],
    label: streamStep('step.deleteStream', enterprise, list, stream),
  };
}

function streamLabel(enterprise: Enterprise, list: StreamList, stream: Stream, adding: boolean): ModelEdit['label'] {
  return streamStep(adding ? 'step.addStream' : 'step.editStream', enterprise, list, stream);
}

/** "Add input coal to “…”": the list's word is core's (`label:streamList_*`, one item of the list). */
function streamStep(
  key: 'step.addStream' | 'step.editStream' | 'step.deleteStream',
  enterprise: Enterprise,
  list: StreamList,
  stream: Stream,
): ModelEdit['label'] {
  return appBilingual(key, (language) => ({
    name: localize(enterprise.name, language),
    list: message(language, `label:streamList_${list}`),
    material: stream.material,
  }));
}
