import { describe, expect, it } from 'vitest';
import { INITIAL_STORE_DATA, storeReducer } from '../../../src/app/library/modelStoreState.ts';
import { problem } from '../../../src/core/model/problems.ts';

const trouble = [problem('error', 'write-failed', [], { zh: '保存失败', en: 'Save failed' })];

describe('storeReducer', () => {
  it('keeps the same state for an unchanged save status', () => {
    expect(storeReducer(INITIAL_STORE_DATA, { type: 'save-status', status: 'saved' })).toBe(INITIAL_STORE_DATA);
    expect(storeReducer(INITIAL_STORE_DATA, { type: 'save-status', status: 'saving' }).saveStatus).toBe('saving');
  });

  it('clears the conflict and its problems when the user settled it', () => {
    const stuck = storeReducer(INITIAL_STORE_DATA, { type: 'save-problems', problems: trouble });
    expect(stuck.saveProblems).toEqual(trouble);
    const settled = storeReducer(stuck, { type: 'settled' });
    expect(settled).toMatchObject({ conflict: null, saveProblems: [] });
  });

  it('counts the changes other tabs made to the library', () => {
    const once = storeReducer(INITIAL_STORE_DATA, { type: 'library-changed' });
    expect(storeReducer(once, { type: 'library-changed' }).libraryChanges).toBe(2);
    expect(INITIAL_STORE_DATA.libraryChanges).toBe(0);
  });

  it('records a failed start', () => {
    expect(storeReducer(INITIAL_STORE_DATA, { type: 'failed', errors: trouble }).failed).toEqual(trouble);
  });
});
