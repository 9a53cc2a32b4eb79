/**
 * The reference park's analysis end to end, asserted against what its data
 * encodes: the case study names no stage nobody performs (steelmaking from
 * scrap is an extension, not a broken link), Jinsheng runs the copper chain
 * in-house after buying its scrap, Luguang its nitric-acid chains in-house,
 * and the CHP's fly ash, slag and gypsum are only partly used. What a
 * manager expects beyond these facts is in expert.test.ts.
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
const byId = (id: string) => analysis.findings.find((f) => f.id === id);

describe('analysis of the Linyi reference park', () => {
  it('finds no broken link, and offers steelmaking from scrap as an extension', () => {
    expect(analysis.findings.filter((f) => f.kind === 'broken-link')).toEqual([]);
    expect(byId('chain-extension:scrap-steel-chain')?.details).toMatchObject({ technologies: ['eaf-steelmaking'] });
  });

  it('tells single points of failure from an integrated firm’s own steps', () => {
    for (const id of [
      'single-performer:copper-chain:waste-circuit-boards:scrap-copper',
      'single-performer:copper-chain:scrap-copper:anode-copper',
      'single-performer:ammonia-fertilizer:ammonium-nitrate:compound-fertilizer',
      'in-house-chain:copper-chain:jinsheng',
      'in-house-chain:ammonia-fertilizer:luguang-chem',
      'in-house-chain:ammonia-nitromethane:luguang-chem',
    ]) {
      expect(ids, id).toContain(id);
    }
    expect(ids).not.toContain('single-performer:copper-chain:anode-copper:cathode-copper');
    const copper = analysis.chains?.find((c) => c.chain === 'copper-chain');
    expect(copper?.transitions.every((t) => t.performers.join() === 'jinsheng')).toBe(true);
    expect(copper?.transitions.map((t) => t.state)).toEqual(['single', 'single', 'in-house', 'in-house']);
  });

  it('reports the CHP’s unused fly ash, slag and gypsum as open ends', () => {
    const chp = analysis.findings
      .filter((f) => f.kind === 'open-end' && f.enterprises[0] === 'fuyuan-chp')
      .map((f) => f.materials[0]);
    expect(chp).toEqual(expect.arrayContaining(['fly-ash', 'boiler-slag', 'desulfurization-gypsum']));
  });

  it('ranks Jinsheng and Luguang among the enterprises whose closure breaks chains', () => {
    const breaking = (analysis.resilience ?? [])
      .filter((r) => r.impact.brokenChains.length > 0)
      .map((r) => r.enterprise);
    expect(breaking).toEqual(expect.arrayContaining(['jinsheng', 'luguang-chem']));
    // Luguang's in-house chains go with it: two chains, counted as chains
    expect(analysis.resilience?.find((r) => r.enterprise === 'luguang-chem')?.impact.brokenChains).toEqual([
      'ammonia-nitromethane',
      'ammonia-fertilizer',
    ]);
  });

  it('computes the KPIs from the data', () => {
    expect(analysis.kpis.enterprises).toBe(35);
    expect(analysis.kpis.flows).toBe(265);
    expect(analysis.kpis.internalReuseRate).toBeGreaterThan(0);
    expect(analysis.kpis.internalReuseRate).toBeLessThan(1);
    expect(analysis.kpis.cyclicity).toBeGreaterThan(1); // steam, wastewater and reclaimed water loops are nested
    expect(analysis.kpis.chertow32).toBe(1);
    expect(analysis.kpis.unaccountedMass).toBe(0);
  });

  it('proposes projects whose scenarios apply, each scored and explained', () => {
    for (const c of analysis.projects!.candidates) {
      expect(applyScenario(model, c.changeSet, catalogue).ok, c.technology).toBe(true);
      expect(c.explanation.zh.length).toBeGreaterThan(0);
      expect(c.explanation.en.length).toBeGreaterThan(0);
    }
    const eaf = analysis.projects!.candidates.find((c) => c.technology === 'eaf-steelmaking');
    // Its scrap is now sold to steel mills outside: bought from its sellers, no circularity credited for it.
    expect(eaf?.basis).toBe('park-sold');
    expect(eaf?.score.raw.chainsRepaired).toBe(0);
    expect(eaf?.effects.co2eCredit).toBe(0);
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
