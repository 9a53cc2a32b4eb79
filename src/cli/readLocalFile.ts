/**
 * A file's bytes from disk, or why not, in both languages: missing, a
 * folder, too large for what it should be, or unreadable. Each caller wraps
 * the reason in its own problem (a model file, an alias table).
 */
import { readFile, stat } from 'node:fs/promises';
import type { BilingualMessage } from '../core/model/problems.ts';
import { bilingual } from '../core/text/message.ts';

export type LocalFile =
  | { readonly ok: true; readonly bytes: Buffer }
  | { readonly ok: false; readonly code: string; readonly message: BilingualMessage };

export async function readLocalFile(path: string, maxBytes: number): Promise<LocalFile> {
  const fail = (code: string, message: BilingualMessage): LocalFile => ({ ok: false, code, message });
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail('not-a-file', bilingual('cli:notAFile'));
    if (info.size > maxBytes) return fail('file-too-large', bilingual('cli:fileTooLarge', { size: info.size }));
    return { ok: true, bytes: await readFile(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? fail('file-not-found', bilingual('cli:fileNotFound'))
      : fail('file-unreadable', bilingual('cli:fileUnreadable', { code: code ?? 'error' }));
  }
}
