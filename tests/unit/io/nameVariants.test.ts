import { describe, expect, it } from 'vitest';
import { probableDuplicates, variantKey } from '../../../src/core/io/nameVariants.ts';

describe('probableDuplicates', () => {
  it('groups names that differ only in case, spacing, punctuation or width', () => {
    expect(
      probableDuplicates([
        'Huaxin Cement',
        'huaxin  cement',
        'HUAXIN-CEMENT',
        'Ｈｕａｘｉｎ Ｃｅｍｅｎｔ',
        'Huaxin.Cement',
        'Other',
      ]),
    ).toEqual([['Huaxin Cement', 'huaxin  cement', 'HUAXIN-CEMENT', 'Ｈｕａｘｉｎ Ｃｅｍｅｎｔ', 'Huaxin.Cement']]);
  });

  it('groups a name with the same name plus a generic ending', () => {
    expect(probableDuplicates(['Huaxin Cement', 'Huaxin cement plant'])).toEqual([
      ['Huaxin Cement', 'Huaxin cement plant'],
    ]);
    expect(probableDuplicates(['Acme', 'ACME Co., Ltd.', 'Acme Company', 'Acme Group Inc'])).toEqual([
      ['Acme', 'ACME Co., Ltd.', 'Acme Company', 'Acme Group Inc'],
    ]);
    expect(probableDuplicates(['Novo Nordisk A/S', 'Novo Nordisk'])).toEqual([['Novo Nordisk A/S', 'Novo Nordisk']]);
    expect(probableDuplicates(['华新水泥', '华新水泥厂', '华新水泥有限公司', '华新水泥集团股份有限公司'])).toEqual([
      ['华新水泥', '华新水泥厂', '华新水泥有限公司', '华新水泥集团股份有限公司'],
    ]);
    expect(probableDuplicates(['临沂热电（集团）有限公司', '临沂热电'])).toEqual([
      ['临沂热电（集团）有限公司', '临沂热电'],
    ]);
  });

  it('treats accents and letters like æ as their plain spellings', () => {
    expect(probableDuplicates(['Asnæs Power Station', 'Asnaes power station', 'Café Résidus', 'cafe residus'])).toEqual(
      [
        ['Asnæs Power Station', 'Asnaes power station'],
        ['Café Résidus', 'cafe residus'],
      ],
    );
  });

  it('keeps names apart that differ in a word that is not generic', () => {
    expect(
      probableDuplicates(['Huaxin Cement', 'Huaxin', 'Huaxin Steel', 'Plant A', 'Plant B', '热电厂', '化工厂']),
    ).toEqual([]);
  });

  it('never strips a name to nothing, and ignores names with no letters', () => {
    expect(variantKey('Company')).toBe('company');
    expect(variantKey('厂')).toBe('厂');
    expect(variantKey('Co. Ltd.')).toBe('co');
    expect(probableDuplicates(['???', '!!!', '—'])).toEqual([]);
  });

  it('counts a name given twice once, and keeps the order names were given in', () => {
    expect(probableDuplicates(['b', 'A', 'a', 'A', 'B'])).toEqual([
      ['b', 'B'],
      ['A', 'a'],
    ]);
  });

  it('copes with very long and hostile names', () => {
    const long = `${'x'.repeat(10_000)} plant`;
    expect(probableDuplicates([long, 'x'.repeat(10_000), '\u0000\u0007=cmd', '=CMD'])).toEqual([
      [long, 'x'.repeat(10_000)],
      ['\u0000\u0007=cmd', '=CMD'],
    ]);
  });
});
