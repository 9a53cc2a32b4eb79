/** Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y anywhere in the page, except while typing or while a dialog is open. */
import { useEffect, useRef } from 'react';
import { historyKeyAction } from './historyKeys.ts';

export function useHistoryKeys(enabled: boolean, onUndo: () => void, onRedo: () => void): void {
  const handlers = useRef({ onUndo, onRedo });
  handlers.current = { onUndo, onRedo };
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const action = historyKeyAction(event);
      // A modal dialog (a form, the library, exports) has the keyboard: the model behind it is not what it
      // undoes — wherever the focus is (a click on the dialog's padding leaves it on the body).
      if (action === null || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      if (action === 'undo') handlers.current.onUndo();
      else handlers.current.onRedo();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
