/** Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y anywhere in the page, except while typing or while a dialog is open. */
import { useEffect, useEffectEvent } from 'react';
import { historyKeyAction } from './historyKeys.ts';

export function useHistoryKeys(enabled: boolean, onUndo: () => void, onRedo: () => void): void {
  // An effect event: the listener calls the latest undo and redo, and a new closure is no reason to re-listen.
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    const action = historyKeyAction(event);
    // A modal dialog (a form, the library, exports) has the keyboard: the model behind it is not what it
    // undoes — wherever the focus is (a click on the dialog's padding leaves it on the body).
    if (action === null || document.querySelector('dialog[open]')) return;
    event.preventDefault();
    if (action === 'undo') onUndo();
    else onRedo();
  });
  useEffect(() => {
    if (!enabled) return;
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, [enabled]);
}
