/**
 * Writes what core's exporters made (core/io/formats.ts `exportModel`) to
 * disk: one file, or for CSV tables one file per table in a directory. Each
 * file is written whole beside its place and then renamed over it, so a
 * reader, a crash or a full disk never leaves half a park behind; an
 * existing file keeps its permissions, and a symbolic link keeps pointing
 * where it did (its target is what gets replaced).
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { exportModel, type ExportOutput, type ModelFormat } from '../core/io/formats.ts';
import type { Problem } from '../core/model/problems.ts';
import type { Language, ParkModel } from '../core/model/types.ts';
import { t } from './i18n.ts';
import type { Output } from './output.ts';

export async function writeModelOutput(path: string, output: ExportOutput): Promise<void> {
  switch (output.kind) {
    case 'text':
      return replaceFile(path, output.text);
    case 'bytes':
      return replaceFile(path, output.bytes);
    case 'files':
      await mkdir(path, { recursive: true });
      // One table at a time: each file is whole, the set is not one step (no file system renames a directory's
      // contents together), which a reader of several CSV files has to live with anyway.
      for (const [name, text] of output.files) await replaceFile(join(path, name), text);
  }
}

/**
 * The model exported in `format` and written to `path`, as `convert` and
 * `pull` write it: what the format could not carry, or null when writing
 * failed (said on standard error).
 */
export async function exportToFile(
  model: ParkModel,
  format: ModelFormat,
  path: string,
  language: Language,
  out: Output,
): Promise<readonly Problem[] | null> {
  const exported = await exportModel(model, format);
  try {
    await writeModelOutput(path, exported.output);
  } catch (error) {
    out.stderr(
      t(language, 'convertWriteFailed', { file: path, reason: error instanceof Error ? error.message : String(error) }),
    );
    return null;
  }
  return exported.warnings;
}

async function replaceFile(path: string, data: string | Uint8Array): Promise<void> {
  const target = await realpath(path).catch(() => path);
  const mode = await stat(target).then(
    (info) => info.mode & 0o7777,
    () => undefined,
  );
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, data, typeof data === 'string' ? 'utf8' : undefined);
    if (mode !== undefined) await chmod(temporary, mode);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
