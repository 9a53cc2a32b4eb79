/**
 * Inline edits of the table view: one cell's typed value → the core change
 * that sets that one field (update-enterprise, update-material,
 * update-flow), with a label in both languages. Whether the result is a
 * valid model is core's call, made when the store applies the change; only
 * text that is not a number at all (or not a whole year, see model/typedYear.ts)
 * is refused here. An emptied quantity, unit or year leaves the field out:
 * a flow without a quantity is a structural exchange.
 */
import {
  CATEGORY_LABELS,
  ENTERPRISE_STATUS_LABELS,
  FLOW_STATUS_LABELS,
  ROLE_LABELS,
  localize,
} from '../../core/model/labels.ts';
import type { Problem } from '../../core/model/problems.ts';
import type {
  EnterpriseRole,
  EnterpriseStatus,
  FlowStatus,
  Language,
  LocalizedText,
  MaterialCategory,
  ParkModel,
} from '../../core/model/types.ts';
import { message } from '../../core/text/message.ts';
import { appBilingual, appMessage } from '../i18n/appMessage.ts';
import { otherLanguage } from '../i18n/language.ts';
import type { ModelEdit } from '../model/modelEdit.ts';
import type { TableKind } from './tables.ts';
import { parseQuantity, typedNumberProblem } from '../model/typedNumber.ts';
import { parseYear, typedYearProblem } from '../model/typedYear.ts';

export type CellEditResult =
  | { readonly kind: 'edit'; readonly edit: ModelEdit }
  /** The typed value is the one the model already holds. */
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'refused'; readonly problems: readonly Problem[] };

/** Columns an undo label names by the files' own column names (core's `column:*`). */
const FILE_COLUMNS = ['cluster', 'role', 'status', 'category', 'unit', 'startYear', 'endYear'] as const;

function isFileColumn(column: string): column is (typeof FILE_COLUMNS)[number] {
  return (FILE_COLUMNS as readonly string[]).includes(column);
}

/** A column's name inside an undo label ("Set the start year of …"): the forms' and the files' words where they fit. */
function columnName(column: string, language: Language): string {
  if (column === 'nameZh' || column === 'nameEn') return appMessage(language, `forms.${column}`);
  if (column === 'quantity') return appMessage(language, 'step.field.quantity');
  return isFileColumn(column) ? message(language, `column:${column}`) : column;
}

/** The edit that sets one cell of one row to `typed`, or why it cannot be. */
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

/** One field's new value, or undefined to leave the field out; what the cell shows (null: cleared). */
interface CellValue {
  readonly field: string;
  readonly value: unknown;
  readonly shown: LocalizedText | null;
}

function editEnterprise(model: ParkModel, id: string, column: string, typed: string): CellEditResult {
  const before = model.enterprises.find((e) => e.id === id);
  if (!before) return { kind: 'unchanged' };
  const shown: LocalizedText = { zh: typed.trim(), en: typed.trim() };
  let cell: CellValue;
  if (column === 'nameZh' || column === 'nameEn')
    cell = { field: 'name', value: withName(before.name, column, typed), shown };
  else if (column === 'cluster')
    cell = { field: 'cluster', value: typed, shown: model.clusters.find((c) => c.id === typed)?.name ?? shown };
  else if (column === 'role')
    cell = { field: 'role', value: typed, shown: ROLE_LABELS[typed as EnterpriseRole] ?? shown };
  else if (column === 'status')
    cell = { field: 'status', value: typed, shown: ENTERPRISE_STATUS_LABELS[typed as EnterpriseStatus] ?? shown };
  else return { kind: 'unchanged' };
  if (unchanged(before, cell)) return { kind: 'unchanged' };
  return edited({ kind: 'update-enterprise', enterprise: id, ...fieldChange(cell) }, () =>
    cellLabel('enterprise', before.name, column, cell.shown ?? shown),
  );
}

function editMaterial(model: ParkModel, id: string, column: string, typed: string): CellEditResult {
  const before = model.materials.find((m) => m.id === id);
  if (!before) return { kind: 'unchanged' };
  const shown: LocalizedText = { zh: typed.trim(), en: typed.trim() };
  let cell: CellValue;
  if (column === 'nameZh' || column === 'nameEn')
    cell = { field: 'name', value: withName(before.name, column, typed), shown };
  else if (column === 'category')
    cell = { field: 'category', value: typed, shown: CATEGORY_LABELS[typed as MaterialCategory] ?? shown };
  else if (column === 'unit') cell = { field: 'unit', value: typed.trim(), shown };
  else return { kind: 'unchanged' };
  if (unchanged(before, cell)) return { kind: 'unchanged' };
  return edited({ kind: 'update-material', material: id, ...fieldChange(cell) }, () =>
    cellLabel('material', before.name, column, cell.shown ?? shown),
  );
}

