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
import { problem, quote, type Problem } from '../model/problems.ts';
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
        {
          zh: `未知类别 ${quote(word)}(${text.zh}),按未填处理;可用类别:${MATERIAL_CATEGORIES.join(', ')}`,
          en: `unknown category ${quote(word)} (${text.en}), treated as blank; known categories: ${MATERIAL_CATEGORIES.join(', ')}`,
        },
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
          {
            zh: `文件没有类别列:全部 ${given.size} 种物料记为未分类(unclassified)`,
            en:
              given.size === 1
                ? 'the file has no category column: its material is unclassified'
                : `the file has no category column: all ${given.size} materials are unclassified`,
          },
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
  const parts = [...byCategory].map(([category, where]) => {
    const text = rowsText(where);
    return { zh: `${text.zh}为 ${category}`, en: `${text.en} ${where.length === 1 ? 'says' : 'say'} ${category}` };
  });
  const firstOther = [...byCategory].find(([category]) => category !== kept)?.[1][0] ?? keptRows[0];
  return problem(
    'warning',
    'csv-category-conflict',
    [],
    {
      zh: `物料 ${quote(material)}:${parts.map((p) => p.zh).join(',')};采用 ${kept}(${total} 行中的 ${keptRows.length} 行${tie ? ':票数相同,取最先出现的' : ''})`,
      en: `material ${quote(material)}: ${parts.map((p) => p.en).join(', ')}; kept ${kept} (${keptRows.length} of ${total} rows${tie ? ': a tie, the first given' : ''})`,
    },
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
  const materials = (list: readonly CategoryInput[], withCategory: boolean) => {
    const names = [...new Set(list.map((r) => r.material))];
    const shown = names.slice(0, MAX_NAMED).map((m) => (withCategory ? `${quote(m)}: ${chosen.get(m)}` : quote(m)));
    const more = names.length - shown.length;
    return {
      zh: shown.join('、') + (more > 0 ? ` 等 ${names.length} 种` : ''),
      en: shown.join(', ') + (more > 0 ? ` and ${more} more` : ''),
    };
  };
  const rowsOfAll = [...inferred, ...unclassified].map((r) => r.row);
  // The warning is located at its first row; naming that row again in the text reads as a stutter.
  const all = new Set(rowsOfAll).size === 1 ? { zh: '此行', en: 'this row' } : rowsText(rowsOfAll);
  const taken = materials(inferred, true);
  const none = materials(unclassified, false);
  let message: { zh: string; en: string };
  if (unclassified.length === 0) {
    message = {
      zh: `${all.zh}没有可用的类别:采用同一物料其他行的类别(${taken.zh})`,
      en: `no usable category on ${all.en}: taken from other rows of the same material (${taken.en})`,
    };
  } else if (inferred.length === 0) {
    message = {
      zh: `${all.zh}没有可用的类别,同一物料的其他行也没有:记为 unclassified(${none.zh})`,
      en: `no usable category on ${all.en}, nor on other rows of the same material: unclassified (${none.en})`,
    };
  } else {
    const fromOthers = rowsText(inferred.map((r) => r.row));
    const left = rowsText(unclassified.map((r) => r.row));
    const one = (list: readonly CategoryInput[]) => new Set(list.map((r) => r.row)).size === 1;
    message = {
      zh: `${all.zh}没有可用的类别:${fromOthers.zh}采用同一物料其他行的类别(${taken.zh});${left.zh}的物料在任何行都没有类别,记为 unclassified(${none.zh})`,
      en: `no usable category on ${all.en}: ${fromOthers.en} ${one(inferred) ? 'takes' : 'take'} it from other rows of the same material (${taken.en}); ${left.en} ${one(unclassified) ? 'is' : 'are'} unclassified: no row gives ${one(unclassified) ? 'its' : 'their'} material a category (${none.en})`,
    };
  }
  const first = rowsOfAll.reduce((a, r) => Math.min(a, r), Infinity);
  return problem('warning', 'csv-category-blank', [], message, at(first));
}

/** Appends in place: a material on 100 000 rows must not copy its row list on every row. */
function pushTo<K>(map: Map<K, number[]>, key: K, row: number): void {
  const list = map.get(key);
  if (list) list.push(row);
  else map.set(key, [row]);
}
