/**
 * Helpers that build io's messages (catalogue namespace `io`) when a part
 * differs by language: a list of names, a count of the rest.
 */
import type { Language } from '../text/language.ts';
import { listNames } from '../text/lists.ts';
import { message } from '../text/message.ts';

/** `甲、乙、丙` / `A, B and C`: the last item joined with "and". */
export function listWithAnd(language: Language, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return message(language, 'io:listAnd', {
    items: listNames(items.slice(0, -1), language),
    last: items[items.length - 1] as string,
  });
}

/**
 * The first of `total` items and how many more there are: `甲、乙 等 5 种` /
 * `A, B and 3 more` (Chinese counts them all, English the rest).
 */
export function shortList(
  language: Language,
  shown: readonly string[],
  total: number,
  key: 'io:moreKinds' | 'io:moreNames',
): string {
  const list = listNames(shown, language);
  return total > shown.length ? message(language, key, { list, total, more: total - shown.length }) : list;
}
