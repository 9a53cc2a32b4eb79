/**
 * The alias table: how a user merges names deliberately (nameVariants.ts
 * only points them out). A CSV with two columns, `name,same-as` (or
 * `名称,等同于`): every occurrence of `name` in an exchange list becomes
 * `same-as` before the model is built. Chains resolve (a → b, b → c gives
 * a → c); a cycle, a name given two different targets, or a blank cell is
 * an error at its row. Names match exactly (after trimming), so the table
 * does what it says and nothing more. The app builds the same table from
 * the merges a user chooses in the import report (`aliasTableOf`).
 */
import { MAX_NAME_LENGTH } from '../model/schema.ts';
import { errorsOf, problem, quote, warningsOf, type BilingualMessage, type Problem } from '../model/problems.ts';
import { bilingual, inBothLanguages, message } from '../text/message.ts';
import { shortList } from './ioText.ts';
import { readCsvTable, type ColumnSpec } from './csvTable.ts';
import { rowsText } from './rowList.ts';

export interface AliasEntry {
  /** The final name, chains already followed. */
  readonly target: string;
  /** The row that gives this name, for messages. */
  readonly row: number;
}

export interface AliasTable {
  readonly file: string;
  /** name → what it is the same as. */
  readonly entries: ReadonlyMap<string, AliasEntry>;
}

export type AliasTableResult =
  | { readonly ok: true; readonly table: AliasTable; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly errors: readonly Problem[]; readonly warnings: readonly Problem[] };

const NAME = 'name';
const SAME_AS = 'same-as';

const COLUMNS: readonly ColumnSpec[] = [
  { name: NAME, required: true, aliases: ['名称', 'alias', '别名', 'variant'] },
  { name: SAME_AS, required: true, aliases: ['等同于', '标准名称', 'canonical'] },
];

export function readAliasTable(text: string, file: string): AliasTableResult {
  const table = readCsvTable(text, COLUMNS, file);
  const problems: Problem[] = [...table.problems];
  if (table.extraHeaders.length > 0) {
    const list = table.extraHeaders.map(quote).join(', ');
    problems.push(
      problem(
        'warning',
        'alias-extra-columns',
        [],
        bilingual(table.extraHeaders.length === 1 ? 'io:aliasExtraColumn' : 'io:aliasExtraColumns', { columns: list }),
        { file, row: 1 },
      ),
    );
  }
  // Without both columns no row means anything.
  if (errorsOf(problems).some((p) => p.location?.row === 1 || p.code === 'csv-empty'))
    return { ok: false, errors: errorsOf(problems), warnings: warningsOf(problems) };
  const headerOf = (column: string) => table.headers.get(column) ?? column;
  const rows = table.rows.map((row) => ({ row: row.row, name: row.cells.get(NAME), target: row.cells.get(SAME_AS) }));
  return checkedTable(rows, file, headerOf, problems);
}

/** One name and what it is the same as, as a program (not a file) gives it: the app's merge choices. */
export interface AliasPair {
  readonly name: string;
  readonly sameAs: string;
}

/**
 * An alias table from pairs, checked by the rules a file is (chains, cycles,
 * conflicting targets, length); the pairs are numbered 1, 2, … as its rows.
 * Names are taken exactly as given, not trimmed.
 */
export function aliasTableOf(pairs: readonly AliasPair[], file: string): AliasTableResult {
  // A blank name is a blank cell, as in a file.
  const given = (name: string) => (name.trim() === '' ? undefined : name);
  const rows = pairs.map((pair, index) => ({ row: index + 1, name: given(pair.name), target: given(pair.sameAs) }));
  return checkedTable(rows, file, (column) => column, []);
}

interface AliasRow {
  readonly row: number;
  readonly name: string | undefined;
  readonly target: string | undefined;
}

