/**
 * The import report's merge step without a browser: every group starts kept
 * apart with the most frequent spelling offered, choices become an alias
 * table only for merged groups, the report must be read again before a
 * changed choice can be confirmed, and reading again with the choices
 * merges exactly those names (the merged group's warning goes, the counts
 * change, a group kept apart stays).
 */
import { describe, expect, it } from 'vitest';
import type { DuplicateNameGroup } from '../../../src/core/io/flowsCsvNames.ts';
import { prepareImport, type PickedFile } from '../../../src/app/imports/importFlow.ts';
import {
  aliasPairs,
  choose,
  defaultTarget,
  hasUnapplied,
  markApplied,
  mergedCount,
  startMerges,
} from '../../../src/app/imports/importMerges.ts';
import { canConfirm, importAction, summariseReport, type ImportReport } from '../../../src/app/imports/importReport.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';

const asnaes: DuplicateNameGroup = {
  kind: 'enterprise',
  spellings: [
    { name: 'Asnaes Power Station', rows: [2] },
    { name: 'Asnæs power station', rows: [3, 5] },
  ],
};
const statoil: DuplicateNameGroup = {
  kind: 'enterprise',
  spellings: [
    { name: 'Statoil Refinery', rows: [2, 4] },
    { name: 'Statoil refinery', rows: [6] },
    { name: 'STATOIL REFINERY', rows: [7, 8] },
  ],
};

describe('the merge choices', () => {
  it('offer the spelling on the most rows, the first one given on a tie', () => {
    expect(defaultTarget(asnaes)).toBe('Asnæs power station');
    expect(defaultTarget(statoil)).toBe('Statoil Refinery');
  });

  it('start with every group kept apart, and need no step without groups', () => {
    expect(startMerges(undefined)).toBeNull();
    expect(startMerges([])).toBeNull();
    const session = startMerges([asnaes, statoil])!;
    expect(session.chosen).toEqual([
      { merge: false, into: 'Asnæs power station' },
      { merge: false, into: 'Statoil Refinery' },
    ]);
    expect(session.applied).toEqual(session.chosen);
    expect(hasUnapplied(session)).toBe(false);
    expect(aliasPairs(session.groups, session.chosen)).toEqual([]);
    expect(mergedCount(session)).toBe(0);
  });

  it('turn a merged group into an alias table: every other spelling becomes the chosen one', () => {
    let session = startMerges([asnaes, statoil])!;
    session = choose(session, 1, { merge: true, into: 'STATOIL REFINERY' });
    expect(aliasPairs(session.groups, session.chosen)).toEqual([
      { name: 'Statoil Refinery', sameAs: 'STATOIL REFINERY' },
      { name: 'Statoil refinery', sameAs: 'STATOIL REFINERY' },
    ]);
  });

  it('ignore a target that is not one of the group’s spellings, or a group that does not exist', () => {
    const session = startMerges([asnaes])!;
    expect(choose(session, 0, { merge: true, into: 'Asnes' })).toBe(session);
    expect(choose(session, 3, { merge: true, into: 'Asnaes Power Station' })).toBe(session);
  });

  it('are unapplied until the report is read with them; a target changed on a group kept apart does not count', () => {
    const start = startMerges([asnaes, statoil])!;
    expect(hasUnapplied(choose(start, 0, { merge: false, into: 'Asnaes Power Station' }))).toBe(false);
    const merged = choose(start, 0, { merge: true, into: 'Asnaes Power Station' });
    expect(hasUnapplied(merged)).toBe(true);
    const applied = markApplied(merged);
    expect(hasUnapplied(applied)).toBe(false);
    expect(mergedCount(applied)).toBe(1);
    expect(hasUnapplied(choose(applied, 0, { merge: true, into: 'Asnæs power station' }))).toBe(true);
    // Back to apart: the report read with the merge no longer matches.
    expect(hasUnapplied(choose(applied, 0, { merge: false, into: 'Asnaes Power Station' }))).toBe(true);
    expect(hasUnapplied(null)).toBe(false);
  });
});

