/**
 * Where each part of an assembled model came from in the tables, so that
 * problems found later by `validateModel` (which speaks in JSON paths like
 * `flows[12].material`) can name the sheet, row and column instead.
 */
import type { PathSegment, Problem, ProblemLocation } from '../model/problems.ts';
import { sheetLocation, type RawSheet } from './tableReader.ts';

interface Origin {
  readonly sheet: RawSheet;
  readonly row?: number;
  /** Column labels of the sheet by column key. */
  readonly columns: ReadonlyMap<string, string>;
  /** Prepended to the rest of the path to find the column (`stage.` for chain stages). */
  readonly columnPrefix: string;
  /** Every path under this origin is in this column (the value column of the park sheet). */
  readonly fixedColumn?: string;
}

const keyOf = (path: readonly PathSegment[]) => JSON.stringify(path);

export class TableSourceMap {
  private readonly origins = new Map<string, Origin>();

  record(path: readonly PathSegment[], origin: Origin): void {
    this.origins.set(keyOf(path), origin);
  }

  /** Like `record`, unless the path already has an origin. */
  recordDefault(path: readonly PathSegment[], origin: Origin): void {
    if (!this.origins.has(keyOf(path))) this.record(path, origin);
  }

  locate(path: readonly PathSegment[]): ProblemLocation | undefined {
    for (let length = path.length; length >= 0; length--) {
      const origin = this.origins.get(keyOf(path.slice(0, length)));
      if (!origin) continue;
      const rest = path
        .slice(length)
        .filter((s): s is string => typeof s === 'string')
        .join('.');
      const column = origin.fixedColumn ?? findColumn(origin, rest);
      return sheetLocation(origin.sheet, origin.row, column);
    }
    return undefined;
  }

  /** Adds a table location to problems that have none. */
  place(problems: readonly Problem[]): Problem[] {
    return problems.map((p) => {
      if (p.location?.row !== undefined) return p;
      const location = this.locate(p.path);
      return location ? { ...p, location } : p;
    });
  }
}

function findColumn(origin: Origin, rest: string): string | undefined {
  const key = `${origin.columnPrefix}${rest}`;
  const exact = origin.columns.get(key);
  if (exact !== undefined || key === '') return exact;
  for (const [columnKey, label] of origin.columns) if (columnKey.startsWith(`${key}.`)) return label;
  return undefined;
}
