/**
 * `symbiograph convert IN OUT`: any model format to any other, chosen by
 * extension (.json .xlsx .gexf .graphml; .csv is the flows-only exchange
 * list; a directory or a path ending in "/" is one CSV file per table).
 * `symbiograph template OUT.xlsx` writes the empty workbook to fill in.
 * Exit codes as for validate: 0 done, 1 the input has problems, 2 usage.
 */
import { writeFile } from 'node:fs/promises';
import { detectFormat } from '../../core/io/formats.ts';
import { formatProblem, type Problem } from '../../core/model/problems.ts';
import type { Language } from '../../core/model/types.ts';
import type { Output } from '../output.ts';
import { t } from '../i18n.ts';
import { modelFormatOf, readModelFile } from '../readModelFile.ts';
import { exportToFile } from '../writeModelFile.ts';

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
  const from = await modelFormatOf(input);
  const to = await modelFormatOf(output);
  if (from === undefined || to === undefined) {
    out.stderr(t(language, 'convertUnknownFormat', { file: from === undefined ? input : output }));
    return 2;
  }
  const result = await readModelFile(input, from, alias);
  if (!result.ok) {
    out.stdout(t(language, 'convertInvalid', { file: input, n: result.errors.length }));
    printProblems(result.errors, language, out);
    if (result.warnings.length > 0) {
      out.stdout(t(language, 'convertWarnings', { n: result.warnings.length }));
      printProblems(result.warnings, language, out);
    }
    return 1;
  }
  const lost = await exportToFile(result.model, to, output, language, out);
  if (lost === null) return 1;
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
  const warnings = [...result.warnings, ...lost];
  if (warnings.length > 0) {
    out.stdout(t(language, 'convertWarnings', { n: warnings.length }));
    printProblems(warnings, language, out);
  }
  return 0;
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