const CSV = `from,to,material,category,quantity,unit,year,source
Asnaes Power Station,Statoil Refinery,steam,energy,,,1982,Jacobsen 2006
Asnæs power station,Novo Nordisk,steam,,,,1982,Jacobsen 2006
Statoil Refinery,Gyproc,gas,,,,1972,Ehrenfeld & Gertler 1997
Asnæs power station,Gyproc,fly ash,by-product,,,1993,Jacobsen 2006
Novo Nordisk,Farmers,sludge,waste,,,1976,Jacobsen 2006
Statoil refinery,Kemira,sulphur,,,,1990,
`;
const csv = (): PickedFile => ({ name: 'kalundborg.csv', bytes: new TextEncoder().encode(CSV) });
const duplicateWarnings = (report: ImportReport) =>
  report.plan.problems.filter((p) => p.code === 'csv-probable-duplicates').map((p) => p.message.en);
const created = (report: ImportReport) => summariseReport(report, 'en')?.kinds.find((k) => k.kind === 'enterprises');

describe('reading the file again with the choices', () => {
  it('lists the groups with their rows on the first reading, merging nothing', async () => {
    const report = await prepareImport([csv()], undefined);
    expect(report.duplicates).toEqual([
      {
        kind: 'enterprise',
        spellings: [
          { name: 'Asnaes Power Station', rows: [2] },
          { name: 'Asnæs power station', rows: [3, 5] },
        ],
      },
      {
        kind: 'enterprise',
        spellings: [
          { name: 'Statoil Refinery', rows: [2, 4] },
          { name: 'Statoil refinery', rows: [7] },
        ],
      },
    ]);
    expect(created(report)?.created.count).toBe(8);
    expect(duplicateWarnings(report)).toHaveLength(2);
    // It crosses postMessage from the worker: plain data only.
    expect(structuredClone(report)).toEqual(report);
  });

  it('merges a merged group under the chosen name and keeps the other apart, its warning still there', async () => {
    const first = await prepareImport([csv()], undefined);
    const session = choose(startMerges(first.duplicates)!, 0, { merge: true, into: 'Asnæs power station' });
    const again = await prepareImport([csv()], undefined, { aliases: aliasPairs(session.groups, session.chosen) });
    expect(canConfirm(again)).toBe(true);
    expect(created(again)?.created.count).toBe(7);
    expect(created(again)?.created.names).not.toContain('Asnaes Power Station');
    expect(duplicateWarnings(again)).toEqual([expect.stringContaining('"Statoil refinery"')]);
    expect(again.duplicates?.map((g) => g.spellings[0]?.name)).toEqual(['Statoil Refinery']);
    expect(again.plan.problems.some((p) => p.code === 'alias-unused')).toBe(false);
    // Confirming applies the merged reading, whichever way the report offers.
    const model = again.plan.ok ? again.plan.model : undefined;
    expect(importAction(again, 'new', 'en')).toMatchObject({ kind: 'new', model });
    const current = buildPark({ materials: { slag: 'by-product' }, enterprises: { a: {}, b: {} }, flows: [] });
    const replacing = await prepareImport([csv()], current, { aliases: aliasPairs(session.groups, session.chosen) });
    expect(importAction(replacing, 'replace', 'en')).toMatchObject({ kind: 'replace' });
    expect(replacing.plan.ok && replacing.plan.model.enterprises).toHaveLength(7);
  });

  it('reads with no merge at all when every group is kept apart', async () => {
    const first = await prepareImport([csv()], undefined);
    const session = startMerges(first.duplicates)!;
    const again = await prepareImport([csv()], undefined, { aliases: aliasPairs(session.groups, session.chosen) });
    expect(again).toEqual(first);
  });

  it('reports choices core refuses as an alias table (a cycle) as errors, not as an exception', async () => {
    const report = await prepareImport([csv()], undefined, {
      aliases: [
        { name: 'Statoil Refinery', sameAs: 'Statoil refinery' },
        { name: 'Statoil refinery', sameAs: 'Statoil Refinery' },
      ],
    });
    expect(canConfirm(report)).toBe(false);
    expect(report.plan.problems.map((p) => p.code)).toEqual(['alias-cycle']);
  });
});
