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
import { errorsOf, problem, quote, warningsOf, type Problem } from '../model/problems.ts';
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
        {
          zh: `别名表只读 name 与 same-as 两列,列 ${list} 已忽略`,
          en: `an alias table has two columns, name and same-as: ${table.extraHeaders.length === 1 ? `column ${list} is` : `columns ${list} are`} ignored`,
        },
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
    const fail = (column: string, zh: string, en: string) =>
      problems.push(problem('error', 'alias-cell', [], { zh, en }, at(column)));
    if (name === undefined) fail(NAME, '缺少名称', 'the name is missing');
    if (target === undefined) fail(SAME_AS, '缺少等同的名称', 'the name it is the same as is missing');
    for (const [column, value] of [
      [NAME, name],
      [SAME_AS, target],
    ] as const) {
      if (value !== undefined && value.length > MAX_NAME_LENGTH)
        fail(
          column,
          `名称过长(${value.length} 个字符,最多 ${MAX_NAME_LENGTH} 个)`,
          `the name is too long (${value.length} characters; at most ${MAX_NAME_LENGTH})`,
        );
    }
    if (name === undefined || target === undefined) continue;
    if (name === target) {
      problems.push(
        problem(
          'warning',
          'alias-self',
          [],
          {
            zh: `${quote(name)} 等同于它自身,此行无作用`,
            en: `${quote(name)} is the same as itself: the row does nothing`,
          },
          at(SAME_AS),
        ),
      );
      continue;
    }
    const earlier = direct.get(name);
    if (earlier && earlier.target !== target) {
      fail(
        NAME,
        `${quote(name)} 在第 ${earlier.row} 行等同于 ${quote(earlier.target)},此处又等同于 ${quote(target)}`,
        `${quote(name)} is the same as ${quote(earlier.target)} on row ${earlier.row} but ${quote(target)} here`,
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
  for (const [start, entry] of direct) {
    const path = [start];
    const onPath = new Set(path);
    let current = entry.target;
    while (direct.has(current) && !onPath.has(current) && !inCycle.has(current)) {
      path.push(current);
      onPath.add(current);
      current = (direct.get(current) as AliasEntry).target;
    }
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
          {
            zh: `别名成环:${shown}(${where.zh}),无法确定最终名称`,
            en: `the aliases form a cycle: ${shown} (${where.en}), so no name is final`,
          },
          { ...place, row: rows.reduce((a, b) => Math.min(a, b)) },
        ),
      );
      continue;
    }
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
    const more = unused.length - names.length;
    const where = rowsText(unused.map(([, entry]) => entry.row));
    return problem(
      'warning',
      'alias-unused',
      [],
      {
        zh: `别名表中的 ${names.join('、')}${more > 0 ? ` 等 ${unused.length} 个名称` : ''}(${where.zh})未出现在 ${inFile} 中`,
        en: `the alias table's ${names.join(', ')}${more > 0 ? ` and ${more} more` : ''} (${where.en}) ${unused.length === 1 ? 'appears' : 'appear'} nowhere in ${inFile}`,
      },
      { file: this.table.file, row: unused.reduce((a, [, entry]) => Math.min(a, entry.row), Infinity) },
    );
  }
}
