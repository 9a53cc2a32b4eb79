/**
 * How tables are named and found in files: the bilingual headers and sheet
 * titles we write, and the lenient matching that lets imports accept the
 * Chinese part, the English part, both, or the key (tableColumns.ts).
 */
import { TABLES, TABLE_ORDER, type ColumnDef, type TableDef } from './tableColumns.ts';

/** The header a file shows: both languages, Chinese first. */
export function headerOf(column: Pick<ColumnDef, 'zh' | 'en'>): string {
  return `${column.zh} ${column.en}`;
}

/** Sheet and file titles: `企业 Enterprises`. */
export function tableTitle(table: TableDef): string {
  return `${table.zh} ${table.en}`;
}

/** Headers compare without case, spaces or full-width forms, so `名称（中文）Name(ZH)` matches. */
export function normalizeLabel(label: string): string {
  return label.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** Finds columns by their own header in any accepted spelling: the key, either language, or both. */
export function columnLookup(columns: readonly ColumnDef[]): (label: string) => ColumnDef | undefined {
  return labelLookup(columns, (column) => [column.key, column.zh, column.en, headerOf(column)]);
}

/**
 * Finds columns by another name they accept (`ColumnDef.aliases`, e.g. an
 * older file's `年份 year`). Readers try this only for columns a file does
 * not have under their own header, so an alias never takes a real column's place.
 */
export function columnAliasLookup(columns: readonly ColumnDef[]): (label: string) => ColumnDef | undefined {
  return labelLookup(columns, (column) => column.aliases ?? []);
}

function labelLookup(
  columns: readonly ColumnDef[],
  labelsOf: (column: ColumnDef) => readonly string[],
): (label: string) => ColumnDef | undefined {
  const byLabel = new Map<string, ColumnDef>();
  for (const column of columns) {
    for (const label of labelsOf(column)) {
      const normalized = normalizeLabel(label);
      if (!byLabel.has(normalized)) byLabel.set(normalized, column);
    }
  }
  return (label) => byLabel.get(normalizeLabel(label));
}

/** Finds a table by a sheet or file name: `企业 Enterprises`, `企业`, `enterprises`, `Enterprises.csv`. */
export function findTable(name: string): TableDef | undefined {
  const base = normalizeLabel(name.replace(/^.*[\\/]/, '').replace(/\.csv$/i, ''));
  return TABLE_ORDER.map((key) => TABLES[key]).find((table) =>
    [table.key, table.zh, table.en, tableTitle(table)].some((label) => normalizeLabel(label) === base),
  );
}
