/**
 * `symbiograph convert IN OUT`: any model format to any other, chosen by
 * extension (.json .xlsx .gexf .graphml; .csv is the flows-only exchange
 * list; a directory or a path ending in "/" is one CSV file per table).
 * `symbiograph template OUT.xlsx` writes the empty workbook to fill in.
 * Exit codes as for validate: 0 done, 1 the input has problems, 2 usage.
 */
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { detectFormat, exportModel, importModel, type ModelFormat } from '../../core/io/formats.ts';
import { formatProblem, problem, type BilingualMessage, type Problem } from '../../core/model/problems.ts';
import { bilingual } from '../../core/text/message.ts';
import type { Language } from '../../core/model/types.ts';
import type { ValidationResult } from '../../core/model/validate.ts';
import type { AliasTable } from '../../core/io/aliasTable.ts';
import { loadAliasFile } from '../loadAliasFile.ts';
import { readLocalFile } from '../readLocalFile.ts';
import { aliasNotApplicable, MAX_FILE_BYTES } from '../loadModel.ts';
import type { Output } from '../output.ts';
import { t } from '../i18n.ts';

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}

async function formatOf(path: string): Promise<ModelFormat | undefined> {
  return (await isDirectory(path)) ? 'tables-csv' : detectFormat(path);
}

function failure(path: string, code: string, message: BilingualMessage): ValidationResult {
  return { ok: false, errors: [problem('error', code, [], message, { file: path })], warnings: [] };
}

async function readInput(path: string, format: ModelFormat, aliases?: AliasTable): Promise<ValidationResult> {
  try {
    if (format === 'tables-csv') {
      const names = (await readdir(path)).filter((name) => name.toLowerCase().endsWith('.csv')).sort();
      const files = new Map<string, Uint8Array>();
      for (const name of names) files.set(name, await readFile(join(path, name)));
      return importModel(files, format, { file: path });
    }
    const read = await readLocalFile(path, MAX_FILE_BYTES);
    if (!read.ok) return failure(path, read.code, read.message);
    return importModel(read.bytes, format, { file: path, ...(aliases ? { aliases } : {}) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? failure(path, 'file-not-found', bilingual('cli:fileNotFound'))
      : failure(path, 'file-unreadable', bilingual('cli:inputUnreadable', { code: code ?? 'error' }));
  }
}

/** The input, with the alias table applied when one is given (exchange lists only). */
async function readWithAliases(
  path: string,
  format: ModelFormat,
  alias: string | undefined,
): Promise<ValidationResult> {
  if (alias === undefined) return readInput(path, format);
  if (format !== 'flows-csv') return aliasNotApplicable(path, alias);
  const table = await loadAliasFile(alias);
  if (!table.ok) return { ok: false, errors: table.errors, warnings: table.warnings };
  const result = await readInput(path, format, table.table);
  return { ...result, warnings: [...table.warnings, ...result.warnings] };
}

function printProblems(list: readonly Problem[], language: Language, out: Output): void {
  for (const p of list) out.stdout(`  ${formatProblem(p, language)}`);
}

export interface ConvertArgs {
  readonly input: string;
  readonly output: string | undefined;
  readonly language: Language;
  /** `--alias`: an alias table for a .csv exchange list as input. */
  readonly alias?: string;
}

export async function convertCommand({ input, output, language, alias }: ConvertArgs, out: Output): Promise<number> {
  if (output === undefined) {
    out.stderr(t(language, 'convertMissingOutput'));
    return 2;
  }
  const from = await formatOf(input);
  const to = /[\\/]$/.test(output) || (await isDirectory(output)) ? 'tables-csv' : detectFormat(output);
  for (const [path, format] of [
    [input, from],
    [output, to],
  ] as const) {
    if (format === undefined) {
      out.stderr(t(language, 'convertUnknownFormat', { file: path }));
      return 2;
    }
  }
  const result = await readWithAliases(input, from as ModelFormat, alias);
  if (!result.ok) {
    out.stdout(t(language, 'convertInvalid', { file: input, n: result.errors.length }));
    printProblems(result.errors, language, out);
    if (result.warnings.length > 0) {
      out.stdout(t(language, 'convertWarnings', { n: result.warnings.length }));
      printProblems(result.warnings, language, out);
    }
    return 1;
  }
  const exported = await exportModel(result.model, to as ModelFormat);
  try {
    await writeOutput(output, exported.output);
  } catch (error) {
    out.stderr(
      t(language, 'convertWriteFailed', {
        file: output,
        reason: error instanceof Error ? error.message : String(error),
      }),
    );
    return 1;
  }
  const { model } = result;
  out.stdout(t(language, 'convertConverted', { from: input, to: output }));
  out.stdout(
    t(language, 'convertContents', {
      enterprises: model.enterprises.length,
      materials: model.materials.length,
      flows: model.flows.length,
      chains: model.chains.length,
    }),
  );
  const warnings = [...result.warnings, ...exported.warnings];
  if (warnings.length > 0) {
    out.stdout(t(language, 'convertWarnings', { n: warnings.length }));
    printProblems(warnings, language, out);
  }
  return 0;
}

async function writeOutput(path: string, output: Awaited<ReturnType<typeof exportModel>>['output']): Promise<void> {
  switch (output.kind) {
    case 'text':
      return writeFile(path, output.text, 'utf8');
    case 'bytes':
      return writeFile(path, output.bytes);
    case 'files':
      await mkdir(path, { recursive: true });
      for (const [name, text] of output.files) await writeFile(join(path, name), text, 'utf8');
  }
}

export async function templateCommand(output: string, language: Language, out: Output): Promise<number> {
  if (detectFormat(output) !== 'xlsx') {
    out.stderr(t(language, 'convertTemplateOnlyXlsx'));
    return 2;
  }
  const { xlsxTemplate } = await import('../../core/io/xlsx.ts');
  try {
    await writeFile(output, await xlsxTemplate());
  } catch (error) {
    out.stderr(
      t(language, 'convertWriteFailed', {
        file: output,
        reason: error instanceof Error ? error.message : String(error),
      }),
    );
    return 1;
  }
  out.stdout(t(language, 'convertTemplateWritten', { file: output }));
  return 0;
}
