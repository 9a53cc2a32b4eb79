/** A park's history: its versions, one of them, a restore (a new version with an old one's content), and the saves refused as stale. */
import { revisionTag } from '../../core/io/serverProtocol.ts';
import { bilingual } from '../../core/text/message.ts';
import { listVersions, rejectedSave, saveVersion } from '../store/versions.ts';
import { ApiFailure } from '../http/apiFailure.ts';
import type { RouteHandlers } from '../http/routeTypes.ts';
import { modelResponse, savedStamp } from './parks.ts';
import { readVersion } from './readVersion.ts';

function noVersion(revision: number | null): ApiFailure {
  return new ApiFailure('not-found', bilingual('server:versionNotFound', { revision: revision ?? '?' }));
}

export const versionHandlers: Pick<RouteHandlers, 'listVersions' | 'getVersion' | 'restoreVersion' | 'getRejected'> = {
  listVersions: async ({ c, server, park }) => c.json(await listVersions(server.db, park.id)),

  getVersion: async ({ c, server, park, n }) => {
    const version = await readVersion(server, park.id, n!);
    if (version === null) throw noVersion(n);
    return modelResponse(c, version);
  },

  restoreVersion: async ({ c, server, caller, park, n, query, ifMatch, address }) => {
    const old = await readVersion(server, park.id, n!);
    if (old === null) throw noVersion(n);
    const outcome = await saveVersion(server.db, {
      parkId: park.id,
      author: { userId: caller.userId, address },
      base: ifMatch ?? 'head',
      content: { model: old.model, name: old.name },
      message: query.message ?? '',
      restoredFrom: old.revision,
    });
    const stamp = savedStamp(outcome, ifMatch);
    server.versions.keep(park.id, { ...old, revision: stamp.revision });
    server.events.publish(park.id, stamp);
    c.header('ETag', revisionTag(stamp.revision));
    return c.json({ revision: stamp.revision, warnings: [] }, 201);
  },

  getRejected: async ({ c, server, park, n }) => {
    const rejected = await rejectedSave(server.db, park.id, n!);
    if (rejected === null) throw new ApiFailure('not-found', bilingual('server:rejectedNotFound', { id: n ?? '?' }));
    return c.json({ ...rejected, model: JSON.parse(rejected.model) as unknown });
  },
};
