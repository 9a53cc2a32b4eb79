/**
 * A finding about exchanges from a published list says where they are
 * documented: the citations of the flows it names, once each.
 */
import { describe, expect, it } from 'vitest';
import { analyzePark } from '../../../src/core/analysis/analyzePark.ts';
import { formatFindingSources, withFindingSources } from '../../../src/core/analysis/findingSources.ts';
import type { Finding } from '../../../src/core/analysis/finding.ts';
import { importFlowsCsv } from '../../../src/core/io/flowsCsv.ts';

const LIST = `from,to,material,category,quantity,unit,year,source
Power station,Refinery,steam,energy,,,1982,Jacobsen 2006
Refinery,Power station,cooling water,water,,,1987,Jacobsen 2006
Power station,Plasterboard,gypsum,by-product,,,1993,Chertow 2000
Power station,Cement,fly ash,waste,,,1979,
`;

function load() {
  const result = importFlowsCsv(LIST, { file: 'list.csv', referenceYear: 2024 });
  if (!result.ok) throw new Error('the list should load');
  return result.model;
}

const finding = (flows: string[]): Finding => ({
  id: `over-allocation:${flows.join(',')}`,
  kind: 'over-allocation',
  severity: 'info',
  enterprises: [],
  materials: [],
  flows,
  reason: { zh: '', en: '' },
});

describe('where a finding’s exchanges are documented', () => {
  const model = load();
  const flowId = (material: string) => model.flows.find((f) => f.material === material)!.id;

  it('names each cited source once, in the order of the finding’s flows, and leaves uncited findings alone', () => {
    const [both, uncited, none] = withFindingSources(model, [
      finding([flowId('gypsum'), flowId('steam'), flowId('cooling-water')]),
      finding([flowId('fly-ash')]),
      finding([]),
    ]);
    expect(both!.sources!.map((s) => s.title)).toEqual(['Chertow 2000', 'Jacobsen 2006']);
    expect(uncited!.sources).toBeUndefined();
    expect(none!.sources).toBeUndefined();
    expect(formatFindingSources(both!, 'zh')).toBe('出处:Chertow 2000;Jacobsen 2006');
    expect(formatFindingSources(both!, 'en')).toBe('Documented in: Chertow 2000; Jacobsen 2006');
    expect(formatFindingSources(uncited!, 'en')).toBeUndefined();
  });

  it('gives a title written in both languages in the reader’s, and any other title as written', () => {
    const cited: Pick<Finding, 'sources'> = {
      sources: [
        { id: 'estimate', title: 'Symbiograph 估算 / Symbiograph estimate' },
        { id: 'list', title: '国家危险废物名录(2021年版) / National Hazardous Waste List (2021 edition)' },
        { id: 'paper', title: 'Chertow 2000 / 2007' },
      ],
    };
    expect(formatFindingSources(cited, 'zh')).toBe(
      '出处:Symbiograph 估算;国家危险废物名录(2021年版);Chertow 2000 / 2007',
    );
    expect(formatFindingSources(cited, 'en')).toBe(
      'Documented in: Symbiograph estimate; National Hazardous Waste List (2021 edition); Chertow 2000 / 2007',
    );
  });

  it('reaches the analysis: closing the power station cites the papers of the links it breaks', () => {
    const analysis = analyzePark(model);
    const closure = analysis.findings.find((f) => f.id === 'critical-enterprise:power-station');
    // Its uncited fly-ash link adds nothing; the cut-point finding names no flow, so it cites nothing.
    expect(closure?.sources?.map((s) => s.title)).toEqual(['Jacobsen 2006', 'Chertow 2000']);
    expect(analysis.findings.find((f) => f.kind === 'articulation-point')?.sources).toBeUndefined();
  });
});
