/**
 * Quick start from an exchange list (domain.md §5a): a CSV with one row per
 * exchange — from, to, material, and optionally category, quantity, unit,
 * status, start and end year, a citation, a note, and any other columns —
 * becomes a valid park model. Published lists (no quantities, a citation
 * per row, messy categories and names) load: what is messy is a warning
 * naming its rows, what is wrong is an error at its row and column, and
 * nothing the file says is dropped (unknown columns become attributes).
 */
import { errorsOf, problem, quote, warningsOf, type Problem, type ProblemLocation } from '../model/problems.ts';
import { validateModel, type ValidationResult } from '../model/validate.ts';
import { bilingual } from '../text/message.ts';
import { AliasResolver, type AliasTable } from './aliasTable.ts';
import { columnLabel } from './csvHeaders.ts';
import { readCsvTable, type CsvTable } from './csvTable.ts';
import { attributeKey } from './flowsCsvAttributes.ts';
import { resolveCategories } from './flowsCsvCategories.ts';
import { COLUMN, FLOWS_CSV_COLUMNS } from './flowsCsvColumns.ts';
import { buildModel, materialUnits } from './flowsCsvModel.ts';
import { duplicateNames, type DuplicateNameGroup } from './flowsCsvNames.ts';
import { parseExchangeRow, type ExchangeRow } from './flowsCsvRow.ts';

export interface FlowsCsvOptions {
  /** Shown in problem locations and used to name the park. */
  readonly file: string;
  /** Used when no row has a year. */
  readonly referenceYear: number;
  /** Names to merge before the model is built (aliasTable.ts): every `name` becomes its `same-as`. */
  readonly aliases?: AliasTable;
}

/**
 * The import's result, plus the groups of probable duplicate names (each
 * also a `csv-probable-duplicates` warning) as data, so that an app can
 * offer to merge them; absent when there are none.
 */
export type FlowsCsvResult = ValidationResult & { readonly probableDuplicates?: readonly DuplicateNameGroup[] };

/** Longest attribute key the schema keeps (schema.ts attributesSchema). */
const MAX_ATTRIBUTE_KEY = 128;

export function importFlowsCsv(text: string, options: FlowsCsvOptions): FlowsCsvResult {
  const { file } = options;
  const table = readCsvTable(text, FLOWS_CSV_COLUMNS, file);
  const problems: Problem[] = [...table.problems];
  // A broken header makes every row meaningless; a broken row does not stop the others being checked.
  const headerBroken = errorsOf(problems).some((p) => p.location?.row === 1 || p.code === 'csv-empty');
  if (headerBroken) return failed(problems);

  const attributeKeys = keptColumns(table, file, problems);
  const resolver = new AliasResolver(options.aliases);
  const ctx = { file, headers: table.headers, attributeKeys, resolve: (name: string) => resolver.resolve(name) };
  const brokenRows = new Set(errorsOf(table.problems).map((p) => p.location?.row));
  const rows: ExchangeRow[] = [];
  for (const row of table.rows) {
    // A row the CSV layer found malformed is still checked cell by cell, but builds nothing.
    const parsed = parseExchangeRow(row, ctx, problems);
    if (parsed && !brokenRows.has(row.row)) rows.push(parsed);
  }
  // Placed where the first row should be: an empty list is a mistake at a place too.
  if (table.rows.length === 0)
    problems.push(problem('error', 'csv-no-rows', [], bilingual('io:csvNoRows'), { file, row: 2 }));

  const header = (column: string) => table.headers.get(column) ?? column;
  const at = (row: number, column: string): ProblemLocation => ({ file, row, column: header(column) });
  const categories = resolveCategories(
    rows,
    { file, column: table.headers.has(COLUMN.category) ? header(COLUMN.category) : undefined },
    problems,
  );
  const enterprises = duplicateNames(
    rows.flatMap((r) => [
      { name: r.from, row: r.row, column: header(COLUMN.from) },
      { name: r.to, row: r.row, column: header(COLUMN.to) },
    ]),
    'enterprise',
    file,
  );
  const materials = duplicateNames(
    rows.map((r) => ({ name: r.material, row: r.row, column: header(COLUMN.material) })),
    'material',
    file,
  );
  problems.push(...enterprises.warnings, ...materials.warnings);
  const groups = [...enterprises.groups, ...materials.groups];
  // Given with errors too: they are facts about the file's names, whatever else is wrong with it.
  const withGroups = (result: ValidationResult): FlowsCsvResult =>
    groups.length > 0 ? { ...result, probableDuplicates: groups } : result;
  const units = materialUnits(rows, at, problems);
  const unused = resolver.unusedWarning(file);
  if (unused) problems.push(unused);
  if (errorsOf(problems).length > 0) return withGroups(failed(problems));

  const built = buildModel(rows, categories, units, { file, referenceYear: options.referenceYear });
  const result = validateModel(built.model);
  // The rows were checked to make a valid model; whatever validation still finds is placed at its row.
  const place = (p: Problem): Problem => {
    if (p.location) return p;
    const [first, second] = p.path;
    const row = built.rowOf.get(
      first === 'park' ? `park.${String(second)}.${String(p.path[2])}` : `${first}.${second}`,
    );
    return { ...p, location: row === undefined ? { file } : { file, row } };
  };
  const warnings = [...warningsOf(problems), ...result.warnings.map(place)];
  return withGroups(result.ok ? { ...result, warnings } : { ok: false, errors: result.errors.map(place), warnings });
}

