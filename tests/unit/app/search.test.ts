import { describe, expect, it } from 'vitest';
import { searchActors } from '../../../src/app/network/search.ts';

const actors = [
  { id: 'luguang', name: { zh: '鲁光化工', en: 'Luguang Chemical' } },
  { id: 'fuyuan-chp', name: { zh: '富源热电', en: 'Fuyuan CHP plant' } },
  { id: 'essen', name: { zh: '山东埃森化学', en: 'Shandong Essen Chemical' } },
  { id: 'only-en', name: { en: 'Chemical recycler' } },
];

describe('searchActors', () => {
  it('matches Chinese names', () => {
    expect(searchActors(actors, '化').map((m) => m.id)).toEqual(['luguang', 'essen']);
    expect(searchActors(actors, '富源').map((m) => m.id)).toEqual(['fuyuan-chp']);
  });
  it('matches English names case-insensitively, prefixes first', () => {
    expect(searchActors(actors, 'chemical').map((m) => m.id)).toEqual(['only-en', 'luguang', 'essen']);
  });
  it('matches ids and ignores surrounding blanks', () => {
    expect(searchActors(actors, '  fuyuan-chp ').map((m) => m.id)).toEqual(['fuyuan-chp']);
  });
  it('returns nothing for an empty query and respects the limit', () => {
    expect(searchActors(actors, '   ')).toEqual([]);
    expect(searchActors(actors, 'c', 2)).toHaveLength(2);
  });
});
