/**
 * Saving the open model as it changes, without saving on every change. A
 * change after a quiet spell is saved at once (a single edit, a dropped
 * actor: on disk before the user can reload); changes that follow within
 * `delayMs` are gathered into one save at the end of the spell. Saves run
 * one at a time and always write the latest state, read when the save
 * starts, so a slow save is never overtaken by an older one.
 *
 * A save that finds the model written by another tab puts the autosave on
 * hold ('conflict'): changes are still gathered, but nothing is written
 * over the other tab's save until the user has chosen what to keep.
 */

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'failed' | 'conflict';

/** True: kept; false: failed (tried again on the next change); 'conflict': another tab wrote first. */
export type SaveOutcome = boolean | 'conflict';

export interface AutosaveOptions {
  /** Writes the current state. */
  readonly save: () => Promise<SaveOutcome>;
  readonly delayMs: number;
  readonly onStatus?: (status: SaveStatus) => void;
  /** Timer functions, replaceable for tests. */
  readonly setTimer?: (run: () => void, ms: number) => unknown;
  readonly clearTimer?: (timer: unknown) => void;
}

export interface Autosave {
  /** Something changed: save it soon. */
  markDirty(): void;
  /**
   * Saves now if anything is unsaved, and waits until everything is; on
   * hold, only waits for a save already running. Resolves to the status.
   */
  flush(): Promise<SaveStatus>;
  /** Another tab wrote the model: save nothing until `resume`. */
  hold(): void;
  /** Saving may go on (`discard`: what is unsaved was replaced, e.g. by the other tab's version). */
  resume(options: { readonly discard: boolean }): void;
  /** Whether there are changes not yet saved. */
  unsaved(): boolean;
  /** Stops the timer; unsaved changes stay unsaved. */
  dispose(): void;
}

export function createAutosave(options: AutosaveOptions): Autosave {
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let dirty = false;
  let held = false;
  let timer: unknown = null;
  let quietUntil = 0;
  let running: Promise<void> | null = null;
  let status: SaveStatus = 'saved';
  const report = (next: SaveStatus) => {
    if (next === status) return;
    status = next;
    options.onStatus?.(next);
  };

  const stopTimer = () => {
    if (timer !== null) clearTimer(timer);
    timer = null;
  };

  /** Runs saves until nothing is dirty; one loop at a time. */
  const drain = (): Promise<void> => {
    stopTimer();
    running ??= (async () => {
      try {
        while (dirty && !held) {
          dirty = false;
          report('saving');
          const outcome = await options.save().catch((): SaveOutcome => false);
          if (outcome === 'conflict') held = true;
          if (outcome !== true) {
            // Left dirty: the next change (or flush) tries again, or `resume` after a conflict.
            dirty = true;
            report(held ? 'conflict' : 'failed');
            return;
          }
        }
        report(held ? 'conflict' : 'saved');
      } finally {
        running = null;
        quietUntil = Date.now() + options.delayMs;
      }
    })();
    return running;
  };

  return {
    markDirty() {
      dirty = true;
      if (held) return;
      if (status !== 'saving') report('pending');
      // A running save loops until nothing is dirty, and a due save will see this change too.
      if (running || timer !== null) return;
      if (Date.now() >= quietUntil) void drain();
      else timer = setTimer(() => void drain(), options.delayMs);
    },
    async flush() {
      if (running) await running;
      if (dirty && !held) await drain();
      return status;
    },
    hold() {
      held = true;
      stopTimer();
      // A running save reports when it ends (it cannot write over the other tab: the library checks).
      if (!running) report('conflict');
    },
    resume({ discard }) {
      held = false;
      if (discard) dirty = false;
      if (running) return;
      report(dirty ? 'pending' : 'saved');
      if (dirty) void drain();
    },
    unsaved: () => dirty,
    dispose() {
      stopTimer();
    },
  };
}
