/**
 * What the export menu offers: every format core writes, plus the empty
 * XLSX template. Apart from modelExport.ts, which loads the writers, so the
 * menu renders without them.
 */
import type { ModelFormat } from '../../core/io/formats.ts';

export type ExportChoice = ModelFormat | 'xlsx-template';

/** In the order the menu lists them. */
export const EXPORT_CHOICES: readonly ExportChoice[] = [
  'json',
  'xlsx',
  'gexf',
  'graphml',
  'tables-csv',
  'flows-csv',
  'xlsx-template',
];
