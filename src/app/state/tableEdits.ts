/**
 * Inline edits of the table view: one cell's typed value → the next model,
 * built purely (sharing every object it does not change) with a label in
 * both languages. Whether the result is a valid model is core validation's
 * call, made when the edit is committed; only text that is not a number at
 * all (or not a whole year, see typedYear.ts) is refused here. An emptied
 * quantity, unit or year removes the field: a flow without a quantity is a
 * structural exchange.
 */
import {
  CATEGORY_LABELS,
  ENTERPRISE_STATUS_LABELS,
  FLOW_STATUS_LABELS,
  ROLE_LABELS,
  localize,
} from '../../core/model/labels.ts';
import { problem, quote, type Problem } from '../../core/model/problems.ts';
import type {
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
import type { ModelEdit } from './enterpriseEdits.ts';
import type { TableKind } from './tables.ts';
import { parseYear, typedYearProblem } from './typedYear.ts';

export type CellEditResult =
  | { readonly kind: 'edit'; readonly edit: ModelEdit }
  /** The typed value is the one the model already holds. */
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'refused'; readonly problems: readonly Problem[] };

const COLUMN_NAMES: Readonly<Record<string, LocalizedText & { zh: string; en: string }>> = {
  nameZh: { zh: '中文名称', en: 'Chinese name' },
  nameEn: { zh: '英文名称', en: 'English name' },
  cluster: { zh: '集群', en: 'cluster' },
  role: { zh: '角色', en: 'role' },
  status: { zh: '状态', en: 'status' },
  category: { zh: '类别', en: 'category' },
  unit: { zh: '单位', en: 'unit' },
  quantity: { zh: '数量', en: 'quantity' },
  startYear: { zh: '起始年份', en: 'start year' },
  endYear: { zh: '终止年份', en: 'end year' },
};

/** The model with one cell of one row set to `typed`, or why it cannot be. */
export function editCell(
  model: ParkModel,
  table: TableKind,
  rowId: string,
  column: string,
  typed: string,
): CellEditResult {
  switch (table) {
    case 'enterprises':
      return editEnterprise(model, rowId, column, typed);
    case 'materials':
      return editMaterial(model, rowId, column, typed);
    case 'flows':
      return editFlow(model, rowId, column, typed);
  }
}

function editEnterprise(model: ParkModel, id: string, column: string, typed: string): CellEditResult {
  const before = model.enterprises.find((e) => e.id === id);
  if (!before) return { kind: 'unchanged' };
  let after: Enterprise;
  let shown: LocalizedText = { zh: typed.trim(), en: typed.trim() };
  if (column === 'nameZh' || column === 'nameEn') after = { ...before, name: withName(before.name, column, typed) };
  else if (column === 'cluster') {
    after = { ...before, cluster: typed };
    shown = model.clusters.find((c) => c.id === typed)?.name ?? shown;
  } else if (column === 'role') {
    after = { ...before, role: typed as EnterpriseRole };
    shown = ROLE_LABELS[typed as EnterpriseRole] ?? shown;
  } else if (column === 'status') {
    after = { ...before, status: typed as EnterpriseStatus };
    shown = ENTERPRISE_STATUS_LABELS[typed as EnterpriseStatus] ?? shown;
  } else return { kind: 'unchanged' };
  if (unchanged(before, after, column)) return { kind: 'unchanged' };
  return {
    kind: 'edit',
    edit: {
      model: { ...model, enterprises: model.enterprises.map((e) => (e === before ? after : e)) },
      label: cellLabel('企业', 'enterprise', before.name, column, shown),
    },
  };
}

function editMaterial(model: ParkModel, id: string, column: string, typed: string): CellEditResult {
  const before = model.materials.find((m) => m.id === id);
  if (!before) return { kind: 'unchanged' };
  let after: Material;
  let shown: LocalizedText = { zh: typed.trim(), en: typed.trim() };
  if (column === 'nameZh' || column === 'nameEn') after = { ...before, name: withName(before.name, column, typed) };
  else if (column === 'category') {
    after = { ...before, category: typed as MaterialCategory };
    shown = CATEGORY_LABELS[typed as MaterialCategory] ?? shown;
  } else if (column === 'unit') after = { ...before, unit: typed.trim() };
  else return { kind: 'unchanged' };
  if (unchanged(before, after, column)) return { kind: 'unchanged' };
  return {
    kind: 'edit',
    edit: {
      model: { ...model, materials: model.materials.map((m) => (m === before ? after : m)) },
      label: cellLabel('物料', 'material', before.name, column, shown),
    },
  };
}

