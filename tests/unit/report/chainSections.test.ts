/**
 * The two chain sections follow one rule (`hasChainTemplates`): a park
 * without chain templates (an exchange list) gets "the model defines no
 * chains" in both, in every format, and no diagrams are drawn for it; a park
 * with chains keeps saying why its diagrams are missing.
 */
import { describe, expect, it } from 'vitest';
import { analyzePark } from '../../../src/core/analysis/analyzePark.ts';
import { buildReportDocument } from '../../../src/core/report/buildReportDocument.ts';
import { renderHtmlReport } from '../../../src/core/report/htmlReport.ts';
import { renderMarkdownReport } from '../../../src/core/report/markdownReport.ts';
import { gatherReportData, hasChainTemplates } from '../../../src/core/report/reportData.ts';
import { renderReportDiagrams } from '../../../src/core/report/reportDiagrams.ts';
import type { ReportDocument } from '../../../src/core/report/reportDocument.ts';
import { message } from '../../../src/core/text/message.ts';
import { GENERATED_AT, tinyPark, tinyReport } from './fixtures.ts';

const noChainPark = { ...tinyPark(), chains: [] };
const noChainAnalysis = analyzePark(noChainPark);
const noChainData = gatherReportData(noChainPark, noChainAnalysis, { generatedAt: GENERATED_AT });

function notes(document: ReportDocument, id: string): string[] {
  const section = document.sections.find((s) => s.id === id)!;
  return section.blocks.flatMap((b) => (b.type === 'note' ? [b.text] : []));
}

describe.each(['zh', 'en'] as const)('the chain sections in %s', (language) => {
  const noChains = message(language, 'report:noChains');

  it('both say the model defines no chains when it has none, in HTML and Markdown alike', () => {
    expect(hasChainTemplates(noChainData)).toBe(false);
    for (const diagrams of [undefined, []]) {
      const document = buildReportDocument(noChainData, language, diagrams ? { diagrams } : {});
      expect(notes(document, 'chains')).toEqual([noChains]);
      expect(notes(document, 'diagrams')).toEqual([noChains]);
      expect(renderHtmlReport(document).match(new RegExp(`<p class="note">${noChains}</p>`, 'g'))).toHaveLength(2);
      for (const markdown of [
        renderMarkdownReport(document),
        renderMarkdownReport(document, { diagramPath: (c) => c }),
      ])
        expect(markdown.split(`_${noChains}_`)).toHaveLength(3);
    }
  });

  it('keep saying why the diagrams of a park with chains are missing', () => {
    const { data } = tinyReport();
    expect(hasChainTemplates(data)).toBe(true);
    const document = buildReportDocument(data, language);
    expect(notes(document, 'diagrams')).toEqual([message(language, 'report:diagramsMissing')]);
    expect(renderMarkdownReport(document)).toContain(`_${message(language, 'report:diagramsOmitted')}_`);
  });
});

it('draws no diagram for a park without chains', async () => {
  expect(await renderReportDiagrams(noChainPark, noChainAnalysis, { language: 'en', date: '2024-05-01' })).toEqual([]);
});
