// @vitest-environment jsdom
/**
 * The UI language lives in one place, i18next: a component reading it with
 * useLanguage() follows a switch without any prop, and the switch is
 * remembered and said on the page.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../src/app/i18n/index.ts';
import { LANGUAGE_STORAGE_KEY } from '../../../src/app/i18n/language.ts';
import { LanguageButton } from '../../../src/app/i18n/LanguageButton.tsx';
import { languageOf, useLanguage } from '../../../src/app/i18n/useLanguage.ts';

function Reader() {
  return createElement('span', { 'data-testid': 'reader' }, useLanguage());
}

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('zh');
});

describe('the UI language', () => {
  it('is read from i18next, Chinese unless English', () => {
    expect(languageOf({ language: 'en' })).toBe('en');
    expect(languageOf({ language: 'zh' })).toBe('zh');
    expect(languageOf({ language: 'cimode' })).toBe('zh');
  });

  it('switches from the button: readers re-render, the choice is remembered, the page says it', async () => {
    render(createElement('div', null, createElement(Reader), createElement(LanguageButton)));
    expect(screen.getByTestId('reader').textContent).toBe('zh');
    await act(async () => {
      fireEvent.click(screen.getByTestId('language'));
    });
    expect(screen.getByTestId('reader').textContent).toBe('en');
    expect(i18n.language).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    await act(async () => {
      fireEvent.click(screen.getByTestId('language'));
    });
    expect(screen.getByTestId('reader').textContent).toBe('zh');
    expect(document.documentElement.lang).toBe('zh-CN');
  });
});
