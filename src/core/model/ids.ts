/** Deriving ids from names, for imports that only have names. */
import { ID_PATTERN } from './schema.ts';
import type { LocalizedText } from './types.ts';

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Bilingual text from a single name: Chinese when it contains Chinese characters, else English. */
export function nameFromText(text: string): LocalizedText {
  const trimmed = text.trim();
  return CJK.test(trimmed) ? { zh: trimmed } : { en: trimmed };
}

/**
 * A readable id for a name: lower-case letters and digits (Chinese kept),
 * other characters folded to "-". `taken` holds ids already used; a clash
 * gets a numeric suffix, so two different names never share an id.
 */
export function idFromName(name: string, taken: ReadonlySet<string>, fallbackPrefix: string): string {
  const slug = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_.:-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^\p{L}\p{N}]+|-+$/gu, '')
    .slice(0, 100);
  const base = ID_PATTERN.test(slug) ? slug : fallbackPrefix;
  if (!taken.has(base) && base !== fallbackPrefix) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
