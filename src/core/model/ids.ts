/** Deriving ids from names, for imports that only have names. */
import { ID_PATTERN } from './schema.ts';
import type { LocalizedText } from './types.ts';
import { hasChinese } from '../text/language.ts';

/** Bilingual text from a single name: Chinese when it contains Chinese characters, else English. */
export function nameFromText(text: string): LocalizedText {
  const trimmed = text.trim();
  return hasChinese(trimmed) ? { zh: trimmed } : { en: trimmed };
}

/** A name folded into an id: lower-case letters and digits (Chinese kept), anything else "-"; the prefix when nothing fits. */
function slugOf(name: string, fallbackPrefix: string): string {
  const slug = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_.:-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[^\p{L}\p{N}]+|-+$/gu, '')
    .slice(0, 100);
  return ID_PATTERN.test(slug) ? slug : fallbackPrefix;
}

/** The first free id of `base`, `base-2`, `base-3` … from suffix `from` on (the prefix itself is never used bare). */
function freeId(
  base: string,
  fallbackPrefix: string,
  taken: ReadonlySet<string>,
  from = 2,
): [id: string, suffix: number] {
  if (from === 2 && !taken.has(base) && base !== fallbackPrefix) return [base, 1];
  for (let n = from; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return [candidate, n];
  }
}

/**
 * A readable id for a name: lower-case letters and digits (Chinese kept),
 * other characters folded to "-". `taken` holds ids already used; a clash
 * gets a numeric suffix, so two different names never share an id.
 */
export function idFromName(name: string, taken: ReadonlySet<string>, fallbackPrefix: string): string {
  return freeId(slugOf(name, fallbackPrefix), fallbackPrefix, taken)[0];
}

/**
 * Ids given out one after another, each unique: `idFromName`'s ids, but
 * each base remembers the last suffix it gave, so 20 000 names that fold to
 * one id (`Farm`, or names with no letter at all) are numbered in one pass
 * instead of each trying `-2`, `-3` … again. Ids only ever join the pool,
 * so a suffix below the remembered one is never free again.
 */
export class IdPool {
  private readonly taken = new Set<string>();
  private readonly lastSuffix = new Map<string, number>();

  has(id: string): boolean {
    return this.taken.has(id);
  }

  /** Marks an id used (one kept from the file). */
  add(id: string): void {
    this.taken.add(id);
  }

  /** A new id for `name` (`idFromName`), now used. */
  fromName(name: string, fallbackPrefix: string): string {
    const base = slugOf(name, fallbackPrefix);
    const last = this.lastSuffix.get(base);
    const [id, suffix] = freeId(base, fallbackPrefix, this.taken, last === undefined ? 2 : last + 1);
    if (suffix > 1) this.lastSuffix.set(base, suffix);
    this.taken.add(id);
    return id;
  }
}
