/**
 * A park model → its tables (tableColumns.ts), as typed cells. Row order is
 * model order, so importing the tables gives back the same model.
 */
import type { ParkModel, Stream } from '../model/types.ts';
import { PARK_FIELDS, TABLE_ORDER, TABLES, type ColumnDef, type TableDef } from './tableColumns.ts';
import { headerOf } from './tableHeaders.ts';
import { getPath, toCell, type Cell } from './tableCells.ts';

export interface TableData {
  readonly table: TableDef;
  /** Data rows (no header), one cell per column of `table.columns`. */
  readonly rows: readonly (readonly Cell[])[];
}

const DIRECTIONS = [
  ['input', 'inputs'],
  ['output', 'outputs'],
  ['capacity', 'capacities'],
] as const;

function rowOf(record: unknown, columns: readonly ColumnDef[]): Cell[] {
  return columns.map((column) =>
    toCell(column.key.includes('.') ? getPath(record, column.key) : field(record, column.key), column),
  );
}

/** The common case without a path walk: most columns are top-level fields. */
function field(record: unknown, key: string): unknown {
  return record !== null && typeof record === 'object' ? (record as Record<string, unknown>)[key] : undefined;
}

/** Every table, in the canonical order, including empty ones (so a workbook always has every sheet). */
export function modelToTables(model: ParkModel): TableData[] {
  const rows: Record<string, Cell[][]> = {};
  const table = (key: keyof typeof TABLES) => TABLES[key];

  rows['park'] = PARK_FIELDS.flatMap((field): Cell[][] => {
    const value = getPath(model, field.key === 'schemaVersion' ? 'schemaVersion' : `park.${field.key}`);
    return value === undefined ? [] : [[headerOf(field), toCell(value, field)]];
  });
  rows['sources'] = (model.park.sources ?? []).map((s) => rowOf(s, table('sources').columns));
  rows['clusters'] = model.clusters.map((c) => rowOf(c, table('clusters').columns));
  rows['materials'] = model.materials.map((m) => rowOf(m, table('materials').columns));
  rows['enterprises'] = model.enterprises.map((e) => rowOf(e, table('enterprises').columns));
  rows['streams'] = model.enterprises.flatMap((enterprise) =>
    DIRECTIONS.flatMap(([direction, field]) =>
      enterprise[field].map((stream: Stream) =>
        rowOf({ ...stream, enterprise: enterprise.id, direction }, table('streams').columns),
      ),
    ),
  );
  rows['flows'] = model.flows.map((f) => rowOf(f, table('flows').columns));
  // One row per stage, numbered 1, 2, 3 … as people count; the chain's own fields only on its first row.
  rows['chains'] = model.chains.flatMap((chain) =>
    chain.stages.map((stage, index) => {
      const record = index === 0 ? chain : { id: chain.id };
      return rowOf({ ...record, stage: { ...stage, number: index + 1 } }, table('chains').columns);
    }),
  );
  rows['positions'] = Object.entries(model.view?.positions ?? {}).map(([node, p]) => [node, p.x, p.y]);

  return TABLE_ORDER.map((key) => ({ table: TABLES[key], rows: rows[key] ?? [] }));
}
