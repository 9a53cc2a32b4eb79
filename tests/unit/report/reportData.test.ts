import { describe, expect, it } from 'vitest';
import { analyzePark } from '../../../src/core/analysis/analyzePark.ts';
import { FINDING_KINDS } from '../../../src/core/analysis/presentation.ts';
import { closureRows, gatherReportData } from '../../../src/core/report/reportData.ts';
import { GENERATED_AT, HOSTILE_HTML, tinyPark, tinyReport } from './fixtures.ts';

describe('gatherReportData', () => {
  it('takes every figure from the one analysis it is given', () => {
    const { analysis, data } = tinyReport();
    expect(data.kpis).toBe(analysis.kpis);
    expect(data.chains).toBe(analysis.chains);
    expect(data.capacity).toBe(analysis.capacity);
    expect(data.network).toBe(analysis.network);
    expect(data.findings.total).toBe(analysis.findings.length);
    expect(data.findings.groups.flatMap((g) => g.findings)).toHaveLength(analysis.findings.length);
    expect(data.generatedAt).toBe('2024-05-01T08:00:00.000Z');
    expect(data.source).toBe('tiny.json');
    expect(data.summary.counts).toEqual({ clusters: 3, enterprises: 3, materials: 6, flows: 5, chains: 2 });
  });

  it('groups findings by kind in report order, broken links first', () => {
    const { data } = tinyReport();
    const order = FINDING_KINDS.map((k) => k.kind);
    const kinds = data.findings.groups.map((g) => g.kind);
    expect(kinds[0]).toBe('broken-link');
    expect([...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(kinds);
  });

  it('keeps the first N projects and closures, and counts them all', () => {
    const model = tinyPark();
    const { catalogue, analysis } = tinyReport();
    const data = gatherReportData(model, analysis, { catalogue, top: 1, generatedAt: GENERATED_AT });
    expect(data.projects?.candidates.map((c) => c.rank)).toEqual([1]);
    expect(data.projects?.total).toBe(2);
    expect(data.resilience?.rows).toHaveLength(1);
    expect(data.resilience?.total).toBe(3);
  });

  it('leaves out what the analysis did not run', () => {
    const model = tinyPark();
    const analysis = analyzePark(model, { only: ['open-ends'] });
    const data = gatherReportData(model, analysis);
    expect(data.chains).toBeUndefined();
    expect(data.projects).toBeUndefined();
    expect(data.resilience).toBeUndefined();
    // The CHP's 300 t/a of steam that nothing records a destination for is energy, not a by-product.
    expect(data.findings.groups.map((g) => g.kind)).toEqual(['open-end', 'open-energy']);
  });

  it('names ids in either language and shows unknown ids as themselves', () => {
    const { data } = tinyReport();
    expect(data.names.enterprise('fert', 'zh')).toBe(HOSTILE_HTML);
    expect(data.names.enterprise('@disposal', 'en')).toContain('Disposal');
    expect(data.names.material('slag', 'en')).toBe('slag');
    expect(data.names.technology('slag-bricks', 'zh')).toBe('炉渣制砖');
    expect(data.names.chain('nope', 'en')).toBe('nope');
  });

  it('counts closures as chains broken, dependants and mass rerouted', () => {
    const { analysis } = tinyReport();
    const rows = closureRows(analysis.resilience ?? [], 10);
    const chp = rows.find((r) => r.enterprise === 'chp');
    // Closing the CHP plant leaves coal → steam without a performer and the chemical plant without steam.
    expect(chp?.chainsBroken).toBe(1);
    expect(chp?.dependants).toBe(1);
    expect(chp?.massRerouted).toBeGreaterThan(0);
    expect(rows.map((r) => r.rank)).toEqual(rows.map((_, i) => i + 1));
  });
});
