/**
 * A park's event stream (server-sent events): `head` once, the revision at
 * connecting, then `saved` {revision, author, time} whenever anyone saves
 * the park — what lets the app say "Li Wei saved revision 7" while one
 * edits. Listening starts before the head is read, so no save falls
 * between the two; a comment every 25 s keeps proxies from closing a quiet
 * stream.
 */
import { streamSSE } from 'hono/streaming';
import { HEAD_EVENT, SAVED_EVENT, type RevisionStamp } from '../../core/io/serverProtocol.ts';
import { headStamp } from '../store/versions.ts';
import type { RouteHandlers } from '../http/routeTypes.ts';

const KEEP_ALIVE_MS = 25_000;

export const eventHandlers: Pick<RouteHandlers, 'events'> = {
  events: async ({ c, server, park }) =>
    streamSSE(c, async (stream) => {
      const send = (event: string, stamp: RevisionStamp) =>
        stream.writeSSE({ event, data: JSON.stringify(stamp), id: String(stamp.revision) }).catch(() => undefined);
      let end = () => {};
      const ended = new Promise<void>((resolve) => (end = resolve));
      const unsubscribe = server.events.subscribe(park.id, { saved: (stamp) => void send(SAVED_EVENT, stamp), end });
      const beat = setInterval(() => void stream.write(': keep-alive\n\n').catch(() => undefined), KEEP_ALIVE_MS);
      stream.onAbort(end);
      try {
        const head = await headStamp(server.db, park.id);
        if (head) await send(HEAD_EVENT, head);
        await ended;
      } finally {
        clearInterval(beat);
        unsubscribe();
      }
    }),
};
