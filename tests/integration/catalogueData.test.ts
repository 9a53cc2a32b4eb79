/**
 * The technology catalogue we ship (data/technologies.json) is held to the
 * same rules as users' files, and to the honesty rule: a figure marked as
 * sourced (`estimated: false`) cites a source the catalogue lists; every
 * other figure is an estimate with its basis. An investment team reads its
 * economics, so every technology says what it costs, in which currency and
 * price year, and on what basis.
 */
import { describe, expect, it } from 'vitest';
import { validateCatalogue } from '../../src/core/catalogue/validate.ts';
import { formatProblem } from '../../src/core/model/problems.ts';
import { catalogueJson, loadCatalogue, vocabulary } from './shippedData.ts';

/**
 * The reference park's largest streams sent to disposal and its hazardous
 * wastes (plus the dust of the catalogue's own EAF technology): each must be
 * what some technology takes in.
 */
const DISPOSAL_AND_HAZARDOUS_STREAMS = [
  'gasification-slag',
  'herb-residue',
  'sorting-residue',
  'waste-salt',
  'paint-sludge',
  'copper-smelting-dust',
  'eaf-dust',
] as const;

/**
 * Plants that make chemical raw materials or chemical products (GB/T
 * 4754-2017 division C26): a park's "no new chemical projects" negative list
 * excludes by this code, so they must carry it.
 */
const CHEMICAL_TECHNOLOGIES = [
  'ammonia-oxidation-nitric-acid',
  'nitric-acid-concentration',
  'nitric-acid-direct-synthesis',
  'ammonium-nitrate-neutralisation',
  'nitro-compound-fertilizer-granulation',
  'sodium-nitrite-alkali-absorption',
  'nitromethane-from-sodium-nitrite',
  'manure-composting-organic-fertilizer',
  'organo-mineral-fertilizer-blending',
  'bio-fertilizer-production',
  'herb-residue-composting',
] as const;

