// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import type { ChainReport } from '../../../src/core/analysis/chainIntegrity.ts';
import { buildReportDocument } from '../../../src/core/report/buildReportDocument.ts';
import { renderHtmlReport } from '../../../src/core/report/htmlReport.ts';
import {
  diagramFileName,
  orderChainsForDiagrams,
  renderReportDiagrams,
} from '../../../src/core/report/reportDiagrams.ts';
import { HOSTILE_HTML, tinyReport } from './fixtures.ts';

const report = (chain: string, ...states: ('broken' | 'single' | 'ok')[]): ChainReport => ({
  chain,
  complete: !states.includes('broken'),
  transitions: states.map((state) => ({
    from: [],
    to: [],
    performers: [],
    plannedPerformers: [],
    technologies: [],
    state,
  })),
});

describe('orderChainsForDiagrams', () => {
  it('puts broken chains first, then single-performer ones, keeping model order within each', () => {
    const reports = [report('a', 'ok'), report('b', 'single'), report('c', 'ok', 'broken'), report('d', 'broken')];
    expect(orderChainsForDiagrams(['a', 'b', 'c', 'd', 'e'], reports)).toEqual(['c', 'd', 'b', 'a', 'e']);
    expect(orderChainsForDiagrams(['x', 'y'])).toEqual(['x', 'y']);
  });
});

describe('diagramFileName', () => {
  it('keeps plain ids and makes the others safe and distinct', () => {
    expect(diagramFileName('copper-chain')).toBe('chain-copper-chain.svg');
    expect(diagramFileName('铜产业链')).toBe('chain-铜产业链.svg');
    const dotted = diagramFileName('a.b');
    expect(dotted).toMatch(/^chain-a_b-[0-9a-f]{8}\.svg$/);
    expect(dotted).not.toBe(diagramFileName('a:b'));
  });
});

describe('renderReportDiagrams', () => {
  it('draws one diagram per chain, broken first, and they embed without letting a hostile name become markup', async () => {
    const { model, analysis, catalogue, data } = tinyReport();
    const diagrams = await renderReportDiagrams(model, analysis, { language: 'en', catalogue, date: '2024-05-01' });
    expect(diagrams.map((d) => d.chain)).toEqual(['nitrogen', 'energy']);
    for (const d of diagrams) expect(d.svg).toContain('<svg');
    const html = renderHtmlReport(buildReportDocument(data, 'en', { diagrams }));
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('#diagrams figure svg')).toHaveLength(2);
    expect(doc.querySelectorAll('img, script')).toHaveLength(0);
    expect(doc.getElementById('diagrams')?.textContent).toContain(HOSTILE_HTML);
  });

  it('stops at the limit', async () => {
    const { model, analysis, data } = tinyReport();
    const diagrams = await renderReportDiagrams(model, analysis, { language: 'zh', date: data.generatedAt, limit: 1 });
    expect(diagrams.map((d) => d.chain)).toEqual(['nitrogen']);
  });
});
