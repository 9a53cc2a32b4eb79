import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/analysis/finding.ts';
import type { Kpis } from '../../../src/core/analysis/kpis.ts';
import { groupFindings } from '../../../src/app/state/findingGroups.ts';
import { formatKpi, kpiRows } from '../../../src/app/state/kpiRows.ts';
import en from '../../../src/app/i18n/en.json';
import zh from '../../../src/app/i18n/zh.json';

const finding = (id: string, kind: string): Finding => ({
  id,
  kind,
  severity: 'high',
  enterprises: [],
  materials: [],
  flows: [],
  reason: { zh: id, en: id },
});

describe('groupFindings', () => {
  it('puts broken links first, then kinds in order of first appearance', () => {
    const groups = groupFindings([
      finding('1', 'open-end'),
      finding('2', 'capacity-missing'),
      finding('3', 'broken-link'),
      finding('4', 'open-end'),
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['broken-link', 'open-end', 'capacity-missing']);
    expect(groups[1]!.findings.map((f) => f.id)).toEqual(['1', '4']);
  });
  it('has no empty groups', () => {
    expect(groupFindings([])).toEqual([]);
  });
});

describe('kpiRows', () => {
  const kpis: Kpis = {
    enterprises: 36,
    flows: 271,
    internalFlows: 100,
    internalMass: 1,
    importedMass: 1,
    disposedMass: 1,
    internalReuseRate: 0.221,
    cyclicity: 2.7012,
    connectance: null,
    linkageDensity: 1,
    finnCyclingIndex: 0,
    totalSystemThroughflow: 1,
    chertow32: 1,
  };
  it('lists the headline figures in order, formatted for the locale', () => {
    const rows = kpiRows(kpis);
    expect(rows.map((r) => r.key)).toEqual([
      'enterprises',
      'flows',
      'internalReuseRate',
      'cyclicity',
      'connectance',
      'finnCyclingIndex',
      'chertow32',
    ]);
    const text = rows.map((r) => formatKpi(r, 'en-US', (yes) => (yes ? 'yes' : 'no')));
    expect(text).toEqual(['36', '271', '22.1%', '2.701', '–', '0.000', 'yes']);
  });
});

describe('locale files', () => {
  const keys = (value: unknown, prefix = ''): string[] =>
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
      : [prefix];
  it('have the same keys in Chinese and English', () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });
});

describe('finding kinds of the reference park', () => {
  it('all have a title in both locale files', async () => {
    const { analyzePark } = await import('../../../src/core/analysis/analyzePark.ts');
    const { validateModel } = await import('../../../src/core/model/validate.ts');
    const { validateCatalogue } = await import('../../../src/core/catalogue/validate.ts');
    const park = validateModel((await import('../../../data/linyi-etdz.json')).default);
    const catalogue = validateCatalogue((await import('../../../data/technologies.json')).default);
    if (!park.ok || !catalogue.ok) throw new Error('reference data must be valid');
    const kinds = new Set(analyzePark(park.model, { catalogue: catalogue.catalogue }).findings.map((f) => f.kind));
    for (const kind of kinds) {
      expect(Object.keys(en.kind)).toContain(kind);
      expect(Object.keys(zh.kind)).toContain(kind);
    }
  });
});
