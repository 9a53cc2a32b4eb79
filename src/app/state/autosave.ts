/**
 * Saving the open model as it changes, without saving on every change. A
 * change after a quiet spell is saved at once (a single edit, a dropped
 * actor: on disk before the user can reload); changes that follow within
 * `delayMs` are gathered into one save at the end of the spell. Saves run
 * one at a time and always write the latest state, read when the save
 * starts, so a slow save is never overtaken by an older one.
 */

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'failed';

export interface AutosaveOptions {
  /** Writes the current state; resolves to true when it was kept. */
  readonly save: () => Promise<boolean>;
  readonly delayMs: number;
  readonly onStatus?: (status: SaveStatus) => void;
  /** Timer functions, replaceable for tests. */
  readonly setTimer?: (run: () => void, ms: number) => unknown;
  readonly clearTimer?: (timer: unknown) => void;
}

export interface Autosave {
  /** Something changed: save it soon. */
  markDirty(): void;
  /** Saves now if anything is unsaved, and waits until everything is. */
  flush(): Promise<void>;
  /** Stops the timer; unsaved changes stay unsaved. */
  dispose(): void;
}

export function createAutosave(options: AutosaveOptions): Autosave {
  const setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let dirty = false;
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
        while (dirty) {
          dirty = false;
          report('saving');
          const kept = await options.save().catch(() => false);
          if (!kept) {
            // Left dirty: the next change (or flush) tries again.
            dirty = true;
            report('failed');
            return;
          }
        }
        report('saved');
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
      if (status !== 'saving') report('pending');
      // A running save loops until nothing is dirty, and a due save will see this change too.
      if (running || timer !== null) return;
      if (Date.now() >= quietUntil) void drain();
      else timer = setTimer(() => void drain(), options.delayMs);
    },
    async flush() {
      if (running) await running;
      if (dirty) await drain();
    },
    dispose() {
      stopTimer();
    },
  };
}
