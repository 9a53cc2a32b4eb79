/**
 * The item forms' builders: a draft as typed (strings, as the fields hold
 * them) → the model with the item added, or with an existing item edited,
 * checked by core validation (formCheck.ts). Pure: the forms only render
 * what these return. Editing keeps every field the form does not show
 * (a flow's transport and source, an enterprise's streams and figures, a
 * material's price), and keeps the id: other items refer to it.
 */
import { idFromName } from '../../core/model/ids.ts';
import { deepEqual } from '../../core/model/deepEqual.ts';
import { localize } from '../../core/model/labels.ts';
import type {
  ChainStage,
  ChainTemplate,
  Enterprise,
  EnterpriseRole,
  EnterpriseStatus,
  Flow,
  FlowStatus,
  LocalizedText,
  Material,
  MaterialCategory,
  ParkModel,
} from '../../core/model/types.ts';
import { normaliseName, type ModelEdit } from './enterpriseEdits.ts';
import { checkDraft, refuseField, refuseNumber, unchangedCheck, type FormCheck } from './formCheck.ts';
import { parseQuantity } from './tableEdits.ts';
import { parseYear, typedYearProblem, type TypedYear } from './typedYear.ts';
import { maxOf } from '../../core/model/maxOf.ts';

export interface EnterpriseDraft {
  readonly id: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly cluster: string;
  readonly role: EnterpriseRole;
  readonly status: EnterpriseStatus;
}

export interface MaterialDraft {
  readonly id: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly category: MaterialCategory;
  readonly unit: string;
  /** Empty: not a hazardous waste. */
  readonly hazardousWasteCode: string;
}

export interface FlowDraft {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly material: string;
  readonly quantity: string;
  readonly unit: string;
  readonly status: FlowStatus;
  readonly estimated: boolean;
  readonly basis: string;
  /** Empty: not known (the field is left out). */
  readonly startYear: string;
  readonly endYear: string;
}

export interface StageDraft {
  /** The material alternatives, in order; empty strings are unfilled pickers and left out. */
  readonly materials: readonly string[];
  readonly nameZh: string;
  readonly nameEn: string;
}

export interface ChainDraft {
  readonly id: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly cluster: string;
  readonly stages: readonly StageDraft[];
}

type Collection = 'enterprises' | 'materials' | 'flows' | 'chains';

/** A readable id for a new item of `collection`, from its name (English first), not yet used there. */
export function suggestId(
  model: ParkModel,
  collection: 'enterprises' | 'materials' | 'chains',
  name: { readonly nameZh: string; readonly nameEn: string },
): string {
  const taken = new Set(model[collection].map((item) => item.id));
  const prefix = { enterprises: 'enterprise', materials: 'material', chains: 'chain' }[collection];
  return idFromName(name.nameEn.trim() || name.nameZh.trim(), taken, prefix);
}

/** The next flow id in the model's `f-001` numbering, never one in use. */
export function suggestFlowId(model: ParkModel): string {
  const taken = new Set(model.flows.map((f) => f.id));
  let next =
    1 +
    maxOf(
      model.flows.map((f) => Number(/^f-(\d+)$/.exec(f.id)?.[1] ?? 0)),
      0,
    );
  while (taken.has(flowId(next))) next++;
  return flowId(next);
}

function flowId(n: number): string {
  return `f-${String(n).padStart(3, '0')}`;
}

// ---- Drafts of existing items, as an edit form opens on them ----

export function enterpriseDraft(enterprise: Enterprise): EnterpriseDraft {
  const { id, cluster, role, status } = enterprise;
  return { id, ...nameDraft(enterprise.name), cluster, role, status };
}

export function materialDraft(material: Material): MaterialDraft {
  const { id, category, unit } = material;
  return { id, ...nameDraft(material.name), category, unit, hazardousWasteCode: material.hazardousWasteCode ?? '' };
}

export function flowDraft(flow: Flow): FlowDraft {
  const { id, from, to, material, unit, status } = flow;
  return {
    id,
    from,
    to,
    material,
    // An empty quantity is a structural exchange (who gives what to whom) and saves as one.
    quantity: flow.quantity === undefined ? '' : String(flow.quantity),
    unit: unit ?? '',
    status,
    estimated: flow.estimated === true,
    basis: flow.basis ?? '',
    startYear: flow.startYear === undefined ? '' : String(flow.startYear),
    endYear: flow.endYear === undefined ? '' : String(flow.endYear),
  };
}

export function chainDraft(chain: ChainTemplate): ChainDraft {
  return {
    id: chain.id,
    ...nameDraft(chain.name),
    cluster: chain.cluster,
    stages: chain.stages.map((stage) => ({ materials: stage.materials, ...nameDraft(stage.name ?? {}) })),
  };
}

/** The name as the two name fields hold it. */
function typedName(draft: { readonly nameZh: string; readonly nameEn: string }): LocalizedText {
  return normaliseName({ zh: draft.nameZh, en: draft.nameEn });
}

function nameDraft(name: LocalizedText): { nameZh: string; nameEn: string } {
  return { nameZh: name.zh ?? '', nameEn: name.en ?? '' };
}

// ---- Saving a draft: a new item when `editing` is null, else the item with that id replaced ----

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
    label: (item, adding) => named(adding, '企业', 'enterprise', item.name, item.id),
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
    label: (item, adding) => named(adding, '物料', 'material', item.name, item.id),
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
    label: (flow, adding) => ({
      zh: `${adding ? '添加' : '修改'}物质流 ${flow.id}:${flow.from} → ${flow.to}`,
      en: `${adding ? 'Add' : 'Edit'} flow ${flow.id}: ${flow.from} → ${flow.to}`,
    }),
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
    label: (item, adding) => named(adding, '产业链模板', 'chain template', item.name, item.id),
  });
}

/** The stages with one moved `delta` places (−1 up, +1 down); unchanged at either end. */
export function moveStage<T>(stages: readonly T[], index: number, delta: -1 | 1): readonly T[] {
  const target = index + delta;
  if (index < 0 || index >= stages.length || target < 0 || target >= stages.length) return stages;
  const moved = [...stages];
  [moved[index], moved[target]] = [moved[target] as T, moved[index] as T];
  return moved;
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
  const next = items.map((it) => (it === before ? item : it));
  if (before === undefined) next.push(item);
  const label = builder.label(item, before === undefined);
  if (before !== undefined && deepEqual(before, item))
    return unchangedCheck(checkDraft(model, model, [collection, index], label));
  return checkDraft(model, { ...model, [collection]: next }, [collection, index], label);
}

function named(adding: boolean, kindZh: string, kindEn: string, name: LocalizedText, id: string): ModelEdit['label'] {
  const zh = localize(name, 'zh') || id;
  const en = localize(name, 'en') || id;
  return adding
    ? { zh: `添加${kindZh}“${zh}”`, en: `Add ${kindEn} “${en}”` }
    : { zh: `修改${kindZh}“${zh}”`, en: `Edit ${kindEn} “${en}”` };
}

function gone(id: string): FormCheck {
  return {
    edit: null,
    unchanged: false,
    errors: new Map([
      [
        '',
        [
          {
            severity: 'error',
            code: 'item-gone',
            path: [],
            message: {
              zh: `“${id}”已不在模型中(已被删除或撤销)`,
              en: `“${id}” is no longer in the model (deleted or undone)`,
            },
          },
        ],
      ],
    ]),
    warnings: new Map(),
  };
}
