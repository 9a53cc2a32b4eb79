/**
 * Reads a model file for the commands that analyse one park: a park model
 * (.json) or an exchange list (.csv), through the one reader of every
 * format (readModelFile.ts).
 */
import { extname } from 'node:path';
import { problem } from '../core/model/problems.ts';
import { bilingual } from '../core/text/message.ts';
import type { ValidationResult } from '../core/model/validate.ts';
import { readModelFile } from './readModelFile.ts';

export interface LoadOptions {
  /** `--alias FILE`: an alias table (name,same-as) applied to a .csv exchange list before its model is built. */
  readonly alias?: string;
}

export async function loadModelFile(path: string, options: LoadOptions = {}): Promise<ValidationResult> {
  const extension = extname(path).toLowerCase();
  if (extension !== '.json' && extension !== '.csv') {
    return {
      ok: false,
      errors: [
        problem('error', 'unsupported-format', [], bilingual('cli:unsupportedFileType', { extension }), { file: path }),
      ],
      warnings: [],
    };
  }
  return readModelFile(path, extension === '.json' ? 'json' : 'flows-csv', options.alias);
}
