/**
 * The park `symbiograph open` serves, tied to its file: read once through
 * the one reader of every format (readModelFile.ts), remembered with a
 * fingerprint of the bytes it came from, and written back in its own format
 * only while the file on disk still has that fingerprint — a change made
 * by another program since is never overwritten unseen.
 */
import { createHash } from 'node:crypto';
import { exportModel, type ImportInput, type ModelFormat } from '../../core/io/formats.ts';
import type { SaveAnswer } from '../../core/io/openProtocol.ts';
import type { ParkModel } from '../../core/model/types.ts';
import type { Problem } from '../../core/model/problems.ts';
import { importModelInput, readModelInput } from '../readModelFile.ts';
import { writeModelOutput } from '../writeModelFile.ts';

export interface ParkFile {
  /** As the user named it. */
  readonly path: string;
  readonly format: ModelFormat;
  /** `--alias`: the alias table the exchange list is read with, again after each save. */
  readonly alias: string | undefined;
  readonly model: ParkModel;
  /** SHA-256 of the bytes the model was read from (a directory: of its CSV files' names and bytes). */
  readonly fingerprint: string;
}

/** SHA-256 of what was read: a file's bytes, or each CSV table's name and bytes, in name order. */
function fingerprintOf(input: ImportInput): string {
  const hash = createHash('sha256');
  if (input instanceof Uint8Array) return hash.update(input).digest('hex');
  for (const [name, bytes] of [...input].sort(([a], [b]) => (a < b ? -1 : 1)))
    hash.update(`${name}\0${bytes.length}\0`).update(bytes);
  return hash.digest('hex');
}

/** The park read, or the file's located problems; with its warnings either way. */
export type ParkFileResult =
  | { readonly ok: true; readonly park: ParkFile; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly errors: readonly Problem[]; readonly warnings: readonly Problem[] };

export async function readParkFile(
  path: string,
  format: ModelFormat,
  alias: string | undefined,
): Promise<ParkFileResult> {
  const read = await readModelInput(path, format);
  if (!read.ok) return read;
  const result = await importModelInput(read.input, path, format, alias);
  if (!result.ok) return result;
  const park = { path, format, alias, model: result.model, fingerprint: fingerprintOf(read.input) };
  return { ok: true, park, warnings: result.warnings };
}

/** The fingerprint of what is on disk now; null when it cannot be read (removed, renamed, unreadable). */
async function fingerprintOnDisk(park: ParkFile): Promise<string | null> {
  const read = await readModelInput(park.path, park.format);
  return read.ok ? fingerprintOf(read.input) : null;
}

/**
 * Writes a validated model over the park's file, in the file's format
 * (core's exporter; for an exchange list, flows only — the app has said so
 * before asking), unless the file changed since it was read. Gives the
 * answer for the app and, when written, the park as the file now holds it
 * (read back: an exchange list keeps less than the model that was sent).
 */
export async function writeParkFile(
  park: ParkFile,
  model: ParkModel,
): Promise<{ readonly answer: SaveAnswer; readonly park: ParkFile }> {
  const exported = await exportModel(model, park.format);
  if ((await fingerprintOnDisk(park)) !== park.fingerprint) return { answer: { kind: 'conflict' }, park };
  try {
    await writeModelOutput(park.path, exported.output);
  } catch (error) {
    return { answer: { kind: 'failed', reason: error instanceof Error ? error.message : String(error) }, park };
  }
  const answer: SaveAnswer = { kind: 'saved', warnings: exported.warnings };
  const reread = await readParkFile(park.path, park.format, park.alias);
  // Read back fails only if a writer and its reader disagree (a bug): the file is written all the same, and the
  // next save must not take it for someone else's change, so its fingerprint is what was just written.
  if (reread.ok) return { answer, park: reread.park };
  const now = await fingerprintOnDisk(park);
  return { answer, park: { ...park, model, fingerprint: now ?? park.fingerprint } };
}
