/** Each revision's analyses, as made once (analysis/revisionAnalyses.ts): by park, revision, kind and the Symbiograph version that made them. */
import type { Queryable } from '../database/database.ts';

export interface AnalysisKey {
  readonly parkId: string;
  readonly revision: number;
  readonly kind: string;
  readonly engine: string;
}

export async function keptAnalysis(q: Queryable, key: AnalysisKey): Promise<string | null> {
  const [row] = await q.query<{ document: string }>(
    'SELECT document FROM revision_analyses WHERE park_id = $1 AND revision = $2 AND kind = $3 AND engine = $4',
    [key.parkId, key.revision, key.kind, key.engine],
  );
  return row?.document ?? null;
}

export async function keepAnalysis(q: Queryable, key: AnalysisKey, document: string): Promise<void> {
  // Two requests may have made the same analysis at once: the first one kept stays.
  await q.query(
    `INSERT INTO revision_analyses (park_id, revision, kind, engine, document) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT DO NOTHING`,
    [key.parkId, key.revision, key.kind, key.engine, document],
  );
}
