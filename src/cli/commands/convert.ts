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
import { formatProblem, problem, type Problem } from '../../core/model/problems.ts';
import type { Language } from '../../core/model/types.ts';
import type { ValidationResult } from '../../core/model/validate.ts';
import type { AliasTable } from '../../core/io/aliasTable.ts';
import { loadAliasFile } from '../loadAliasFile.ts';
import { readLocalFile } from '../readLocalFile.ts';
import { aliasNotApplicable, MAX_FILE_BYTES } from '../loadModel.ts';
import type { Output } from '../output.ts';
import { interpolate } from '../../core/model/interpolate.ts';

const TEXT = {
  converted: { zh: '✓ 已转换 {from} → {to}', en: '✓ converted {from} → {to}' },
  contents: {
    zh: '  {enterprises} 家企业,{materials} 种物料,{flows} 条物质流,{chains} 条产业链',
    en: '  {enterprises} enterprises, {materials} materials, {flows} flows, {chains} chains',
  },
  invalid: { zh: '✗ {file} 有 {n} 个错误,未写出任何文件', en: '✗ {file} has {n} error(s); nothing was written' },
  warnings: { zh: '{n} 个警告:', en: '{n} warning(s):' },
  unknownFormat: {
    zh: '无法从 {file} 判断格式:请使用 .json、.xlsx、.gexf、.graphml、.csv,或以 / 结尾的目录',
    en: 'cannot tell the format of {file}: use .json, .xlsx, .gexf, .graphml, .csv, or a directory ending in /',
  },
  missingOutput: { zh: 'convert 需要输入和输出两个路径', en: 'convert needs an input and an output path' },
  templateOnlyXlsx: { zh: '模板只能写成 .xlsx 文件', en: 'the template can only be written as an .xlsx file' },
  templateWritten: { zh: '✓ 已写出模板 {file}', en: '✓ template written to {file}' },
  writeFailed: { zh: '✗ 无法写入 {file}:{reason}', en: '✗ cannot write {file}: {reason}' },
} as const satisfies Record<string, Record<Language, string>>;

function say(language: Language, key: keyof typeof TEXT, values: Record<string, string | number> = {}): string {
  return interpolate(TEXT[key][language], values);
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (info) => info.isDirectory(),
    () => false,
  );
}

async function formatOf(path: string): Promise<ModelFormat | undefined> {
  return (await isDirectory(path)) ? 'tables-csv' : detectFormat(path);
}

function failure(path: string, code: string, zh: string, en: string): ValidationResult {
  return { ok: false, errors: [problem('error', code, [], { zh, en }, { file: path })], warnings: [] };
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
    if (!read.ok) return failure(path, read.code, read.zh, read.en);
    return importModel(read.bytes, format, { file: path, ...(aliases ? { aliases } : {}) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? failure(path, 'file-not-found', '找不到文件', 'file not found')
      : failure(path, 'file-unreadable', `无法读取(${code ?? 'error'})`, `cannot read it (${code ?? 'error'})`);
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
    out.stderr(say(language, 'missingOutput'));
    return 2;
  }
  const from = await formatOf(input);
  const to = /[\\/]$/.test(output) || (await isDirectory(output)) ? 'tables-csv' : detectFormat(output);
  for (const [path, format] of [
    [input, from],
    [output, to],
  ] as const) {
    if (format === undefined) {
      out.stderr(say(language, 'unknownFormat', { file: path }));
      return 2;
    }
  }
  const result = await readWithAliases(input, from as ModelFormat, alias);
  if (!result.ok) {
    out.stdout(say(language, 'invalid', { file: input, n: result.errors.length }));
    printProblems(result.errors, language, out);
    if (result.warnings.length > 0) {
      out.stdout(say(language, 'warnings', { n: result.warnings.length }));
      printProblems(result.warnings, language, out);
    }
    return 1;
  }
  const exported = await exportModel(result.model, to as ModelFormat);
  try {
    await writeOutput(output, exported.output);
  } catch (error) {
    out.stderr(
      say(language, 'writeFailed', { file: output, reason: error instanceof Error ? error.message : String(error) }),
    );
    return 1;
  }
  const { model } = result;
  out.stdout(say(language, 'converted', { from: input, to: output }));
  out.stdout(
    say(language, 'contents', {
      enterprises: model.enterprises.length,
      materials: model.materials.length,
      flows: model.flows.length,
      chains: model.chains.length,
    }),
  );
  const warnings = [...result.warnings, ...exported.warnings];
  if (warnings.length > 0) {
    out.stdout(say(language, 'warnings', { n: warnings.length }));
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
    out.stderr(say(language, 'templateOnlyXlsx'));
    return 2;
  }
  const { xlsxTemplate } = await import('../../core/io/xlsx.ts');
  try {
    await writeFile(output, await xlsxTemplate());
  } catch (error) {
    out.stderr(
      say(language, 'writeFailed', { file: output, reason: error instanceof Error ? error.message : String(error) }),
    );
    return 1;
  }
  out.stdout(say(language, 'templateWritten', { file: output }));
  return 0;
}
