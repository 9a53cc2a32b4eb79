// @vitest-environment jsdom
/**
 * The banner of the tab that is behind: it names the model, in Chinese first
 * (and in English), offers both ways out of a changed model and saving again
 * for a deleted one, and shows why a choice failed.
 */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createElement } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TabConflictBanner } from '../../../src/app/library/TabConflictBanner.tsx';
import type { ConflictActions } from '../../../src/app/library/conflictActions.ts';
import { i18n } from '../../../src/app/i18n/index.ts';
import type { LibraryEntry } from '../../../src/app/library/libraryRecord.ts';
import { problem } from '../../../src/core/model/problems.ts';

const theirs: LibraryEntry = { id: 'm', name: '临沂园区', kind: 'model', created: 1, updated: 2, revision: 2 };

function actions(): ConflictActions & { names: string[] } {
  const names: string[] = [];
  return {
    names,
    loadTheirs: vi.fn(() => Promise.resolve({ ok: true as const, value: null })),
    keepAsCopy: vi.fn((name: string) => {
      names.push(name);
      return Promise.resolve({
        ok: false as const,
        problems: [problem('error', 'library-storage', [], { zh: '磁盘已满', en: 'disk full' })],
      });
    }),
  };
}

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('zh');
});

describe('the tab conflict banner', () => {
  it('names the changed model and offers to load the other version or keep this one as a copy', async () => {
    await i18n.changeLanguage('zh');
    const handlers = actions();
    const conflict = { kind: 'changed' as const, entry: theirs };
    render(createElement(TabConflictBanner, { conflict, name: '临沂园区', actions: handlers }));
    expect(screen.getByTestId('tab-conflict').textContent).toContain('模型“临沂园区”已在另一个浏览器标签页中被修改');
    await act(async () => {
      fireEvent.click(screen.getByTestId('tab-conflict-load'));
    });
    expect(handlers.loadTheirs).toHaveBeenCalledOnce();
    await act(async () => {
      fireEvent.click(screen.getByTestId('tab-conflict-keep'));
    });
    expect(handlers.names).toEqual(['临沂园区(本标签页的副本)']);
    expect(screen.getByTestId('tab-conflict').textContent).toContain('磁盘已满');
  });

  it('speaks English when asked, and offers to save a deleted model again under its name', async () => {
    await i18n.changeLanguage('en');
    const handlers = actions();
    const conflict = { kind: 'deleted' as const, id: 'm', name: 'Linyi' };
    render(createElement(TabConflictBanner, { conflict, name: 'Linyi', actions: handlers }));
    expect(screen.getByTestId('tab-conflict').textContent).toContain('The model “Linyi” was deleted in another');
    expect(screen.queryByTestId('tab-conflict-load')).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByTestId('tab-conflict-keep'));
    });
    expect(handlers.names).toEqual(['Linyi']);
  });

  it('shows nothing without a conflict', () => {
    const { container } = render(createElement(TabConflictBanner, { conflict: null, name: 'X', actions: actions() }));
    expect(container.innerHTML).toBe('');
  });
});
