// @vitest-environment jsdom
/** The reports of the Linyi reference park, read back as a browser would parse them. */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzePark, type ParkAnalysis } from '../../../src/core/analysis/analyzePark.ts';
import type { TechnologyCatalogue } from '../../../src/core/catalogue/schema.ts';
import { validateCatalogue } from '../../../src/core/catalogue/validate.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { validateModelText } from '../../../src/core/model/validate.ts';
import { buildReportDocument } from '../../../src/core/report/buildReportDocument.ts';
import { renderHtmlReport } from '../../../src/core/report/htmlReport.ts';
import { renderMarkdownReport } from '../../../src/core/report/markdownReport.ts';
import { gatherReportData, type ReportData } from '../../../src/core/report/reportData.ts';
import { formatKpis, SCORE_PART_LABELS } from '../../../src/core/analysis/presentation.ts';
import { REPORT_SECTIONS } from '../../../src/core/report/reportLabels.ts';
import { message } from '../../../src/core/text/message.ts';
import { GENERATED_AT } from './fixtures.ts';

let model: ParkModel;
let catalogue: TechnologyCatalogue;
let analysis: ParkAnalysis;
let data: ReportData;

beforeAll(() => {
  const loaded = validateModelText(readFileSync('data/linyi-etdz.json', 'utf8'), 'linyi-etdz.json');
  const cat = validateCatalogue(JSON.parse(readFileSync('data/technologies.json', 'utf8')));
  if (!loaded.ok || !cat.ok) throw new Error('reference data invalid');
  model = loaded.model;
  catalogue = cat.catalogue;
  analysis = analyzePark(model, { catalogue });
  data = gatherReportData(model, analysis, { catalogue, generatedAt: GENERATED_AT, source: 'linyi-etdz.json' });
});

describe.each(['zh', 'en'] as const)('the reference park report in %s', (language) => {
  let doc: Document;
  beforeAll(() => {
    doc = new DOMParser().parseFromString(renderHtmlReport(buildReportDocument(data, language)), 'text/html');
  });

  it('has every section under its heading', () => {
    for (const id of REPORT_SECTIONS)
      expect(doc.querySelector(`section#${id} > h2`)?.textContent).toBe(message(language, `report:section_${id}`));
    expect(doc.querySelector('h1')?.textContent).toBe(model.park.name[language]);
  });

  it('shows the KPIs the analysis computed', () => {
    const shown = new Map(
      [...doc.querySelectorAll('#kpis tbody tr')].map((tr) => {
        const [label, value] = [...tr.querySelectorAll('td')].map((td) => td.textContent);
        return [label, value];
      }),
    );
    for (const kpi of formatKpis(analysis.kpis, language)) expect(shown.get(kpi.label)).toBe(kpi.value);
    // The figures themselves, not only their formatting: 35 enterprises, 265 flows.
    expect(shown.get(language === 'zh' ? '企业' : 'Enterprises')).toBe('35');
    expect(shown.get(language === 'zh' ? '物质流' : 'Flows')).toBe('265');
  });

  it('leads the projects with the top candidate, its score and every part of it', () => {
    const top = analysis.projects!.candidates[0]!;
    const section = doc.getElementById('projects')!;
    const heading = section.querySelector('h3')!.textContent!;
    expect(heading).toContain(top.name[language]!);
    expect(heading).toContain(top.score.total.toFixed(3));
    const partTable = section.querySelectorAll('table')[1]!;
    const parts = [...partTable.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('td')!.textContent);
    expect(parts).toEqual(Object.values(SCORE_PART_LABELS).map((p) => p.label[language]));
    const weights = [...partTable.querySelectorAll('tbody tr')].map((tr) =>
      Number(tr.querySelectorAll('td')[3]!.textContent),
    );
    expect(weights).toEqual(Object.values(top.score.weights));
  });

  it('shows the chain states as the case study supports them: no broken link, in-house steps, single performers', () => {
    const findings = doc.getElementById('findings')?.textContent ?? '';
    expect(findings).not.toContain('broken-link:');
    expect(findings).not.toContain('断链(');
    // The English report names each finding's stable id; the Chinese one prints no English ids.
    if (language === 'en') expect(findings).toContain('in-house-chain:copper-chain:jinsheng');
    else expect(findings).not.toMatch(/[a-z]+-[a-z]+:/);
    expect(doc.querySelectorAll('#chains .tone-broken')).toHaveLength(0);
    expect(doc.querySelectorAll('#chains .tone-single').length).toBeGreaterThan(0);
  });

  it('cites the source document by its title, never the word seed, and has no English keys in Chinese', () => {
    const text = doc.body.textContent ?? '';
    expect(text).not.toMatch(/种子|\bseed\b/i);
    if (language === 'zh') expect(text.match(/\b[a-z]+[A-Z][A-Za-z]+\b/g) ?? []).toEqual([]);
  });

  it('writes the same sections in Markdown', () => {
    const markdown = renderMarkdownReport(buildReportDocument(data, language));
    for (const id of REPORT_SECTIONS) expect(markdown).toContain(`<a id="${id}"></a>`);
    expect(markdown).toContain(analysis.projects!.candidates[0]!.name[language]!);
  });
});