function editFlow(model: ParkModel, id: string, column: string, typed: string): CellEditResult {
  const before = model.flows.find((f) => f.id === id);
  if (!before) return { kind: 'unchanged' };
  const text = typed.trim();
  const shown: LocalizedText = { zh: text, en: text };
  let cell: CellValue;
  if (column === 'quantity') {
    // No quantity is a structural exchange (who gives what to whom); the unit stays for a later figure.
    const quantity = text === '' ? undefined : parseQuantity(typed);
    if (quantity === null) return { kind: 'refused', problems: [typedNumberProblem('quantity', typed)] };
    cell = { field: 'quantity', value: quantity, shown: quantity === undefined ? null : number(quantity) };
  } else if (column === 'unit') {
    // An empty unit is left out (a structural exchange may have none); core refuses it beside a quantity.
    cell = { field: 'unit', value: text === '' ? undefined : text, shown: text === '' ? null : shown };
  } else if (column === 'startYear' || column === 'endYear') {
    const year = parseYear(typed);
    if (year.kind === 'invalid') return { kind: 'refused', problems: [typedYearProblem(column, typed)] };
    const value = year.kind === 'empty' ? undefined : year.year;
    cell = { field: column, value, shown: value === undefined ? null : number(value) };
  } else if (column === 'status')
    cell = { field: 'status', value: typed, shown: FLOW_STATUS_LABELS[typed as FlowStatus] ?? shown };
  else return { kind: 'unchanged' };
  if (unchanged(before, cell)) return { kind: 'unchanged' };
  const name = { zh: before.id, en: before.id };
  return edited({ kind: 'update-flow', flow: id, ...fieldChange(cell) }, () =>
    cell.shown === null ? clearedLabel(name, column) : cellLabel('flow', name, column, cell.shown),
  );
}

function number(value: number): LocalizedText {
  return { zh: String(value), en: String(value) };
}

/** Set the field, or leave it out (undefined: the saved JSON must not hold the key). */
function fieldChange(cell: CellValue): { set?: Record<string, unknown>; unset?: string[] } {
  return cell.value === undefined ? { unset: [cell.field] } : { set: { [cell.field]: cell.value } };
}

function edited(change: ModelEdit['changes'][number], label: () => ModelEdit['label']): CellEditResult {
  return { kind: 'edit', edit: { changes: [change], label: label() } };
}

/** A name with one language replaced; emptied, that language is left out (core decides if one remains). */
function withName(name: LocalizedText, column: 'nameZh' | 'nameEn', typed: string): LocalizedText {
  const language = column === 'nameZh' ? 'zh' : 'en';
  const other = otherLanguage(language);
  const value = typed.trim();
  return {
    ...(name[other] === undefined ? {} : { [other]: name[other] }),
    ...(value === '' ? {} : { [language]: value }),
  } as LocalizedText;
}

/** Whether the field (a name language edits the whole name) holds what the cell now says. */
function unchanged(before: object, cell: CellValue): boolean {
  const a: unknown = (before as Record<string, unknown>)[cell.field];
  const b: unknown = cell.value;
  if (typeof a === 'object' && typeof b === 'object' && a !== null && b !== null) {
    const x = a as LocalizedText;
    const y = b as LocalizedText;
    return x.zh === y.zh && x.en === y.en;
  }
  return a === b;
}

function clearedLabel(flow: LocalizedText, column: string): ModelEdit['label'] {
  return appBilingual('step.clearField', (language) => ({
    kind: message(language, 'label:kind_flow'),
    name: localize(flow, language),
    field: columnName(column, language),
  }));
}

function cellLabel(
  kind: 'enterprise' | 'material' | 'flow',
  name: LocalizedText,
  column: string,
  value: LocalizedText,
): ModelEdit['label'] {
  return appBilingual('step.setField', (language) => ({
    kind: message(language, `label:kind_${kind}`),
    name: localize(name, language),
    field: columnName(column, language),
    value: localize(value, language),
  }));
}
