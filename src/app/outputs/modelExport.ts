/**
 * The open model as files to download, in every format core writes, plus
 * the empty XLSX template. Loaded with a dynamic `import()` by the export
 * menu: the writers (and exceljs, which core loads on first use) stay out
 * of the main bundle.
 */
import { exportModel, type ModelFormat } from '../../core/io/formats.ts';
import type { Problem } from '../../core/model/problems.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { exportFileName } from './fileNames.ts';
import type { ExportChoice } from './exportChoices.ts';
import { withPositions, type Positions } from '../model/positions.ts';

export interface ExportFile {
  readonly name: string;
  readonly blob: Blob;
}

export interface ExportBundle {
  /** One file, or for `tables-csv` one per table, downloaded one after another. */
  readonly files: readonly ExportFile[];
  /** What the format could not carry (core's export warnings). */
  readonly warnings: readonly Problem[];
}

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const TEXT_TYPES: Readonly<Record<Exclude<ModelFormat, 'xlsx'>, string>> = {
  json: 'application/json',
  gexf: 'application/gexf+xml',
  graphml: 'application/graphml+xml',
  'flows-csv': 'text/csv',
  'tables-csv': 'text/csv',
};
const EXTENSIONS: Readonly<Record<ModelFormat, string>> = {
  json: 'json',
  xlsx: 'xlsx',
  gexf: 'gexf',
  graphml: 'graphml',
  'flows-csv': 'csv',
  'tables-csv': 'csv',
};

/** The model as the user sees it: the actors where they were left (`view.positions`). */
export function modelWithView(model: ParkModel, positions: Positions | null): ParkModel {
  return positions ? withPositions(model, positions) : model;
}

export async function buildExport(model: ParkModel, choice: ExportChoice): Promise<ExportBundle> {
  if (choice === 'xlsx-template') {
    const { xlsxTemplate } = await import('../../core/io/xlsx.ts');
    return { files: [bytesFile(await xlsxTemplate(), 'symbiograph-template.xlsx')], warnings: [] };
  }
  const { output, warnings } = await exportModel(model, choice);
  const park = model.park.id;
  const name = exportFileName(choice === 'flows-csv' ? [park, 'flows'] : [park], EXTENSIONS[choice]);
  switch (output.kind) {
    case 'bytes':
      return { files: [bytesFile(output.bytes, name)], warnings };
    case 'text':
      return { files: [textFile(output.text, name, textType(choice))], warnings };
    case 'files':
      return {
        files: [...output.files].map(([table, text]) =>
          textFile(text, exportFileName([park, table.replace(/\.csv$/, '')], 'csv'), TEXT_TYPES['tables-csv']),
        ),
        warnings,
      };
  }
}

function textType(format: ModelFormat): string {
  return format === 'xlsx' ? XLSX_TYPE : TEXT_TYPES[format];
}

function textFile(text: string, name: string, type: string): ExportFile {
  return { name, blob: new Blob([text], { type: `${type};charset=utf-8` }) };
}

function bytesFile(bytes: Uint8Array, name: string): ExportFile {
  return { name, blob: new Blob([bytes.slice().buffer], { type: XLSX_TYPE }) };
}
