/**
 * Row numbers in a message, short enough to read: `rows 3, 7, 12–15`
 * (`第 3、7、12–15 行`). One warning may name every row of a 100 000-row
 * file, so runs are collapsed and long lists end with how many more.
 */
import type { BilingualMessage } from '../model/problems.ts';
import { inBothLanguages, message } from '../text/message.ts';
import { listNames } from '../text/lists.ts';

/** Runs shown before "… and N more rows". */
const MAX_RUNS = 12;

export function rowsText(rows: Iterable<number>): BilingualMessage {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && row === last[1] + 1) last[1] = row;
    else runs.push([row, row]);
  }
  const shown = runs.slice(0, MAX_RUNS).map(([a, b]) => (a === b ? String(a) : `${a}–${b}`));
  const hidden = runs.slice(MAX_RUNS).reduce((n, [a, b]) => n + b - a + 1, 0);
  const key = hidden > 0 ? 'io:rowsAndMore' : sorted.length === 1 ? 'io:row' : 'io:rows';
  return inBothLanguages((l) => message(l, key, { rows: listNames(shown, l), more: hidden }));
}
