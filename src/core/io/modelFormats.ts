/**
 * The model formats by name, and what a format can never carry: a module of
 * its own, without the readers and writers, so that the app can say these
 * before it loads them (formats.ts loads them, and the app loads formats.ts
 * with the first import or export only).
 */
import { problem, type Problem } from '../model/problems.ts';
import { bilingual } from '../text/message.ts';

export type ModelFormat = 'json' | 'xlsx' | 'gexf' | 'graphml' | 'flows-csv' | 'tables-csv';

export const MODEL_FORMATS: readonly ModelFormat[] = ['json', 'xlsx', 'gexf', 'graphml', 'flows-csv', 'tables-csv'];

/** What a format never carries, whatever the model: said with every export to it, and before saving over a file in it. */
export function formatLimits(format: ModelFormat): readonly Problem[] {
  return format === 'flows-csv' ? [problem('warning', 'export-flows-only', [], bilingual('io:exportFlowsOnly'))] : [];
}