function editFlow(model: ParkModel, id: string, column: string, typed: string): CellEditResult {
  const before = model.flows.find((f) => f.id === id);
  if (!before) return { kind: 'unchanged' };
  let after: Flow;
  let shown: LocalizedText | null = { zh: typed.trim(), en: typed.trim() };
  if (column === 'quantity') {
    if (typed.trim() === '') {
      // No quantity is a structural exchange (who gives what to whom); the unit stays for a later figure.
      after = without(before, 'quantity');
      shown = null;
    } else {
      const quantity = parseQuantity(typed);
      if (quantity === null) return { kind: 'refused', problems: [typedNumberProblem('quantity', typed)] };
      after = { ...before, quantity };
      shown = { zh: String(quantity), en: String(quantity) };
    }
  } else if (column === 'unit') {
    // An empty unit is left out (a structural exchange may have none); core refuses it beside a quantity.
    after = typed.trim() === '' ? without(before, 'unit') : { ...before, unit: typed.trim() };
    if (typed.trim() === '') shown = null;
  } else if (column === 'startYear' || column === 'endYear') {
    const year = parseYear(typed);
    if (year.kind === 'invalid') return { kind: 'refused', problems: [typedYearProblem(column, typed)] };
    after = year.kind === 'empty' ? without(before, column) : { ...before, [column]: year.year };
    shown = year.kind === 'empty' ? null : { zh: String(year.year), en: String(year.year) };
  } else if (column === 'status') {
    after = { ...before, status: typed as FlowStatus };
    shown = FLOW_STATUS_LABELS[typed as FlowStatus] ?? shown;
  } else return { kind: 'unchanged' };
  if (unchanged(before, after, column)) return { kind: 'unchanged' };
  const name = { zh: before.id, en: before.id };
  return {
    kind: 'edit',
    edit: {
      model: { ...model, flows: model.flows.map((f) => (f === before ? after : f)) },
      label: shown === null ? clearedLabel(name, column) : cellLabel('物质流', 'flow', name, column, shown),
    },
  };
}

/** The flow without one optional field (removed, not set to undefined: the saved JSON must not hold it). */
function without(flow: Flow, field: 'quantity' | 'unit' | 'startYear' | 'endYear'): Flow {
  const copy = { ...flow };
  delete copy[field];
  return copy;
}

/** A name with one language replaced; emptied, that language is left out (core decides if one remains). */
function withName(name: LocalizedText, column: 'nameZh' | 'nameEn', typed: string): LocalizedText {
  const language = column === 'nameZh' ? 'zh' : 'en';
  const other = language === 'zh' ? 'en' : 'zh';
  const value = typed.trim();
  return {
    ...(name[other] === undefined ? {} : { [other]: name[other] }),
    ...(value === '' ? {} : { [language]: value }),
  } as LocalizedText;
}

/** A number as typed: spaces, thousands separators and full-width digits allowed. */
export function parseQuantity(typed: string): number | null {
  const normal = typed
    .replace(/[０-９．－]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s,_]/g, '');
  if (normal === '' || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(normal)) return null;
  const value = Number(normal);
  return Number.isFinite(value) ? value : null;
}

/** Why typed text cannot be a number at `field`: nothing typed, or not a number. */
export function typedNumberProblem(field: string, typed: string): Problem {
  const shown = typed.trim();
  return shown === ''
    ? problem('error', 'number-missing', [field], { zh: '请填写数字', en: 'enter a number' })
    : problem('error', 'not-a-number', [field], {
        zh: `${quote(shown)} 不是数字`,
        en: `${quote(shown)} is not a number`,
      });
}

/** Whether the edited field (a name language edits the whole name) holds what it held. */
function unchanged(before: object, after: object, column: string): boolean {
  const field = column === 'nameZh' || column === 'nameEn' ? 'name' : column;
  const a: unknown = (before as Record<string, unknown>)[field];
  const b: unknown = (after as Record<string, unknown>)[field];
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null) {
    const x = a as LocalizedText;
    const y = b as LocalizedText;
    return x.zh === y.zh && x.en === y.en;
  }
  return a === b;
}

function clearedLabel(flow: LocalizedText, column: string): { zh: string; en: string } {
  const field = COLUMN_NAMES[column] ?? { zh: column, en: column };
  return {
    zh: `清除物质流“${localize(flow, 'zh')}”的${field.zh}`,
    en: `Clear the ${field.en} of flow “${localize(flow, 'en')}”`,
  };
}

function cellLabel(
  kindZh: string,
  kindEn: string,
  name: LocalizedText,
  column: string,
  value: LocalizedText,
): { zh: string; en: string } {
  const field = COLUMN_NAMES[column] ?? { zh: column, en: column };
  return {
    zh: `将${kindZh}“${localize(name, 'zh')}”的${field.zh}改为“${localize(value, 'zh')}”`,
    en: `Set the ${field.en} of ${kindEn} “${localize(name, 'en')}” to “${localize(value, 'en')}”`,
  };
}
