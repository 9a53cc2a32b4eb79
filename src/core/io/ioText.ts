/**
 * Helpers that build io's messages (catalogue namespace `io`) when a part
 * differs by language: a list of names, a count of the rest.
 */
import type { Language } from '../text/language.ts';
import { message } from '../text/message.ts';

/** Items joined the way each language lists them: `甲、乙` / `A, B`. */
export function listIn(language: Language, items: readonly string[]): string {
  return items.join(message(language, 'common:listSeparator'));
}

/** `甲、乙、丙` / `A, B and C`: the last item joined with "and". */
export function listWithAnd(language: Language, items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return message(language, 'io:listAnd', {
    items: listIn(language, items.slice(0, -1)),
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
  const list = listIn(language, shown);
  return total > shown.length ? message(language, key, { list, total, more: total - shown.length }) : list;
}
