/**
 * The item forms' adapters: a draft as typed (itemDrafts.ts) → the core
 * change that adds the item or edits an existing one, checked by core as it
 * applies it (formCheck.ts). Pure: the forms only render what these return.
 * An edit names only the fields the user changed, so every field the form
 * does not show (a flow's transport and source, an enterprise's streams and
 * figures, a material's price) stays, and so does the id: other items refer
 * to it.
 */
import { localize } from '../../core/model/labels.ts';
import type { ChainStage, Flow, LocalizedText, Material, ParkModel } from '../../core/model/types.ts';
import type { ReferenceKind } from '../../core/scenario/draft.ts';
import { message } from '../../core/text/message.ts';
import { appBilingual } from '../i18n/appMessage.ts';
import { checkEdit, refuseField, refuseNumber, unchangedCheck, type FormCheck } from './formCheck.ts';
import { addChange, updateChange, type Collection } from '../model/itemChanges.ts';
import type { ChainDraft, EnterpriseDraft, FlowDraft, MaterialDraft } from './itemDrafts.ts';
import type { ModelEdit } from '../model/modelEdit.ts';
import { normaliseName } from '../model/typedName.ts';
import { parseQuantity } from '../model/typedNumber.ts';
import { parseYear, typedYearProblem, type TypedYear } from '../model/typedYear.ts';

/** The name as the two name fields hold it. */
function typedName(draft: { readonly nameZh: string; readonly nameEn: string }): LocalizedText {
  return normaliseName({ zh: draft.nameZh, en: draft.nameEn });
}

// ---- Saving a draft: a new item when `editing` is null, else an edit of the item with that id ----

export function saveEnterprise(model: ParkModel, draft: EnterpriseDraft, editing: string | null): FormCheck {
  return saveItem(model, 'enterprises', editing, {
    build: (before) => ({
      ...(before ?? { inputs: [], outputs: [], capacities: [] }),
      id: before?.id ?? draft.id.trim(),
      name: typedName(draft),
      cluster: draft.cluster,
      role: draft.role,
      status: draft.status,
    }),
    label: (item, adding) => named(adding, 'enterprise', item.name, item.id),
  });
}

export function saveMaterial(model: ParkModel, draft: MaterialDraft, editing: string | null): FormCheck {
  const code = draft.hazardousWasteCode.trim().toUpperCase();
  return saveItem(model, 'materials', editing, {
    build: (before) => {
      const material: Material = {
        ...before,
        id: before?.id ?? draft.id.trim(),
        name: typedName(draft),
        category: draft.category,
        unit: draft.unit,
        hazardousWasteCode: code,
      };
      if (code === '') delete material.hazardousWasteCode;
      return material;
    },
    label: (item, adding) => named(adding, 'material', item.name, item.id),
  });
}

export function saveFlow(model: ParkModel, draft: FlowDraft, editing: string | null): FormCheck {
  const structural = draft.quantity.trim() === '';
  const quantity = structural ? undefined : parseQuantity(draft.quantity);
  const basis = draft.basis.trim();
  const startYear = parseYear(draft.startYear);
  const endYear = parseYear(draft.endYear);
  const check = saveItem(model, 'flows', editing, {
    build: (before) => {
      const flow: Flow = {
        ...before,
        id: before?.id ?? draft.id.trim(),
        from: draft.from,
        to: draft.to,
        material: draft.material,
        // Not a number: validated with a stand-in so the other fields are still checked.
        quantity: quantity ?? 0,
        unit: draft.unit,
        status: draft.status,
        estimated: true,
        basis,
      };
      if (structural) delete flow.quantity;
      if (draft.unit === '') delete flow.unit;
      if (!draft.estimated) delete flow.estimated;
      if (basis === '') delete flow.basis;
      // A year that is not one is left as it was, so the other fields (the other year too) are still checked.
      setYear(flow, 'startYear', startYear);
      setYear(flow, 'endYear', endYear);
      return flow;
    },
    label: (flow, adding) =>
      appBilingual(adding ? 'step.addFlow' : 'step.editFlow', { id: flow.id, from: flow.from, to: flow.to }),
  });
  let refused = quantity === null ? refuseNumber(check, 'quantity', draft.quantity) : check;
  if (startYear.kind === 'invalid') refused = refuseField(refused, typedYearProblem('startYear', draft.startYear));
  if (endYear.kind === 'invalid') refused = refuseField(refused, typedYearProblem('endYear', draft.endYear));
  return refused;
}

function setYear(flow: Flow, field: 'startYear' | 'endYear', typed: TypedYear): void {
  if (typed.kind === 'year') flow[field] = typed.year;
  else if (typed.kind === 'empty') delete flow[field];
}

export function saveChain(model: ParkModel, draft: ChainDraft, editing: string | null): FormCheck {
  const stages: ChainStage[] = draft.stages.map((stage) => {
    const name = typedName(stage);
    const materials = stage.materials.filter((m) => m !== '');
    return Object.keys(name).length === 0 ? { materials } : { materials, name };
  });
  return saveItem(model, 'chains', editing, {
    build: (before) => ({
      ...before,
      id: before?.id ?? draft.id.trim(),
      name: typedName(draft),
      cluster: draft.cluster,
      stages,
    }),
    label: (item, adding) => named(adding, 'chain', item.name, item.id),
  });
}

interface ItemBuilder<T> {
  /** The item from the draft; `before` is the item being edited, undefined for a new one. */
  readonly build: (before: T | undefined) => T;
  readonly label: (item: T, adding: boolean) => ModelEdit['label'];
}

function saveItem<C extends Collection>(
  model: ParkModel,
  collection: C,
  editing: string | null,
  builder: ItemBuilder<ParkModel[C][number]>,
): FormCheck {
  type Item = ParkModel[C][number];
  const items: readonly Item[] = model[collection];
  const index = editing === null ? items.length : items.findIndex((item) => item.id === editing);
  const before = editing === null ? undefined : items[index];
  // The item was deleted while its form was open (undo behind the form, another tab).
  if (editing !== null && before === undefined) return gone(editing);
  const item = builder.build(before);
  const change = before === undefined ? addChange(collection, item) : updateChange(collection, before, item);
  if (change === null) return unchangedCheck(model, [collection, index]);
  // A new item is appended: its fields' problems are reported at the end of the collection.
  return checkEdit(model, { changes: [change], label: builder.label(item, before === undefined) }, [collection, index]);
}

function named(adding: boolean, kind: ReferenceKind, name: LocalizedText, id: string): ModelEdit['label'] {
  return appBilingual(adding ? 'step.addItem' : 'step.editItem', (language) => ({
    kind: message(language, `label:kind_${kind}`),
    name: localize(name, language) || id,
  }));
}

function gone(id: string): FormCheck {
  return {
    edit: null,
    preview: null,
    unchanged: false,
    errors: new Map([
      [
        '',
        [
          {
            severity: 'error',
            code: 'item-gone',
            path: [],
            message: appBilingual('fieldProblem.itemGone', { id }),
          },
        ],
      ],
    ]),
    warnings: new Map(),
  };
}
