/**
 * Probable duplicate names as data (what the app's merge step lists): each
 * group with every spelling and the rows it is on, beside the warning that
 * says the same; and an alias table made from pairs (the user's merge
 * choices) checked by the rules an alias file is.
 */
import { describe, expect, it } from 'vitest';
import { aliasTableOf } from '../../../src/core/io/aliasTable.ts';
import { importFlowsCsv } from '../../../src/core/io/flowsCsv.ts';
import { duplicateNames } from '../../../src/core/io/flowsCsvNames.ts';
import { importModel } from '../../../src/core/io/formats.ts';
import { formatProblem } from '../../../src/core/model/problems.ts';

const options = { file: 'list.csv', referenceYear: 2024 };

describe('the groups of probable duplicates an exchange list gives', () => {
  const csv = `from,to,material
Asnaes Power Station,Statoil Refinery,fly ash
Asnæs power station,Novo Nordisk,Fly-ash
Novo Nordisk,Asnæs power station,steam
Statoil Refinery,@disposal,flyash
ASNAES POWER STATION,ASNAES POWER STATION,steam
`;

  it('names every spelling with its rows, enterprises then materials, beside one warning per group', () => {
    const result = importFlowsCsv(csv, options);
    expect(result.ok).toBe(true);
    expect(result.probableDuplicates).toEqual([
      {
        kind: 'enterprise',
        spellings: [
          { name: 'Asnaes Power Station', rows: [2] },
          { name: 'Asnæs power station', rows: [3, 4] },
          // A row naming it at both ends is one row.
          { name: 'ASNAES POWER STATION', rows: [6] },
        ],
      },
      {
        kind: 'material',
        spellings: [
          { name: 'fly ash', rows: [2] },
          { name: 'Fly-ash', rows: [3] },
          { name: 'flyash', rows: [5] },
        ],
      },
    ]);
    const warnings = result.warnings.filter((p) => p.code === 'csv-probable-duplicates');
    expect(warnings.map((p) => formatProblem(p, 'en'))).toEqual([
      'list.csv, row 3, column from: probable duplicate enterprise names: "Asnaes Power Station" (row 2), "Asnæs power station" (rows 3–4), "ASNAES POWER STATION" (row 6); kept apart: if they are one enterprise, list them in an alias table (name,same-as)',
      'list.csv, row 3, column material: probable duplicate material names: "fly ash" (row 2), "Fly-ash" (row 3), "flyash" (row 5); kept apart: if they are one material, list them in an alias table (name,same-as)',
    ]);
  });

  it('comes through importModel, and is absent when there are none', async () => {
    const bytes = new TextEncoder().encode(csv);
    expect((await importModel(bytes, 'flows-csv', options)).probableDuplicates).toHaveLength(2);
    expect(importFlowsCsv('from,to,material\nA,B,x\n', options)).not.toHaveProperty('probableDuplicates');
  });

  it('is given with the errors too, so a report can still list them', () => {
    // Row 3: a unit that does not convert to the material's is an error.
    const result = importFlowsCsv('from,to,material,quantity,unit\nAsnaes,B,x,1,t/a\nAsnæs,C,x,5,GJ/a\n', options);
    expect(result.ok).toBe(false);
    expect(result.probableDuplicates?.map((g) => g.spellings.map((s) => s.name))).toEqual([['Asnaes', 'Asnæs']]);
  });

  it('leaves the park boundary out', () => {
    const { groups } = duplicateNames(
      [
        { name: '@supply', row: 2, column: 'from' },
        { name: '@Supply', row: 3, column: 'from' },
      ],
      'enterprise',
      'list.csv',
    );
    expect(groups).toEqual([]);
  });
});

describe('an alias table made from pairs', () => {
  it('is the table a file with the same rows gives, chains followed', () => {
    const result = aliasTableOf(
      [
        { name: 'a', sameAs: 'b' },
        { name: 'b', sameAs: 'c' },
      ],
      'choices',
    );
    expect(result.ok && [...result.table.entries]).toEqual([
      ['a', { target: 'c', row: 1 }],
      ['b', { target: 'c', row: 2 }],
    ]);
    expect(aliasTableOf([], 'choices')).toMatchObject({ ok: true, warnings: [] });
  });

  it('refuses what a file would be refused for: a cycle, two targets, a blank name', () => {
    const lines = (pairs: { name: string; sameAs: string }[]) => {
      const result = aliasTableOf(pairs, 'choices');
      return result.ok ? [] : result.errors.map((p) => formatProblem(p, 'en'));
    };
    expect(
      lines([
        { name: 'a', sameAs: 'b' },
        { name: 'b', sameAs: 'a' },
      ]),
    ).toEqual([
      'choices, row 1, column name: the aliases form a cycle: "a" → "b" → "a" (rows 1–2), so no name is final',
    ]);
    expect(
      lines([
        { name: 'a', sameAs: 'b' },
        { name: 'a', sameAs: 'c' },
      ]),
    ).toEqual(['choices, row 2, column name: "a" is the same as "b" on row 1 but "c" here']);
    expect(lines([{ name: ' ', sameAs: 'b' }])).toEqual(['choices, row 1, column name: the name is missing']);
  });

  it('merges in an import exactly as the file would', () => {
    const table = aliasTableOf([{ name: 'Asnaes', sameAs: 'Asnæs' }], 'choices');
    if (!table.ok) throw new Error('refused');
    const result = importFlowsCsv('from,to,material\nAsnaes,B,x\nAsnæs,C,x\n', { ...options, aliases: table.table });
    expect(result.ok && result.model.enterprises.map((e) => e.name.en)).toEqual(['Asnæs', 'B', 'C']);
    expect(result).not.toHaveProperty('probableDuplicates');
  });
});
