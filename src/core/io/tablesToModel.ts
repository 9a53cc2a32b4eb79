/**
 * Tables (from CSV files or worksheets) → a park model, validated. Every
 * problem names its file, sheet, row and column; problems that validation
 * finds in the assembled model are mapped back to the cells they came from.
 */
import { CURRENT_SCHEMA_VERSION } from '../model/schema.ts';
import {
  errorsOf,
  problem,
  quote,
  warningsOf,
  type BilingualMessage,
  type Problem,
  type ProblemLocation,
} from '../model/problems.ts';
import { validateModel, type ValidationResult } from '../model/validate.ts';
import { bilingual } from '../text/message.ts';
import { TABLES, type TableDef, type TableKey } from './tableColumns.ts';
import { findTable, normalizeLabel } from './tableHeaders.ts';
import { NOTES_TITLES } from './tableNotes.ts';
import { readTable, recordOf, sheetLocation, type RawSheet, type ReadTable, type TableRow } from './tableReader.ts';
import { TableSourceMap } from './tableSourceMap.ts';
import { unescapeFormula } from './formulaEscape.ts';
import { readChains } from './tableChains.ts';
import { readPark } from './tablePark.ts';

type Rec = Record<string, unknown>;

/** Sheets that explain the workbook and hold no data. */
const NOTES_SHEETS = new Set(NOTES_TITLES.map(normalizeLabel));

export function tablesToModel(
  sheets: readonly RawSheet[],
  file: string,
  earlier: readonly Problem[] = [],
): ValidationResult {
  const problems: Problem[] = [...earlier];
  const map = new TableSourceMap();
  const found = new Map<TableKey, { sheet: RawSheet; table: ReadTable }>();

  for (const sheet of sheets) {
    if (NOTES_SHEETS.has(normalizeLabel(sheet.name))) continue;
    const table = findTable(sheet.name);
    if (!table) {
      problems.push(
        problem(
          'warning',
          'table-unknown',
          [],
          bilingual('io:unknownTable', { name: quote(sheet.name) }),
          sheetLocation(sheet),
        ),
      );
      continue;
    }
    if (found.has(table.key)) {
      problems.push(
        problem(
          'error',
          'table-duplicate',
          [],
          bilingual('io:duplicateTable', { name: quote(table.en) }),
          sheetLocation(sheet),
        ),
      );
      continue;
    }
    found.set(table.key, { sheet, table: readTable(sheet, table, problems) });
  }

  const park = found.get('park');
  if (!park) {
    problems.push(problem('error', 'table-missing-park', [], bilingual('io:missingPark'), { file }));
    return finish(problems, undefined, map, file);
  }

  const records = (key: TableKey, path: (index: number) => (string | number)[]): Rec[] => {
    const entry = found.get(key);
    if (!entry) return [];
    return entry.table.rows.map((row, index) => {
      map.record(path(index), {
        sheet: entry.sheet,
        row: row.row,
        columns: entry.table.columnLabels,
        columnPrefix: '',
      });
      return withExtras(recordOf(row, TABLES[key].columns, problems), row, TABLES[key]);
    });
  };

  const { parkRecord, schemaVersion } = readPark(park.sheet, park.table, map, problems);
  const sources = records('sources', (i) => ['park', 'sources', i]);
  if (sources.length > 0) parkRecord['sources'] = sources;
  const enterprises = records('enterprises', (i) => ['enterprises', i]);
  for (const e of enterprises) Object.assign(e, { inputs: [], outputs: [], capacities: [] });
  attachStreams(found.get('streams'), enterprises, map, problems);

  const model: Rec = {
    schemaVersion: schemaVersion ?? CURRENT_SCHEMA_VERSION,
    park: parkRecord,
    clusters: records('clusters', (i) => ['clusters', i]),
    materials: records('materials', (i) => ['materials', i]),
    enterprises,
    flows: records('flows', (i) => ['flows', i]),
    chains: readChains(found.get('chains'), map, problems),
  };
  const positions = readPositions(found.get('positions'), map, problems);
  if (positions) model['view'] = { positions };
  return finish(problems, model, map, file);
}

