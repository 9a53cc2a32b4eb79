/**
 * A report document as GitHub-flavoured Markdown: the same sections,
 * tables and notes as the HTML report, every piece of text escaped. Chain
 * diagrams are images next to the report when the caller writes them as
 * files (`diagramPath`); a report rendered to a string alone says they are
 * left out.
 */
import { escapeMarkdown, escapeMarkdownBlock } from './markdownEscape.ts';
import {
  cellText,
  type ReportBlock,
  type ReportCell,
  type ReportDocument,
  type ReportTable,
} from './reportDocument.ts';

export interface MarkdownReportOptions {
  /** Where the diagram of a chain is, relative to the report (e.g. `report-diagrams/chain-<id>.svg`). */
  readonly diagramPath?: (chain: string) => string;
  /** Where a figure's file is, relative to the report (e.g. `report-diagrams/evolution.svg`); left out without it. */
  readonly figurePath?: (file: string) => string;
}

export function renderMarkdownReport(report: ReportDocument, options: MarkdownReportOptions = {}): string {
  const e = escapeMarkdown;
  const lines: string[] = [`# ${e(report.title)}`, '', `**${e(report.subtitle)}**`, ''];
  for (const m of report.meta) lines.push(`- ${escapeMarkdownBlock(m.label)}: ${e(m.value)}`);
  lines.push('', `## ${e(report.contentsTitle)}`, '');
  report.sections.forEach((s, i) => lines.push(`${i + 1}. [${e(s.title)}](#${s.id})`));
  for (const section of report.sections) {
    // An explicit anchor: heading slugs differ between renderers and languages, the ids do not.
    lines.push('', `<a id="${section.id}"></a>`, '', `## ${e(section.title)}`);
    if (section.omitted !== undefined && !options.diagramPath) {
      // Markdown cannot hold an SVG: without files beside it, the diagrams are left out, and it says so.
      lines.push('', `_${e(section.omitted)}_`);
      continue;
    }
    for (const block of section.blocks) lines.push('', renderBlock(block, options));
  }
  lines.push('', '---', '', escapeMarkdownBlock(report.footer), '');
  return lines.join('\n');
}

function renderBlock(block: ReportBlock, options: MarkdownReportOptions): string {
  const e = escapeMarkdown;
  switch (block.type) {
    case 'heading':
      return `### ${e(block.text)}`;
    case 'paragraph':
      return escapeMarkdownBlock(block.text);
    case 'note':
      return `_${e(block.text)}_`;
    case 'table':
      return renderTable(block.table);
    case 'diagram':
      return `![${e(block.title)}](<${encodeURI(options.diagramPath?.(block.chain) ?? '')}>)`;
    case 'figure':
      // Markdown cannot hold an SVG: a figure is an image beside the report, or said to be left out.
      return options.figurePath
        ? `![${e(block.title)}](<${encodeURI(options.figurePath(block.file))}>)`
        : `_${e(block.omitted)}_`;
  }
}

function renderTable(table: ReportTable): string {
  const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  const rule = table.headers.map((_, i) => (table.align[i] === 'right' ? '---:' : '---'));
  return [
    row(table.headers.map(escapeMarkdown)),
    row(rule),
    ...table.rows.map((cells) => row(cells.map(renderCell))),
  ].join('\n');
}

/** Ids read best as code; anything that could break out of a code span is written as escaped text instead. */
function renderCell(cell: ReportCell): string {
  const text = cellText(cell);
  if (typeof cell !== 'string' && cell.code && /^[\p{L}\p{N}_.:@/-]+$/u.test(text)) return `\`${text}\``;
  return escapeMarkdown(text) || ' ';
}
