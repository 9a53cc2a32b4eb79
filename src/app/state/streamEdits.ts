/**
 * An enterprise's declared inputs, outputs and capacities, edited one
 * stream at a time: added or replaced from a draft (checked by core
 * validation, problems keyed below the stream: `material`, `quantity`,
 * `inHouse`), or deleted. Each is one undoable step.
 */
import { deepEqual } from '../../core/model/deepEqual.ts';
import { localize } from '../../core/model/labels.ts';
import type { ParkModel, Stream } from '../../core/model/types.ts';
import { replaceEnterprise, type ModelEdit } from './enterpriseEdits.ts';
import { checkDraft, NOTHING_TO_CHECK, refuseNumber, unchangedCheck, type FormCheck } from './formCheck.ts';
import { parseQuantity } from './tableEdits.ts';

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

/** The stream added (`index` null) or the one at `index` replaced, keeping its other fields (note, source). */
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
  const stream: Stream = {
    ...before,
    material: draft.material,
    quantity: quantity ?? 0,
    unit: draft.unit,
    inHouse: inHouse ?? 0,
  };
  if (inHouse === undefined) delete stream.inHouse;
  const streams =
    index === null ? [...enterprise[list], stream] : enterprise[list].map((s, i) => (i === index ? stream : s));
  const at = index ?? enterprise[list].length;
  const name = { zh: localize(enterprise.name, 'zh'), en: localize(enterprise.name, 'en') };
  const kind = STREAM_KINDS[list];
  const label =
    index === null
      ? {
          zh: `为“${name.zh}”添加${kind.zh} ${stream.material}`,
          en: `Add ${kind.en} ${stream.material} to “${name.en}”`,
        }
      : {
          zh: `修改“${name.zh}”的${kind.zh} ${stream.material}`,
          en: `Edit ${kind.en} ${stream.material} of “${name.en}”`,
        };
  const path = ['enterprises', position, list, at] as const;
  let check =
    before !== undefined && deepEqual(before, stream)
      ? unchangedCheck(checkDraft(model, model, path, label))
      : checkDraft(model, replaceEnterprise(model, enterprise, { ...enterprise, [list]: streams }), path, label);
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
  const kind = STREAM_KINDS[list];
  return {
    model: replaceEnterprise(model, enterprise, {
      ...enterprise,
      [list]: enterprise[list].filter((_, i) => i !== index),
    }),
    label: {
      zh: `删除“${localize(enterprise.name, 'zh')}”的${kind.zh} ${stream.material}`,
      en: `Delete ${kind.en} ${stream.material} of “${localize(enterprise.name, 'en')}”`,
    },
  };
}

const STREAM_KINDS: Readonly<Record<StreamList, { zh: string; en: string }>> = {
  inputs: { zh: '输入', en: 'input' },
  outputs: { zh: '输出', en: 'output' },
  capacities: { zh: '能力', en: 'capacity' },
};