/** Unknown columns of a table that keeps custom attributes go into `attributes`; explicit JSON wins. */
function withExtras(record: Rec, row: TableRow, table: TableDef): Rec {
  if (row.extra.size === 0 || !table.columns.some((c) => c.type === 'json')) return record;
  const extras: Rec = {};
  for (const [header, cell] of row.extra) extras[header] = typeof cell === 'string' ? unescapeFormula(cell) : cell;
  const explicit = record['attributes'];
  record['attributes'] = { ...extras, ...(typeof explicit === 'object' && explicit !== null ? explicit : {}) };
  return record;
}

const STREAM_FIELDS = { input: 'inputs', output: 'outputs', capacity: 'capacities' } as const;

function attachStreams(
  entry: { sheet: RawSheet; table: ReadTable } | undefined,
  enterprises: Rec[],
  map: TableSourceMap,
  problems: Problem[],
): void {
  if (!entry) return;
  const index = new Map<string, number>();
  enterprises.forEach((e, i) => {
    if (typeof e['id'] === 'string' && !index.has(e['id'])) index.set(e['id'], i);
  });
  for (const row of entry.table.rows) {
    const { enterprise, direction, ...stream } = recordOf(row, TABLES.streams.columns, problems);
    const fail = (column: string, text: BilingualMessage) =>
      problems.push(problem('error', 'table-cell', [], text, row.at(column)));
    const blank = (column: string) => (row.cells.get(column) ?? '') === '';
    if (enterprise === undefined) {
      if (blank('enterprise')) fail('enterprise', bilingual('io:enterpriseIdMissing'));
      continue;
    }
    const at = index.get(String(enterprise));
    if (at === undefined) {
      fail('enterprise', bilingual('io:noSuchEnterprise', { enterprise: quote(enterprise) }));
      continue;
    }
    const field = STREAM_FIELDS[direction as keyof typeof STREAM_FIELDS];
    if (field === undefined) {
      if (blank('direction')) fail('direction', bilingual('io:directionMissing'));
      continue;
    }
    const list = enterprises[at]?.[field] as Rec[];
    map.record(['enterprises', at, field, list.length], {
      sheet: entry.sheet,
      row: row.row,
      columns: entry.table.columnLabels,
      columnPrefix: '',
    });
    list.push(stream);
  }
}

function readPositions(
  entry: { sheet: RawSheet; table: ReadTable } | undefined,
  map: TableSourceMap,
  problems: Problem[],
): Record<string, { x: unknown; y: unknown }> | undefined {
  if (!entry || entry.table.rows.length === 0) return undefined;
  const positions: Record<string, { x: unknown; y: unknown }> = {};
  for (const row of entry.table.rows) {
    const { node, x, y } = recordOf(row, TABLES.positions.columns, problems);
    if (typeof node !== 'string') {
      problems.push(problem('error', 'table-cell', [], bilingual('io:nodeIdMissing'), row.at('node')));
      continue;
    }
    map.record(['view', 'positions', node], {
      sheet: entry.sheet,
      row: row.row,
      columns: entry.table.columnLabels,
      columnPrefix: '',
    });
    positions[node] = { x, y };
  }
  return positions;
}

function finish(problems: Problem[], model: Rec | undefined, map: TableSourceMap, file: string): ValidationResult {
  const fileOnly: ProblemLocation = { file };
  if (!model || errorsOf(problems).length > 0) {
    // Cell errors first: validating a model assembled around them would report the same cells again.
    const validation = model ? validateModel(model) : undefined;
    const reported = new Set(problems.map((p) => cellKey(p.location)));
    const extra = validation
      ? map.place([...(validation.ok ? [] : validation.errors), ...validation.warnings]).filter((p) => {
          const key = cellKey(p.location);
          return key === undefined || !reported.has(key);
        })
      : [];
    const all = [...problems, ...extra].map((p) => (p.location ? p : { ...p, location: fileOnly }));
    return { ok: false, errors: errorsOf(all), warnings: warningsOf(all) };
  }
  const result = validateModel(model);
  const placed = (list: readonly Problem[]) =>
    map.place(list).map((p) => (p.location ? p : { ...p, location: fileOnly }));
  return result.ok
    ? { ...result, warnings: [...warningsOf(problems), ...placed(result.warnings)] }
    : { ok: false, errors: placed(result.errors), warnings: [...warningsOf(problems), ...placed(result.warnings)] };
}

function cellKey(location: ProblemLocation | undefined): string | undefined {
  return location?.row === undefined
    ? undefined
    : JSON.stringify([location.file, location.sheet, location.row, location.column]);
}
