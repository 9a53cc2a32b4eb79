/**
 * The create forms' builders: a draft as typed (strings, as the fields hold
 * them) → the model with the new item, checked by core validation, and the
 * problems that concern the new item keyed by the form field they belong
 * to. Pure: the forms only render what these return. Whether a model is
 * valid is always core validation's call; only text that cannot be put into
 * the model at all (a quantity that is not a number) is refused here.
 */
import { idFromName } from '../../core/model/ids.ts';
import { localize } from '../../core/model/labels.ts';
import { errorsOf, warningsOf, type PathSegment, type Problem } from '../../core/model/problems.ts';
import type {
  ChainStage,
  Enterprise,
  EnterpriseRole,
  EnterpriseStatus,
  Flow,
  FlowStatus,
  Material,
  MaterialCategory,
  ParkModel,
} from '../../core/model/types.ts';
import { validateModel } from '../../core/model/validate.ts';
import { normaliseName, type ModelEdit } from './enterpriseEdits.ts';
import { parseQuantity } from './tableEdits.ts';

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
}

export type StreamList = 'inputs' | 'outputs' | 'capacities';

export interface StreamDraft {
  readonly material: string;
  readonly quantity: string;
  readonly unit: string;
  /** Empty: no in-house part. */
  readonly inHouse: string;
}

export interface ChainDraft {
  readonly id: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly cluster: string;
  /** Each stage's material alternatives, in order; empty strings are unfilled pickers and left out. */
  readonly stages: readonly (readonly string[])[];
}

/**
 * Problems keyed by the field they concern: the item's path below the
 * collection, joined with "." (`name`, `quantity`, `stages.1.materials.0`);
 * `''` holds those that concern the model as a whole.
 */
export type FieldProblems = ReadonlyMap<string, readonly Problem[]>;

export interface Creation {
  /** The step to commit, or null while an error stands. */
  readonly edit: ModelEdit | null;
  readonly errors: FieldProblems;
  readonly warnings: FieldProblems;
}

/** The problems for a field and everything below it (`stages` holds `stages.0.materials.1`). */
export function problemsAt(problems: FieldProblems, field: string): readonly Problem[] {
  const out: Problem[] = [];
  for (const [key, list] of problems) if (key === field || key.startsWith(`${field}.`)) out.push(...list);
  return out;
}

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
  let next = 1 + Math.max(0, ...model.flows.map((f) => Number(/^f-(\d+)$/.exec(f.id)?.[1] ?? 0)));
  while (taken.has(flowId(next))) next++;
  return flowId(next);
}

function flowId(n: number): string {
  return `f-${String(n).padStart(3, '0')}`;
}

export function createEnterprise(model: ParkModel, draft: EnterpriseDraft): Creation {
  const enterprise: Enterprise = {
    id: draft.id.trim(),
    name: normaliseName({ zh: draft.nameZh, en: draft.nameEn }),
    cluster: draft.cluster,
    role: draft.role,
    status: draft.status,
    inputs: [],
    outputs: [],
    capacities: [],
  };
  const name = localize(enterprise.name, 'zh') || enterprise.id;
  const nameEn = localize(enterprise.name, 'en') || enterprise.id;
  return checked(
    { ...model, enterprises: [...model.enterprises, enterprise] },
    ['enterprises', model.enterprises.length],
    { zh: `添加企业“${name}”`, en: `Add enterprise “${nameEn}”` },
  );
}

export function createMaterial(model: ParkModel, draft: MaterialDraft): Creation {
  const code = draft.hazardousWasteCode.trim().toUpperCase();
  const material: Material = {
    id: draft.id.trim(),
    name: normaliseName({ zh: draft.nameZh, en: draft.nameEn }),
    category: draft.category,
    unit: draft.unit,
    ...(code === '' ? {} : { hazardousWasteCode: code }),
  };
  return checked({ ...model, materials: [...model.materials, material] }, ['materials', model.materials.length], {
    zh: `添加物料“${localize(material.name, 'zh') || material.id}”`,
    en: `Add material “${localize(material.name, 'en') || material.id}”`,
  });
}

export function createFlow(model: ParkModel, draft: FlowDraft): Creation {
  const quantity = parseQuantity(draft.quantity);
  const basis = draft.basis.trim();
  const flow: Flow = {
    id: draft.id.trim(),
    from: draft.from,
    to: draft.to,
    material: draft.material,
    // Not a number: validated with a stand-in so the other fields are still checked.
    quantity: quantity ?? 0,
    unit: draft.unit,
    status: draft.status,
    ...(draft.estimated ? { estimated: true } : {}),
    ...(basis === '' ? {} : { basis }),
  };
  const creation = checked({ ...model, flows: [...model.flows, flow] }, ['flows', model.flows.length], {
    zh: `添加物质流 ${flow.id}:${flow.from} → ${flow.to}`,
    en: `Add flow ${flow.id}: ${flow.from} → ${flow.to}`,
  });
  return quantity === null ? refuseNumber(creation, 'quantity', draft.quantity) : creation;
}

