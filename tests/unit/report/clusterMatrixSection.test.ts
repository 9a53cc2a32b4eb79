// @vitest-environment jsdom
/**
 * The cluster × cluster exchange matrix in the HTML report, and the network
 * section's coverage sentences, parsed by a real HTML parser (jsdom).
 */
import { describe, expect, it } from 'vitest';
import { analyzePark } from '../../../src/core/analysis/analyzePark.ts';
import type { Finding } from '../../../src/core/analysis/finding.ts';
import { layoutClusterMatrix } from '../../../src/core/analysis/network/clusterExchange.ts';
import type { Language, ParkModel } from '../../../src/core/model/types.ts';
import { buildReportDocument } from '../../../src/core/report/buildReportDocument.ts';
import { renderHtmlReport } from '../../../src/core/report/htmlReport.ts';
import { renderMarkdownReport } from '../../../src/core/report/markdownReport.ts';
import { gatherReportData } from '../../../src/core/report/reportData.ts';
import { REPORT_SECTIONS } from '../../../src/core/report/reportLabels.ts';
import { message } from '../../../src/core/text/message.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';

const HOSTILE = '<b>chem</b>';

/**
 * Three clusters. Existing flows between clusters:
 *   utilities → chemicals: steam 500 t/a (chp → chem) and heat 40 GJ/a (chp → fert, not t/a);
 *   chemicals → chemicals: ammonia 100 t/a (chem → fert);
 *   chemicals → utilities: wastewater 300 m³/a (chem → wwtp, not t/a).
 * Boundary flows and the planned flow never enter the matrix.
 */
function park(): ParkModel {
  const model = buildPark({
    materials: {
      coal: 'product',
      steam: 'energy',
      heat: ['energy', 'GJ/a'],
      ammonia: 'product',
      wastewater: ['water', 'm3/a'],
      sludge: 'waste',
    },
    clusters: ['utilities', 'chemicals', 'recycling'],
    enterprises: {
      chp: { cluster: 'utilities', in: { coal: 1000 }, out: { steam: 800, heat: 40 } },
      wwtp: { cluster: 'utilities', in: { wastewater: 300 }, out: { sludge: 20 } },
      chem: { cluster: 'chemicals', in: { steam: 500 }, out: { ammonia: 300, wastewater: 300 } },
      fert: { cluster: 'chemicals', in: { ammonia: 100, heat: 40 } },
      recycler: { cluster: 'recycling', role: 'recycler' },
    },
    flows: [
      ['@supply', 'chp', 'coal', 1000],
      ['chp', 'chem', 'steam', 500],
      ['chp', 'fert', 'heat', 40],
      ['chem', 'fert', 'ammonia', 100],
      ['chem', 'wwtp', 'wastewater', 300],
      ['chem', '@market', 'ammonia', 200],
      ['wwtp', 'recycler', 'sludge', 20, 'planned'],
    ],
  });
  return {
    ...model,
    clusters: model.clusters.map((c) =>
      c.id === 'chemicals'
        ? { ...c, name: { zh: HOSTILE, en: HOSTILE } }
        : { ...c, name: { zh: `集群${c.id}`, en: c.id } },
    ),
  };
}

/** A weak-coupling finding as the coupling analysis words it: utilities has to spare what recycling needs. */
const WEAK: Finding = {
  id: 'weak-coupling:utilities:recycling',
  kind: 'weak-coupling',
  severity: 'medium',
  enterprises: ['wwtp', 'recycler'],
  materials: ['sludge'],
  flows: [],
  details: { fromCluster: 'utilities', toCluster: 'recycling', matches: 1 },
  reason: { zh: '集群间耦合缺口', en: 'weak coupling' },
};

function report(language: Language) {
  const model = park();
  const analyzed = analyzePark(model, { only: ['coupling', 'network'], betweenness: 'none' });
  // Whatever the coupling analysis found, this pair is flagged, so the mark must show.
  const analysis = { ...analyzed, findings: [...analyzed.findings.filter((f) => f.id !== WEAK.id), WEAK] };
  const data = gatherReportData(model, analysis, { generatedAt: new Date('2024-05-01T08:00:00Z') });
  const document = buildReportDocument(data, language);
  const html = renderHtmlReport(document);
  return { model, analysis, data, document, html, doc: new DOMParser().parseFromString(html, 'text/html') };
}

const cells = (doc: Document, id: string) =>
  [...doc.querySelectorAll(`#${id} table`)].map((table) =>
    [...table.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent)),
  );

