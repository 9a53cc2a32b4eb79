/**
 * A structure-only park (domain.md §5a) — exchanges without quantities,
 * with start and end years, citations and custom attributes — goes through
 * every format and comes back: exactly through the lossless ones, flow by
 * flow through the exchange list (which carries flows only).
 */
import { describe, expect, it } from 'vitest';
import { MODEL_FORMATS } from '../../../src/core/io/formats.ts';
import { localize } from '../../../src/core/model/labels.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { roundTrip } from '../../fixtures/io/roundTrip.ts';
import { validateModel } from '../../../src/core/model/validate.ts';

const STRUCTURAL: ParkModel = {
  schemaVersion: 2,
  park: {
    id: 'kalundborg',
    name: { en: 'Kalundborg' },
    referenceYear: 2010,
    sources: [
      { id: 'src-1', title: 'Jacobsen 2006', url: 'https://doi.org/10.1162/108819806775545411' },
      { id: 'src-2', title: 'Ehrenfeld & Gertler 1997' },
    ],
  },
  clusters: [{ id: 'unassigned', name: { en: 'Unassigned' } }],
  materials: [
    { id: 'steam', name: { en: 'steam' }, category: 'energy', unit: 'GJ/a' },
    { id: 'fly-ash', name: { en: 'fly ash', zh: '粉煤灰' }, category: 'by-product', unit: 't/a' },
    { id: 'gas', name: { en: 'refinery gas' }, category: 'unclassified', unit: 't/a' },
  ],
  enterprises: [
    ['asnaes', 'Asnæs Power Station'],
    ['statoil', 'Statoil Refinery'],
    ['gyproc', 'Gyproc'],
  ].map(([id, name]) => ({
    id: id as string,
    name: { en: name as string },
    cluster: 'unassigned',
    role: 'producer' as const,
    status: 'operating' as const,
    inputs: [],
    outputs: [],
    capacities: [],
  })),
  flows: [
    {
      id: 'f-1',
      from: 'asnaes',
      to: 'statoil',
      material: 'steam',
      status: 'existing',
      startYear: 1982,
      endYear: 2013,
      source: 'src-1',
      attributes: { 'distance km': 3.5, verified: true, 'pipe operator': 'DONG' },
    },
    { id: 'f-2', from: 'statoil', to: 'gyproc', material: 'gas', status: 'existing', startYear: 1972, source: 'src-2' },
    { id: 'f-3', from: 'asnaes', to: 'gyproc', material: 'fly-ash', unit: 't/a', status: 'planned', note: 'trial' },
    { id: 'f-4', from: '@supply', to: 'asnaes', material: 'gas', status: 'existing', endYear: 2001 },
  ],
  chains: [],
};

/** A flow as the exchange list states it: names for ids, the citation's text for its id. */
function stated(model: ParkModel) {
  const name = (id: string) =>
    id.startsWith('@') ? id : localize((model.enterprises.find((e) => e.id === id) ?? { name: { en: id } }).name, 'zh');
  const material = (id: string) => model.materials.find((m) => m.id === id);
  return model.flows.map((f) => ({
    from: name(f.from),
    to: name(f.to),
    material: localize(material(f.material)?.name ?? { en: f.material }, 'zh'),
    category: material(f.material)?.category,
    quantity: f.quantity,
    unit: f.unit,
    status: f.status,
    startYear: f.startYear,
    endYear: f.endYear,
    citation: model.park.sources?.find((s) => s.id === f.source)?.title,
    note: f.note,
    attributes: f.attributes,
  }));
}

describe('a structure-only park', () => {
  const valid = validateModel(STRUCTURAL);

  it('is a valid model, with one warning for its unmeasured flows', () => {
    expect(valid.ok, JSON.stringify(!valid.ok && valid.errors)).toBe(true);
    expect(valid.warnings.filter((w) => w.code === 'flows-without-quantity')).toHaveLength(1);
  });

  it.each(MODEL_FORMATS.filter((f) => f !== 'flows-csv'))('comes back exactly through %s', async (format) => {
    expect(await roundTrip(STRUCTURAL, format)).toEqual(STRUCTURAL);
  });

  it('comes back flow by flow through the exchange list, and again the same', async () => {
    const once = await roundTrip(STRUCTURAL, 'flows-csv');
    expect(stated(once)).toEqual(stated(STRUCTURAL));
    expect(once.park.sources?.map((s) => s.title)).toEqual(['Jacobsen 2006', 'Ehrenfeld & Gertler 1997']);
    expect(once.flows.every((f) => f.quantity === undefined)).toBe(true);
    const twice = await roundTrip(once, 'flows-csv');
    expect(twice.flows).toEqual(once.flows);
  });
});
