/**
 * The reference park's analysis end to end, asserted against what its data
 * encodes: the zone has no electric-arc furnace (scrap steel leaves the
 * park), Jinsheng alone runs the copper chain, Luguang alone the nitric-acid
 * chains, and the CHP's fly ash, slag and gypsum are only partly used.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePark } from '../../src/core/analysis/analyzePark.ts';
import { validateModelText } from '../../src/core/model/validate.ts';
import { validateCatalogue } from '../../src/core/catalogue/validate.ts';
import { applyScenario } from '../../src/core/scenario/applyScenario.ts';

const loaded = validateModelText(readFileSync('data/linyi-etdz.json', 'utf8'));
const catalogueResult = validateCatalogue(JSON.parse(readFileSync('data/technologies.json', 'utf8')));
if (!loaded.ok || !catalogueResult.ok) throw new Error('reference data must be valid');
const model = loaded.model;
const catalogue = catalogueResult.catalogue;
const analysis = analyzePark(model, { catalogue });
const ids = new Set(analysis.findings.map((f) => f.id));

describe('analysis of the Linyi reference park', () => {
  it('finds the broken scrap-steel → billet link and no other broken link', () => {
    expect(analysis.findings.filter((f) => f.kind === 'broken-link').map((f) => f.id)).toEqual([
      'broken-link:scrap-steel-chain:scrap-steel:steel-billet',
    ]);
    const broken = analysis.findings.find((f) => f.kind === 'broken-link')!;
    expect(broken.details).toMatchObject({ technologies: ['eaf-steelmaking'] });
  });

  it('flags the single-performer stages of the copper and nitric-acid chains', () => {
    for (const id of [
      'single-performer:copper-chain:scrap-copper:anode-copper',
      'single-performer:copper-chain:anode-copper:cathode-copper',
      'single-performer:ammonia-fertilizer:synthetic-ammonia:nitric-acid',
      'single-performer:ammonia-nitromethane:sodium-nitrite:nitromethane',
    ]) {
      expect(ids, id).toContain(id);
    }
    const copper = analysis.chains?.find((c) => c.chain === 'copper-chain');
    expect(copper?.transitions.every((t) => t.performers.join() === 'jinsheng')).toBe(true);
  });

  it('reports the CHP’s unused fly ash, slag and gypsum as open ends', () => {
    const chp = analysis.findings
      .filter((f) => f.kind === 'open-end' && f.enterprises[0] === 'fuyuan-chp')
      .map((f) => f.materials[0]);
    expect(chp).toEqual(expect.arrayContaining(['fly-ash', 'boiler-slag', 'desulfurization-gypsum']));
  });

  it('ranks Jinsheng and Luguang among the enterprises whose closure breaks chains', () => {
    const critical = analysis.findings
      .filter((f) => f.kind === 'critical-enterprise' && f.severity === 'high')
      .map((f) => f.enterprises[0]);
    expect(critical).toEqual(expect.arrayContaining(['jinsheng', 'luguang-chem']));
    expect(analysis.resilience?.[0]?.impact.brokenTransitions.length).toBeGreaterThan(0);
  });

  it('computes the KPIs from the data', () => {
    expect(analysis.kpis.enterprises).toBe(36);
    expect(analysis.kpis.flows).toBe(271);
    expect(analysis.kpis.internalReuseRate).toBeGreaterThan(0);
    expect(analysis.kpis.internalReuseRate).toBeLessThan(1);
    expect(analysis.kpis.cyclicity).toBeGreaterThan(1); // steam, wastewater and reclaimed water loops are nested
    expect(analysis.kpis.chertow32).toBe(1);
  });

  it('proposes EAF steelmaking first: it repairs the broken link, and its scenario applies', () => {
    const top = analysis.projects?.candidates[0];
    expect(top?.technology).toBe('eaf-steelmaking');
    expect(top?.repairedTransitions).toEqual([
      { chain: 'scrap-steel-chain', from: ['scrap-steel'], to: ['steel-billet'] },
    ]);
    expect(top?.score.raw.chainsRepaired).toBe(1);
    expect(top?.kpisAfter.internalReuseRate).toBeGreaterThan(top?.kpisBefore.internalReuseRate ?? 1);
    const applied = applyScenario(model, top!.changeSet, catalogue);
    expect(applied.ok).toBe(true);
    for (const c of analysis.projects!.candidates) {
      expect(c.score.total).toBeGreaterThanOrEqual(0);
      expect(c.score.total).toBeLessThanOrEqual(1 + 1e-9);
      expect(c.explanation.zh.length).toBeGreaterThan(0);
    }
  });

  it('gives every finding a unique stable id, both languages, and only real references', () => {
    expect(ids.size).toBe(analysis.findings.length);
    const enterprises = new Set(model.enterprises.map((e) => e.id));
    const materials = new Set(model.materials.map((m) => m.id));
    const flows = new Set(model.flows.map((f) => f.id));
    for (const f of analysis.findings) {
      expect(f.reason.zh.length * f.reason.en.length, f.id).toBeGreaterThan(0);
      for (const e of f.enterprises) expect(enterprises, f.id).toContain(e);
      for (const m of f.materials) expect(materials, f.id).toContain(m);
      for (const x of f.flows) expect(flows, f.id).toContain(x);
    }
  });

  it('is deterministic', () => {
    expect(JSON.stringify(analyzePark(model, { catalogue }))).toBe(JSON.stringify(analysis));
  });
});
