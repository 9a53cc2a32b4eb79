/**
 * A file's bytes from disk, or why not, in both languages: missing, a
 * folder, too large for what it should be, or unreadable. Each caller wraps
 * the reason in its own problem (a model file, an alias table).
 */
import { readFile, stat } from 'node:fs/promises';

export type LocalFile =
  | { readonly ok: true; readonly bytes: Buffer }
  | { readonly ok: false; readonly code: string; readonly zh: string; readonly en: string };

export async function readLocalFile(path: string, maxBytes: number): Promise<LocalFile> {
  const fail = (code: string, zh: string, en: string): LocalFile => ({ ok: false, code, zh, en });
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail('not-a-file', '不是文件', 'not a file');
    if (info.size > maxBytes)
      return fail('file-too-large', `文件过大(${info.size} 字节)`, `file too large (${info.size} bytes)`);
    return { ok: true, bytes: await readFile(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? fail('file-not-found', '找不到文件', 'file not found')
      : fail('file-unreadable', `无法读取文件(${code ?? 'error'})`, `cannot read the file (${code ?? 'error'})`);
  }
}
