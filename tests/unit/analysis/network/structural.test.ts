import { describe, expect, it } from 'vitest';
import { buildActorNetwork } from '../../../../src/core/analysis/network/actors.ts';
import { computeStructuralMetrics } from '../../../../src/core/analysis/network/structural.ts';
import { fourEnterprisePark } from '../../../fixtures/fourEnterprisePark.ts';
import { completeLinks, cycleLinks, linkPark, tinyPark } from './builders.ts';

const cyclicity = (links: string) => computeStructuralMetrics(linkPark(links)).cyclicity;

describe('computeStructuralMetrics on the four-enterprise park', () => {
  // Internal actors N = 4 (ammonia-plant, chp, fert, wwtp). Existing internal links, boundary flows excluded:
  //   chp→ammonia-plant (f2), chp→fert (f3), ammonia-plant→fert (f4), ammonia-plant→wwtp (f6); f7 is planned.
  const metrics = computeStructuralMetrics(fourEnterprisePark());

  it('counts links and actors', () => {
    expect(metrics.actors).toBe(4);
    expect(metrics.links).toBe(4);
    expect(metrics.linkageDensity).toBe(1); // L/N = 4/4
    expect(metrics.connectance).toBe(0.25); // L/N² = 4/16
  });

  it('counts prey and predators', () => {
    expect(metrics.prey).toBe(2); // chp, ammonia-plant provide
    expect(metrics.predators).toBe(3); // ammonia-plant, fert, wwtp receive
    expect(metrics.preyPredatorRatio).toBeCloseTo(2 / 3, 12);
    expect(metrics.generalisation).toBeCloseTo(4 / 3, 12); // L/n_pred
    expect(metrics.vulnerability).toBe(2); // L/n_prey = 4/2
    // ammonia-plant (only chp) and wwtp (only ammonia-plant) have one provider; fert has two.
    expect(metrics.specialisedPredatorShare).toBeCloseTo(2 / 3, 12);
  });

  it('has no cycle', () => {
    expect(metrics.cyclicity).toMatchObject({ value: 0, lower: 0, upper: 0, converged: true, cyclicComponents: 0 });
  });

  it('sees the planned sludge flow when planned flows count', () => {
    // + wwtp→fert: L = 5, prey = 3 (wwtp now provides), fert keeps 3 providers.
    const planned = computeStructuralMetrics(fourEnterprisePark(), {
      network: { flowStatuses: ['existing', 'planned'] },
    });
    expect(planned.links).toBe(5);
    expect(planned.prey).toBe(3);
    expect(planned.vulnerability).toBeCloseTo(5 / 3, 12);
    expect(planned.specialisedPredatorShare).toBeCloseTo(2 / 3, 12);
  });
});

describe('cyclicity (spectral radius of F)', () => {
  it('is 0 on a DAG', () => {
    expect(cyclicity('a>b a>c b>d c>d d>e').value).toBe(0);
  });

  it('is 1 on a simple directed cycle of any length', () => {
    // F is a permutation matrix: its eigenvalues are the k-th roots of unity (periodic, period k).
    for (const n of [2, 3, 7, 50, 1000]) {
      const c = cyclicity(cycleLinks(n));
      expect(c.value).toBeCloseTo(1, 9);
      expect(c.converged).toBe(true);
    }
  });

  it('is √2 for two cycles sharing one actor', () => {
    // a→b→a and a→c→a: det(λI − F) = λ³ − 2λ, so λ ∈ {0, ±√2} (period 2).
    const c = cyclicity('a>b b>a a>c c>a');
    expect(c.value).toBeCloseTo(Math.SQRT2, 9);
    expect(c.lower).toBeLessThanOrEqual(Math.SQRT2 + 1e-12);
    expect(c.upper).toBeGreaterThanOrEqual(Math.SQRT2 - 1e-12);
  });

  it('is the plastic number for a 3-cycle with a chord', () => {
    // a→b→c→a plus a→c: a 3-cycle and a 2-cycle (a→c→a) sharing a, so det(λI − F) = λ³ − λ − 1;
    // its real root is the plastic number 1.324717957244746… The Perron vector is not uniform here,
    // so this checks that the iteration really converges.
    expect(cyclicity('a>b b>c c>a a>c').value).toBeCloseTo(1.324717957244746, 9);
  });

  it('is n − 1 on the complete digraph without self-loops', () => {
    // F = J − I: eigenvalues n − 1 and −1.
    for (const n of [2, 3, 4, 6, 10]) expect(cyclicity(completeLinks(n)).value).toBeCloseTo(n - 1, 9);
  });

  it('is √(pq) on a complete bipartite exchange (periodic: every cycle has even length)', () => {
    // F = [[0, B], [Bᵀ, 0]] with B all ones (2×3): λ² = eigenvalues of B Bᵀ = 3·J₂ → 6, so λ = √6.
    const links = ['a>x', 'a>y', 'a>z', 'b>x', 'b>y', 'b>z', 'x>a', 'y>a', 'z>a', 'x>b', 'y>b', 'z>b'];
    expect(cyclicity(links.join(' ')).value).toBeCloseTo(Math.sqrt(6), 9);
  });

  it('takes the largest component of a reducible F', () => {
    // A 2-cycle (λ = 1) feeding a complete digraph on 4 (λ = 3) through a one-way link, plus a tail.
    const c = cyclicity(`p>q q>p q>a0 ${completeLinks(4)} a3>t`);
    expect(c.value).toBeCloseTo(3, 9);
    expect(c.cyclicComponents).toBe(2);
  });

  it('counts a self-loop as λ = 1 only when self-loops are included', () => {
    const park = linkPark('a>a a>b');
    expect(computeStructuralMetrics(park).cyclicity.value).toBe(0);
    const withLoops = computeStructuralMetrics(park, { network: { includeSelfLoops: true } });
    expect(withLoops.cyclicity.value).toBe(1);
    expect(withLoops.links).toBe(2);
    expect(withLoops.connectance).toBe(0.5); // 2/2²
  });

  it('reports non-convergence instead of a wrong number when the iteration cap is hit', () => {
    const c = computeStructuralMetrics(linkPark('a>b b>a a>c c>a b>c'), { cyclicity: { maxIterations: 1 } });
    expect(c.cyclicity.converged).toBe(false);
    expect(c.cyclicity.lower).toBeLessThan(c.cyclicity.upper);
  });

  it('handles a 50 000-actor cycle without recursion', () => {
    const network = buildActorNetwork(linkPark(cycleLinks(50000)));
    expect(computeStructuralMetrics(network).cyclicity.value).toBeCloseTo(1, 9);
  });
});

describe('edge cases', () => {
  it('gives null ratios, not NaN, for an empty park', () => {
    const metrics = computeStructuralMetrics(tinyPark({ flows: [] }));
    expect(metrics).toMatchObject({
      actors: 0,
      links: 0,
      linkageDensity: null,
      connectance: null,
      preyPredatorRatio: null,
      generalisation: null,
      vulnerability: null,
      specialisedPredatorShare: null,
    });
  });
});
