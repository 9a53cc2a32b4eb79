/**
 * The table view's rows: enterprises, materials and flows as plain rows of
 * cells, with their columns, a stable locale-aware sort and a filter. Pure:
 * the model in, rows out; the component only renders them.
 */
import { compareQuantities, quantityKey, type QuantityKey } from '../../core/model/quantityOrder.ts';
import { numberLocale } from '../../core/analysis/presentation.ts';
import { BOUNDARY_NAMES } from '../../core/model/boundary.ts';
import {
  CATEGORY_LABELS,
  ENTERPRISE_STATUS_LABELS,
  FLOW_STATUS_LABELS,
  ROLE_LABELS,
  localize,
} from '../../core/model/labels.ts';
import { isBoundaryId } from '../../core/model/references.ts';
import type { BoundaryId, Language, LocalizedText, ParkModel } from '../../core/model/types.ts';
import { flowExtraCells, flowExtraColumns } from './flowTableExtras.ts';

export const TABLES = ['enterprises', 'materials', 'flows'] as const;
export type TableKind = (typeof TABLES)[number];

export type CellValue = string | number | boolean;

export interface EnumOption {
  readonly value: string;
  readonly label: LocalizedText;
}

/** How a cell is edited in place; columns without one are read-only. */
export type CellEditor = 'text' | 'number' | 'select';

export interface TableColumn {
  readonly key: string;
  /** `year`: a number written without grouping (1982, not 1,982). */
  readonly kind: 'text' | 'number' | 'year' | 'enum' | 'boolean';
  /** The choices of an enum column, in their meaningful order (which is also their sort order). */
  readonly options?: readonly EnumOption[];
  readonly editor?: CellEditor;
  /** The header as it is, for columns named by the user's data (an imported column's header); else `table.column.<key>`. */
  readonly heading?: string;
  /** A quantity column: the column holding each row's unit, so the sort compares like with like. */
  readonly unitColumn?: string;
}

export interface TableRow {
  readonly id: string;
  readonly cells: Readonly<Record<string, CellValue>>;
  /** Lower-cased id and names in both languages: what the text filter matches. */
  readonly search: string;
}

export type SortDirection = 'asc' | 'desc';

export interface TableSort {
  readonly column: string;
  readonly direction: SortDirection;
}

export interface TableFilter {
  readonly text: string;
  /** Enum column key → the one value shown ('' or absent: all). */
  readonly enums: Readonly<Record<string, string>>;
}

export const NO_TABLE_FILTER: TableFilter = { text: '', enums: {} };

const optionsOf = (labels: Readonly<Record<string, LocalizedText>>): EnumOption[] =>
  Object.entries(labels).map(([value, label]) => ({ value, label }));

/** The columns of a table; the cluster choices come from the model. */
export function tableColumns(table: TableKind, model: ParkModel): readonly TableColumn[] {
  switch (table) {
    case 'enterprises':
      return [
        { key: 'id', kind: 'text' },
        { key: 'nameZh', kind: 'text', editor: 'text' },
        { key: 'nameEn', kind: 'text', editor: 'text' },
        {
          key: 'cluster',
          kind: 'enum',
          editor: 'select',
          options: model.clusters.map((c) => ({ value: c.id, label: c.name })),
        },
        { key: 'role', kind: 'enum', editor: 'select', options: optionsOf(ROLE_LABELS) },
        { key: 'status', kind: 'enum', editor: 'select', options: optionsOf(ENTERPRISE_STATUS_LABELS) },
        { key: 'inputs', kind: 'number' },
        { key: 'outputs', kind: 'number' },
      ];
    case 'materials':
      return [
        { key: 'id', kind: 'text' },
        { key: 'nameZh', kind: 'text', editor: 'text' },
        { key: 'nameEn', kind: 'text', editor: 'text' },
        { key: 'category', kind: 'enum', editor: 'select', options: optionsOf(CATEGORY_LABELS) },
        { key: 'unit', kind: 'text', editor: 'text' },
        { key: 'hazardousWasteCode', kind: 'text' },
      ];
    case 'flows':
      return [
        { key: 'id', kind: 'text' },
        { key: 'from', kind: 'text' },
        { key: 'to', kind: 'text' },
        { key: 'material', kind: 'text' },
        { key: 'quantity', kind: 'number', editor: 'number', unitColumn: 'unit' },
        { key: 'unit', kind: 'text', editor: 'text' },
        { key: 'status', kind: 'enum', editor: 'select', options: optionsOf(FLOW_STATUS_LABELS) },
        { key: 'estimated', kind: 'boolean' },
        ...flowExtraColumns(model),
      ];
  }
}

