import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePark } from '../../../src/core/analysis/analyzePark.ts';
import type { Finding } from '../../../src/core/analysis/finding.ts';
import { validateCatalogue } from '../../../src/core/catalogue/validate.ts';
import { validateModelText } from '../../../src/core/model/validate.ts';
import { columnById, SHOWN_CLOSURES, shownAnalysis } from '../../../src/app/analysis/shownAnalysis.ts';
import type { ParkAnalysis } from '../../../src/core/analysis/analyzePark.ts';

const loaded = validateModelText(readFileSync('data/linyi-etdz.json', 'utf8'), 'linyi-etdz.json');
if (!loaded.ok) throw new Error('the reference park does not validate');
const checked = validateCatalogue(JSON.parse(readFileSync('data/technologies.json', 'utf8')));
if (!checked.ok) throw new Error('the technology catalogue does not validate');
const analysis = analyzePark(loaded.model, { betweenness: 'exact', catalogue: checked.catalogue });

describe('shownAnalysis', () => {
  const shown = shownAnalysis(analysis);

  it('keeps what the panels, the inspector and the actor scales read, as computed', () => {
    expect(shown.kpis).toBe(analysis.kpis);
    expect(shown.findings).toEqual(analysis.findings);
    expect(shown.projects).toBe(analysis.projects);
    const centrality = analysis.network!.centrality;
    const actors = shown.network!.actors;
    expect(actors.ids).toEqual(centrality.actors.map((a) => a.id));
    centrality.actors.forEach((a, i) => {
      expect([actors.inDegree[i], actors.outDegree[i], actors.throughflow[i], actors.rank[i]]).toEqual([
        a.inDegree,
        a.outDegree,
        a.throughflow,
        a.rank,
      ]);
      expect(actors.betweenness[i]).toBe(a.betweenness ?? NaN);
    });
    expect(columnById(actors, 'throughflow').get(centrality.actors[3]!.id)).toBe(centrality.actors[3]!.throughflow);
    expect(shown.network?.keystones).toEqual(centrality.keystones);
    expect(shown.network?.articulationPoints).toEqual(
      analysis.network!.articulation.articulationPoints.map((p) => p.id),
    );
    expect(shown.network?.unit).toBe(centrality.unit);
    expect(shown.resilience).toEqual(analysis.resilience?.slice(0, SHOWN_CLOSURES));
  });

  it('leaves out what no screen shows', () => {
    expect(Object.keys(shown.network ?? {}).sort()).toEqual([
      'actors',
      'articulationPoints',
      'keystones',
      'sampled',
      'unit',
    ]);
    expect(shown).not.toHaveProperty('coupling');
    expect(shown).not.toHaveProperty('chains');
    expect(shown).not.toHaveProperty('capacity');
  });

  it("counts each closure's dependants, every closure included", () => {
    const closures = analysis.resilience ?? [];
    expect(closures.length).toBeGreaterThan(0);
    expect(shown.dependants?.size).toBe(closures.length);
    for (const closure of closures)
      expect(shown.dependants?.get(closure.enterprise)).toBe(closure.impact.dependants.length);
  });

  it('keeps the most damaging closures whole when there are more than it sends, with every count', () => {
    const many = Array.from({ length: SHOWN_CLOSURES + 5 }, (_, i) => ({
      enterprise: `e${i}`,
      score: 1 - i / 1000,
      impact: { dependants: Array.from({ length: i % 3 }, (_, j) => `d${j}`) },
    }));
    const cut = shownAnalysis({ findings: [], resilience: many } as unknown as ParkAnalysis);
    expect(cut.resilience).toEqual(many.slice(0, SHOWN_CLOSURES));
    expect(cut.dependants?.get(`e${SHOWN_CLOSURES + 4}`)).toBe((SHOWN_CLOSURES + 4) % 3);
  });

  it("abridges a large park's findings with each kind's count", () => {
    const findings = Array.from({ length: 250 }, (_, i) => ({ id: `f${i}`, kind: 'open-end' }) as unknown as Finding);
    const cut = shownAnalysis({ findings } as unknown as ParkAnalysis);
    expect(cut.findings).toHaveLength(200);
    expect(cut.abridged).toEqual({ findings: { total: 250, perKind: { 'open-end': 250 } } });
  });
});