/** Errors in the order of the file (file-wide ones first), as a user works down it; warnings as they were found. */
function failed(problems: readonly Problem[]): ValidationResult {
  const errors = errorsOf(problems).sort((a, b) => (a.location?.row ?? 0) - (b.location?.row ?? 0));
  return { ok: false, errors, warnings: warningsOf(problems) };
}

/**
 * The columns kept as flow attributes, header → attribute key, and one
 * warning saying so. A column with no value on any row keeps nothing and
 * is not mentioned; a header the schema cannot hold as a key is an error.
 */
function keptColumns(table: CsvTable, file: string, problems: Problem[]): Map<string, string> {
  const withData = new Set(table.rows.flatMap((r) => [...r.extra.keys()]));
  const keys = new Map<string, string>();
  const headerOfKey = new Map<string, string>();
  const at = (header: string) => ({ file, row: 1, column: columnLabel(header) });
  for (const header of table.extraHeaders) {
    if (!withData.has(header)) continue;
    const key = attributeKey(header);
    if (key === '__proto__') {
      // Not a name an object can hold as data; refusing the file for it would be worse than saying so.
      problems.push(
        problem('warning', 'csv-column-not-kept', [], bilingual('io:columnNotKept', { key: quote(key) }), at(header)),
      );
      continue;
    }
    if (key.length > MAX_ATTRIBUTE_KEY) {
      problems.push(
        problem(
          'error',
          'csv-column-name',
          [],
          bilingual('io:columnNameTooLong', { length: key.length, max: MAX_ATTRIBUTE_KEY }),
          at(header),
        ),
      );
      continue;
    }
    const earlier = headerOfKey.get(key);
    if (earlier !== undefined) {
      problems.push(
        problem(
          'error',
          'csv-duplicate-column',
          [],
          bilingual('io:sameAttribute', { column: quote(header), earlier: quote(earlier), key: quote(key) }),
          at(header),
        ),
      );
      continue;
    }
    headerOfKey.set(key, header);
    keys.set(header, key);
  }
  if (keys.size > 0) {
    const list = [...keys.keys()].map((h) => quote(h)).join(', ');
    problems.push(
      problem(
        'warning',
        'csv-extra-columns',
        [],
        bilingual(keys.size === 1 ? 'io:extraColumn' : 'io:extraColumns', { columns: list }),
        at([...keys.keys()][0] as string),
      ),
    );
  }
  return keys;
}
