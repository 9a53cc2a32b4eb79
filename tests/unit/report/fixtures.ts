/**
 * A tiny park for the report tests, small enough to read its whole analysis
 * from the drawing: a CHP plant feeding a chemical plant that ships ammonia
 * to a fertilizer maker, slag dumped, a broken ammonia → nitrate link, and a
 * two-technology catalogue to fill it. Two names are hostile: one is HTML
 * (must stay text in the HTML and Markdown reports), one is a spreadsheet
 * formula (must be neutralised in XLSX and CSV).
 */
import { analyzePark, type ParkAnalysis } from '../../../src/core/analysis/analyzePark.ts';
import type { TechnologyCatalogue } from '../../../src/core/catalogue/schema.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { gatherReportData, type ReportData } from '../../../src/core/report/reportData.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';

export const HOSTILE_HTML = '<img src=x onerror=alert(1)>';
export const HOSTILE_FORMULA = '=HYPERLINK("http://evil.example","click")';
export const GENERATED_AT = new Date('2024-05-01T08:00:00Z');

export function tinyPark(): ParkModel {
  const park = buildPark({
    materials: {
      coal: 'product',
      steam: 'energy',
      slag: 'waste',
      ammonia: 'product',
      nitrate: 'product',
      bricks: 'product',
    },
    enterprises: {
      chp: { cluster: 'utilities', in: { coal: 1000 }, out: { steam: 800, slag: 200 } },
      chem: { cluster: 'chemicals', in: { steam: 500 }, out: { ammonia: 300 } },
      fert: { cluster: 'chemicals', in: { ammonia: 100 } },
    },
    flows: [
      ['@supply', 'chp', 'coal', 1000],
      ['chp', 'chem', 'steam', 500],
      ['chp', '@disposal', 'slag', 200],
      ['chem', 'fert', 'ammonia', 100],
      ['chem', '@market', 'ammonia', 200],
    ],
    chains: { energy: ['coal', 'steam', 'ammonia'], nitrogen: ['ammonia', 'nitrate'] },
  });
  const names: Record<string, string> = { fert: HOSTILE_HTML, chem: HOSTILE_FORMULA };
  return {
    ...park,
    enterprises: park.enterprises.map((e) => (names[e.id] ? { ...e, name: { zh: names[e.id], en: names[e.id] } } : e)),
  };
}

export function tinyCatalogue(): TechnologyCatalogue {
  return {
    schemaVersion: 1,
    sources: [],
    materials: [
      { id: 'slag', name: { zh: '炉渣', en: 'slag' }, category: 'waste', unit: 't/a' },
      { id: 'bricks', name: { zh: '砖', en: 'bricks' }, category: 'product', unit: 't/a' },
      { id: 'ammonia', name: { zh: '氨', en: 'ammonia' }, category: 'product', unit: 't/a' },
      { id: 'nitrate', name: { zh: '硝酸盐', en: 'nitrate' }, category: 'product', unit: 't/a' },
    ],
    technologies: [
      {
        id: 'slag-bricks',
        name: { zh: '炉渣制砖', en: 'Slag bricks' },
        reference: 'slag',
        inputs: [{ material: 'slag', ratio: 1 }],
        outputs: [{ material: 'bricks', ratio: 0.9 }],
        typicalCapacity: 500,
        role: 'recycler',
        estimated: true,
        basis: 'made up for tests',
      },
      {
        id: 'nitrate-plant',
        name: { zh: HOSTILE_FORMULA, en: HOSTILE_FORMULA },
        reference: 'ammonia',
        inputs: [{ material: 'ammonia', ratio: 1 }],
        outputs: [{ material: 'nitrate', ratio: 1.2 }],
        typicalCapacity: 1000,
        role: 'producer',
        estimated: true,
        basis: 'made up for tests',
      },
    ],
  };
}

export interface TinyReport {
  readonly model: ParkModel;
  readonly catalogue: TechnologyCatalogue;
  readonly analysis: ParkAnalysis;
  readonly data: ReportData;
}

export function tinyReport(): TinyReport {
  const model = tinyPark();
  const catalogue = tinyCatalogue();
  const analysis = analyzePark(model, { catalogue });
  const data = gatherReportData(model, analysis, { catalogue, generatedAt: GENERATED_AT, source: 'tiny.json' });
  return { model, catalogue, analysis, data };
}
