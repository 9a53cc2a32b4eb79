/**
 * Importing files in the app, without React: which format the picked files
 * are, then core's import and `planImport` (nothing is applied). A failed
 * import is a report with problems, never an exception, and never touches
 * the open model. Loaded with `import()` by the dialog: the readers stay out
 * of the main bundle. What the report shows and what confirming does are in
 * importReport.ts.
 */
import { aliasTableOf, type AliasPair } from '../../core/io/aliasTable.ts';
import { detectFormat, importModel, type ImportInput, type ModelFormat } from '../../core/io/formats.ts';
import { planImport, type ImportPlan } from '../../core/io/importPlan.ts';
import { problem, type Problem } from '../../core/model/problems.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { appBilingual } from '../i18n/appMessage.ts';
import type { ImportReport } from './importReport.ts';

/** A file the user picked, read as bytes. */
export interface PickedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type ImportRequest =
  | { readonly ok: true; readonly input: ImportInput; readonly format: ModelFormat; readonly file: string }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** One file: its format by extension. Several: one CSV file per table (each must be `.csv`). */
export function importRequest(files: readonly PickedFile[]): ImportRequest {
  const [first] = files;
  if (!first) return refused('import-no-file', appBilingual('importProblem.noFile'));
  if (files.length === 1) {
    const format = detectFormat(first.name);
    if (format) return { ok: true, input: first.bytes, format, file: first.name };
    return refused('import-unknown-format', appBilingual('importProblem.unknownFormat'), first.name);
  }
  const notCsv = files.find((f) => detectFormat(f.name) !== 'flows-csv');
  if (notCsv) {
    return refused('import-several-files', appBilingual('importProblem.severalFiles'), notCsv.name);
  }
  // No directory: the files are named as picked (core prefixes the directory, here empty).
  return { ok: true, input: new Map(files.map((f) => [f.name, f.bytes])), format: 'tables-csv', file: '' };
}

export interface PrepareOptions {
  /** Names to merge in an exchange list, as the user chose them in the report's merge step. */
  readonly aliases?: readonly AliasPair[];
}

/** Where problems of the merge choices' alias table are placed: it is no file of the user's, so both languages. */
const MERGE_CHOICES = appBilingual('importProblem.mergeChoices');
const MERGE_CHOICES_FILE = `${MERGE_CHOICES.zh} / ${MERGE_CHOICES.en}`;

/** Reads the files with core and plans the import against the open model. Applies nothing. */
export async function prepareImport(
  files: readonly PickedFile[],
  current: ParkModel | undefined,
  options: PrepareOptions = {},
): Promise<ImportReport> {
  const source = files.map((f) => f.name).join(', ');
  const request = importRequest(files);
  if (!request.ok) return { source, format: undefined, current, plan: { ok: false, problems: request.problems } };
  const { input, format, file } = request;
  // Core's rules for an alias table hold for the user's choices too; a choice they refuse is the report's error.
  const aliases = options.aliases === undefined ? undefined : aliasTableOf(options.aliases, MERGE_CHOICES_FILE);
  if (aliases && !aliases.ok)
    return { source, format, current, plan: { ok: false, problems: [...aliases.errors, ...aliases.warnings] } };
  try {
    const result = await importModel(input, format, {
      file,
      ...(current ? { referenceYear: current.park.referenceYear } : {}),
      ...(aliases ? { aliases: aliases.table } : {}),
    });
    const plan = planImport(current, result);
    const duplicates = result.probableDuplicates;
    return {
      source,
      format,
      current,
      plan: format === 'tables-csv' ? withoutDirectory(plan) : plan,
      ...(duplicates ? { duplicates } : {}),
    };
  } catch (error) {
    // A bug in a reader, not the user's fault; still a report, so the open model is untouched.
    const detail = error instanceof Error ? error.message : String(error);
    const failed = problem('error', 'import-failed', [], appBilingual('importProblem.failed', { detail }));
    return { source, format, current, plan: { ok: false, problems: [failed] } };
  }
}

/** `/flows.csv` → `flows.csv`: core joins an empty directory with a slash. */
function withoutDirectory(plan: ImportPlan): ImportPlan {
  const strip = (p: Problem): Problem => {
    if (!p.location?.file?.startsWith('/')) return p;
    const { file, ...others } = p.location;
    const rest = file.slice(1);
    return { ...p, location: rest === '' ? others : { ...others, file: rest } };
  };
  return { ...plan, problems: plan.problems.map(strip) };
}

function refused(code: string, message: { zh: string; en: string }, file?: string): ImportRequest {
  return { ok: false, problems: [problem('error', code, [], message, file === undefined ? undefined : { file })] };
}
