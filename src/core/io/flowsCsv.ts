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
import { streamCsvTable } from './csvTable.ts';
import { attributeKey } from './flowsCsvAttributes.ts';
import { resolveCategories } from './flowsCsvCategories.ts';
import { COLUMN, FLOWS_CSV_COLUMNS } from './flowsCsvColumns.ts';
import { buildModel, materialUnits } from './flowsCsvModel.ts';
import { duplicateNames, type DuplicateNameGroup, type NameOccurrence } from './flowsCsvNames.ts';
import { parseExchangeRow, type ExchangeRow, type RowContext } from './flowsCsvRow.ts';

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
  // Which extra columns hold data anywhere decides which are kept (keptColumns), and that is needed to read the first
  // row: a first look, which stops as soon as every extra column has shown a value.
  const withData = new Set<string>();
  streamCsvTable(text, FLOWS_CSV_COLUMNS, file, (row, _broken, header) => {
    for (const key of row.extra.keys()) withData.add(key);
    return withData.size < header.extraHeaders.length;
  });

  const resolver = new AliasResolver(options.aliases);
  const names = new Map<string, string>();
  // One string per name, however many rows give it: 500 000 rows name a few thousand actors.
  const intern = (name: string) => {
    const known = names.get(name);
    if (known !== undefined) return known;
    names.set(name, name);
    return name;
  };
  const keptProblems: Problem[] = [];
  const rowProblems: Problem[] = [];
  const rows: ExchangeRow[] = [];
  let ctx: RowContext | undefined;
  let headerBroken = false;
  // Each row is checked as it is read and kept only as the exchange it states.
  const table = streamCsvTable(text, FLOWS_CSV_COLUMNS, file, (row, broken, header) => {
    if (!ctx) {
      // A broken header makes every row meaningless; a broken row does not stop the others being checked.
      headerBroken = isHeaderBroken(header.problems);
      const attributeKeys = headerBroken ? new Map() : keptColumns(header.extraHeaders, withData, file, keptProblems);
      ctx = { file, headers: header.headers, attributeKeys, resolve: (name) => intern(resolver.resolve(name)) };
    }
    if (headerBroken) return;
    // A row the CSV layer found malformed is still checked cell by cell, but builds nothing.
    const parsed = parseExchangeRow(row, ctx, rowProblems);
    if (parsed && !broken) rows.push(parsed);
  });
  const problems: Problem[] = [...table.problems];
  if (isHeaderBroken(table.problems)) return failed(problems);
  for (const p of keptProblems) problems.push(p);
  for (const p of rowProblems) problems.push(p);
  // Placed where the first row should be: an empty list is a mistake at a place too.
  if (table.rowCount === 0)
    problems.push(problem('error', 'csv-no-rows', [], bilingual('io:csvNoRows'), { file, row: 2 }));

  const header = (column: string) => table.headers.get(column) ?? column;
  const at = (row: number, column: string): ProblemLocation => ({ file, row, column: header(column) });
  const categories = resolveCategories(
    rows,
    { file, column: table.headers.has(COLUMN.category) ? header(COLUMN.category) : undefined },
    problems,
  );
  const enterprises = duplicateNames(actorNames(rows, header(COLUMN.from), header(COLUMN.to)), 'enterprise', file);
  const materials = duplicateNames(materialNames(rows, header(COLUMN.material)), 'material', file);
  for (const p of enterprises.warnings) problems.push(p);
  for (const p of materials.warnings) problems.push(p);
  const groups = [...enterprises.groups, ...materials.groups];
  // Given with errors too: they are facts about the file's names, whatever else is wrong with it.
  const withGroups = (result: ValidationResult): FlowsCsvResult =>
    groups.length > 0 ? { ...result, probableDuplicates: groups } : result;
  const units = materialUnits(rows, at, problems);
  const unused = resolver.unusedWarning(file);
  if (unused) problems.push(unused);
  if (errorsOf(problems).length > 0) return withGroups(failed(problems));

  const built = buildModel(rows, categories, units, { file, referenceYear: options.referenceYear });
  // The model holds all the rows said: they need not stay in memory while it is validated.
  rows.length = 0;
  const result = validateModel(built.model);
  // The rows were checked to make a valid model; whatever validation still finds is placed at its row.
  const place = (p: Problem): Problem => {
    if (p.location) return p;
    const row = built.rowOf(p.path);
    return { ...p, location: row === undefined ? { file } : { file, row } };
  };
  const warnings = [...warningsOf(problems), ...result.warnings.map(place)];
  return withGroups(result.ok ? { ...result, warnings } : { ok: false, errors: result.errors.map(place), warnings });
}

/** Every row's `from` and `to`, in file order: generated, not a list of a million occurrences. */
function* actorNames(rows: readonly ExchangeRow[], fromColumn: string, toColumn: string): Generator<NameOccurrence> {
  for (const r of rows) {
    yield { name: r.from, row: r.row, column: fromColumn };
    yield { name: r.to, row: r.row, column: toColumn };
  }
}

function* materialNames(rows: readonly ExchangeRow[], column: string): Generator<NameOccurrence> {
  for (const r of rows) yield { name: r.material, row: r.row, column };
}

/** An error on the header row, or no header at all. */
function isHeaderBroken(problems: readonly Problem[]): boolean {
  return errorsOf(problems).some((p) => p.location?.row === 1 || p.code === 'csv-empty');
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
function keptColumns(
  extraHeaders: readonly string[],
  withData: ReadonlySet<string>,
  file: string,
  problems: Problem[],
): Map<string, string> {
  const keys = new Map<string, string>();
  const headerOfKey = new Map<string, string>();
  const at = (header: string) => ({ file, row: 1, column: columnLabel(header) });
  for (const header of extraHeaders) {
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
