/**
 * Probable duplicate names in an exchange list (nameVariants.ts): each group
 * as data — every spelling with the rows it is on, so the app can offer to
 * merge them — and one warning per group saying the same. The names stay
 * apart: merging is the user's call, through an alias table.
 */
import { BOUNDARY_IDS } from '../model/schema.ts';
import { problem, quote, type Problem } from '../model/problems.ts';
import { inBothLanguages, message } from '../text/message.ts';
import { shortList } from './ioText.ts';
import { probableDuplicates } from './nameVariants.ts';
import { rowsText } from './rowList.ts';

export interface NameOccurrence {
  readonly name: string;
  readonly row: number;
  /** The column's header as the file shows it. */
  readonly column: string;
}

export type NameKind = 'enterprise' | 'material';

export interface NameSpelling {
  /** Exactly as the file writes it (trimmed): what an alias table names. */
  readonly name: string;
  /** The file rows it is on, ascending, each once. */
  readonly rows: readonly number[];
}

export interface DuplicateNameGroup {
  readonly kind: NameKind;
  /** Two or more, in the order the file first gives them. */
  readonly spellings: readonly NameSpelling[];
}

export interface DuplicateNames {
  readonly groups: readonly DuplicateNameGroup[];
  /** One `csv-probable-duplicates` warning per group, in the same order. */
  readonly warnings: readonly Problem[];
}

/** Spellings named in one warning before "and N more". */
const MAX_SPELLINGS = 8;

/** `occurrences` in file order. Boundary actors (`@supply`, …) are never duplicates of anything. */
export function duplicateNames(occurrences: Iterable<NameOccurrence>, kind: NameKind, file: string): DuplicateNames {
  const seen = new Map<string, { rows: number[]; first: NameOccurrence }>();
  for (const occurrence of occurrences) {
    if ((BOUNDARY_IDS as readonly string[]).includes(occurrence.name)) continue;
    const known = seen.get(occurrence.name);
    if (!known) seen.set(occurrence.name, { rows: [occurrence.row], first: occurrence });
    // File order: a row naming it twice (from and to) is the last one pushed.
    else if (known.rows[known.rows.length - 1] !== occurrence.row) known.rows.push(occurrence.row);
  }
  const groups = probableDuplicates(seen.keys()).map((names): DuplicateNameGroup => ({
    kind,
    spellings: names.map((name) => ({ name, rows: seen.get(name)?.rows ?? [] })),
  }));
  const warnings = groups.map((group) => {
    const shown = group.spellings.slice(0, MAX_SPELLINGS).map((s) => ({ name: s.name, where: rowsText(s.rows) }));
    // Placed where the second spelling first appears: the first is usually the one the user meant.
    const second = seen.get((group.spellings[1] as NameSpelling).name)?.first as NameOccurrence;
    return problem(
      'warning',
      'csv-probable-duplicates',
      [],
      inBothLanguages((l) =>
        message(l, 'io:probableDuplicates', {
          kind: message(l, `io:nameKind_${kind}`),
          spellings: shortList(
            l,
            shown.map((s) => message(l, 'io:nameWithRows', { name: quote(s.name), rows: s.where[l] })),
            group.spellings.length,
            'io:moreKinds',
          ),
        }),
      ),
      { file, row: second.row, column: second.column },
    );
  });
  return { groups, warnings };
}
