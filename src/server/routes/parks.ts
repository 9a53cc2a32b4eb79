/**
 * Parks and their saves: the caller's parks, a new park, the head as a
 * model with its revision as ETag, and a save against the revision it
 * started from (a stale one: 409 with the head now, and the model kept as
 * a rejected save). Whoever listens to the park's events hears of each save.
 */
import type { Context } from 'hono';
import { revisionTag, type RevisionStamp } from '../../core/io/serverProtocol.ts';
import { bilingual } from '../../core/text/message.ts';
import { newParkId } from '../auth/secrets.ts';
import { parksOf } from '../store/parks.ts';
import { createPark, saveVersion, type SaveOutcome, type StoredVersion } from '../store/versions.ts';
import { ApiFailure } from '../http/apiFailure.ts';
import type { RouteHandlers } from '../http/routeTypes.ts';
import { readVersion } from './readVersion.ts';

/** A stored model as the answer: its text as stored, its revision as ETag (304 when the client has it). */
export function modelResponse(c: Context, version: StoredVersion): Response {
  const tag = revisionTag(version.revision);
  if (c.req.header('if-none-match') === tag) return c.body(null, 304, { ETag: tag });
  return c.body(version.model, 200, { 'Content-Type': 'application/json; charset=utf-8', ETag: tag });
}

/** A save's outcome as the answer's stamp, or the 409 of a stale one. */
export function savedStamp(outcome: SaveOutcome, base: number | null): RevisionStamp {
  if (outcome.kind === 'saved') return outcome.stamp;
  const { head, rejectedId } = outcome;
  throw new ApiFailure(
    'stale-revision',
    bilingual('server:staleRevision', {
      head: head.revision,
      author: head.author,
      time: head.time,
      base: base ?? '?',
      id: rejectedId,
    }),
    { head, rejected: { id: rejectedId } },
  );
}

export const parkHandlers: Pick<RouteHandlers, 'listParks' | 'createPark' | 'getPark' | 'savePark'> = {
  listParks: async ({ c, server, caller }) => c.json(await parksOf(server.db, caller.userId)),

  createPark: async ({ c, server, caller, body, query, address }) => {
    const id = newParkId();
    const author = { userId: caller.userId, address };
    const stamp = await createPark(server.db, id, author, { model: body.text, name: body.name }, query.message ?? '');
    server.versions.keep(id, { revision: stamp.revision, model: body.text, name: body.name });
    c.header('Location', `/api/parks/${id}`);
    c.header('ETag', revisionTag(stamp.revision));
    return c.json({ id, revision: stamp.revision, warnings: body.warnings }, 201);
  },

  getPark: async ({ c, server, park }) => {
    const head = await readVersion(server, park.id);
    if (head === null) throw new ApiFailure('not-found', bilingual('server:parkNotFound'));
    return modelResponse(c, head);
  },

  savePark: async ({ c, server, caller, park, body, query, ifMatch, address }) => {
    const outcome = await saveVersion(server.db, {
      parkId: park.id,
      author: { userId: caller.userId, address },
      base: ifMatch!,
      content: { model: body.text, name: body.name },
      message: query.message ?? '',
    });
    const stamp = savedStamp(outcome, ifMatch);
    server.versions.keep(park.id, { revision: stamp.revision, model: body.text, name: body.name });
    server.events.publish(park.id, stamp);
    c.header('ETag', revisionTag(stamp.revision));
    return c.json({ revision: stamp.revision, warnings: body.warnings });
  },
};
