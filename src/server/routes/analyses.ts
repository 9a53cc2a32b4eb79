/**
 * A revision's analysis and two revisions compared, from the analyses kept
 * per revision (analysis/revisionAnalyses.ts): the first request for one
 * makes it in the analysis worker, every later one reads it.
 */
import type { AnalysisScope } from '../../core/analysis/context.ts';
import {
  compareAnalysed,
  comparisonDocument,
  comparisonScopes,
  type ComparedAnalysis,
} from '../../core/comparison/compareAnalyses.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { bilingual } from '../../core/text/message.ts';
import { existingRevision, type StoredVersion } from '../store/versions.ts';
import { ApiFailure } from '../http/apiFailure.ts';
import type { RouteHandlers, ServerContext } from '../http/routeTypes.ts';
import { readVersion } from './readVersion.ts';

async function storedVersion(server: ServerContext, parkId: string, revision: number): Promise<StoredVersion> {
  const version = await readVersion(server, parkId, revision);
  if (version === null) throw new ApiFailure('not-found', bilingual('server:versionNotFound', { revision }));
  return version;
}

export const analysisHandlers: Pick<RouteHandlers, 'analysis' | 'diff'> = {
  analysis: async ({ c, server, park, query }) => {
    const revision = await existingRevision(server.db, park.id, query.revision);
    if (revision === null)
      throw new ApiFailure('not-found', bilingual('server:versionNotFound', { revision: query.revision ?? '?' }));
    const document = await server.analyses.full(
      park.id,
      revision,
      async () => (await storedVersion(server, park.id, revision)).model,
    );
    return c.body(document, 200, { 'Content-Type': 'application/json; charset=utf-8' });
  },

  diff: async ({ c, server, park, query }) => {
    const { from, to } = query;
    const [a, b] = [await storedVersion(server, park.id, from), await storedVersion(server, park.id, to)];
    const before = JSON.parse(a.model) as ParkModel;
    const after = JSON.parse(b.model) as ParkModel;
    const analysed = new Map<AnalysisScope, { before: ComparedAnalysis; after: ComparedAnalysis }>();
    for (const scope of comparisonScopes(before, after)) {
      analysed.set(scope, {
        before: await server.analyses.compared(park.id, from, scope, async () => a.model),
        after: await server.analyses.compared(park.id, to, scope, async () => b.model),
      });
    }
    const comparison = compareAnalysed(before, after, (scope) => analysed.get(scope)!);
    return c.json({ from, to, ...comparisonDocument(comparison) });
  },
};
