import { describe, expect, it } from 'vitest';
import { flowRunsIn, hasDatedFlows, modelAsOf, yearsOf } from '../../../src/core/model/asOf.ts';
import { asOfLabel, asOfNotes, parseAsOfYear } from '../../../src/core/model/asOfYear.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { validateModel } from '../../../src/core/model/validate.ts';
import { datedPark } from '../../fixtures/datedPark.ts';

const ids = (items: readonly { id: string }[]) => items.map((i) => i.id);

describe('flowRunsIn', () => {
  it('runs from the start year up to the year before the end year', () => {
    const flow = { startYear: 1980, endYear: 1990 };
    expect([1979, 1980, 1989, 1990].map((y) => flowRunsIn(flow, y))).toEqual([false, true, true, false]);
  });
  it('takes a flow without a start year as present from the beginning', () => {
    expect(flowRunsIn({}, 1800)).toBe(true);
    expect(flowRunsIn({ endYear: 1990 }, 1900)).toBe(true);
    expect(flowRunsIn({ endYear: 1990 }, 1990)).toBe(false);
  });
  it('never runs a flow that ends in the year it starts', () => {
    expect(flowRunsIn({ startYear: 1990, endYear: 1990 }, 1990)).toBe(false);
  });
});

describe('yearsOf', () => {
  it('lists every distinct start and end year, ascending', () => {
    expect(yearsOf(datedPark())).toEqual([1972, 1975, 1978, 1980, 1985, 1990, 1995]);
    expect(hasDatedFlows(datedPark())).toBe(true);
  });
  it('is empty for a park without years', () => {
    const park = datedPark();
    const undated: ParkModel = {
      ...park,
      flows: park.flows.map(({ startYear: _s, endYear: _e, ...rest }) => rest),
    };
    expect(yearsOf(undated)).toEqual([]);
    expect(hasDatedFlows(undated)).toBe(false);
  });
});

describe('modelAsOf', () => {
  const park = datedPark();

  it('keeps the exchanges begun by then and not yet ended, and the enterprises they show to be there', () => {
    // 1985: f0 (undated), f1 (1972–1995), f2, f7 (1978–1990), f3, f4 (1985–1990); not yet f5 (1990), f6 (1995).
    const in1985 = modelAsOf(park, 1985);
    expect(ids(in1985.flows)).toEqual(['f0', 'f1', 'f2', 'f7', 'f3', 'f4']);
    expect(ids(in1985.enterprises)).toEqual(['power', 'refinery', 'board', 'farm']);
    // 1990: f4 and f7 ended (the end year is the first year without them), f5 began.
    expect(ids(modelAsOf(park, 1990).flows)).toEqual(['f0', 'f1', 'f2', 'f3', 'f5']);
    // 1995: f1 ended, f6 began.
    expect(ids(modelAsOf(park, 1995).flows)).toEqual(['f0', 'f2', 'f3', 'f5', 'f6']);
  });

  it('drops an enterprise whose flows are all dated and none runs, and keeps one whose flows carry no year', () => {
    // 1974: only f0 (undated) and f1 run; board and farm have dated flows only, none running.
    const in1974 = modelAsOf(park, 1974);
    expect(ids(in1974.enterprises)).toEqual(['power', 'refinery']);
    // Before any year: power stays (its f0 has no year), everyone else has only dated flows.
    expect(ids(modelAsOf(park, 1950).enterprises)).toEqual(['power']);
    expect(ids(modelAsOf(park, 1950).flows)).toEqual(['f0']);
    // An enterprise with no flow at all: nothing says when it existed, so it is always there.
    const withIdle: ParkModel = {
      ...park,
      enterprises: [...park.enterprises, { ...park.enterprises[0]!, id: 'idle' }],
    };
    expect(ids(modelAsOf(withIdle, 1950).enterprises)).toEqual(['power', 'idle']);
  });

  it('keeps materials, clusters, chains and the park as they are, dated to the year asked', () => {
    const in1972 = modelAsOf(park, 1972);
    expect(in1972.materials).toBe(park.materials);
    expect(in1972.clusters).toBe(park.clusters);
    expect(in1972.chains).toBe(park.chains);
    expect(in1972.park).toEqual({ ...park.park, referenceYear: 1972 });
  });

  it('does not change the model it is given', () => {
    const before = JSON.stringify(park);
    modelAsOf(park, 1980);
    expect(JSON.stringify(park)).toBe(before);
  });

  it('gives a valid model for every year, with no warning the whole model does not have', () => {
    const whole = validateModel(park);
    expect(whole.ok).toBe(true);
    const warningCodes = new Set(whole.warnings.map((w) => w.code));
    for (let year = 1960; year <= 2000; year++) {
      const result = validateModel(modelAsOf(park, year));
      expect(result.ok, `as of ${year}`).toBe(true);
      expect(result.warnings.filter((w) => !warningCodes.has(w.code)).map((w) => w.code)).toEqual([]);
    }
  });

  it('drops a replacement that does not run that year and positions of absent enterprises', () => {
    const withPlan: ParkModel = {
      ...park,
      flows: [
        ...park.flows.map((f) => (f.id === 'f1' ? { ...f, replacedBy: 'p1' } : f)),
        { id: 'p1', from: 'power', to: 'refinery', material: 'steam', status: 'planned', startYear: 2030 },
      ],
      view: { positions: { power: { x: 1, y: 2 }, farm: { x: 3, y: 4 }, '@market': { x: 5, y: 6 } } },
    };
    expect(validateModel(withPlan).ok).toBe(true);
    const in1980 = modelAsOf(withPlan, 1980);
    expect(in1980.flows.find((f) => f.id === 'f1')?.replacedBy).toBeUndefined();
    expect(Object.keys(in1980.view?.positions ?? {})).toEqual(['power', 'farm', '@market']);
    expect(Object.keys(modelAsOf(withPlan, 1975).view?.positions ?? {})).toEqual(['power', '@market']);
    const result = validateModel(in1980);
    expect(result.ok).toBe(true);
  });

  it('shows a plant closed today as operating in the years its dated exchanges ran', () => {
    const closed: ParkModel = {
      ...park,
      enterprises: park.enterprises.map((e) => (e.id === 'refinery' ? { ...e, status: 'closed' } : e)),
    };
    expect(modelAsOf(closed, 1980).enterprises.find((e) => e.id === 'refinery')?.status).toBe('operating');
    // Its own record is untouched.
    expect(closed.enterprises.find((e) => e.id === 'refinery')?.status).toBe('closed');
  });

  it('leaves a closed plant closed when only undated flows touch it', () => {
    const closed: ParkModel = {
      ...park,
      enterprises: park.enterprises.map((e) => (e.id === 'power' ? { ...e, status: 'closed' } : e)),
      flows: park.flows.filter((f) => f.id === 'f0'),
    };
    expect(modelAsOf(closed, 1980).enterprises[0]?.status).toBe('closed');
  });
});