const searchOf = (...parts: readonly (string | undefined)[]) =>
  parts
    .filter((p) => p !== undefined && p !== '')
    .join('\n')
    .toLowerCase();

/** The rows of a table in model order; names of other things (a flow's ends, its material) in `language`. */
export function tableRows(table: TableKind, model: ParkModel, language: Language): readonly TableRow[] {
  switch (table) {
    case 'enterprises':
      return reusedRows(ROW_CACHES.enterprises, [language], model.enterprises, (e) => ({
        id: e.id,
        cells: {
          id: e.id,
          nameZh: e.name.zh ?? '',
          nameEn: e.name.en ?? '',
          cluster: e.cluster,
          role: e.role,
          status: e.status,
          inputs: e.inputs.length,
          outputs: e.outputs.length,
        },
        search: searchOf(e.id, e.name.zh, e.name.en),
      }));
    case 'materials':
      return reusedRows(ROW_CACHES.materials, [language], model.materials, (m) => ({
        id: m.id,
        cells: {
          id: m.id,
          nameZh: m.name.zh ?? '',
          nameEn: m.name.en ?? '',
          category: m.category,
          unit: m.unit,
          hazardousWasteCode: m.hazardousWasteCode ?? '',
        },
        search: searchOf(m.id, m.name.zh, m.name.en),
      }));
    case 'flows': {
      // The names by id, made only when a row is built (after an edit most rows are kept: reusedRows), and
      // kept while the enterprises and materials are the same arrays (an edit of a flow leaves them).
      const named = () => namesOf(model);
      const actorName = (id: string) =>
        isBoundaryId(id) ? BOUNDARY_NAMES[id as BoundaryId] : (named().actors.get(id) ?? { en: id });
      const extraCells = flowExtraCells(model);
      // A flow's row also reads the names of its ends and material and the park's sources.
      const context = [language, model.enterprises, model.materials, model.park.sources];
      return reusedRows(ROW_CACHES.flows, context, model.flows, (f) => {
        const from = actorName(f.from);
        const to = actorName(f.to);
        const material = named().materials.get(f.material) ?? { en: f.material };
        return {
          id: f.id,
          cells: {
            id: f.id,
            from: localize(from, language),
            to: localize(to, language),
            material: localize(material, language),
            // Empty for a structural exchange: the cell shows nothing rather than a zero that looks measured.
            quantity: f.quantity ?? '',
            unit: f.unit ?? '',
            status: f.status,
            estimated: f.estimated === true,
            ...extraCells(f),
          },
          search: searchOf(f.id, from.zh, from.en, to.zh, to.en, material.zh, material.en, f.material),
        };
      });
    }
  }
}

interface Names {
  readonly actors: ReadonlyMap<string, LocalizedText>;
  readonly materials: ReadonlyMap<string, LocalizedText>;
}

const NAMES = new WeakMap<readonly unknown[], { readonly materials: readonly unknown[]; readonly names: Names }>();

function namesOf(model: ParkModel): Names {
  const kept = NAMES.get(model.enterprises);
  if (kept?.materials === model.materials) return kept.names;
  const names = {
    actors: new Map(model.enterprises.map((e) => [e.id, e.name])),
    materials: new Map(model.materials.map((m) => [m.id, m.name])),
  };
  NAMES.set(model.enterprises, { materials: model.materials, names });
  return names;
}

/**
 * The rows built last, per item, while what else they read (`context`) is
 * the same objects: an edit of one flow of 100 000 rebuilds one row, not
 * 100 000 (a quarter of a second per edit). Items are the model's own
 * objects, which an edit replaces when it changes them; a WeakMap lets go of
 * the rows of items no model holds any more.
 */
interface RowCache {
  context: readonly unknown[];
  rows: WeakMap<object, TableRow>;
  /** The items and rows of the last call, for the comparison by position. */
  last: { readonly items: readonly object[]; readonly rows: readonly TableRow[] } | null;
}

const ROW_CACHES: Record<TableKind, RowCache> = {
  enterprises: { context: [], rows: new WeakMap(), last: null },
  materials: { context: [], rows: new WeakMap(), last: null },
  flows: { context: [], rows: new WeakMap(), last: null },
};

/**
 * Lets go of the rows kept for the next edit; the table view calls it when it closes. The rows live as long
 * as their items otherwise: at 100 000 flows, 30 MB the page would keep, and mark at each garbage collection,
 * after the table is gone.
 */
export function releaseTableRows(): void {
  for (const cache of Object.values(ROW_CACHES)) {
    cache.context = [];
    cache.rows = new WeakMap();
    cache.last = null;
  }
}

