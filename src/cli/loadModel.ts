/**
 * Reads a model file for the CLI: bytes from disk, text decoded (UTF-8, or
 * GB18030 as Chinese Excel writes it), then the core importer chosen by the
 * file's extension.
 */
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { problem } from '../core/model/problems.ts';
import { decodeText } from '../core/io/decodeText.ts';
import { validateModelText, type ValidationResult } from '../core/model/validate.ts';
import { importFlowsCsv } from '../core/io/flowsCsv.ts';

/** Far above any real park (the 100 000-flow benchmark park is ~40 MB); a guard against reading a disk image by mistake. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

export async function loadModelFile(path: string): Promise<ValidationResult> {
  const fail = (code: string, zh: string, en: string): ValidationResult => ({
    ok: false,
    errors: [problem('error', code, [], { zh, en }, { file: path })],
    warnings: [],
  });
  const extension = extname(path).toLowerCase();
  if (extension !== '.json' && extension !== '.csv') {
    return fail(
      'unsupported-format',
      `不支持的文件类型 "${extension}",请使用 .json 或 .csv`,
      `unsupported file type "${extension}"; use .json or .csv`,
    );
  }
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (!info.isFile()) return fail('not-a-file', '不是文件', 'not a file');
    if (info.size > MAX_FILE_BYTES)
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
  const { text, warnings } = decoded;
  const result =
    extension === '.csv'
      ? importFlowsCsv(text, { file: path, referenceYear: new Date().getFullYear() })
      : validateModelText(text, path);
  return { ...result, warnings: [...warnings, ...result.warnings] };
}
