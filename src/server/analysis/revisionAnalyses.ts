/**
 * Each revision's analyses, made once and kept in the database: the whole
 * analysis (GET …/analysis) and, per scope, what a comparison of two
 * revisions reads (GET …/diff). A revision never changes, so what was made
 * for it stays right until Symbiograph itself changes (the key holds its
 * version). Requests for one that is being made wait for it rather than
 * making it again.
 */
import type { AnalysisScope } from '../../core/analysis/context.ts';
import type { ComparedAnalysis } from '../../core/comparison/compareAnalyses.ts';
import type { Database } from '../database/database.ts';
import { keepAnalysis, keptAnalysis, type AnalysisKey } from '../store/analyses.ts';
import type { AnalysisJob } from './analysisJobs.ts';
import type { AnalysisWorker } from './analysisWorker.ts';

export class RevisionAnalyses {
  private readonly making = new Map<string, Promise<string>>();

  constructor(
    private readonly db: Database,
    private readonly worker: AnalysisWorker,
    /** The Symbiograph version: analyses made by another are made again. */
    private readonly engine: string,
  ) {}

  /** The whole analysis of a revision, as JSON text; `model` is read only when it must be made. */
  full(parkId: string, revision: number, model: () => Promise<string>): Promise<string> {
    return this.kept(parkId, revision, 'full', async () => ({ kind: 'full', model: await model() }));
  }

  async compared(
    parkId: string,
    revision: number,
    scope: AnalysisScope,
    model: () => Promise<string>,
  ): Promise<ComparedAnalysis> {
    const document = await this.kept(parkId, revision, `compared-${scope}`, async () => ({
      kind: 'compared',
      scope,
      model: await model(),
    }));
    return JSON.parse(document) as ComparedAnalysis;
  }

  private kept(parkId: string, revision: number, kind: string, job: () => Promise<AnalysisJob>): Promise<string> {
    const key: AnalysisKey = { parkId, revision, kind, engine: this.engine };
    const name = JSON.stringify(key);
    const inFlight = this.making.get(name);
    if (inFlight) return inFlight;
    const made = (async () => {
      const kept = await keptAnalysis(this.db, key);
      if (kept !== null) return kept;
      const document = await this.worker.run(await job());
      await keepAnalysis(this.db, key, document);
      return document;
    })().finally(() => this.making.delete(name));
    this.making.set(name, made);
    return made;
  }
}
