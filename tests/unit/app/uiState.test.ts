import { describe, expect, it } from 'vitest';
import { initialUiState, uiReducer } from '../../../src/app/network/uiState.ts';
import {
  LANGUAGE_STORAGE_KEY,
  numberLocale,
  otherLanguage,
  rememberLanguage,
  storedLanguage,
} from '../../../src/app/i18n/language.ts';

describe('uiReducer', () => {
  const start = initialUiState();

  it('selects a node and asks to bring it into view only when told to', () => {
    const clicked = uiReducer(start, { type: 'select', node: 'a' });
    expect(clicked.selected).toBe('a');
    expect(clicked.focus).toBeNull();
    const searched = uiReducer(clicked, { type: 'select', node: 'b', focus: true });
    expect(searched.focus).toEqual({ nodes: ['b'], token: 1 });
    expect(uiReducer(searched, { type: 'select', node: 'b', focus: true }).focus?.token).toBe(2);
  });

  it('toggles a finding highlight and focuses its enterprises', () => {
    const on = uiReducer(start, { type: 'highlight-finding', finding: 'f1', nodes: ['a', 'b'] });
    expect(on.finding).toBe('f1');
    expect(on.focus?.nodes).toEqual(['a', 'b']);
    expect(uiReducer(on, { type: 'highlight-finding', finding: 'f1' }).finding).toBeNull();
    expect(uiReducer(on, { type: 'highlight-finding', finding: null }).finding).toBeNull();
  });

  it('toggles categories and the boundary without mutating the previous state', () => {
    const hidden = uiReducer(start, { type: 'toggle-category', category: 'waste' });
    expect(hidden.hiddenCategories.has('waste')).toBe(true);
    expect(start.hiddenCategories.has('waste')).toBe(false);
    expect(uiReducer(hidden, { type: 'toggle-category', category: 'waste' }).hiddenCategories.size).toBe(0);
    expect(uiReducer(start, { type: 'toggle-boundary' }).showBoundary).toBe(false);
  });

  it('clears selection and highlight together', () => {
    const busy = { ...start, selected: 'a', finding: 'f' };
    expect(uiReducer(busy, { type: 'clear' })).toMatchObject({ selected: null, finding: null });
  });
});

describe('language', () => {
  function memory(initial: Record<string, string> = {}) {
    const items = new Map(Object.entries(initial));
    return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v) };
  }
  it('defaults to Chinese and remembers the choice', () => {
    const storage = memory();
    expect(storedLanguage(storage)).toBe('zh');
    rememberLanguage(storage, 'en');
    expect(storage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(storedLanguage(storage)).toBe('en');
  });
  it('ignores unknown values and unusable storage', () => {
    expect(storedLanguage(memory({ [LANGUAGE_STORAGE_KEY]: 'fr' }))).toBe('zh');
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(storedLanguage(broken)).toBe('zh');
    expect(() => rememberLanguage(broken, 'en')).not.toThrow();
    expect(storedLanguage(undefined)).toBe('zh');
  });
  it('maps languages to number locales and to each other', () => {
    expect(numberLocale('zh')).toBe('zh-CN');
    expect(numberLocale('en')).toBe('en-US');
    expect(otherLanguage('zh')).toBe('en');
  });
});