describe('the year asked for', () => {
  it('accepts whole years in the range a flow year may take', () => {
    expect(parseAsOfYear('1995')).toEqual({ ok: true, year: 1995 });
    expect(parseAsOfYear(' 2000 ')).toEqual({ ok: true, year: 2000 });
  });

  it('refuses anything else, naming the option and the value', () => {
    for (const bad of ['abc', '1995.5', '-5', '', '19 95']) {
      const parsed = parseAsOfYear(bad);
      expect(parsed.ok, bad).toBe(false);
      if (!parsed.ok) expect(parsed.message.en).toContain(`--as-of "${bad}"`);
    }
    const early = parseAsOfYear('1800');
    expect(early.ok).toBe(false);
    if (!early.ok) {
      expect(early.message.en).toBe(
        '--as-of 1800: the year must be between 1900 and 2200 (the range of flow start and end years)',
      );
      expect(early.message.zh).toContain('1900–2200');
    }
    expect(parseAsOfYear('2201').ok).toBe(false);
  });

  it('matches the schema: the years it refuses are years no flow may carry', () => {
    const park = datedPark();
    const at = (year: number) => validateModel({ ...park, flows: [{ ...park.flows[2]!, startYear: year }] }).ok;
    expect([at(1899), at(1900), at(2200), at(2201)]).toEqual([false, true, true, false]);
  });

  it('says in words what the park as of a year holds', () => {
    const park = datedPark();
    expect(asOfLabel(1990, 'zh')).toBe('截至 1990 年');
    expect(asOfLabel(1990, 'en')).toBe('as of 1990');
    expect(asOfNotes(park, 1960).map((n) => n.en)).toEqual([
      '1960 is before the first recorded change (1972): the park holds only the flows without a start year.',
      '1 flow gives no start year (nor any year) and is taken as present from the start.',
    ]);
    expect(asOfNotes(park, 2010)[0]?.en).toBe(
      '2010 is after the last recorded change (1995): the park is as it was in 1995.',
    );
    expect(asOfNotes(park, 1985)).toHaveLength(1);
    const undated: ParkModel = { ...park, flows: park.flows.map(({ startYear: _s, endYear: _e, ...f }) => f) };
    expect(asOfNotes(undated, 1985).map((n) => n.zh)).toEqual([
      '模型中的物质流都未注明年份:各年份的园区相同,截至 1985 年即全部 8 条物质流。',
    ]);
  });
});
