/**
 * Lists inside sentences, the way each language writes them: 甲、乙 / A, B,
 * and "甲、乙等 5 家 / A, B and 3 others". One place for every layer (the
 * analyses, imports, reports and the CLI all list names).
 */
import type { Language } from './language.ts';
import { message } from './message.ts';

/** Names joined the way each language lists them: 甲、乙 / A, B. */
export function listNames(names: readonly string[], language: Language): string {
  return names.join(message(language, 'common:listSeparator'));
}

/** The first `shown` names and how many more: 甲、乙等 5 家 / A, B and 3 others (and one other). */
export function namesAndOthers(names: readonly string[], shown: number, language: Language): string {
  if (names.length <= shown) return listNames(names, language);
  const others = names.length - shown;
  return message(language, others === 1 ? 'common:namesAndOneOther' : 'common:namesAndOthers', {
    names: listNames(names.slice(0, shown), language),
    total: names.length,
    others,
  });
}
