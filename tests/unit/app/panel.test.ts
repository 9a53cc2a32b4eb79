import { describe, expect, it } from 'vitest';
import en from '../../../src/app/i18n/en.json';
import zh from '../../../src/app/i18n/zh.json';

describe('locale files', () => {
  const keys = (value: unknown, prefix = ''): string[] =>
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
      : [prefix];
  it('have the same keys in Chinese and English', () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });
});
