import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { rememberTexts } from '../../../src/app/i18n/cachedTexts.ts';

/** An instance like the app's, counting what i18next itself is asked. */
function instance() {
  const i18n = i18next.createInstance();
  void i18n.init({
    resources: {
      zh: { translation: { hello: '你好,{{name}}', rows: '{{count}} 行', plain: '表' } },
      en: {
        translation: {
          hello: 'Hello, {{name}}',
          rows_one: '{{count}} row',
          rows_other: '{{count}} rows',
          plain: 'Table',
        },
      },
    },
    lng: 'zh',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  let asked = 0;
  const translate = i18n.t.bind(i18n);
  i18n.t = ((...args: Parameters<typeof translate>) => {
    asked += 1;
    return translate(...args);
  }) as typeof i18n.t;
  rememberTexts(i18n);
  return { i18n, asked: () => asked };
}

describe('remembered texts', () => {
  it('gives what i18next gives, asking it once per language, key and plain options', () => {
    const { i18n, asked } = instance();
    const zh = i18n.getFixedT('zh');
    const en = i18n.getFixedT('en');
    expect(zh('hello', { name: '鲁光' })).toBe('你好,鲁光');
    expect(zh('hello', { name: '鲁光' })).toBe('你好,鲁光');
    expect(zh('hello', { name: '梅开' })).toBe('你好,梅开');
    expect(en('rows', { count: 1 })).toBe('1 row');
    expect(en('rows', { count: 2 })).toBe('2 rows');
    expect(en('rows', { count: 2 })).toBe('2 rows');
    expect(en('plain')).toBe('Table');
    expect(en('plain')).toBe('Table');
    expect(asked()).toBe(5);
    // The fixed t keeps what react-i18next reads of it.
    expect((en as unknown as { lng: string }).lng).toBe('en');
  });

  it('follows the language when the t is not fixed to one', () => {
    const { i18n } = instance();
    const t = i18n.getFixedT(null, 'translation');
    expect(t('plain')).toBe('表');
    void i18n.changeLanguage('en');
    expect(t('plain')).toBe('Table');
  });

  it('leaves to i18next every call whose options are not plain values', () => {
    const { i18n, asked } = instance();
    const t = i18n.getFixedT('en');
    const name = { toString: () => 'X' };
    t('hello', { name });
    t('hello', { name });
    expect(asked()).toBe(2);
  });
});
