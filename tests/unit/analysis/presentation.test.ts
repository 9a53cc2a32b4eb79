import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../src/core/analysis/finding.ts';
import { QUANTITY_FIGURES, type Kpis, type KpiCoverage } from '../../../src/core/analysis/kpis.ts';

/** Every quantity figure read over all of its flows. */
const fullCoverage = (n: number): KpiCoverage =>
  Object.fromEntries(QUANTITY_FIGURES.map((k) => [k, { measured: n, total: n }])) as unknown as KpiCoverage;
import {
  FINDING_KINDS,
  findingKindTitle,
  formatKpis,
  groupFindingsByKind,
  KPI_ROWS,
} from '../../../src/core/analysis/presentation.ts';

/** A finding of `kind` with nothing else: its details do not matter to grouping. */
const finding = (id: string, kind: string): Finding =>
  ({ id, kind, severity: 'high', enterprises: [], materials: [], flows: [], reason: { zh: id, en: id } }) as Finding;

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
    unaccountedMass: 0,
    reusedMass: 5000,
    internalReuseRate: 0.221,
    hazardousGenerated: 11016,
    hazardousInParkShare: 0.17,
    cyclicity: 2.7012,
    connectance: null,
    linkageDensity: 1,
    finnCyclingIndex: 0,
    totalSystemThroughflow: 1,
    chertow32: 1,
    coverage: fullCoverage(10),
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
      '0 t/a',
      '5,000 t/a',
      '22.1%',
      '11,016 t/a',
      '17%',
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

describe('formatKpiChanges', () => {
  it('pairs each figure before and after and marks only visible changes', async () => {
    const { formatKpiChanges } = await import('../../../src/core/comparison/kpiChanges.ts');
    const before: Kpis = {
      enterprises: 3,
      flows: 4,
      internalFlows: 2,
      internalMass: 100,
      importedMass: 50,
      disposedMass: 20,
      unaccountedMass: 0,
      reusedMass: 10,
      internalReuseRate: 0.5,
      hazardousGenerated: 0,
      hazardousInParkShare: null,
      cyclicity: 0,
      connectance: 0.2,
      linkageDensity: 0.6,
      finnCyclingIndex: 0,
      totalSystemThroughflow: 170,
      chertow32: 0,
      coverage: fullCoverage(4),
    };
    const after: Kpis = { ...before, enterprises: 4, flows: 6, disposedMass: 20.2, internalReuseRate: 0.75 };
    const rows = formatKpiChanges(before, after, 'en');
    const byKey = new Map(rows.map((r) => [r.key, r]));
    expect(byKey.get('enterprises')).toMatchObject({ before: '3', after: '4', changed: true });
    expect(byKey.get('internalReuseRate')).toMatchObject({ before: '50%', after: '75%', changed: true });
    // 20 → 20.2 t/a prints the same at whole tonnes: not a change a reader can see.
    expect(byKey.get('disposedMass')).toMatchObject({ before: '20 t/a', after: '20 t/a', changed: false });
    expect(byKey.get('chertow32')!.changed).toBe(false);
  });
});

describe('figures over flows without quantities', () => {
  const base: Kpis = {
    enterprises: 4,
    flows: 35,
    internalFlows: 30,
    internalMass: 1200,
    importedMass: null,
    disposedMass: 0,
    unaccountedMass: 0,
    reusedMass: null,
    internalReuseRate: null,
    hazardousGenerated: 0,
    hazardousInParkShare: null,
    cyclicity: 1,
    connectance: 0.25,
    linkageDensity: 1,
    finnCyclingIndex: null,
    totalSystemThroughflow: 1200,
    chertow32: 1,
    coverage: {
      ...fullCoverage(0),
      internalMass: { measured: 14, total: 30 },
      importedMass: { measured: 0, total: 5 },
      totalSystemThroughflow: { measured: 14, total: 35 },
    },
  };
  it('says "unknown" where no flow gives a quantity, and the coverage where only some do', () => {
    const zh = new Map(formatKpis(base, 'zh').map((r) => [r.key, r.value]));
    const en = new Map(formatKpis(base, 'en').map((r) => [r.key, r.value]));
    expect(en.get('internalMass')).toBe('1,200 t/a (over 14 of 30 mass flows)');
    expect(zh.get('internalMass')).toBe('1,200 t/a(仅计有数量的 14/30 条以质量计的物质流)');
    expect(en.get('importedMass')).toBe('unknown (no flow gives a quantity)');
    expect(zh.get('importedMass')).toBe('未知(物质流均未给出数量)');
    // No disposal flow at all: a real zero, not an unknown.
    expect(en.get('disposedMass')).toBe('0 t/a');
    // Structural figures read every flow: no coverage note.
    expect(en.get('cyclicity')).toBe('1.000');
  });

  it('says "none recorded" for a sum with no flow of its kind, when computeKpis leaves it unknown', () => {
    const unrecorded = { ...base, disposedMass: null };
    expect(formatKpis(unrecorded, 'en').find((r) => r.key === 'disposedMass')?.value).toBe(
      'none recorded (no such flow)',
    );
    expect(formatKpis(unrecorded, 'zh').find((r) => r.key === 'disposedMass')?.value).toBe('无记录(没有此类物质流)');
  });
});
