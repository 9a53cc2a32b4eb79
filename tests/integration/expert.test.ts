/**
 * The reference park read as its users would: every expectation of the
 * expert-judgement file (expert/linyi-etdz.expert.json) — the findings a
 * park manager expects first, those that must appear and those that must
 * not, plant loads, the closures any manager fears most, and the projects
 * an investment team would discuss — asserted on the analysis, the
 * what-if and the ranking.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePark } from '../../src/core/analysis/analyzePark.ts';
import { compareModels } from '../../src/core/comparison/compareAnalyses.ts';
import { analyzeChains } from '../../src/core/analysis/chainIntegrity.ts';
import { createAnalysisContext } from '../../src/core/analysis/context.ts';
import type { Finding } from '../../src/core/analysis/finding.ts';
import { groupFindingsByKind } from '../../src/core/analysis/presentation.ts';
import { simulateClosure } from '../../src/core/analysis/resilience.ts';
import { validateCatalogue } from '../../src/core/catalogue/validate.ts';
import { validateModelText } from '../../src/core/model/validate.ts';
import { applyScenario } from '../../src/core/scenario/applyScenario.ts';

interface Expectations {
  readonly park: string;
  readonly firstOfKind: Record<string, { first: string[]; why: string }>;
  readonly mustAppear: { id: string; absent?: boolean; why: string }[];
  readonly mustNotAppear: {
    kind?: string;
    material?: string;
    kinds?: string[];
    plantLoadAtLeast?: number;
    reasonMatches?: string;
    language?: 'zh' | 'en';
    why: string;
  }[];
  readonly capacity: {
    material: string;
    plant?: string;
    load?: number;
    utilisation?: [number, number];
    rating?: string;
    why: string;
  }[];
  readonly closure: {
    top: string[];
    'fuyuan-chp': {
      unmetMaterials: string[];
      namesOutside: string;
      importsNoSteam: boolean;
      goneNotResolved: string[];
    };
  };
  readonly projects: { top: string[]; excludedIndustry: string; admittedDespiteC26: string[] };
}

const expected = JSON.parse(
  readFileSync(new URL('./expert/linyi-etdz.expert.json', import.meta.url), 'utf8'),
) as Expectations;
const loaded = validateModelText(readFileSync(expected.park, 'utf8'));
const catalogueResult = validateCatalogue(JSON.parse(readFileSync('data/technologies.json', 'utf8')));
if (!loaded.ok || !catalogueResult.ok) throw new Error('reference data must be valid');
const model = loaded.model;
const catalogue = catalogueResult.catalogue;
const analysis = analyzePark(model, { catalogue });
const byId = new Map(analysis.findings.map((f) => [f.id, f]));

describe('what a park manager expects of the reference park', () => {
  it.each(Object.entries(expected.firstOfKind))('puts the findings that matter first among %s', (kind, { first }) => {
    const group = groupFindingsByKind(analysis.findings).find((g) => g.kind === kind);
    expect(group?.findings.slice(0, first.length).map((f) => f.id)).toEqual(first);
  });

  it.each(expected.mustAppear.map((e) => [e.id, e] as const))('finds %s', (id, e) => {
    if (e.absent) expect(analysis.findings.filter((f) => f.kind === id)).toEqual([]);
    else expect(byId.has(id), e.why).toBe(true);
  });

  it.each(expected.mustNotAppear.map((e) => [e.why, e] as const))('does not say what is false or noise: %s', (_, e) => {
    const offending = analysis.findings.filter((f: Finding) => {
      if (e.kind && f.kind !== e.kind) return false;
      if (e.material && !f.materials.includes(e.material)) return false;
      if (e.kinds && !e.kinds.includes(f.kind)) return false;
      if (e.plantLoadAtLeast !== undefined) {
        const utilisation = f.kind === 'capacity-underused' ? (f.details.utilisation ?? 0) : 0;
        if (utilisation < e.plantLoadAtLeast) return false;
      }
      if (e.reasonMatches) {
        const pattern = new RegExp(e.reasonMatches, 'u');
        const languages = e.language ? [e.language] : (['zh', 'en'] as const);
        if (!languages.some((l) => pattern.test(f.reason[l]))) return false;
      }
      return true;
    });
    expect(offending.map((f) => `${f.id}: ${f.reason.zh}`)).toEqual([]);
  });

  it.each(expected.capacity.map((e) => [e.why, e] as const))('reads plant loads as a manager would: %s', (_, e) => {
    const balance = analysis.capacity?.find((b) => b.material === e.material);
    expect(balance).toBeDefined();
    if (e.rating) expect(balance?.rating).toBe(e.rating);
    if (!e.plant) return;
    const plant = balance!.plants.find((p) => p.enterprise === e.plant)!;
    if (e.load !== undefined) expect(plant.load).toBeCloseTo(e.load, 6);
    if (e.utilisation) {
      expect(plant.utilisation!).toBeGreaterThanOrEqual(e.utilisation[0]);
      expect(plant.utilisation!).toBeLessThanOrEqual(e.utilisation[1]);
    }
  });
});

describe('closures as a manager expects them', () => {
  it('ranks the shared CHP and the wastewater plant first', () => {
    expect(analysis.resilience?.slice(0, expected.closure.top.length).map((r) => r.enterprise)).toEqual(
      expected.closure.top,
    );
  });

  const chp = expected.closure['fuyuan-chp'];
  const context = createAnalysisContext(model);
  const impact = simulateClosure(context, analyzeChains(context), 'fuyuan-chp');
  const closed = applyScenario(model, {
    id: 'close-chp',
    name: { en: 'close the CHP' },
    changes: [{ kind: 'close-enterprise', enterprise: 'fuyuan-chp', flows: 'remove', rerouteToBoundary: true }],
  });
  if (!closed.ok) throw new Error('closure failed');
  const comparison = compareModels(model, closed.model);

  it('leaves steam and district heat unmet, naming the residents, and buys no steam in', () => {
    const unmet = new Set([
      ...impact.lostSupplies.filter((l) => l.fallback === 'unmet').map((l) => l.material),
      ...impact.outsideLosses.map((l) => l.material),
    ]);
    expect([...unmet].sort()).toEqual([...chp.unmetMaterials].sort());
    expect(impact.outsideLosses.map((l) => l.counterparty?.zh ?? '').join()).toContain(chp.namesOutside);
    if (chp.importsNoSteam) {
      expect(closed.model.flows.filter((f) => f.from === '@supply' && f.material === 'steam')).toEqual([]);
    }
    expect(comparison.today.findings.new.filter((f) => f.kind === 'unmet-demand').length).toBeGreaterThanOrEqual(20);
  });

  it('calls the CHP’s own findings gone with the closure, never resolved, and reads no KPI as an improvement', () => {
    const gone = comparison.today.findings.goneWithClosure.map((f) => f.id);
    for (const id of chp.goneNotResolved) expect(gone).toContain(id);
    expect(comparison.today.findings.resolved.map((f) => f.id)).toEqual([]);
    const betterLooking = comparison.today.kpis.filter(
      (k) => (k.key === 'internalReuseRate' || k.key === 'disposedMass') && k.delta !== 0,
    );
    for (const k of betterLooking) expect(k.note?.en, k.key).toContain('not an improvement');
  });
});

describe('projects as an investment team judges them', () => {
  const ranking = analysis.projects!;

  it('ranks the largest landfill stream first, with its economics and its own effects shown', () => {
    expect(ranking.candidates.slice(0, expected.projects.top.length).map((c) => c.technology)).toEqual(
      expected.projects.top,
    );
    for (const c of ranking.candidates.slice(0, 3)) {
      expect(c.economics, c.technology).toBeDefined();
      expect(c.economics!.investment).toBeGreaterThan(0);
      expect(c.economics!.currency).toBe('CNY');
      expect(c.effects.energyUse, c.technology).toBeGreaterThan(0);
      expect(c.explanation.zh).toContain('投资约');
    }
  });

  it('keeps new chemical plants out, each with the rule, but admits waste-based organic fertilizer', () => {
    expect(ranking.excluded.length).toBeGreaterThan(0);
    for (const x of ranking.excluded) {
      const technology = catalogue.technologies.find((t) => t.id === x.technology)!;
      expect(technology.industry?.startsWith(expected.projects.excludedIndustry)).toBe(true);
      expect(x.reasons[0]?.zh).toContain('不再新批化工项目');
    }
    for (const id of expected.projects.admittedDespiteC26) {
      expect(ranking.excluded.map((x) => x.technology)).not.toContain(id);
      expect(ranking.candidates.map((c) => c.technology)).toContain(id);
    }
  });

  it('never counts a quantity that already has a user: supplies come from what is disposed of, or are said to be bought', () => {
    for (const c of ranking.candidates) {
      for (const r of c.requirements) {
        for (const s of r.sources) {
          if (s.kind !== 'free') continue;
          const sender = s.from;
          const disposed = model.flows
            .filter((f) => f.from === sender && f.material === r.material && f.to === '@disposal')
            .reduce((sum, f) => sum + (f.quantity ?? 0), 0);
          expect(s.quantity, `${c.technology}: ${r.material} from ${sender}`).toBeLessThanOrEqual(disposed + 1e-6);
        }
      }
    }
  });
});
