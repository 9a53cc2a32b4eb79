import { describe, expect, it } from 'vitest';
import { createAnalysisContext } from '../../../../src/core/analysis/context.ts';
import { networkReport } from '../../../../src/core/analysis/network/report.ts';
import { fourEnterprisePark } from '../../../fixtures/fourEnterprisePark.ts';
import { linkPark, randomLinks, tinyPark } from './builders.ts';

describe('networkReport', () => {
  const report = networkReport(fourEnterprisePark());

  it('gathers every metric of the four-enterprise park in one object', () => {
    expect(report.park).toBe('mini');
    expect(report.unit).toBe('t/a');
    expect(report.network).toMatchObject({ actors: 4, links: 4, flows: 4 });
    expect(report.structure).toMatchObject({ links: 4, connectance: 0.25, prey: 2, predators: 3 });
    expect(report.structure.cyclicity.value).toBe(0);
    expect(report.strongComponents.count).toBe(4);
    expect(report.weakComponents.count).toBe(1);
    expect(report.articulation.articulationPoints).toEqual([{ id: 'ammonia-plant', pieces: 2 }]);
    expect(report.centrality.keystones).toEqual(['ammonia-plant']);
    expect(report.centrality.betweenness.method).toBe('exact');
    expect(report.cycles).toEqual({ cycles: [], truncated: false });
    expect(report.communities.actors).toHaveLength(4);
    expect(report.flows.totalSystemThroughflow).toBe(380000);
    expect(report.flows.finnCyclingIndex).toBe(0);
    expect(report.reuse.rate).toBe(0);
    expect(report.chertow.isSymbiosis).toBe(true);
  });

  it('reads an analysis context as it reads the model (the context only saves indexing it again)', () => {
    const model = linkPark(randomLinks(30, 90, 5));
    expect(networkReport(createAnalysisContext(model), { betweenness: 'sampled' })).toEqual(
      networkReport(model, { betweenness: 'sampled' }),
    );
    expect(networkReport(createAnalysisContext(fourEnterprisePark()))).toEqual(report);
  });

  it('is plain data: it survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    const cyclic = networkReport(linkPark(randomLinks(40, 160, 2)), { betweenness: 'sampled' });
    expect(JSON.parse(JSON.stringify(cyclic))).toEqual(cyclic);
  });

  it('skips or samples betweenness as asked', () => {
    const none = networkReport(fourEnterprisePark(), { betweenness: 'none' });
    expect(none.centrality.actors.every((a) => a.betweenness === null)).toBe(true);
    const sampled = networkReport(linkPark(randomLinks(60, 200, 3)), {
      betweenness: 'sampled',
      betweennessOptions: { pivots: 5 },
    });
    expect(sampled.centrality.betweenness).toMatchObject({ method: 'sampled', sampled: true, sources: 5 });
  });

  it('applies one set of network options to every metric', () => {
    const planned = networkReport(fourEnterprisePark(), { network: { flowStatuses: ['existing', 'planned'] } });
    expect(planned.structure.links).toBe(5); // + wwtp → fert
    expect(planned.reuse.rate).toBe(1); // the planned sludge flow now counts
    expect(planned.flows.totalSystemThroughflow).toBe(382000); // + 2 000 t/a sludge into fert
    expect(planned.articulation.bridges).toEqual([]); // wwtp now hangs on two links
  });

  it('copes with a park without enterprises', () => {
    const empty = networkReport(tinyPark({ flows: [] }));
    expect(empty.structure.actors).toBe(0);
    expect(empty.flows.finnCyclingIndex).toBeNull();
    expect(empty.communities.nmi).toBeNull();
    expect(empty.chertow.isSymbiosis).toBe(false);
    expect(JSON.parse(JSON.stringify(empty))).toEqual(empty);
  });

  it('is deterministic', () => {
    const park = linkPark(randomLinks(80, 300, 9));
    expect(networkReport(park, { betweenness: 'sampled' })).toEqual(networkReport(park, { betweenness: 'sampled' }));
  });
});
