import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePark } from '../../../src/core/analysis/analyzePark.ts';
import { validateCatalogue } from '../../../src/core/catalogue/validate.ts';
import { validateModelText } from '../../../src/core/model/validate.ts';
import { shownAnalysis, type ShownAnalysis } from '../../../src/app/analysis/shownAnalysis.ts';
import { createShownReceiver, createShownSender } from '../../../src/app/analysis/shownChannel.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';

const loaded = validateModelText(readFileSync('data/linyi-etdz.json', 'utf8'), 'linyi-etdz.json');
if (!loaded.ok) throw new Error('the reference park does not validate');
const checked = validateCatalogue(JSON.parse(readFileSync('data/technologies.json', 'utf8')));
if (!checked.ok) throw new Error('the technology catalogue does not validate');
const catalogue = checked.catalogue;
const park = loaded.model;

const shownOf = (model: ParkModel) =>
  shownAnalysis(analyzePark(model, { betweenness: 'exact', catalogue }), model.enterprises);

/** The park with its first quantified flow's quantity doubled: the same actors, a few figures changed. */
function edited(model: ParkModel): ParkModel {
  const at = model.flows.findIndex((f) => f.quantity !== undefined);
  const flows = model.flows.slice();
  flows[at] = { ...flows[at]!, quantity: flows[at]!.quantity! * 2 };
  return { ...model, flows };
}

describe('the shown analysis on the wire', () => {
  const first = shownOf(park);
  const second = shownOf(edited(park));

  it('sends the actor ids once while they stay the same, and the page gets them back each time', () => {
    const send = createShownSender();
    const receive = createShownReceiver();
    const a = structuredClone(send(first));
    const b = structuredClone(send(second));
    expect(a.network?.actors.ids).toEqual(first.network?.actors.ids);
    expect(b.network?.actors.ids).toBeNull();
    const gotA = receive(a);
    const gotB = receive(b);
    expect(gotB.network?.actors.ids).toEqual(second.network?.actors.ids);
    // The same array, so the page's index of it serves again.
    expect(gotB.network?.actors.ids).toBe(gotA.network?.actors.ids);
    expect(gotB.network?.actors.throughflow).toEqual(second.network?.actors.throughflow);
    // Other actors: the ids travel again.
    const fewer: ShownAnalysis = {
      ...second,
      network: { ...second.network!, actors: { ...second.network!.actors, ids: second.network!.actors.ids.slice(1) } },
    };
    const c = structuredClone(send(fewer));
    expect(c.network?.actors.ids).toEqual(fewer.network?.actors.ids);
    expect(receive(c).network?.actors.ids).toEqual(fewer.network?.actors.ids);
  });

  it('sends the findings and the closures an edit changed; the page gets them all, the unchanged as they were', () => {
    const send = createShownSender();
    const receive = createShownReceiver();
    const a = structuredClone(send(first));
    expect(a.resilience?.changed).toHaveLength(first.resilience!.length);
    const b = structuredClone(send(second));
    const changedClosures = second.resilience!.filter(
      (c, i) => JSON.stringify(c) !== JSON.stringify(first.resilience![i]),
    );
    expect(b.resilience?.changed.length).toBeLessThan(second.resilience!.length);
    expect(b.resilience?.changed.map(([, c]) => c)).toEqual(changedClosures);
    const gotA = receive(a);
    const gotB = receive(b);
    expect(gotB).toEqual(second);
    const kept = second.resilience!.findIndex((c) => !changedClosures.includes(c));
    expect(gotB.resilience![kept]).toBe(gotA.resilience![kept]);
  });

  it('refuses a message naming ids it was never sent', () => {
    const send = createShownSender();
    send(first);
    const later = structuredClone(send(second));
    expect(() => createShownReceiver()(later)).toThrow(/never sent/);
  });
});
