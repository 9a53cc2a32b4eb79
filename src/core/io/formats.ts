/**
 * The one entry point for files (domain.md §6): which format a name is,
 * bytes → a validated model, a model → bytes or text. Nothing here touches
 * a file system; the CLI and the app bring the bytes.
 *
 * The XLSX module (and with it exceljs, about 1 MB in the browser) is loaded
 * on first use only, so the app does not download it before it is needed.
 */
import { problem, type Problem } from '../model/problems.ts';
import { bilingual } from '../text/message.ts';
import type { ParkModel } from '../model/types.ts';
import { validateModelText, type ValidationResult } from '../model/validate.ts';
import { decodeText } from './decodeText.ts';
import type { AliasTable } from './aliasTable.ts';
import { importFlowsCsv, type FlowsCsvResult } from './flowsCsv.ts';
import { writeFlowsCsv } from './flowsCsvExport.ts';
import { writeGexf, type XmlExport } from './gexfWrite.ts';
import { readGexf } from './gexfRead.ts';
import { writeGraphml } from './graphmlWrite.ts';
import { readGraphml } from './graphmlRead.ts';
import { graphToModel } from './graphToModel.ts';
import { readTablesCsv, writeTablesCsv } from './tablesCsv.ts';
import { formatLimits, type ModelFormat } from './modelFormats.ts';

export { MODEL_FORMATS, type ModelFormat } from './modelFormats.ts';

const EXTENSIONS: Readonly<Record<string, ModelFormat>> = {
  '.json': 'json',
  '.xlsx': 'xlsx',
  '.gexf': 'gexf',
  '.graphml': 'graphml',
  '.csv': 'flows-csv',
};

/** By extension; a name ending in `/` (or `\`) is a directory of one CSV file per table. */
export function detectFormat(fileName: string): ModelFormat | undefined {
  if (/[\\/]$/.test(fileName)) return 'tables-csv';
  const extension = /\.[^.\\/]+$/.exec(fileName)?.[0].toLowerCase();
  return extension === undefined ? undefined : EXTENSIONS[extension];
}

/** A single file's bytes, or for `tables-csv` the files of the directory by name. */
export type ImportInput = Uint8Array | ReadonlyMap<string, Uint8Array>;

export interface ImportOptions {
  /** Named in problem locations; for `tables-csv`, the directory. */
  readonly file: string;
  /** The park's reference year where a file does not say (exchange lists, graphs from other tools). */
  readonly referenceYear?: number;
  /** Names to merge in an exchange list (`flows-csv` only): aliasTable.ts. */
  readonly aliases?: AliasTable;
}

/** A validated model or its problems; an exchange list also gives its probable duplicate names (flowsCsv.ts). */
export type ImportResult = FlowsCsvResult;

export async function importModel(
  input: ImportInput,
  format: ModelFormat,
  options: ImportOptions,
): Promise<ImportResult> {
  const { file } = options;
  const referenceYear = options.referenceYear ?? new Date().getFullYear();
  if (format === 'tables-csv') {
    return input instanceof Uint8Array ? wrongInput(file, 'io:needsDirectory') : readTablesCsv(input, file);
  }
  if (!(input instanceof Uint8Array)) return wrongInput(file, 'io:needsOneFile');
  if (format === 'xlsx') {
    const { importXlsx } = await import('./xlsx.ts');
    return importXlsx(input, file);
  }
  const decoded = decodeText(input, file);
  if (!decoded.ok) return { ok: false, errors: decoded.errors, warnings: [] };
  const result = importText(decoded.text, format, file, referenceYear, options.aliases);
  return { ...result, warnings: [...decoded.warnings, ...result.warnings] };
}

function importText(
  text: string,
  format: Exclude<ModelFormat, 'xlsx' | 'tables-csv'>,
  file: string,
  referenceYear: number,
  aliases: AliasTable | undefined,
): ImportResult {
  switch (format) {
    case 'json':
      return validateModelText(text, file);
    case 'flows-csv':
      return importFlowsCsv(text, { file, referenceYear, ...(aliases ? { aliases } : {}) });
    case 'gexf':
    case 'graphml': {
      const graph = format === 'gexf' ? readGexf(text, file) : readGraphml(text, file);
      return 'errors' in graph
        ? { ok: false, errors: graph.errors, warnings: [] }
        : graphToModel(graph, { referenceYear });
    }
  }
}

function wrongInput(file: string, expected: 'io:needsOneFile' | 'io:needsDirectory'): ValidationResult {
  return {
    ok: false,
    errors: [problem('error', 'import-wrong-input', [], bilingual(expected), { file })],
    warnings: [],
  };
}

export type ExportOutput =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'bytes'; readonly bytes: Uint8Array }
  /** `tables-csv`: file name → CSV text. */
  | { readonly kind: 'files'; readonly files: ReadonlyMap<string, string> };

export interface ExportResult {
  readonly output: ExportOutput;
  /** What the format could not carry. */
  readonly warnings: readonly Problem[];
}

export async function exportModel(model: ParkModel, format: ModelFormat): Promise<ExportResult> {
  switch (format) {
    case 'json':
      return { output: { kind: 'text', text: `${JSON.stringify(model, null, 2)}\n` }, warnings: [] };
    case 'tables-csv':
      return { output: { kind: 'files', files: writeTablesCsv(model) }, warnings: [] };
    case 'xlsx': {
      const { exportXlsx } = await import('./xlsx.ts');
      return { output: { kind: 'bytes', bytes: await exportXlsx(model) }, warnings: [] };
    }
    case 'gexf':
    case 'graphml':
      return xmlResult(format === 'gexf' ? writeGexf(model) : writeGraphml(model));
    case 'flows-csv':
      return { output: { kind: 'text', text: writeFlowsCsv(model) }, warnings: formatLimits(format) };
  }
}

function xmlResult({ text, replacedCharacters }: XmlExport): ExportResult {
  const warnings =
    replacedCharacters === 0
      ? []
      : [
          problem(
            'warning',
            'export-xml-characters',
            [],
            bilingual('io:exportXmlCharacters', { n: replacedCharacters }),
          ),
        ];
  return { output: { kind: 'text', text }, warnings };
}