/**
 * An enterprise's declared stream added (`index` null) or replaced, as one
 * step. Problems are keyed below the stream (`material`, `quantity`, `inHouse`).
 */
export function saveStream(
  model: ParkModel,
  enterpriseId: string,
  list: StreamList,
  index: number | null,
  draft: StreamDraft,
): Creation {
  const position = model.enterprises.findIndex((e) => e.id === enterpriseId);
  const enterprise = model.enterprises[position];
  if (!enterprise) return { edit: null, errors: new Map(), warnings: new Map() };
  const quantity = parseQuantity(draft.quantity);
  const inHouse = draft.inHouse.trim() === '' ? undefined : parseQuantity(draft.inHouse);
  const before = index === null ? undefined : enterprise[list][index];
  const stream = {
    ...before,
    material: draft.material,
    quantity: quantity ?? 0,
    unit: draft.unit,
    ...(inHouse === undefined ? {} : { inHouse: inHouse ?? 0 }),
  };
  if (inHouse === undefined) delete stream.inHouse;
  const streams =
    index === null ? [...enterprise[list], stream] : enterprise[list].map((s, i) => (i === index ? stream : s));
  const at = index ?? enterprise[list].length;
  const name = { zh: localize(enterprise.name, 'zh'), en: localize(enterprise.name, 'en') };
  const kind = STREAM_KINDS[list];
  let creation = checked(
    replaceEnterprise(model, enterprise, { ...enterprise, [list]: streams }),
    ['enterprises', position, list, at],
    index === null
      ? {
          zh: `为“${name.zh}”添加${kind.zh} ${stream.material}`,
          en: `Add ${kind.en} ${stream.material} to “${name.en}”`,
        }
      : {
          zh: `修改“${name.zh}”的${kind.zh} ${stream.material}`,
          en: `Edit ${kind.en} ${stream.material} of “${name.en}”`,
        },
  );
  if (quantity === null) creation = refuseNumber(creation, 'quantity', draft.quantity);
  if (inHouse === null) creation = refuseNumber(creation, 'inHouse', draft.inHouse);
  return creation;
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

export function createChain(model: ParkModel, draft: ChainDraft): Creation {
  const stages: ChainStage[] = draft.stages.map((materials) => ({ materials: materials.filter((m) => m !== '') }));
  const chain = {
    id: draft.id.trim(),
    name: normaliseName({ zh: draft.nameZh, en: draft.nameEn }),
    cluster: draft.cluster,
    stages,
  };
  return checked({ ...model, chains: [...model.chains, chain] }, ['chains', model.chains.length], {
    zh: `添加产业链模板“${localize(chain.name, 'zh') || chain.id}”`,
    en: `Add chain template “${localize(chain.name, 'en') || chain.id}”`,
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

const STREAM_KINDS: Readonly<Record<StreamList, { zh: string; en: string }>> = {
  inputs: { zh: '输入', en: 'input' },
  outputs: { zh: '输出', en: 'output' },
  capacities: { zh: '能力', en: 'capacity' },
};

function replaceEnterprise(model: ParkModel, before: Enterprise, after: Enterprise): ParkModel {
  return { ...model, enterprises: model.enterprises.map((e) => (e === before ? after : e)) };
}

/**
 * Validates the next model. The model before was valid, so every error is
 * the new item's doing: those under `itemPath` go to their field, any other
 * to `''`. Warnings are kept only under `itemPath` (the park has its own).
 */
function checked(next: ParkModel, itemPath: readonly PathSegment[], label: ModelEdit['label']): Creation {
  const result = validateModel(next);
  const errors = result.ok ? [] : errorsOf(result.errors);
  const warnings = warningsOf(result.warnings).filter((p) => below(p.path, itemPath));
  return {
    edit: errors.length === 0 ? { model: next, label } : null,
    errors: byField(errors, itemPath),
    warnings: byField(warnings, itemPath),
  };
}

function below(path: readonly PathSegment[], prefix: readonly PathSegment[]): boolean {
  return prefix.every((segment, i) => path[i] === segment);
}

function byField(problems: readonly Problem[], itemPath: readonly PathSegment[]): FieldProblems {
  const out = new Map<string, Problem[]>();
  for (const p of problems) {
    const field = below(p.path, itemPath) ? p.path.slice(itemPath.length).join('.') : '';
    // A name's problems are the name's, whichever language the path names.
    const key = field.startsWith('name.') ? 'name' : field;
    out.set(key, [...(out.get(key) ?? []), p]);
  }
  return out;
}

function refuseNumber(creation: Creation, field: string, typed: string): Creation {
  const errors = new Map(creation.errors);
  errors.set(field, [notANumberProblem(field, typed)]);
  return { ...creation, edit: null, errors };
}

function notANumberProblem(field: string, typed: string): Problem {
  return {
    severity: 'error',
    code: 'not-a-number',
    path: [field],
    message: { zh: `“${typed.trim()}”不是数字`, en: `“${typed.trim()}” is not a number` },
  };
}
