/** A version as the routes read it: the head's revision from the database, the model from the cache of versions when it is there. */
import { existingRevision, versionModel, type StoredVersion } from '../store/versions.ts';
import type { ServerContext } from '../http/routeTypes.ts';

/** The revision asked for, or the head when none is; null when the park has no such revision. */
export async function readVersion(
  server: ServerContext,
  parkId: string,
  revision?: number,
): Promise<StoredVersion | null> {
  const wanted = revision ?? (await existingRevision(server.db, parkId));
  if (wanted === null) return null;
  const cached = server.versions.get(parkId, wanted);
  if (cached) return cached;
  const stored = await versionModel(server.db, parkId, wanted);
  if (stored) server.versions.keep(parkId, stored);
  return stored;
}
