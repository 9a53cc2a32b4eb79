/**
 * Reads the alias table given with `--alias FILE` (core/io/aliasTable.ts):
 * bytes from disk, text decoded as model files are (UTF-8, or GB18030 as
 * Chinese Excel writes it), then checked row by row.
 */
import { problem, type Problem } from '../core/model/problems.ts';
import { decodeText } from '../core/io/decodeText.ts';
import { readLocalFile } from './readLocalFile.ts';
import { readAliasTable, type AliasTableResult } from '../core/io/aliasTable.ts';
import { bilingual } from '../core/text/message.ts';

/** An alias table lists names: anything near this size is the wrong file. */
const MAX_ALIAS_BYTES = 64 * 1024 * 1024;

export async function loadAliasFile(path: string): Promise<AliasTableResult> {
  const read = await readLocalFile(path, MAX_ALIAS_BYTES);
  if (!read.ok) {
    const { code, message } = read;
    const reason = bilingual('cli:aliasTableProblem', (language) => ({ reason: message[language] }));
    return { ok: false, errors: [problem('error', code, [], reason, { file: path })], warnings: [] };
  }
  const decoded = decodeText(read.bytes, path);
  if (!decoded.ok) return { ok: false, errors: decoded.errors, warnings: [] };
  const result = readAliasTable(decoded.text, path);
  const warnings: Problem[] = [...decoded.warnings, ...result.warnings];
  return result.ok ? { ...result, warnings } : { ...result, warnings };
}
