import { describe, expect, it } from 'vitest';
import { formatKpis } from '../../../src/core/analysis/presentation.ts';
import { buildReportDocument } from '../../../src/core/report/buildReportDocument.ts';
import { escapeMarkdown, escapeMarkdownBlock } from '../../../src/core/report/markdownEscape.ts';
import { renderMarkdownReport } from '../../../src/core/report/markdownReport.ts';
import { REPORT_SECTIONS } from '../../../src/core/report/reportLabels.ts';
import { message } from '../../../src/core/text/message.ts';
import { HOSTILE_HTML, tinyReport } from './fixtures.ts';

const { data } = tinyReport();
const SVG = '<svg xmlns="http://www.w3.org/2000/svg"/>';

/** GFM table rows: lines that start and end with a pipe, split on pipes that are not escaped. */
function tableRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| ') && line.endsWith(' |'))
    .map((line) => line.slice(2, -2).split(/(?<!\\) \| /));
}

describe.each(['zh', 'en'] as const)('the Markdown report in %s', (language) => {
  const markdown = renderMarkdownReport(buildReportDocument(data, language));

  it('has a title, a table of contents and every section with an anchor', () => {
    expect(markdown.startsWith('# Test park\n')).toBe(true);
    REPORT_SECTIONS.forEach((id, i) => {
      expect(markdown).toContain(`${i + 1}. [${escapeMarkdown(message(language, `report:section_${id}`))}](#${id})`);
      expect(markdown).toContain(
        `<a id="${id}"></a>\n\n## ${escapeMarkdown(message(language, `report:section_${id}`))}\n`,
      );
    });
  });

  it('shows the KPIs the analysis computed', () => {
    for (const k of formatKpis(data.kpis, language))
      expect(markdown).toContain(`| ${escapeMarkdown(k.label)} | ${escapeMarkdown(k.value)} |`);
  });

  it('writes tables whose rows all have as many cells as the header', () => {
    const lines = markdown.split('\n');
    let columns = 0;
    for (const [i, line] of lines.entries()) {
      if (!line.startsWith('| ')) continue;
      const cells = tableRows(line)[0]!;
      if (!lines[i - 1]?.startsWith('| ')) columns = cells.length;
      expect(cells.length, line).toBe(columns);
    }
    expect(tableRows(markdown).length).toBeGreaterThan(20);
  });

  it('escapes a hostile name: no raw HTML, no table break', () => {
    expect(markdown).not.toMatch(/(?<!\\)<img/);
    expect(markdown).toContain('\\<img src=x onerror=alert(1)\\>');
    // The only raw HTML is our own anchors.
    expect(markdown.match(/(?<!\\)<[a-z]/gi)).toHaveLength(REPORT_SECTIONS.length);
  });

  it('says the diagrams are left out when it is rendered to a string alone', () => {
    const diagrams = buildReportDocument(data, language, {
      diagrams: [{ chain: 'energy', title: 'energy', svg: SVG }],
    });
    const alone = renderMarkdownReport(diagrams);
    expect(alone).not.toContain('![');
    expect(alone).toContain(language === 'zh' ? '产业链图仅在写入文件时' : 'Chain diagrams are written only alongside');
  });
});

describe('long finding lists', () => {
  it('list the first N of each kind and count the rest', () => {
    const markdown = renderMarkdownReport(buildReportDocument(data, 'en', { findingsPerKind: 1 }));
    const criticals = data.findings.groups.find((g) => g.kind === 'critical-enterprise')!.findings;
    expect(criticals.length).toBeGreaterThan(1);
    expect(markdown).toContain(criticals[0]!.id);
    expect(markdown).not.toContain(criticals[1]!.id);
    expect(markdown).toContain(`_${criticals.length - 1} more not listed (see the findings XLSX/CSV)._`);
  });
});

describe('chain diagrams in the Markdown report', () => {
  it('references each diagram as a file next to the report', () => {
    const document = buildReportDocument(data, 'en', {
      diagrams: [{ chain: 'energy', title: 'Energy chain', svg: SVG }],
    });
    const markdown = renderMarkdownReport(document, { diagramPath: (chain) => `report-diagrams/chain-${chain}.svg` });
    expect(markdown).toContain('![Energy chain](<report-diagrams/chain-energy.svg>)');
  });
});

describe('escapeMarkdown', () => {
  it('makes inline markup, HTML and table pipes literal', () => {
    expect(escapeMarkdown(HOSTILE_HTML)).toBe('\\<img src=x onerror=alert(1)\\>');
    expect(escapeMarkdown('a | b')).toBe('a \\| b');
    expect(escapeMarkdown('*bold* _it_ `code` [x](y) ~~s~~ & #1 !')).toBe(
      '\\*bold\\* \\_it\\_ \\`code\\` \\[x\\](y) \\~\\~s\\~\\~ \\& \\#1 \\!',
    );
    expect(escapeMarkdown('back\\slash')).toBe('back\\\\slash');
  });

  it('keeps one block on one line', () => {
    expect(escapeMarkdown('two\nlines\r\n  here ')).toBe('two lines here');
  });

  it('escapes what would start a list or heading at the start of a block', () => {
    expect(escapeMarkdownBlock('# title')).toBe('\\# title');
    expect(escapeMarkdownBlock('- item')).toBe('\\- item');
    expect(escapeMarkdownBlock('+ item')).toBe('\\+ item');
    expect(escapeMarkdownBlock('= underline')).toBe('\\= underline');
    expect(escapeMarkdownBlock('1. item')).toBe('1\\. item');
    expect(escapeMarkdownBlock('2) item')).toBe('2\\) item');
    // Inside a line the same text means nothing and stays readable.
    expect(escapeMarkdown('22.1%')).toBe('22.1%');
  });
});
