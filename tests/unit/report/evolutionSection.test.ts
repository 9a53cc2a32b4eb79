// @vitest-environment jsdom
/**
 * The "evolution of the network" section: present only when the park's
 * flows carry years, placed right after the network section, with the
 * story, the chart (inline SVG in HTML, a file beside a Markdown report) and
 * the year table; and the title block of a report "as of" a year.
 */
import { describe, expect, it } from 'vitest';
import { analyzePark } from '../../../src/core/analysis/analyzePark.ts';
import { evolutionUntil, parkEvolution } from '../../../src/core/analysis/evolution.ts';
import { modelAsOf } from '../../../src/core/model/asOf.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { buildReportDocument } from '../../../src/core/report/buildReportDocument.ts';
import { renderHtmlReport } from '../../../src/core/report/htmlReport.ts';
import { renderMarkdownReport } from '../../../src/core/report/markdownReport.ts';
import { gatherReportData, type ReportDataOptions } from '../../../src/core/report/reportData.ts';
import { REPORT_SECTIONS } from '../../../src/core/report/reportLabels.ts';
import { message } from '../../../src/core/text/message.ts';
import { datedPark } from '../../fixtures/datedPark.ts';
import { GENERATED_AT, tinyReport } from './fixtures.ts';

function reportOf(model: ParkModel, options: ReportDataOptions = {}) {
  const analysis = analyzePark(model, { only: ['network'] });
  return gatherReportData(model, analysis, { generatedAt: GENERATED_AT, ...options });
}

const undated = (model: ParkModel): ParkModel => ({
  ...model,
  flows: model.flows.map(({ startYear: _s, endYear: _e, ...f }) => f),
});

describe('the evolution section', () => {
  it('appears only for a park whose flows carry years', () => {
    const dated = buildReportDocument(reportOf(datedPark()), 'zh');
    const plain = buildReportDocument(reportOf(undated(datedPark())), 'zh');
    expect(dated.sections.map((s) => s.id)).toEqual([
      ...REPORT_SECTIONS.slice(0, REPORT_SECTIONS.indexOf('network') + 1),
      'evolution',
      ...REPORT_SECTIONS.slice(REPORT_SECTIONS.indexOf('network') + 1),
    ]);
    expect(plain.sections.map((s) => s.id)).toEqual([...REPORT_SECTIONS]);
    // The reference-style tiny park of the other report tests has no years either.
    expect(buildReportDocument(tinyReport().data, 'en').sections.some((s) => s.id === 'evolution')).toBe(false);
    // And a caller may leave it out.
    expect(reportOf(datedPark(), { evolution: null }).evolution).toBeUndefined();
  });

  it('in HTML: the title, the story, an inline SVG chart and the year table', () => {
    const html = renderHtmlReport(buildReportDocument(reportOf(datedPark()), 'zh'));
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const section = doc.getElementById('evolution')!;
    expect(section.querySelector('h2')?.textContent).toBe(message('zh', 'report:section_evolution'));
    expect(section.querySelector('h2')?.textContent).toBe('产业共生网络演化');
    expect([...doc.querySelectorAll('nav#contents a')].map((a) => a.getAttribute('href'))).toContain('#evolution');
    expect(section.textContent).toContain('1972 年起,园区有 2 条交换、2 家企业、1 条链接;至 1995 年增至 5 条交换');
    const figure = section.querySelector('figure#figure-evolution')!;
    expect(figure.querySelector('figcaption')?.textContent).toBe('链接数、企业数与循环度(λmax)的年度变化');
    const svg = figure.querySelector('svg')!;
    expect(svg).not.toBeNull();
    // One step line per series, one dot per change year on each.
    expect(svg.querySelectorAll('.evo-series')).toHaveLength(3);
    expect(svg.querySelectorAll('.evo-series.links .evo-dot')).toHaveLength(7);
    const tables = section.querySelectorAll('table');
    const yearRows = [...tables[0]!.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent),
    );
    expect(yearRows).toHaveLength(7);
    expect(yearRows[4]).toEqual(['1985', '1', '0', '4', '4', '1.000', '0.250', '1.000', '2']);
    expect(tables[1]!.textContent).toContain('石膏板厂 → 炼油厂:废水');
  });

  it('in Markdown: the chart is an image beside the report, or said to be left out', () => {
    const doc = buildReportDocument(reportOf(datedPark()), 'en');
    const alone = renderMarkdownReport(doc);
    expect(alone).toContain('_The evolution chart is written only alongside a report file (see the HTML report)');
    expect(alone).toContain('| 1990 | 1 | 2 | 4 | 4 | 1.000 | 0.250 | 0.000 | 1 |');
    const beside = renderMarkdownReport(doc, { figurePath: (file) => `r-diagrams/${file}` });
    expect(beside).toContain('![Links, enterprises and cyclicity (λmax) year by year](<r-diagrams/evolution.svg>)');
  });

  it('lists at most as many changes as findings per kind, and says how many more', () => {
    const doc = buildReportDocument(reportOf(datedPark()), 'en', { findingsPerKind: 3 });
    const section = doc.sections.find((s) => s.id === 'evolution')!;
    const tables = section.blocks.filter((b) => b.type === 'table');
    expect(tables[1]!.type === 'table' && tables[1]!.table.rows).toHaveLength(3);
    // 7 began + 3 ended = 10 changes.
    expect(section.blocks).toContainEqual({ type: 'note', text: '7 more changes not listed.' });
  });

  it('heads a report as of a year with that year, and shows the history up to it', () => {
    const whole = datedPark();
    const data = reportOf(modelAsOf(whole, 1987), {
      asOf: 1987,
      evolution: evolutionUntil(parkEvolution(whole), 1987),
    });
    const doc = buildReportDocument(data, 'zh');
    expect(doc.subtitle).toBe('园区产业共生分析报告(截至 1987 年)');
    expect(doc.meta).toContainEqual({ label: '园区状态', value: '截至 1987 年' });
    const section = doc.sections.find((s) => s.id === 'evolution')!;
    expect(section.blocks[0]).toEqual({
      type: 'note',
      text: '报告分析的是截至 1987 年的园区;下表为此前的各年变化。',
    });
    const years = section.blocks.find((b) => b.type === 'table');
    expect(years?.type === 'table' && years.table.rows.map((r) => r[0])).toEqual([
      '1972',
      '1975',
      '1978',
      '1980',
      '1985',
    ]);
  });
});
