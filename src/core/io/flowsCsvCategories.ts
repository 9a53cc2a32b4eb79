/**
 * One category per material from what the rows of an exchange list say
 * (domain.md §5a: messy categories are warnings, never refusals):
 * - rows that disagree: the most frequent category wins, a tie goes to the
 *   one given first, and one warning per material names every row;
 * - a blank cell, an unknown word (treated as blank, with a warning) or
 *   `unclassified` takes the category the material's other rows give, else
 *   the material is `unclassified`; one warning lists all those rows.
 */
import type { MaterialCategory } from '../model/types.ts';
import { MATERIAL_CATEGORIES } from '../model/schema.ts';
import { problem, quote, type BilingualMessage, type Problem } from '../model/problems.ts';
import type { Language } from '../text/language.ts';
import { bilingual, inBothLanguages, message } from '../text/message.ts';
import { shortList } from './ioText.ts';
import type { CategoryCell } from './flowsCsvRow.ts';
import { rowsText } from './rowList.ts';

export interface CategoryInput {
  readonly row: number;
  readonly material: string;
  readonly category: CategoryCell;
}

export interface CategoryPlace {
  readonly file: string;
  /** The category column's header in the file; undefined when the file has none. */
  readonly column: string | undefined;
}

/** Materials named in one message before "and N more". */
const MAX_NAMED = 5;

export function resolveCategories(
  rows: readonly CategoryInput[],
  place: CategoryPlace,
  problems: Problem[],
): Map<string, MaterialCategory> {
  const given = new Map<string, Map<MaterialCategory, number[]>>(); // material → category → rows, first seen first
  const unknown = new Map<string, number[]>(); // word → rows
  for (const { row, material, category } of rows) {
    let byCategory = given.get(material);
    if (!byCategory) given.set(material, (byCategory = new Map()));
    if (category.kind === 'given') pushTo(byCategory, category.value, row);
    else if (category.kind === 'unknown') pushTo(unknown, category.text, row);
  }
  const at = (row: number) => ({
    file: place.file,
    row,
    ...(place.column === undefined ? {} : { column: place.column }),
  });

  for (const [word, where] of unknown) {
    const text = rowsText(where);
    problems.push(
      problem(
        'warning',
        'csv-category-unknown',
        [],
        inBothLanguages((l) =>
          message(l, 'io:categoryUnknown', {
            word: quote(word),
            rows: text[l],
            categories: MATERIAL_CATEGORIES.join(', '),
          }),
        ),
        at(where[0] as number),
      ),
    );
  }

  const chosen = new Map<string, MaterialCategory>();
  for (const [material, byCategory] of given) {
    let best: [MaterialCategory, number[]] | undefined;
    for (const entry of byCategory) if (!best || entry[1].length > best[1].length) best = entry;
    chosen.set(material, best ? best[0] : 'unclassified');
    if (best && byCategory.size > 1) problems.push(conflictWarning(material, byCategory, best, at));
  }

  if (place.column === undefined) {
    if (given.size > 0)
      problems.push(
        problem(
          'warning',
          'csv-no-category-column',
          [],
          given.size === 1 ? bilingual('io:noCategoryColumnOne') : bilingual('io:noCategoryColumn', { n: given.size }),
          { file: place.file, row: 1 },
        ),
      );
    return chosen;
  }
  const blankWarning = blankSummary(rows, chosen, at);
  if (blankWarning) problems.push(blankWarning);
  return chosen;
}

function conflictWarning(
  material: string,
  byCategory: ReadonlyMap<MaterialCategory, number[]>,
  [kept, keptRows]: [MaterialCategory, number[]],
  at: (row: number) => { file: string; row: number },
): Problem {
  const total = [...byCategory.values()].reduce((n, r) => n + r.length, 0);
  const tie = [...byCategory.values()].filter((r) => r.length === keptRows.length).length > 1;
  const says = [...byCategory].map(([category, where]) => ({
    category,
    rows: rowsText(where),
    one: where.length === 1,
  }));
  const parts = (l: Language) =>
    says
      .map(({ category, rows, one }) =>
        message(l, one ? 'io:categorySaysOne' : 'io:categorySays', { rows: rows[l], category }),
      )
      .join(message(l, 'common:clauseSeparator'));
  const firstOther = [...byCategory].find(([category]) => category !== kept)?.[1][0] ?? keptRows[0];
  return problem(
    'warning',
    'csv-category-conflict',
    [],
    inBothLanguages((l) =>
      message(l, tie ? 'io:categoryConflictTie' : 'io:categoryConflict', {
        material: quote(material),
        parts: parts(l),
        kept,
        rows: keptRows.length,
        total,
      }),
    ),
    at(firstOther as number),
  );
}

/** One warning for every row without a usable category: which took it from other rows, which are unclassified. */
function blankSummary(
  rows: readonly CategoryInput[],
  chosen: ReadonlyMap<string, MaterialCategory>,
  at: (row: number) => { file: string; row: number },
): Problem | undefined {
  const inferred: CategoryInput[] = [];
  const unclassified: CategoryInput[] = [];
  for (const input of rows) {
    if (input.category.kind === 'given') continue;
    if (chosen.get(input.material) !== 'unclassified') inferred.push(input);
    // The row's own "unclassified" is what it gets: nothing to warn about.
    else if (input.category.kind !== 'unclassified') unclassified.push(input);
  }
  if (inferred.length === 0 && unclassified.length === 0) return undefined;
  const materials = (list: readonly CategoryInput[], withCategory: boolean): BilingualMessage => {
    const names = [...new Set(list.map((r) => r.material))];
    const shown = names.slice(0, MAX_NAMED).map((m) => (withCategory ? `${quote(m)}: ${chosen.get(m)}` : quote(m)));
    return inBothLanguages((l) => shortList(l, shown, names.length, 'io:moreKinds'));
  };
  const rowsOfAll = [...inferred, ...unclassified].map((r) => r.row);
  // The warning is located at its first row; naming that row again in the text reads as a stutter.
  const all = new Set(rowsOfAll).size === 1 ? bilingual('io:thisRow') : rowsText(rowsOfAll);
  const taken = materials(inferred, true);
  const none = materials(unclassified, false);
  const one = (list: readonly CategoryInput[]) => new Set(list.map((r) => r.row)).size === 1;
  let sentence: (l: Language) => string;
  if (unclassified.length === 0)
    sentence = (l) => message(l, 'io:categoryBlankTaken', { rows: all[l], materials: taken[l] });
  else if (inferred.length === 0)
    sentence = (l) => message(l, 'io:categoryBlankNone', { rows: all[l], materials: none[l] });
  else {
    const fromOthers = rowsText(inferred.map((r) => r.row));
    const left = rowsText(unclassified.map((r) => r.row));
    sentence = (l) =>
      message(l, 'io:categoryBlankMixed', {
        rows: all[l],
        taken: message(l, one(inferred) ? 'io:blankTakenOne' : 'io:blankTakenMany', {
          rows: fromOthers[l],
          materials: taken[l],
        }),
        left: message(l, one(unclassified) ? 'io:blankLeftOne' : 'io:blankLeftMany', {
          rows: left[l],
          materials: none[l],
        }),
      });
  }
  const first = rowsOfAll.reduce((a, r) => Math.min(a, r), Infinity);
  return problem('warning', 'csv-category-blank', [], inBothLanguages(sentence), at(first));
}

/** Appends in place: a material on 100 000 rows must not copy its row list on every row. */
function pushTo<K>(map: Map<K, number[]>, key: K, row: number): void {
  const list = map.get(key);
  if (list) list.push(row);
  else map.set(key, [row]);
}
