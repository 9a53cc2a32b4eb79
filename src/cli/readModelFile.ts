/**
 * Reads a park from disk in any format core reads (core/io/formats.ts): a
 * directory is one CSV file per table, a file's extension names its format.
 * The one reading path of `convert` and `open`; the bytes are read apart
 * from their import so that `open` can fingerprint exactly what it loaded.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { AliasTable } from '../core/io/aliasTable.ts';
import {
  detectFormat,
  importModel,
  type ImportInput,
  type ImportResult,
  type ModelFormat,
} from '../core/io/formats.ts';
import { problem, type BilingualMessage, type Problem } from '../core/model/problems.ts';
import type { ValidationResult } from '../core/model/validate.ts';
import { bilingual } from '../core/text/message.ts';
import { loadAliasFile } from './loadAliasFile.ts';
import { readLocalFile } from './readLocalFile.ts';

/** Far above any real park (the 100 000-flow benchmark park is ~40 MB); a guard against reading a disk image by mistake. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}

/** The format of a park on disk: `tables-csv` for a directory, else by extension; undefined when neither says. */
export async function modelFormatOf(path: string): Promise<ModelFormat | undefined> {
  return (await isDirectory(path)) ? 'tables-csv' : detectFormat(path);
}

/** One problem with the file as a whole: a failed reading (a ModelInput) or a refused import (a ValidationResult). */
function failure(
  path: string,
  code: string,
  message: BilingualMessage,
): { readonly ok: false; readonly errors: Problem[]; readonly warnings: Problem[] } {
  return { ok: false, errors: [problem('error', code, [], message, { file: path })], warnings: [] };
}

export type ModelInput =
  | { readonly ok: true; readonly input: ImportInput }
  | { readonly ok: false; readonly errors: readonly Problem[]; readonly warnings: readonly Problem[] };

/** The bytes of a one-file format, or the `.csv` files of a directory by name. */
export async function readModelInput(path: string, format: ModelFormat): Promise<ModelInput> {
  try {
    if (format === 'tables-csv') {
      const names = (await readdir(path)).filter((name) => name.toLowerCase().endsWith('.csv')).sort();
      const files = new Map<string, Uint8Array>();
      for (const name of names) files.set(name, await readFile(join(path, name)));
      return { ok: true, input: files };
    }
    const read = await readLocalFile(path, MAX_FILE_BYTES);
    return read.ok ? { ok: true, input: read.bytes } : failure(path, read.code, read.message);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? failure(path, 'file-not-found', bilingual('cli:fileNotFound'))
      : failure(path, 'file-unreadable', bilingual('cli:inputUnreadable', { code: code ?? 'error' }));
  }
}

function aliasNotApplicable(model: string, alias: string): ValidationResult {
  return failure(alias, 'alias-not-applicable', bilingual('cli:aliasNotApplicable', { model }));
}

/** Read bytes → a validated model, with the alias table (`--alias`, exchange lists only) applied when one is given. */
export async function importModelInput(
  input: ImportInput,
  path: string,
  format: ModelFormat,
  alias: string | undefined,
): Promise<ImportResult> {
  if (alias === undefined) return importModel(input, format, { file: path });
  if (format !== 'flows-csv') return aliasNotApplicable(path, alias);
  const table = await loadAliasFile(alias);
  if (!table.ok) return { ok: false, errors: table.errors, warnings: table.warnings };
  const aliases: AliasTable = table.table;
  const result = await importModel(input, format, { file: path, aliases });
  return { ...result, warnings: [...table.warnings, ...result.warnings] };
}

/** A park on disk → a validated model or its located problems. */
export async function readModelFile(path: string, format: ModelFormat, alias?: string): Promise<ImportResult> {
  const read = await readModelInput(path, format);
  return read.ok
    ? importModelInput(read.input, path, format, alias)
    : { ok: false, errors: [...read.errors], warnings: [] };
}
