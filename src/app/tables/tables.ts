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
import { changedPlaces } from '../../core/model/sameItems.ts';
import type {
  BoundaryId,
  Enterprise,
  Flow,
  Language,
  LocalizedText,
  Material,
  ParkModel,
} from '../../core/model/types.ts';
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

/** How a table reads its items: one for every row of a call, so a row holds its item and this, nothing more. */
interface RowReader<T> {
  cells(item: T): Readonly<Record<string, CellValue>>;
  /** The id and names in both languages, which the text filter matches. */
  searchParts(item: T): readonly (string | undefined)[];
}

/**
 * A row of a model item. Its cells are made when first read — the grid reads the rows in view, a sort or an
 * enum filter all of them — and its search text when a text filter first asks; both are kept then. At 100 000
 * flows the rows made up front were 30 MB of objects and texts the page held, and marked at each garbage
 * collection, for the few dozen rows a table shows.
 */
class ItemRow<T extends { readonly id: string }> implements TableRow {
  #cells: Readonly<Record<string, CellValue>> | undefined;
  #search: string | undefined;
  constructor(
    private readonly item: T,
    private readonly reader: RowReader<T>,
  ) {}

  get id(): string {
    return this.item.id;
  }

  get cells(): Readonly<Record<string, CellValue>> {
    return (this.#cells ??= this.reader.cells(this.item));
  }

  get search(): string {
    return (this.#search ??= searchOf(...this.reader.searchParts(this.item)));
  }
}

/** The rows of a table in model order; names of other things (a flow's ends, its material) in `language`. */
export function tableRows(table: TableKind, model: ParkModel, language: Language): readonly TableRow[] {
  switch (table) {
    case 'enterprises': {
      const reader: RowReader<Enterprise> = {
        cells: (e) => ({
          id: e.id,
          nameZh: e.name.zh ?? '',
          nameEn: e.name.en ?? '',
          cluster: e.cluster,
          role: e.role,
          status: e.status,
          inputs: e.inputs.length,
          outputs: e.outputs.length,
        }),
        searchParts: namedSearch,
      };
      return reusedRows(ROW_CACHES.enterprises, [language], model.enterprises, (e) => new ItemRow(e, reader));
    }
    case 'materials': {
      const reader: RowReader<Material> = {
        cells: (m) => ({
          id: m.id,
          nameZh: m.name.zh ?? '',
          nameEn: m.name.en ?? '',
          category: m.category,
          unit: m.unit,
          hazardousWasteCode: m.hazardousWasteCode ?? '',
        }),
        searchParts: namedSearch,
      };
      return reusedRows(ROW_CACHES.materials, [language], model.materials, (m) => new ItemRow(m, reader));
    }
    case 'flows': {
      // The names by id, kept while the enterprises and materials are the same arrays (an edit of a flow leaves
      // them). The rows read them, not the model: a row kept over many edits keeps no older model alive.
      const names = namesOf(model);
      const actorName = (id: string) =>
        isBoundaryId(id) ? BOUNDARY_NAMES[id as BoundaryId] : (names.actors.get(id) ?? { en: id });
      const materialName = (id: string): LocalizedText => names.materials.get(id) ?? { en: id };
      const extraCells = flowExtraCells(model, language);
      // A flow's row also reads the names of its ends and material and the park's sources.
      const context = [language, model.enterprises, model.materials, model.park.sources];
      const reader: RowReader<Flow> = {
        cells: (f) => ({
          id: f.id,
          from: localize(actorName(f.from), language),
          to: localize(actorName(f.to), language),
          material: localize(materialName(f.material), language),
          // Empty for a structural exchange: the cell shows nothing rather than a zero that looks measured.
          quantity: f.quantity ?? '',
          unit: f.unit ?? '',
          status: f.status,
          estimated: f.estimated === true,
          ...extraCells(f),
        }),
        searchParts: (f) => {
          const from = actorName(f.from);
          const to = actorName(f.to);
          const material = materialName(f.material);
          return [f.id, from.zh, from.en, to.zh, to.en, material.zh, material.en, f.material];
        },
      };
      return reusedRows(ROW_CACHES.flows, context, model.flows, (f) => new ItemRow(f, reader));
    }
  }
}

/** What the text filter matches of an enterprise or a material: its id and names. */
const namedSearch = (item: { readonly id: string; readonly name: LocalizedText }) => [
  item.id,
  item.name.zh,
  item.name.en,
];

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
 * The rows built last, while what else they read (`context`) is the same
 * objects: an edit of one flow of 100 000 rebuilds one row, not 100 000 (a
 * quarter of a second per edit). Items are the model's own objects, which an
 * edit replaces when it changes them. An edit in place is matched by
 * position; an insertion, a removal or an undo by identity, through an index
 * of the last items made for that call only — a WeakMap of every row, kept
 * between edits, cost each garbage collection a pass over 100 000 entries.
 */
interface RowCache {
  context: readonly unknown[];
  /** The items and rows of the last call. */
  last: { readonly items: readonly object[]; readonly rows: readonly TableRow[] } | null;
}

const ROW_CACHES: Record<TableKind, RowCache> = {
  enterprises: { context: [], last: null },
  materials: { context: [], last: null },
  flows: { context: [], last: null },
};

/**
 * Lets go of the rows kept for the next edit; the table view calls it when it closes. The rows live as long
 * as their items otherwise: at 100 000 flows, megabytes the page would keep, and mark at each garbage
 * collection, after the table is gone.
 */
export function releaseTableRows(): void {
  for (const cache of Object.values(ROW_CACHES)) {
    cache.context = [];
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
    cache.last = null;
  }
  const last = cache.last;
  // An edit in place: the last rows, copied whole, with the rows of the replaced places built anew (core's
  // changedPlaces, found once per edit for every caller).
  const places = last && changedPlaces(last.items, items);
  let rows: TableRow[];
  if (last && places) {
    rows = last.rows.slice();
    for (const i of places) rows[i] = build(items[i]!);
  } else {
    const index = new Map<object, number>();
    if (last) for (let i = 0; i < last.items.length; i++) index.set(last.items[i]!, i);
    rows = items.map((item) => {
      const at = index.get(item);
      return at === undefined ? build(item) : last!.rows[at]!;
    });
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
