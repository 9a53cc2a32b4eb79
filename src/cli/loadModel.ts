/**
 * Reads a model file for the CLI: bytes from disk, text decoded (UTF-8, or
 * GB18030 as Chinese Excel writes it), then the core importer chosen by the
 * file's extension.
 */
import { extname } from 'node:path';
import { problem, type BilingualMessage } from '../core/model/problems.ts';
import { bilingual } from '../core/text/message.ts';
import { decodeText, type DecodedText } from '../core/io/decodeText.ts';
import { readLocalFile } from './readLocalFile.ts';
import { validateModelText, type ValidationResult } from '../core/model/validate.ts';
import { importFlowsCsv } from '../core/io/flowsCsv.ts';
import { loadAliasFile } from './loadAliasFile.ts';

/** Far above any real park (the 100 000-flow benchmark park is ~40 MB); a guard against reading a disk image by mistake. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

export interface LoadOptions {
  /** `--alias FILE`: an alias table (name,same-as) applied to a .csv exchange list before its model is built. */
  readonly alias?: string;
}

export async function loadModelFile(path: string, options: LoadOptions = {}): Promise<ValidationResult> {
  const fail = (code: string, message: BilingualMessage): ValidationResult => ({
    ok: false,
    errors: [problem('error', code, [], message, { file: path })],
    warnings: [],
  });
  const extension = extname(path).toLowerCase();
  if (extension !== '.json' && extension !== '.csv') {
    return fail('unsupported-format', bilingual('cli:unsupportedFileType', { extension }));
  }
  const decoded = await readText(path);
  if (!decoded.ok) return { ok: false, errors: decoded.errors, warnings: [] };
  const { text, warnings } = decoded;
  if (extension !== '.csv') {
    // A model file names each record once, by id: an alias table has nothing to merge there, and saying so beats ignoring it.
    if (options.alias !== undefined) return aliasNotApplicable(path, options.alias);
    const result = validateModelText(text, path);
    return { ...result, warnings: [...warnings, ...result.warnings] };
  }
  const aliases = options.alias === undefined ? undefined : await loadAliasFile(options.alias);
  if (aliases && !aliases.ok) return { ok: false, errors: aliases.errors, warnings: aliases.warnings };
  const result = importFlowsCsv(text, {
    file: path,
    referenceYear: new Date().getFullYear(),
    ...(aliases ? { aliases: aliases.table } : {}),
  });
  return { ...result, warnings: [...warnings, ...(aliases?.warnings ?? []), ...result.warnings] };
}

/**
 * The file's text. The bytes are let go as soon as they are decoded: a
 * 500 000-row exchange list is 33 MB of them, which the import does not
 * need to keep beside the text it reads.
 */
async function readText(path: string): Promise<DecodedText> {
  const read = await readLocalFile(path, MAX_FILE_BYTES);
  if (!read.ok) return { ok: false, errors: [problem('error', read.code, [], read.message, { file: path })] };
  return decodeText(read.bytes, path);
}

export function aliasNotApplicable(model: string, alias: string): ValidationResult {
  return {
    ok: false,
    errors: [
      problem('error', 'alias-not-applicable', [], bilingual('cli:aliasNotApplicable', { model }), { file: alias }),
    ],
    warnings: [],
  };
}
