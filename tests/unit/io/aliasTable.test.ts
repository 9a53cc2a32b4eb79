import { describe, expect, it } from 'vitest';
import { AliasResolver, readAliasTable } from '../../../src/core/io/aliasTable.ts';
import { formatProblem } from '../../../src/core/model/problems.ts';

const lines = (problems: readonly { message: { en: string } }[]) =>
  problems.map((p) => formatProblem(p as Parameters<typeof formatProblem>[0], 'en'));

describe('readAliasTable', () => {
  it('reads name,same-as and follows chains to the final name', () => {
    const result = readAliasTable('name,same-as\na,b\nb,c\nHuaxin cement plant,Huaxin Cement\n', 'aliases.csv');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect([...result.table.entries]).toEqual([
      ['a', { target: 'c', row: 2 }],
      ['b', { target: 'c', row: 3 }],
      ['Huaxin cement plant', { target: 'Huaxin Cement', row: 4 }],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it('accepts Chinese headers and GBK-style BOM-less text, and trims names', () => {
    const result = readAliasTable('名称,等同于\n 华新水泥厂 , 华新水泥 \n', 'aliases.csv');
    expect(result.ok && [...result.table.entries]).toEqual([['华新水泥厂', { target: '华新水泥', row: 2 }]]);
  });

  it('reports a cycle once, at its first row, naming every row of it', () => {
    const result = readAliasTable('name,same-as\nx,y\na,b\nb,c\nc,a\nd,a\n', 'aliases.csv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(lines(result.errors)).toEqual([
      'aliases.csv, row 3, column name: the aliases form a cycle: "a" → "b" → "c" → "a" (rows 3–5), so no name is final',
    ]);
    expect(result.errors[0]?.message.zh).toContain('别名成环');
  });

  it('reports blank cells, conflicting targets and overlong names at their rows', () => {
    const result = readAliasTable(`name,same-as\n,x\ny,\na,b\na,c\n${'n'.repeat(400)},z\n`, 'aliases.csv');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(lines(result.errors)).toEqual([
      'aliases.csv, row 2, column name: the name is missing',
      'aliases.csv, row 3, column same-as: the name it is the same as is missing',
      'aliases.csv, row 5, column name: "a" is the same as "b" on row 4 but "c" here',
      'aliases.csv, row 6, column name: the name is too long (400 characters; at most 300)',
    ]);
  });

  it('warns about rows that map a name to itself and columns it does not read', () => {
    const result = readAliasTable('name,same-as,why\na,a,\nb,c,typo\n', 'aliases.csv');
    expect(result.ok).toBe(true);
    expect(lines(result.warnings)).toEqual([
      'aliases.csv, row 1: an alias table has two columns, name and same-as: column "why" is ignored',
      'aliases.csv, row 2, column same-as: "a" is the same as itself: the row does nothing',
    ]);
  });

  it('needs both columns', () => {
    const result = readAliasTable('name,target\na,b\n', 'aliases.csv');
    expect(!result.ok && result.errors.map((p) => p.code)).toEqual(['csv-missing-column']);
  });
});

describe('AliasResolver', () => {
  it('resolves names and names the entries never used', () => {
    const read = readAliasTable('name,same-as\na,b\nzz,b\n', 'aliases.csv');
    if (!read.ok) throw new Error('expected a table');
    const resolver = new AliasResolver(read.table);
    expect(resolver.resolve('a')).toBe('b');
    expect(resolver.resolve('b')).toBe('b');
    expect(resolver.resolve('A')).toBe('A');
    const warning = resolver.unusedWarning('flows.csv');
    expect(warning && formatProblem(warning, 'en')).toBe(
      'aliases.csv, row 3: the alias table\'s "zz" (row 3) appears nowhere in flows.csv',
    );
    expect(new AliasResolver(undefined).unusedWarning('flows.csv')).toBeUndefined();
  });
});