describe('data/technologies.json', () => {
  it('validates with no errors and no warnings', () => {
    const result = validateCatalogue(catalogueJson);
    expect(result.ok ? [] : result.errors.map((p) => formatProblem(p, 'en'))).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  const catalogue = loadCatalogue();

  it('holds at least 30 technologies, including those the chains need', () => {
    expect(catalogue.technologies.length).toBeGreaterThanOrEqual(30);
    const transforms = (from: string, to: string) =>
      catalogue.technologies.some(
        (t) => t.inputs.some((i) => i.material === from) && t.outputs.some((o) => o.material === to),
      );
    expect(transforms('scrap-copper', 'anode-copper')).toBe(true);
    expect(transforms('anode-copper', 'cathode-copper')).toBe(true);
    expect(transforms('cathode-copper', 'copper-rod')).toBe(true);
    expect(
      transforms('synthetic-ammonia', 'nitric-acid') || transforms('synthetic-ammonia', 'dilute-nitric-acid'),
    ).toBe(true);
    expect(transforms('desulfurization-gypsum', 'plasterboard')).toBe(true);
    expect(transforms('scrap-steel', 'steel-billet')).toBe(true);
    expect(transforms('waste-solvent', 'recovered-solvent')).toBe(true);
    expect(transforms('waste-mineral-oil', 'lubricating-oil') || transforms('waste-mineral-oil', 'lube-base-oil')).toBe(
      true,
    );
    expect(transforms('used-parts', 'remanufactured-parts')).toBe(true);
  });

  it('states the basis of every technology’s figures', () => {
    for (const t of catalogue.technologies) expect(t.basis.length, t.id).toBeGreaterThan(20);
  });

  it('matches the shared vocabulary', () => {
    const words = vocabulary();
    for (const m of catalogue.materials) {
      const word = words.get(m.id);
      if (word) expect([m.id, m.category, m.unit]).toEqual([m.id, word.category, word.unit]);
    }
  });

  it('gives every technology an industry code and economics with basis, currency and price year', () => {
    for (const t of catalogue.technologies) {
      expect(t.industry, t.id).toMatch(/^[A-T]\d{2,4}$/);
      const e = t.economics;
      expect(e, t.id).toBeDefined();
      if (!e) continue;
      expect(e.currency, t.id).toBe('CNY');
      expect(e.year, t.id).toBeGreaterThanOrEqual(2010);
      expect(e.basis.length, t.id).toBeGreaterThan(20);
      expect(e.investment, t.id).toBeGreaterThan(0);
      expect(e.operatingCost, t.id).toBeDefined();
    }
  });

  it('cites a listed source for every figure marked as sourced, and a basis for every estimate', () => {
    const sources = new Set(catalogue.sources.map((s) => s.id));
    const figures: {
      where: string;
      estimated?: boolean | undefined;
      basis?: string | undefined;
      source?: string | undefined;
    }[] = [
      ...catalogue.technologies.flatMap((t) => [
        { where: t.id, estimated: t.estimated, basis: t.basis, source: t.source },
        ...(t.economics ? [{ where: `${t.id} economics`, ...t.economics }] : []),
      ]),
      ...catalogue.materials.flatMap((m) =>
        (['price', 'emissionFactor', 'useEmissionFactor'] as const).flatMap((k) => {
          const f = m[k];
          return f ? [{ where: `${m.id} ${k}`, estimated: f.estimated, basis: f.basis, source: f.source }] : [];
        }),
      ),
    ];
    for (const f of figures) {
      if (f.source !== undefined) expect(sources.has(f.source), `${f.where}: unknown source ${f.source}`).toBe(true);
      if (f.estimated === false) expect(f.source, `${f.where} is marked as sourced`).toBeDefined();
      else expect((f.basis ?? '').length, `${f.where}: an estimate needs its basis`).toBeGreaterThan(20);
    }
    for (const s of catalogue.sources) expect(s.title.length, s.id).toBeGreaterThan(5);
  });

  it('takes in each of the reference park’s largest disposal streams and its hazardous wastes', () => {
    for (const stream of DISPOSAL_AND_HAZARDOUS_STREAMS) {
      expect(
        catalogue.materials.some((m) => m.id === stream),
        stream,
      ).toBe(true);
      const takers = catalogue.technologies.filter((t) => t.reference === stream).map((t) => t.id);
      expect(takers.length, stream).toBeGreaterThan(0);
    }
  });

  it('lists its own energy, water and new wastes for the new gap-filling technologies', () => {
    const energyAndWater = new Set(['electricity', 'steam', 'natural-gas', 'coal', 'fresh-water']);
    for (const stream of DISPOSAL_AND_HAZARDOUS_STREAMS) {
      for (const t of catalogue.technologies.filter((x) => x.reference === stream)) {
        expect(
          t.inputs.some((i) => energyAndWater.has(i.material)),
          `${t.id} lists no energy or water input`,
        ).toBe(true);
      }
    }
  });

  it('files chemical plants under division C26, so a negative list can exclude them', () => {
    const byId = new Map(catalogue.technologies.map((t) => [t.id, t]));
    for (const id of CHEMICAL_TECHNOLOGIES) {
      expect(byId.get(id)?.industry, id).toMatch(/^C26\d{0,2}$/);
    }
  });

  it('gives the energy carriers a price and a use emission factor', () => {
    const byId = new Map(catalogue.materials.map((m) => [m.id, m]));
    for (const id of ['electricity', 'steam', 'natural-gas', 'coal']) {
      expect(byId.get(id)?.price?.currency, id).toBe('CNY');
      expect(byId.get(id)?.price?.year, id).toBeDefined();
      expect(byId.get(id)?.useEmissionFactor?.value, id).toBeGreaterThan(0);
    }
    expect(byId.get('fresh-water')?.price, 'fresh-water').toBeDefined();
    // The national grid average is the published figure, not an estimate.
    expect(byId.get('electricity')?.useEmissionFactor?.estimated).toBe(false);
  });

  it('charges the holder for hazardous wastes that go to disposal', () => {
    for (const m of catalogue.materials) {
      if (!['paint-sludge', 'waste-salt', 'incineration-residue', 'salt-treatment-residue'].includes(m.id)) continue;
      expect(m.price?.value, m.id).toBeLessThan(0);
      expect(m.price?.year, m.id).toBeDefined();
    }
  });
});
