/** A fake BroadcastChannel for tests: ports on one hub, each hearing what the others post, asynchronously. */
import type { ChannelPort } from '../../../src/app/library/tabSync.ts';

export interface FakeHub {
  port(): ChannelPort;
}

export function fakeHub(): FakeHub {
  const ports = new Set<{ listeners: ((message: unknown) => void)[] }>();
  return {
    port() {
      const self = { listeners: [] as ((message: unknown) => void)[] };
      ports.add(self);
      return {
        post(message) {
          // Cloned, as the browser does: nothing is shared between tabs.
          const copy = structuredClone(message);
          for (const other of ports)
            if (other !== self) for (const listener of other.listeners) queueMicrotask(() => listener(copy));
        },
        listen: (listener) => void self.listeners.push(listener),
        close: () => void ports.delete(self),
      };
    },
  };
}
