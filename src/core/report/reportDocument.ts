/**
 * A report as a document: sections of headings, paragraphs, tables and
 * diagrams with every word already in one language and every value already
 * formatted, but nothing escaped. The HTML and Markdown renderers only
 * translate this structure, so the two formats always carry the same
 * content.
 */
import type { Language } from '../model/types.ts';
import type { ReportSectionId } from './reportLabels.ts';

/** Colour hints a renderer may show (severity, chain state); the text alone must still say it. */
export type CellTone = 'high' | 'medium' | 'low' | 'info' | 'broken' | 'single' | 'ok';

export type ReportCell = string | { readonly text: string; readonly tone?: CellTone; readonly code?: boolean };

export type CellAlign = 'left' | 'right';

export interface ReportTable {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly ReportCell[])[];
  readonly align: readonly CellAlign[];
}

/** A chain diagram rendered elsewhere: SVG markup made by our own renderer, embedded as it is. */
export interface ReportDiagram {
  readonly chain: string;
  readonly title: string;
  readonly svg: string;
}

/**
 * A figure other than a chain diagram (the evolution chart): SVG markup made
 * by our own renderer. `file` is its name when written beside a Markdown
 * report, `id` its HTML anchor.
 */
export interface ReportFigure {
  readonly id: string;
  readonly title: string;
  readonly svg: string;
  readonly file: string;
  /** What a format that cannot carry the figure prints instead (Markdown rendered to a string alone). */
  readonly omitted: string;
}

export type ReportBlock =
  | { readonly type: 'heading'; readonly text: string }
  | { readonly type: 'paragraph'; readonly text: string }
  | { readonly type: 'note'; readonly text: string }
  | { readonly type: 'table'; readonly table: ReportTable }
  | ({ readonly type: 'diagram' } & ReportDiagram)
  | ({ readonly type: 'figure' } & ReportFigure);

export interface ReportSection {
  readonly id: ReportSectionId;
  readonly title: string;
  readonly blocks: readonly ReportBlock[];
  /** What a format that cannot carry the section's diagrams prints instead of its blocks (Markdown without files beside it). */
  readonly omitted?: string;
}

export interface ReportDocument {
  readonly language: Language;
  /** The park's name. */
  readonly title: string;
  readonly subtitle: string;
  /** Region, reference year, generation date, data source: label and value pairs under the title. */
  readonly meta: readonly { readonly label: string; readonly value: string }[];
  readonly contentsTitle: string;
  readonly sections: readonly ReportSection[];
  /** The closing line: where the data came from, when and with what the report was made. */
  readonly footer: string;
}

/** The text of a cell, whatever its form. */
export function cellText(cell: ReportCell): string {
  return typeof cell === 'string' ? cell : cell.text;
}
