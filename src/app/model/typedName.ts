/** A bilingual name as its two fields hold it, and what core says of it while it is typed. */
import type { Problem } from '../../core/model/problems.ts';
import { localizedTextSchema } from '../../core/model/schema.ts';
import { issuesToProblems } from '../../core/model/schemaIssues.ts';
import type { LocalizedText } from '../../core/model/types.ts';

/** Trimmed, and a language left empty is no name in that language. */
export function normaliseName(typed: { readonly zh: string; readonly en: string }): LocalizedText {
  const zh = typed.zh.trim();
  const en = typed.en.trim();
  return { ...(zh === '' ? {} : { zh }), ...(en === '' ? {} : { en }) };
}

/** What core validation says about a name on its own, with paths relative to the name (`zh`, `en`). */
export function nameProblems(name: LocalizedText): readonly Problem[] {
  const result = localizedTextSchema.safeParse(name);
  return result.success ? [] : issuesToProblems(result.error.issues, name);
}

/** The same name in both languages (a language left out counts as a difference). */
export function sameName(a: LocalizedText, b: LocalizedText): boolean {
  return a.zh === b.zh && a.en === b.en;
}
