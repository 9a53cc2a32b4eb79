import { describe, expect, it } from 'vitest';
import { findArticulationPoints } from '../../../../src/core/analysis/network/articulation.ts';
import { fourEnterprisePark } from '../../../fixtures/fourEnterprisePark.ts';
import { cycleLinks, linkPark } from './builders.ts';

describe('findArticulationPoints', () => {
  it('on a path, every inner actor is a cut point and every link a bridge', () => {
    const result = findArticulationPoints(linkPark('a>b b>c c>d'));
    expect(result.articulationPoints).toEqual([
      { id: 'b', pieces: 2 },
      { id: 'c', pieces: 2 },
    ]);
    expect(result.bridges).toEqual([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
    ]);
  });

  it('on a cycle with a tail, only the joint and the tail link', () => {
    // a→b→c→a, c→d: removing c cuts d off; the links of the cycle have alternatives.
    const result = findArticulationPoints(linkPark('a>b b>c c>a c>d'));
    expect(result.articulationPoints).toEqual([{ id: 'c', pieces: 2 }]);
    expect(result.bridges).toEqual([['c', 'd']]);
  });

  it('on two triangles joined by one link, the two ends of that link', () => {
    const result = findArticulationPoints(linkPark('a>b b>c c>a d>e e>f f>d c>d'));
    expect(result.articulationPoints).toEqual([
      { id: 'c', pieces: 2 },
      { id: 'd', pieces: 2 },
    ]);
    expect(result.bridges).toEqual([['c', 'd']]);
  });

  it('ignores direction and counts flows both ways as one link', () => {
    // a⇄b is a single undirected edge, so it is a bridge; removing the hub b leaves a, c and d apart.
    const result = findArticulationPoints(linkPark('a>b b>a b>c d>b'));
    expect(result.articulationPoints).toEqual([{ id: 'b', pieces: 3 }]);
    expect(result.bridges).toEqual([
      ['a', 'b'],
      ['b', 'c'],
      ['b', 'd'],
    ]);
  });

  it('finds the ammonia plant as the single point of failure of the four-enterprise park', () => {
    // Undirected: chp–ammonia-plant, chp–fert, ammonia-plant–fert (a triangle) and ammonia-plant–wwtp.
    const result = findArticulationPoints(fourEnterprisePark());
    expect(result.articulationPoints).toEqual([{ id: 'ammonia-plant', pieces: 2 }]);
    expect(result.bridges).toEqual([['ammonia-plant', 'wwtp']]);
  });

  it('has none on a cycle, and handles 50 000 actors without recursion', () => {
    const result = findArticulationPoints(linkPark(cycleLinks(50000)));
    expect(result.articulationPoints).toEqual([]);
    expect(result.bridges).toEqual([]);
    const chain = findArticulationPoints(linkPark(cycleLinks(50000).split(' ').slice(0, -1).join(' ')));
    expect(chain.articulationPoints).toHaveLength(49998);
    expect(chain.bridges).toHaveLength(49999);
  });
});
