import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_TEXTS } from '../../../src/app/i18n/appTexts.ts';
import { MESSAGES, message, nestedKeysOf, placeholdersOf, type Namespace } from '../../../src/core/text/message.ts';

/**
/**
 * Entries whose languages count differently, on purpose: 等 N 家 counts everyone, "and N others" the rest;
 * Chinese money is counted in 万元, English in the catalogue's currency; io:boundaryNotHere's English also lists
 * the boundaries.
 */
const OWN_PLACEHOLDERS: ReadonlySet<string> = new Set([
  'common:namesAndOthers',
  'common:namesAndOneOther',
  'common:namesAndOthers',
  'common:namesAndOneOther',
  'finding:sourcesAndMore',
  'project:explainMoney',
  'io:moreKinds',
  'io:moreNames',
  'io:boundaryNotHere',
]);

/** Entries empty in English on purpose: a Chinese measure word (处, 条) where an English count takes none. */
const EMPTY_IN_ENGLISH: ReadonlySet<string> = new Set([
  'project:scorePartUnit_chainsRepaired',
  'project:scorePartUnit_linksCreated',
]);

const entries = Object.entries(MESSAGES).flatMap(([namespace, table]) =>
  Object.entries(table).map(([key, entry]) => ({ namespace: namespace as Namespace, key, entry })),
);

/** Every source file outside the catalogue's own tables, to look for each key's use. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path.endsWith(join('text', 'messages')) ? [] : sources(path);
    return /\.tsx?$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('the message catalogue', () => {
  it.each(entries)(
    '$namespace:$key has both languages, the same placeholders and existing nested keys',
    ({ namespace, key, entry }) => {
      expect(entry.zh.trim()).not.toBe('');
      if (!EMPTY_IN_ENGLISH.has(`${namespace}:${key}`)) expect(entry.en.trim()).not.toBe('');
      if (!OWN_PLACEHOLDERS.has(`${namespace}:${key}`))
        expect(placeholdersOf(entry.zh)).toEqual(placeholdersOf(entry.en));
      for (const nested of [...nestedKeysOf(entry.zh), ...nestedKeysOf(entry.en)]) {
        const [namespace = '', key = ''] = nested.split(':');
        expect(Object.keys(MESSAGES)).toContain(namespace);
        expect(Object.keys(MESSAGES[namespace as Namespace])).toContain(key);
      }
    },
  );

  const appEntries = Object.entries(APP_TEXTS).flatMap(([section, table]) =>
    Object.entries(table).map(([key, entry]) => ({ key: `${section}.${key}`, entry })),
  );
  it.each(appEntries)(
    "the app's $key has both languages, the same placeholders and existing nested keys",
    ({ entry }) => {
      expect(entry.zh.trim()).not.toBe('');
      expect(entry.en.trim()).not.toBe('');
      expect(placeholdersOf(entry.zh)).toEqual(placeholdersOf(entry.en));
      for (const nested of [...nestedKeysOf(entry.zh), ...nestedKeysOf(entry.en)]) {
        const [namespace = '', key = ''] = nested.split(':');
        expect(Object.keys(MESSAGES[namespace as Namespace] ?? {})).toContain(key);
      }
    },
  );

  it('uses every key somewhere (quoted alone or with its namespace)', () => {
    const text = sources('src').join('\n');
    const unused = entries
      .filter(({ namespace }) => namespace !== 'glossary') // the glossary is also read by the app's i18next namespace and by term()
      .filter(({ namespace, key }) => !text.includes(`'${key}'`) && !text.includes(`${namespace}:${key}`))
      // A family of keys named `family_value` may be looked up as `namespace:family_${value}`.
      .filter(
        ({ namespace, key }) =>
          !key.includes('_') || !text.includes(`${namespace}:${key.slice(0, key.lastIndexOf('_') + 1)}\${`),
      )
      .map(({ namespace, key }) => `${namespace}:${key}`);
    expect(unused).toEqual([]);
  });

  it('fills placeholders and nests entries in the same language', () => {
    expect(message('en', 'cli:valid', { file: 'a.json' })).toBe('✓ a.json is valid');
    expect(message('zh', 'cli:invalid', { file: 'a.json', n: 2 })).toBe('✗ a.json 有 2 个错误');
    expect(message('en', 'cli:valid')).toBe('✓ {{file}} is valid');
    expect(message('zh', 'glossary:payback')).toBe('静态投资回收期');
  });
});
