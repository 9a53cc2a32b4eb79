/**
 * i18next's fixed `t` (what react-i18next's `useTranslation` hands each
 * component) with its answers remembered. An edit of a large park renders
 * the explorer's panels again, and each `t` call spreads i18next's whole
 * options object, resolves the key through the namespaces and interpolates:
 * about a tenth of an edit's main-thread time at 20 000 enterprises went
 * there, for the same few hundred texts as the render before.
 *
 * The resources are fixed once the instance is initialised (nothing loads
 * later), so a text is a function of its language, key and options: only
 * calls whose options are plain values (strings, numbers, booleans) are
 * remembered; anything else (objects, functions, arrays of keys) goes to
 * i18next every time.
 */
import type { i18n as I18n, TFunction } from 'i18next';

/** Remembered texts per fixed `t`, forgotten past this many (a table's counts, say, can make many). */
const MOST_REMEMBERED = 5000;

export function rememberTexts(instance: I18n): void {
  const fixedT = instance.getFixedT.bind(instance);
  instance.getFixedT = ((...args: Parameters<I18n['getFixedT']>) => {
    const fixed = fixedT(...args) as unknown as (...call: unknown[]) => unknown;
    const remembered = new Map<string, unknown>();
    const cached = (key: unknown, options?: unknown, ...rest: unknown[]) => {
      const id = rest.length === 0 ? callKey(key, options, instance.language) : null;
      if (id === null) return fixed(key, options, ...rest);
      if (remembered.has(id)) return remembered.get(id);
      const text = fixed(key, options);
      if (remembered.size >= MOST_REMEMBERED) remembered.clear();
      remembered.set(id, text);
      return text;
    };
    // What i18next and react-i18next read of a fixed t: its language, namespaces and key prefix.
    return Object.assign(cached, fixed) as unknown as TFunction;
  }) as I18n['getFixedT'];
}

/** The call as a string, or null when its options are not all plain values. */
function callKey(key: unknown, options: unknown, language: string): string | null {
  if (typeof key !== 'string') return null;
  let id = `${language}\u0000${key}`;
  if (options === undefined) return id;
  if (typeof options !== 'object' || options === null || Object.getPrototypeOf(options) !== Object.prototype)
    return null;
  for (const [name, value] of Object.entries(options)) {
    const kind = typeof value;
    if (kind !== 'string' && kind !== 'number' && kind !== 'boolean' && value !== undefined) return null;
    id += `\u0000${name}\u0001${kind}\u0001${String(value)}`;
  }
  return id;
}
