/**
 * Reads the alias table given with `--alias FILE` (core/io/aliasTable.ts):
 * bytes from disk, text decoded as model files are (UTF-8, or GB18030 as
 * Chinese Excel writes it), then checked row by row.
 */
import { readFile, stat } from 'node:fs/promises';
import { problem, type Problem } from '../core/model/problems.ts';
import { decodeText } from '../core/io/decodeText.ts';
import { readAliasTable, type AliasTableResult } from '../core/io/aliasTable.ts';

/** An alias table lists names: anything near this size is the wrong file. */
const MAX_ALIAS_BYTES = 64 * 1024 * 1024;

export async function loadAliasFile(path: string): Promise<AliasTableResult> {
  const fail = (code: string, zh: string, en: string): AliasTableResult => ({
    ok: false,
    errors: [problem('error', code, [], { zh: `别名表:${zh}`, en: `alias table: ${en}` }, { file: path })],
    warnings: [],
  });
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail('not-a-file', '不是文件', 'not a file');
    if (info.size > MAX_ALIAS_BYTES)
      return fail('file-too-large', `文件过大(${info.size} 字节)`, `file too large (${info.size} bytes)`);
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? fail('file-not-found', '找不到文件', 'file not found')
      : fail('file-unreadable', `无法读取文件(${code ?? 'error'})`, `cannot read the file (${code ?? 'error'})`);
  }
  const decoded = decodeText(bytes, path);
  if (!decoded.ok) return { ok: false, errors: decoded.errors, warnings: [] };
  const result = readAliasTable(decoded.text, path);
  const warnings: Problem[] = [...decoded.warnings, ...result.warnings];
  return result.ok ? { ...result, warnings } : { ...result, warnings };
}
