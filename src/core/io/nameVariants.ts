/**
 * Names that probably mean the same enterprise or material: they differ
 * only in case, spacing, punctuation, accents or full-width/half-width
 * forms, or one is the other plus a generic ending ("Huaxin Cement" and
 * "Huaxin cement plant", "华新水泥" and "华新水泥有限公司"). Published
 * exchange lists are full of these. This only finds them: merging is the
 * user's decision (an alias table, aliasTable.ts), never done silently.
 */

/**
 * Generic words at the end of an enterprise's name (legal forms, "plant",
 * "works"), as folded tokens. `a/s` folds to the two tokens `a s`.
 */
const GENERIC_WORDS: readonly (readonly string[])[] = [
  ['plant'],
  ['factory'],
  ['works'],
  ['mill'],
  ['company'],
  ['co'],
  ['corp'],
  ['corporation'],
  ['inc'],
  ['incorporated'],
  ['ltd'],
  ['limited'],
  ['llc'],
  ['plc'],
  ['group'],
  ['gmbh'],
  ['ag'],
  ['a', 's'],
  ['as'],
  ['ab'],
  ['bv'],
  ['nv'],
  ['sa'],
];

/** Chinese generic endings, longest first so 有限公司 goes before 公司. */
const GENERIC_ENDINGS: readonly string[] = [
  '股份有限公司',
  '有限责任公司',
  '集团有限公司',
  '有限公司',
  '分公司',
  '总公司',
  '公司',
  '集团',
  '工厂',
  '总厂',
  '分厂',
  '厂',
];

/** Letters that do not decompose into a base letter and an accent, spelled as ASCII lists spell them (Asnæs, Asnaes). */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ß: 'ss',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  đ: 'd',
};

/** Lower case, half-width, without accents; split into words at anything that is not a letter or a digit. */
function tokens(name: string): string[] {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[æøœßðþłđ]/g, (letter) => SPELLED_OUT[letter] ?? letter)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t !== '');
}

/** Takes generic endings off the end, as long as something is left: "Cement Co., Ltd." → "cement". */
function stripGeneric(words: string[]): string[] {
  const out = [...words];
  for (let changed = out.length > 0; changed;) {
    changed = false;
    for (const suffix of GENERIC_WORDS) {
      const n = suffix.length;
      if (out.length > n && suffix.every((w, i) => out[out.length - n + i] === w)) {
        out.splice(out.length - n, n);
        changed = true;
      }
    }
    const last = out[out.length - 1] as string;
    const ending = GENERIC_ENDINGS.find((e) => last.endsWith(e) && (last.length > e.length || out.length > 1));
    if (ending !== undefined) {
      // The whole word when it is only the ending (`临沂热电(集团)有限公司`), else the ending off the word.
      if (last.length === ending.length) out.pop();
      else out[out.length - 1] = last.slice(0, -ending.length);
      changed = true;
    }
  }
  return out;
}

/**
 * The key under which variants of one name meet: "Huaxin Cement Plant",
 * "huaxin  cement" and "ＨＵＡＸＩＮ-Cement Co." all give "huaxincement".
 * Empty for a name of punctuation only (no letters to compare).
 */
export function variantKey(name: string): string {
  return stripGeneric(tokens(name)).join('');
}

/**
 * Groups of two or more distinct names with the same variant key, in the
 * order the first of each group was given, each group's names in the order
 * given. A name given twice is one name.
 */
export function probableDuplicates(names: Iterable<string>): string[][] {
  const groups = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.has(name)) continue;
    seen.add(name);
    const key = variantKey(name);
    if (key === '') continue;
    const group = groups.get(key);
    if (group) group.push(name);
    else groups.set(key, [name]);
  }
  return [...groups.values()].filter((group) => group.length > 1);
}