/** Every row checked (`problems` may hold earlier ones), then chains followed: the table, or every error. */
function checkedTable(
  rows: readonly AliasRow[],
  file: string,
  headerOf: (column: string) => string,
  problems: Problem[],
): AliasTableResult {
  const direct = new Map<string, AliasEntry>();
  for (const { row, name, target } of rows) {
    const at = (column: string) => ({ file, row, column: headerOf(column) });
    const fail = (column: string, text: BilingualMessage) =>
      problems.push(problem('error', 'alias-cell', [], text, at(column)));
    if (name === undefined) fail(NAME, bilingual('io:aliasNameMissing'));
    if (target === undefined) fail(SAME_AS, bilingual('io:aliasSameAsMissing'));
    for (const [column, value] of [
      [NAME, name],
      [SAME_AS, target],
    ] as const) {
      if (value !== undefined && value.length > MAX_NAME_LENGTH)
        fail(column, bilingual('io:nameTooLong', { length: value.length, max: MAX_NAME_LENGTH }));
    }
    if (name === undefined || target === undefined) continue;
    if (name === target) {
      problems.push(
        problem('warning', 'alias-self', [], bilingual('io:aliasSelf', { name: quote(name) }), at(SAME_AS)),
      );
      continue;
    }
    const earlier = direct.get(name);
    if (earlier && earlier.target !== target) {
      fail(
        NAME,
        bilingual('io:aliasConflict', {
          name: quote(name),
          row: earlier.row,
          earlier: quote(earlier.target),
          target: quote(target),
        }),
      );
      continue;
    }
    if (!earlier) direct.set(name, { target, row });
  }
  const resolved = resolveChains(direct, { file, column: headerOf(NAME) }, problems);
  const errors = errorsOf(problems);
  return errors.length > 0
    ? { ok: false, errors, warnings: warningsOf(problems) }
    : { ok: true, table: { file, entries: resolved }, warnings: warningsOf(problems) };
}

/** Follows every chain to its end; each cycle is one error at its first row, naming all its rows. */
function resolveChains(
  direct: ReadonlyMap<string, AliasEntry>,
  place: { readonly file: string; readonly column: string },
  problems: Problem[],
): Map<string, AliasEntry> {
  const resolved = new Map<string, AliasEntry>();
  const inCycle = new Set<string>();
  // The final name of every name on a chain already followed: a long chain is walked once, not once per name on it.
  const finalOf = new Map<string, string>();
  for (const [start, entry] of direct) {
    const path = [start];
    const onPath = new Set(path);
    let current = entry.target;
    while (direct.has(current) && !onPath.has(current) && !inCycle.has(current) && !finalOf.has(current)) {
      path.push(current);
      onPath.add(current);
      current = (direct.get(current) as AliasEntry).target;
    }
    current = finalOf.get(current) ?? current;
    if (inCycle.has(current)) {
      // Leads into a cycle already reported: it has no final name either.
      for (const name of path) inCycle.add(name);
      continue;
    }
    if (onPath.has(current)) {
      const cycle = path.slice(path.indexOf(current));
      for (const name of path) inCycle.add(name);
      const rows = cycle.map((name) => (direct.get(name) as AliasEntry).row);
      const shown = [...cycle, current].map((name) => quote(name)).join(' → ');
      const where = rowsText(rows);
      problems.push(
        problem(
          'error',
          'alias-cycle',
          [],
          inBothLanguages((l) => message(l, 'io:aliasCycle', { cycle: shown, rows: where[l] })),
          { ...place, row: rows.reduce((a, b) => Math.min(a, b)) },
        ),
      );
      continue;
    }
    for (const name of path) finalOf.set(name, current);
    resolved.set(start, { target: current, row: entry.row });
  }
  return resolved;
}

/** Records which entries an import used, so the unused ones (probable typos) can be named. */
export class AliasResolver {
  private readonly used = new Set<string>();

  constructor(private readonly table: AliasTable | undefined) {}

  resolve(name: string): string {
    const entry = this.table?.entries.get(name);
    if (!entry) return name;
    this.used.add(name);
    return entry.target;
  }

  /** One warning naming every entry that matched nothing: a typo there merges nothing, silently. */
  unusedWarning(inFile: string): Problem | undefined {
    if (!this.table) return undefined;
    const unused = [...this.table.entries].filter(([name]) => !this.used.has(name));
    if (unused.length === 0) return undefined;
    const names = unused.slice(0, 10).map(([name]) => quote(name));
    const where = rowsText(unused.map(([, entry]) => entry.row));
    return problem(
      'warning',
      'alias-unused',
      [],
      inBothLanguages((l) =>
        message(l, unused.length === 1 ? 'io:aliasUnusedOne' : 'io:aliasUnused', {
          names: shortList(l, names, unused.length, 'io:moreNames'),
          rows: where[l],
          file: inFile,
        }),
      ),
      { file: this.table.file, row: unused.reduce((a, [, entry]) => Math.min(a, entry.row), Infinity) },
    );
  }
}
