import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/analysis/finding.ts';
import type { Kpis } from '../../../src/core/analysis/kpis.ts';
import {
  FINDING_KINDS,
  findingKindTitle,
  formatKpis,
  groupFindingsByKind,
  KPI_ROWS,
} from '../../../src/core/analysis/presentation.ts';

const finding = (id: string, kind: string): Finding => ({
  id,
  kind,
  severity: 'high',
  enterprises: [],
  materials: [],
  flows: [],
  reason: { zh: id, en: id },
});

describe('groupFindingsByKind', () => {
  it('orders groups as reports present them (broken links first) and keeps each group in its own order', () => {
    const groups = groupFindingsByKind([
      finding('1', 'open-end'),
      finding('2', 'capacity-missing'),
      finding('3', 'broken-link'),
      finding('4', 'open-end'),
      finding('5', 'some-future-kind'),
    ]);
    expect(groups.map((g) => g.kind)).toEqual(['broken-link', 'open-end', 'capacity-missing', 'some-future-kind']);
    expect(groups[1]!.findings.map((f) => f.id)).toEqual(['1', '4']);
  });
  it('has no empty groups', () => {
    expect(groupFindingsByKind([])).toEqual([]);
  });
});

describe('findingKindTitle', () => {
  it('titles every known kind in both languages and falls back to the id', () => {
    for (const { kind, title } of FINDING_KINDS) {
      expect(findingKindTitle(kind, 'zh')).toBe(title.zh);
      expect(findingKindTitle(kind, 'en')).toBe(title.en);
    }
    expect(findingKindTitle('broken-link', 'zh')).toBe('断链');
    expect(findingKindTitle('unheard-of', 'en')).toBe('unheard-of');
  });
});

describe('formatKpis', () => {
  const kpis: Kpis = {
    enterprises: 36,
    flows: 271,
    internalFlows: 100,
    internalMass: 1234567.4,
    importedMass: 0,
    disposedMass: 12.6,
    internalReuseRate: 0.221,
    cyclicity: 2.7012,
    connectance: null,
    linkageDensity: 1,
    finnCyclingIndex: 0,
    totalSystemThroughflow: 1,
    chertow32: 1,
  };
  it('lists the headline figures in order, formatted for English', () => {
    const rows = formatKpis(kpis, 'en');
    expect(rows.map((r) => r.key)).toEqual(KPI_ROWS.map((r) => r.key));
    expect(rows.map((r) => r.value)).toEqual([
      '36',
      '271',
      '1,234,567 t/a',
      '0 t/a',
      '13 t/a',
      '22.1%',
      '2.701',
      '–',
      '0.0000',
      'industrial symbiosis',
    ]);
  });
  it('words labels and the verdict in Chinese', () => {
    const rows = formatKpis({ ...kpis, chertow32: 0 }, 'zh');
    expect(rows[0]).toEqual({ key: 'enterprises', label: '企业', value: '36' });
    expect(rows.at(-1)!.value).toBe('未达标');
  });
});

describe('finding kinds of the reference park', () => {
  it('all have a title in both languages', async () => {
    const { analyzePark } = await import('../../../src/core/analysis/analyzePark.ts');
    const { validateModel } = await import('../../../src/core/model/validate.ts');
    const { validateCatalogue } = await import('../../../src/core/catalogue/validate.ts');
    const park = validateModel((await import('../../../data/linyi-etdz.json')).default);
    const catalogue = validateCatalogue((await import('../../../data/technologies.json')).default);
    if (!park.ok || !catalogue.ok) throw new Error('reference data must be valid');
    const kinds = new Set(analyzePark(park.model, { catalogue: catalogue.catalogue }).findings.map((f) => f.kind));
    for (const kind of kinds) {
      expect(FINDING_KINDS.map((k) => k.kind)).toContain(kind);
    }
  });
});
