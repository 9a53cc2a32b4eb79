/**
 * Who is listening to which park's event stream (GET …/events), and the
 * saves they are told of. In this process: several servers on one
 * PostgreSQL would each tell only their own listeners.
 */
import type { RevisionStamp } from '../../core/io/serverProtocol.ts';

export interface Listener {
  saved(stamp: RevisionStamp): void;
  /** The server is closing: the stream ends. */
  end(): void;
}

export class SavedEvents {
  private readonly listeners = new Map<string, Set<Listener>>();

  /** Starts telling `listener` of the park's saves; gives the function that stops it. */
  subscribe(parkId: string, listener: Listener): () => void {
    const set = this.listeners.get(parkId) ?? new Set();
    this.listeners.set(parkId, set);
    set.add(listener);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(parkId) === set) this.listeners.delete(parkId);
    };
  }

  publish(parkId: string, stamp: RevisionStamp): void {
    for (const listener of this.listeners.get(parkId) ?? []) listener.saved(stamp);
  }

  endAll(): void {
    for (const set of this.listeners.values()) for (const listener of [...set]) listener.end();
    this.listeners.clear();
  }
}
