/** The first edits (an enterprise's name and status) and the undo/redo keyboard shortcuts. */
import { describe, expect, it } from 'vitest';
import { renameEnterprise, setEnterpriseStatus } from '../../../src/app/model/inspectorEdits.ts';
import { nameProblems, normaliseName } from '../../../src/app/model/typedName.ts';
import { historyKeyAction, isTypingTarget, type HistoryKeyEvent } from '../../../src/app/model/historyKeys.ts';
import { validateModel } from '../../../src/core/model/validate.ts';
import { slagPark } from '../../fixtures/slagPark.ts';
import { edited } from './edited.ts';

const park = slagPark;

describe('enterprise edits', () => {
  it('rename one enterprise, share everything else, and say what they did in both languages', () => {
    const edit = renameEnterprise(park, 'smelter', { zh: '冶炼厂', en: 'Smelter' })!;
    // The edit is a core change set; core applies it (as the store does).
    expect(edit.changes).toEqual([
      { kind: 'update-enterprise', enterprise: 'smelter', set: { name: { zh: '冶炼厂', en: 'Smelter' } } },
    ]);
    const model = edited(park, edit);
    expect(model.enterprises[0]!.name).toEqual({ zh: '冶炼厂', en: 'Smelter' });
    expect(model.enterprises[1]).toBe(park.enterprises[1]);
    expect(model.flows).toBe(park.flows);
    expect(park.enterprises[0]!.name).toEqual({ en: 'SMELTER' });
    expect(edit.label.en).toBe('Rename enterprise “SMELTER” to “Smelter”');
    expect(edit.label.zh).toContain('冶炼厂');
    expect(validateModel(model).ok).toBe(true);
  });

  it('change a status, and are no edit at all when nothing changes or the enterprise is unknown', () => {
    const edit = setEnterpriseStatus(park, 'builder', 'planned')!;
    expect(edited(park, edit).enterprises[1]!.status).toBe('planned');
    expect(edit.label).toEqual({ zh: '将企业“BUILDER”的状态改为“规划”', en: 'Set the status of “BUILDER” to planned' });
    expect(setEnterpriseStatus(park, 'builder', 'operating')).toBeNull();
    expect(setEnterpriseStatus(park, 'nobody', 'closed')).toBeNull();
    expect(renameEnterprise(park, 'smelter', { en: 'SMELTER' })).toBeNull();
  });

  it('take a typed name trimmed, with an empty language left out', () => {
    expect(normaliseName({ zh: '  冶炼厂 ', en: '' })).toEqual({ zh: '冶炼厂' });
    expect(normaliseName({ zh: ' ', en: ' ' })).toEqual({});
  });

  it('check a name with core validation, in both languages', () => {
    expect(nameProblems({ en: 'Smelter' })).toEqual([]);
    const empty = nameProblems({});
    expect(empty.map((p) => p.code)).toEqual(['name-empty']);
    expect(empty[0]!.message.zh).toContain('名称');
    const long = nameProblems({ en: 'x'.repeat(301) });
    expect(long).toHaveLength(1);
    expect(long[0]!.path).toEqual(['en']);
  });
});

const key = (over: Partial<HistoryKeyEvent>): HistoryKeyEvent => ({
  key: 'z',
  code: 'KeyZ',
  ctrlKey: true,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  target: null,
  ...over,
});

describe('undo and redo keys', () => {
  it('are Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y, or ⌘ on a Mac', () => {
    expect(historyKeyAction(key({}))).toBe('undo');
    expect(historyKeyAction(key({ key: 'Z', shiftKey: true }))).toBe('redo');
    expect(historyKeyAction(key({ key: 'y', code: 'KeyY' }))).toBe('redo');
    expect(historyKeyAction(key({ ctrlKey: false, metaKey: true }))).toBe('undo');
  });

  it('ignore other keys and combinations', () => {
    expect(historyKeyAction(key({ ctrlKey: false }))).toBeNull();
    expect(historyKeyAction(key({ altKey: true }))).toBeNull();
    expect(historyKeyAction(key({ key: 'x', code: 'KeyX' }))).toBeNull();
    expect(historyKeyAction(key({ key: 'Y', code: 'KeyY', shiftKey: true }))).toBeNull();
  });

  it('follow the printed Latin letter, else the key’s place (a Cyrillic layout)', () => {
    // AZERTY and Dvorak print Z elsewhere: the letter decides.
    expect(historyKeyAction(key({ key: 'z', code: 'KeyW' }))).toBe('undo');
    expect(historyKeyAction(key({ key: 'w', code: 'KeyZ' }))).toBeNull();
    expect(historyKeyAction(key({ key: 'я', code: 'KeyZ' }))).toBe('undo');
  });

  it('leave the keys to a field being typed in', () => {
    const input = { tagName: 'INPUT', type: 'text' };
    expect(historyKeyAction(key({ target: input as unknown as EventTarget }))).toBeNull();
    expect(isTypingTarget({ tagName: 'TEXTAREA' } as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true } as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'search' } as unknown as EventTarget)).toBe(true);
    // Nothing to type in a checkbox, a select or a button: the model's undo applies.
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' } as unknown as EventTarget)).toBe(false);
    expect(isTypingTarget({ tagName: 'SELECT' } as unknown as EventTarget)).toBe(false);
    expect(isTypingTarget({ tagName: 'BUTTON' } as unknown as EventTarget)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
