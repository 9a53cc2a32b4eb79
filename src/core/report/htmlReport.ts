/**
 * A report document as one self-contained, printable HTML file: inline CSS,
 * no script, nothing fetched (a Content-Security-Policy says so to the
 * browser too), every piece of text escaped. Chain diagrams are inline SVG
 * made by our own renderer.
 */
import { escapeHtml } from './htmlEscape.ts';
import { REPORT_CSS } from './htmlStyles.ts';
import {
  cellText,
  type ReportBlock,
  type ReportCell,
  type ReportDocument,
  type ReportTable,
} from './reportDocument.ts';
import { languageTag, type Language } from '../text/language.ts';
import { message } from '../text/message.ts';
import { diagramPrint, svgSize, svgTile, tablePage } from './diagramPages.ts';

// Styles inline, images only as data URLs; no script, no connection, no font download.
const CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

export function renderHtmlReport(report: ReportDocument): string {
  const e = escapeHtml;
  const contents = report.sections.map((s) => `<li><a href="#${e(s.id)}">${e(s.title)}</a></li>`).join('\n');
  const sections = report.sections
    .map(
      (s) =>
        `<section id="${e(s.id)}" class="report-section">\n<h2>${e(s.title)}</h2>\n${s.blocks.map((b) => renderBlock(b, report.language)).join('\n')}\n</section>`,
    )
    .join('\n');
  const meta = report.meta.map((m) => `<dt>${e(m.label)}</dt><dd>${e(m.value)}</dd>`).join('\n');
  return `<!DOCTYPE html>
<html lang="${languageTag(report.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${e(CONTENT_SECURITY_POLICY)}">
<meta name="generator" content="Symbiograph">
<title>${e(report.title)} · ${e(report.subtitle)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header class="report-header">
<p class="subtitle">${e(report.subtitle)}</p>
<h1>${e(report.title)}</h1>
<dl class="meta">
${meta}
</dl>
</header>
<nav id="contents" class="contents" aria-labelledby="contents-title">
<h2 id="contents-title">${e(report.contentsTitle)}</h2>
<ol>
${contents}
</ol>
</nav>
<main>
${sections}
</main>
<footer class="report-footer"><p>${e(report.footer)}</p></footer>
</body>
</html>
`;
}

function renderBlock(block: ReportBlock, language: Language): string {
  const e = escapeHtml;
  switch (block.type) {
    case 'heading':
      return `<h3>${e(block.text)}</h3>`;
    case 'paragraph':
      return `<p>${e(block.text)}</p>`;
    case 'note':
      return `<p class="note">${e(block.text)}</p>`;
    case 'table':
      return renderTable(block.table);
    case 'diagram':
      return renderFigure(`diagram-${block.chain}`, 'diagram', block.title, block.svg, language);
    case 'figure':
      return renderFigure(block.id, 'diagram figure', block.title, block.svg, language);
  }
}

/**
 * A diagram at its drawn size: on screen in a box that scrolls sideways;
 * in print on the page `diagramPrint` chose (a landscape one is a named
 * page of its own) at its scale, or as tiles, one a page, each with its
 * part number, when the whole would print too small to read.
 */
function renderFigure(id: string, cls: string, title: string, svg: string, language: Language): string {
  const e = escapeHtml;
  const markup = inlineSvg(svg);
  const size = svgSize(markup);
  const print = size ? diagramPrint(size) : null;
  const split = print !== null && print.tiles.length > 1;
  const classes = [cls, print?.page === 'landscape' ? 'page-landscape' : '', split ? 'split' : '']
    .filter(Boolean)
    .join(' ');
  const width = (w: number) => `${Math.round(w * (print?.scale ?? 1) * 100) / 100}px`;
  const style = size && !split ? ` style="--print-width: ${width(size.width)}"` : '';
  const tiles = split
    ? `\n<div class="diagram-tiles">\n${print.tiles
        .map(
          (tile, i) =>
            `<div class="diagram-tile" style="--print-width: ${width(tile.width)}">` +
            `<p class="diagram-part">${e(message(language, 'report:diagramPart', { title, part: i + 1, parts: print.tiles.length }))}</p>\n` +
            `${svgTile(markup, tile)}</div>`,
        )
        .join('\n')}\n</div>`
    : '';
  return `<figure class="${classes}" id="${e(id)}"${style}>\n<figcaption>${e(title)}</figcaption>\n<div class="diagram-scroll">${markup}</div>${tiles}\n</figure>`;
}

function renderTable(table: ReportTable): string {
  const cls = (i: number) => (table.align[i] === 'right' ? ' class="num"' : '');
  const head = table.headers.map((h, i) => `<th scope="col"${cls(i)}>${escapeHtml(h)}</th>`).join('');
  const rows = table.rows
    .map((row) => `<tr>${row.map((cell, i) => `<td${cls(i)}>${renderCell(cell)}</td>`).join('')}</tr>`)
    .join('\n');
  const page = tablePage(table.headers.length) === 'landscape' ? ' class="page-landscape"' : '';
  return `<table${page}>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>`;
}

function renderCell(cell: ReportCell): string {
  const text = escapeHtml(cellText(cell));
  if (typeof cell === 'string') return text;
  if (cell.code) return `<code>${text}</code>`;
  return cell.tone ? `<span class="tone tone-${cell.tone}">${text}</span>` : text;
}

/** An SVG document as inline markup: the XML declaration and doctype mean nothing inside HTML. */
function inlineSvg(svg: string): string {
  return svg
    .replace(/^\uFEFF?\s*<\?xml[^>]*\?>\s*/, '')
    .replace(/^<!DOCTYPE[^>]*>\s*/i, '')
    .trim();
}