describe('the cluster × cluster matrix in the HTML report', () => {
  it('reads the matrix the coupling analysis returned', () => {
    const { analysis, data } = report('en');
    expect(data.clusterMatrix).toBe(analysis.coupling!.clusterMatrix);
  });

  it('is a section of its own, after capacity and before the network', () => {
    expect(REPORT_SECTIONS.indexOf('clusters')).toBe(REPORT_SECTIONS.indexOf('capacity') + 1);
    expect(REPORT_SECTIONS.indexOf('network')).toBe(REPORT_SECTIONS.indexOf('clusters') + 1);
    const { doc } = report('zh');
    expect(doc.querySelector('#clusters > h2')?.textContent).toBe(message('zh', 'report:section_clusters'));
    expect(doc.querySelector('nav#contents a[href="#clusters"]')?.textContent).toBe('集群间物质交换矩阵');
  });

  it('shows flows and t/a per cell, with cluster names in the language', () => {
    const { doc } = report('zh');
    const [matrix] = cells(doc, 'clusters');
    expect(matrix).toEqual([
      ['供出 \\ 接收', '集群utilities', HOSTILE, '集群recycling'],
      // utilities → chemicals: 2 flows, 500 t/a (the 40 GJ/a of heat is counted, not added).
      ['集群utilities', '·', '2 / 500', '⚠'],
      // chemicals → utilities: 1 flow, wastewater in m³/a only: no mass, not a measured zero.
      [HOSTILE, '1 / –', '1 / 100', '·'],
      ['集群recycling', '·', '·', '·'],
    ]);
    const text = doc.getElementById('clusters')!.textContent!;
    expect(text).toContain('互补但未连接的集群对(1 对):集群utilities → 集群recycling。');
    expect(text).toContain('“–”表示这些物质流都未给出数量或不可换算为 t/a');
  });

  it('marks the complementary but unconnected pair with a sign and a tone, and escapes names', () => {
    const { doc, html } = report('en');
    const marked = [...doc.querySelectorAll('#clusters td .tone-medium')].map((span) => span.textContent);
    expect(marked).toEqual(['⚠']);
    expect(html).not.toContain(HOSTILE);
    expect(doc.querySelector('#clusters thead')?.textContent).toContain(HOSTILE);
    expect(doc.getElementById('clusters')!.textContent).toContain(
      'Complementary but unconnected pairs (1): utilities → recycling.',
    );
  });

  it('leaves a pair that has flows unmarked, whatever a finding says', () => {
    const { analysis } = report('en');
    const layout = layoutClusterMatrix(analysis.coupling!.clusterMatrix, [
      { ...WEAK, details: { fromCluster: 'utilities', toCluster: 'chemicals', matches: 1 } },
    ]);
    expect(layout.complementary).toEqual([]);
  });

  it('says so when the coupling analysis did not run', () => {
    const model = park();
    const analysis = analyzePark(model, { only: ['network'], betweenness: 'none' });
    const doc = new DOMParser().parseFromString(
      renderHtmlReport(buildReportDocument(gatherReportData(model, analysis), 'en')),
      'text/html',
    );
    expect(doc.querySelector('#clusters .note')?.textContent).toBe('This analysis was not run for this report.');
  });

  it('carries the same table into Markdown', () => {
    const { document } = report('en');
    const markdown = renderMarkdownReport(document);
    expect(markdown).toContain('<a id="clusters"></a>');
    expect(markdown).toContain('| utilities | · | 2 / 500 | ⚠ |');
  });
});

describe('the network section of the HTML report', () => {
  it('names the metrics by the glossary and says which flows entered them', () => {
    const { doc } = report('zh');
    const section = doc.getElementById('network')!;
    const [metrics] = cells(doc, 'network');
    expect(metrics![0]).toEqual(['指标', '全部类别物质流', '仅 t/a 物质流']);
    const labels = metrics!.slice(1).map((row) => row[0]);
    expect(labels).toEqual(
      expect.arrayContaining([
        '连接密度 L/N',
        '连接度 L/N²',
        '供给方 / 接收方',
        '循环度(λmax)',
        '芬恩循环指数',
        '系统总通量',
      ]),
    );
    const text = section.textContent!;
    // Internal flows: steam, heat, ammonia, wastewater (4); t/a: steam and ammonia, with the coal import and ammonia sales.
    expect(text).toContain('计入园区内企业之间各类别的物质流:计入 4 条');
    expect(text).toContain('芬恩循环指数、系统总通量与平均路径长度只计可换算为 t/a 的物质流');
    expect(text).toContain('能源 1 条、水 1 条(单位不可换算为 t/a)');
    expect(text).toContain('关键节点企业(介数)');
    expect(text).not.toContain('链主');
    expect(text).not.toMatch(/\b[a-z]+[A-Z][A-Za-z]*\b/); // no camelCase key leaks into the words
  });
});
