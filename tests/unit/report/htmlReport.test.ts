// @vitest-environment jsdom
/**
 * The HTML report parsed by a real HTML parser (jsdom): sections, figures
 * and escaping are checked on the document a browser would build, not on
 * the markup's bytes.
 */
import { describe, expect, it } from 'vitest';
import { formatKpis } from '../../../src/core/analysis/presentation.ts';
import type { Language } from '../../../src/core/model/types.ts';
import { buildReportDocument } from '../../../src/core/report/buildReportDocument.ts';
import { renderHtmlReport } from '../../../src/core/report/htmlReport.ts';
import { REPORT_SECTIONS } from '../../../src/core/report/reportLabels.ts';
import { message } from '../../../src/core/text/message.ts';
import { HOSTILE_FORMULA, HOSTILE_HTML, tinyReport } from './fixtures.ts';

const { data } = tinyReport();
const FAKE_SVG =
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><title>chain energy</title><rect width="10" height="10"/></svg>';

/** A chain diagram of the given drawn size (a frame and a label at each corner). */
const sizedSvg = (width: number, height: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
  `<rect width="${width}" height="${height}"/><text x="0" y="12">start</text><text x="${width - 30}" y="${height}">end</text></svg>`;

function parse(language: Language, withDiagrams = false, extra: { chain: string; svg: string }[] = []): Document {
  const diagrams = withDiagrams
    ? [{ chain: 'energy', title: 'energy', svg: FAKE_SVG }, ...extra.map((d) => ({ ...d, title: d.chain }))]
    : [];
  const html = renderHtmlReport(buildReportDocument(data, language, { diagrams }));
  return new DOMParser().parseFromString(html, 'text/html');
}

describe.each(['zh', 'en'] as const)('the HTML report in %s', (language) => {
  const doc = parse(language);

  it('declares its language and has a title, a table of contents and every section', () => {
    expect(doc.documentElement.lang).toBe(language === 'zh' ? 'zh-CN' : 'en');
    expect(doc.title).toContain('Test park');
    const links = [...doc.querySelectorAll('nav#contents a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(REPORT_SECTIONS.map((id) => `#${id}`));
    for (const id of REPORT_SECTIONS) {
      const section = doc.getElementById(id);
      expect(section?.tagName, id).toBe('SECTION');
      expect(section?.querySelector('h2')?.textContent).toBe(message(language, `report:section_${id}`));
    }
  });

  it('shows the KPIs the analysis computed, formatted as everywhere else', () => {
    const rows = [...doc.querySelectorAll('#kpis tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(rows).toEqual(formatKpis(data.kpis, language).map((k) => [k.label, k.value]));
  });

  it('lists every finding under its kind, with its reason in the language', () => {
    const text = doc.getElementById('findings')?.textContent ?? '';
    for (const group of data.findings.groups)
      for (const finding of group.findings) {
        // Ids are for the English reader and the data files; the Chinese report prints none.
        if (language === 'en') expect(text).toContain(finding.id);
        else expect(text).not.toContain(finding.id);
        expect(text).toContain(finding.reason[language]);
      }
  });

  it('shows the ranked projects with every part of the score', () => {
    const projects = doc.getElementById('projects')!;
    const top = data.projects!.candidates[0]!;
    expect(projects.querySelector('h3')?.textContent).toContain(top.name[language]);
    // The first project's own table: one row per score part, and the contributions add up to the score.
    const partTable = projects.querySelectorAll('table')[1]!;
    const rows = [...partTable.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(Object.keys(top.score.raw).length);
    const contributions = rows.map((tr) => Number(tr.querySelectorAll('td')[4]!.textContent));
    expect(contributions.reduce((a, b) => a + b, 0)).toBeCloseTo(top.score.total, 2);
    expect(projects.textContent).toContain(top.explanation[language]);
  });

  it('keeps a hostile enterprise name as text, never as an element', () => {
    expect(doc.querySelectorAll('img, script, iframe, object, embed')).toHaveLength(0);
    expect(doc.body.textContent).toContain(HOSTILE_HTML);
    expect(doc.body.textContent).toContain(HOSTILE_FORMULA);
    for (const element of doc.querySelectorAll('*'))
      for (const attribute of element.attributes) expect(attribute.name.startsWith('on'), attribute.name).toBe(false);
  });

  it('is self-contained: no script, no external resource', () => {
    const html = doc.documentElement.outerHTML;
    expect(doc.querySelectorAll('script, link, iframe')).toHaveLength(0);
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    expect(html).not.toMatch(/@import|url\(/);
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
    expect(csp).toContain("default-src 'none'");
  });

  it('sets a CJK font stack and a print layout with page breaks and unsplit rows', () => {
    const css = doc.querySelector('style')?.textContent ?? '';
    expect(css).toContain(
      '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif',
    );
    expect(css).toMatch(/@media print[\s\S]*break-before: page/);
    expect(css).toMatch(/@media print[\s\S]*tr, figure\.diagram \{ break-inside: avoid; \}/);
  });

  it('closes with the data source and the generation date', () => {
    const footer = doc.querySelector('footer')?.textContent ?? '';
    expect(footer).toContain('tiny.json');
    expect(footer).toContain(language === 'zh' ? '2024年5月1日' : 'May 1, 2024');
  });
});

describe('chain diagrams in the HTML report', () => {
  it('embeds pre-rendered diagrams as inline SVG, one figure per chain', () => {
    const doc = parse('en', true);
    const figure = doc.querySelector('#diagrams figure#diagram-energy');
    expect(figure?.querySelector('figcaption')?.textContent).toBe('energy');
    expect(figure?.querySelector('svg rect')).not.toBeNull();
    expect(doc.getElementById('diagrams')?.innerHTML).not.toContain('<?xml');
  });

  it('prints a narrow one in the flow, a wide one on a landscape page and a huge one split into tiles', () => {
    const doc = parse('en', true, [
      { chain: 'wide', svg: sizedSvg(1100, 500) },
      { chain: 'huge', svg: sizedSvg(2400, 1300) },
    ]);
    const narrow = doc.getElementById('diagram-energy')!;
    expect(narrow.className).toBe('diagram');
    expect(narrow.getAttribute('style')).toBe('--print-width: 10px');
    const wide = doc.getElementById('diagram-wide')!;
    expect(wide.className).toBe('diagram page-landscape');
    expect(wide.querySelectorAll('svg')).toHaveLength(1);
    // The screen copy scrolls at the drawn size; print scales it to the landscape page's width.
    expect(wide.querySelector('.diagram-scroll svg')?.getAttribute('width')).toBe('1100');
    expect(wide.getAttribute('style')).toMatch(/^--print-width: 10\d\d(\.\d+)?px$/);
    const huge = doc.getElementById('diagram-huge')!;
    expect(huge.className).toBe('diagram page-landscape split');
    const tiles = [...huge.querySelectorAll('.diagram-tile')];
    expect(tiles.length).toBeGreaterThan(1);
    expect(tiles[0]!.querySelector('.diagram-part')?.textContent).toMatch(/^huge \(part 1 of \d/);
    expect(tiles[0]!.querySelector('svg')?.getAttribute('viewBox')).toMatch(/^0 0 /);
    expect(tiles.at(-1)!.querySelector('svg')?.getAttribute('viewBox')).not.toMatch(/^0 0 /);
  });

  it('says so when there are none', () => {
    const doc = parse('zh');
    expect(doc.querySelector('#diagrams .note')?.textContent).toBe('本报告未包含产业链图。');
  });
});
