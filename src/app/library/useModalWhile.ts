/**
 * A modal `<dialog>` shown while `open` and closed when it turns false, with
 * `onShow` run each time it appears: the library and team dialogs stay
 * mounted between openings and read their lists again as they open.
 */
import { useEffect, useEffectEvent, useRef } from 'react';

export function useModalWhile(open: boolean, onShow: () => void) {
  const dialog = useRef<HTMLDialogElement>(null);
  const shown = useEffectEvent(onShow);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      shown();
    } else if (!open && element.open) element.close();
  }, [open]);
  return dialog;
}
