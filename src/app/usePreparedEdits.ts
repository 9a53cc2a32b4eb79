/**
 * The indexes an edit keeps from one edit to the next (validation's index of
 * what items refer to, the display patch's internal actors), built when the
 * page is idle after a park opens rather than inside the user's first edit:
 * at 20 000 enterprises they were a third of that edit's main-thread work.
 * Once built they are kept while the collections are the same arrays, so
 * later models (edits) find them at once.
 */
import { useEffect } from 'react';
import { prepareDerivedValidation } from '../core/model/validateDerived.ts';
import type { ParkModel } from '../core/model/types.ts';
import { prepareDisplayPatch } from './network/displayPatch.ts';

/** Where the browser has no idle callbacks (Safari), a moment after the page settles instead. */
const FALLBACK_DELAY_MS = 500;

export function usePreparedEdits(model: ParkModel): void {
  useEffect(() => {
    const prepare = () => {
      prepareDerivedValidation(model);
      prepareDisplayPatch(model);
    };
    if (typeof requestIdleCallback === 'function') {
      const handle = requestIdleCallback(prepare);
      return () => cancelIdleCallback(handle);
    }
    const handle = setTimeout(prepare, FALLBACK_DELAY_MS);
    return () => clearTimeout(handle);
  }, [model]);
}
