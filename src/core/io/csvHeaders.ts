/**
 * Which header of a CSV file is which column. A file's real columns come
 * first: a header that is a column's canonical name always is that column,
 * and an alias (Gephi's `source` for `from`, `来源`) stands in only for a
 * column the file does not have under its own name. So `from,to,source`
 * reads `source` as whatever else it may mean (a citation), and
 * `source,target` reads it as `from`. Two headers that could both be the
 * same required column are an error naming both: guessing would mix up who
 * gives what to whom. For an optional column (a citation: `source` and
 * `reference`) the first is read as it and the others are kept as the
 * flow's own columns, with a warning naming them all: nothing is lost.
 * Headers no column claims are returned, never dropped.
 */
import { problem, quote, type Problem } from '../model/problems.ts';
import { bilingual, inBothLanguages, message, type MessageKey } from '../text/message.ts';
import { listWithAnd } from './ioText.ts';
import { columnLetter } from './tableReader.ts';

export interface ColumnSpec {
  /** Canonical column name, as exports write it. */
  readonly name: string;
  readonly required: boolean;
  /** Other accepted headers (Chinese, other tools' names), compared as `normalizeHeader` folds them. */
  readonly aliases: readonly string[];
}

export interface ResolvedHeaders {
  /** Position of each known column, by canonical name. */
  readonly positions: ReadonlyMap<string, number>;
  /** The header text each known column has in the file, by canonical name. */
  readonly headers: ReadonlyMap<string, string>;
  /** Position of each column no spec claimed, by its header (`column F` for a blank header). */
  readonly extraPositions: ReadonlyMap<string, number>;
  readonly problems: readonly Problem[];
}

/** `Start Year`, `start_year`, `startYear` and full-width `ＹＥＡＲ` are one header. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

/** A header as problems name it: bounded, so a 10 000-character header cannot flood a message; a letter when blank. */
export function columnLabel(text: string, position?: number): string {
  if (text === '') return position === undefined ? '' : columnLetter(position);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/** `headers`: the header row's cells, trimmed. */
export function resolveHeaders(
  headers: readonly string[],
  columns: readonly ColumnSpec[],
  file: string,
): ResolvedHeaders {
  const problems: Problem[] = [];
  const at = (position: number) => ({ file, row: 1, column: columnLabel(headers[position] ?? '', position) });
  const folded = headers.map(normalizeHeader);
  const canonical = new Map(columns.map((c) => [normalizeHeader(c.name), c]));
  const aliasesOf = new Map(columns.map((c) => [c.name, new Set(c.aliases.map(normalizeHeader))]));

  const positions = new Map<string, number>();
  const handled = new Set<number>();
  folded.forEach((key, position) => {
    const spec = key === '' ? undefined : canonical.get(key);
    if (!spec) return;
    handled.add(position);
    if (positions.has(spec.name)) problems.push(appearsTwice(headers[position] ?? '', at(position)));
    else positions.set(spec.name, position);
  });

  // Aliases stand in for columns the file lacks under their own name; the first such column an alias can mean wins.
  const contenders = new Map<string, number[]>();
  folded.forEach((key, position) => {
    if (handled.has(position) || key === '') return;
    const spec = columns.find((c) => !positions.has(c.name) && aliasesOf.get(c.name)?.has(key));
    if (!spec) return;
    handled.add(position);
    contenders.set(spec.name, [...(contenders.get(spec.name) ?? []), position]);
  });
  const ambiguous = new Set<string>();
  const required = new Set(columns.filter((c) => c.required).map((c) => c.name));
  for (const [name, list] of contenders) {
    if (list.length === 1) {
      positions.set(name, list[0] as number);
      continue;
    }
    const texts = list.map((p) => headers[p] ?? '');
    // `"a"、"b"` / `"a" and "b"`: could both (all) be the column.
    const ambiguity = (both: MessageKey, all: MessageKey) =>
      inBothLanguages((l) =>
        message(l, texts.length > 2 ? all : both, {
          columns: listWithAnd(l, texts.map(quote)),
          name: quote(name),
          first: quote(texts[0] as string),
        }),
      );
    if (!required.has(name) && new Set(texts).size > 1) {
      positions.set(name, list[0] as number);
      // The others become the flows' own columns (their warning follows): nothing is lost.
      for (const p of list.slice(1)) handled.delete(p);
      problems.push(
        problem(
          'warning',
          'csv-ambiguous-column',
          [],
          ambiguity('io:ambiguousColumnReadBoth', 'io:ambiguousColumnReadAll'),
          at(list[1] as number),
        ),
      );
      continue;
    }
    ambiguous.add(name);
    problems.push(
      new Set(texts).size === 1
        ? appearsTwice(texts[0] as string, at(list[1] as number))
        : problem(
            'error',
            'csv-ambiguous-column',
            [],
            ambiguity('io:ambiguousColumnBoth', 'io:ambiguousColumnAll'),
            at(list[1] as number),
          ),
    );
  }

  const extraPositions = new Map<string, number>();
  headers.forEach((text, position) => {
    if (handled.has(position)) return;
    const name = text === '' ? `column ${columnLetter(position)}` : text;
    if (extraPositions.has(name)) problems.push(appearsTwice(name, at(position)));
    else extraPositions.set(name, position);
  });

  for (const spec of columns) {
    if (!spec.required || positions.has(spec.name) || ambiguous.has(spec.name)) continue;
    const also = spec.aliases.length === 0 ? '' : spec.aliases.join(', ');
    problems.push(
      problem(
        'error',
        'csv-missing-column',
        [],
        also === ''
          ? bilingual('io:missingColumn', { name: quote(spec.name) })
          : bilingual('io:missingColumnAliases', { name: quote(spec.name), aliases: also }),
        { file, row: 1, column: spec.name },
      ),
    );
  }
  const headerOf = new Map(
    [...positions].map(([name, position]) => [name, columnLabel(headers[position] ?? '', position)]),
  );
  return { positions, headers: headerOf, extraPositions, problems };
}

function appearsTwice(text: string, location: { file: string; row: number; column: string }): Problem {
  return problem('error', 'csv-duplicate-column', [], bilingual('io:columnTwice', { column: quote(text) }), location);
}