function reusedRows<T extends object>(
  cache: RowCache,
  context: readonly unknown[],
  items: readonly T[],
  build: (item: T) => TableRow,
): TableRow[] {
  if (context.length !== cache.context.length || context.some((value, i) => value !== cache.context[i])) {
    cache.context = context;
    cache.rows = new WeakMap();
    cache.last = null;
  }
  // An edit in place keeps the other items where they were: compared by position, 100 000 rows take
  // a fraction of a millisecond where looking each up in the WeakMap took ten.
  const last = cache.last?.items.length === items.length ? cache.last : null;
  const rows = new Array<TableRow>(items.length);
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (last && last.items[i] === item) {
      rows[i] = last.rows[i]!;
      continue;
    }
    let row = cache.rows.get(item);
    if (!row) {
      row = build(item);
      cache.rows.set(item, row);
    }
    rows[i] = row;
  }
  cache.last = { items, rows };
  return rows;
}

/** Keeps the rows the filter lets through, in their order. */
export function filterRows(rows: readonly TableRow[], filter: TableFilter): readonly TableRow[] {
  const text = filter.text.trim().toLowerCase();
  const enums = Object.entries(filter.enums).filter(([, value]) => value !== '');
  if (text === '' && enums.length === 0) return rows;
  return rows.filter(
    (row) => (text === '' || row.search.includes(text)) && enums.every(([key, value]) => row.cells[key] === value),
  );
}

/** Chinese by pinyin, numbers in text by value ("f-2" before "f-10"). */
const COLLATOR = new Intl.Collator('zh-CN', { numeric: true, sensitivity: 'base' });

/**
 * The rows sorted by one column. Stable (equal cells keep the order they
 * had), text compared with a Chinese collator, enums in their options'
 * order, empty cells last whichever the direction (a flow without a quantity
 * or a year is not a zero). Quantities compare within their dimension,
 * converted to its base unit (1 kt/a above 900 t/a), and group by dimension
 * rather than interleaving t/a, m³/a and GJ/a (core's quantityOrder.ts).
 */
export function sortRows(
  rows: readonly TableRow[],
  sort: TableSort | null,
  columns: readonly TableColumn[],
): readonly TableRow[] {
  if (sort === null) return rows;
  const column = columns.find((c) => c.key === sort.column);
  if (!column) return rows;
  const sign = sort.direction === 'asc' ? 1 : -1;
  const rank = new Map(column.options?.map((o, i) => [o.value, i]));
  const compare = (a: CellValue | undefined, b: CellValue | undefined): number => {
    if (column.kind === 'enum') return (rank.get(String(a)) ?? -1) - (rank.get(String(b)) ?? -1);
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b);
    return COLLATOR.compare(String(a ?? ''), String(b ?? ''));
  };
  const isEmpty = (v: CellValue | undefined) => v === undefined || v === '';
  // A quantity's key (dimension, value in its base unit) worked out once per row, not once per comparison.
  const quantityOf = (row: TableRow): QuantityKey | null => {
    const value = row.cells[sort.column];
    if (!column.unitColumn || typeof value !== 'number') return null;
    const unit = row.cells[column.unitColumn];
    return quantityKey(value, typeof unit === 'string' ? unit : undefined);
  };
  // Indexes carried along make the sort stable whatever the engine does.
  return rows
    .map((row, index) => ({ row, index, value: row.cells[sort.column], quantity: quantityOf(row) }))
    .sort((x, y) => {
      if (isEmpty(x.value) !== isEmpty(y.value)) return isEmpty(x.value) ? 1 : -1;
      const order =
        x.quantity && y.quantity ? compareQuantities(x.quantity, y.quantity, sign) : sign * compare(x.value, y.value);
      return order || x.index - y.index;
    })
    .map((x) => x.row);
}

/** The next sort after clicking a column's header: ascending, then descending, then ascending again. */
export function nextSort(current: TableSort | null, column: string): TableSort {
  return current?.column === column && current.direction === 'asc'
    ? { column, direction: 'desc' }
    : { column, direction: 'asc' };
}

/** A column's header: the user's own text for an imported column, else the translated name of a built-in one. */
export function columnHeading(column: TableColumn, t: (key: string) => string): string {
  return column.heading ?? t(`table.column.${column.key}`);
}

/** How a cell reads: enum labels in the language, a tick for true, numbers with the locale's grouping. */
export function cellText(column: TableColumn, value: CellValue | undefined, language: Language): string {
  if (value === undefined) return '';
  if (column.kind === 'enum') {
    const option = column.options?.find((o) => o.value === value);
    return option ? localize(option.label, language) : String(value);
  }
  if (column.kind === 'boolean') return value === true ? '✓' : '';
  if (column.kind === 'year') return String(value);
  if (typeof value === 'number') return value.toLocaleString(numberLocale(language));
  return String(value);
}
