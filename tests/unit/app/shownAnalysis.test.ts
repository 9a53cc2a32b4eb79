import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePark } from '../../../src/core/analysis/analyzePark.ts';
import type { Finding } from '../../../src/core/analysis/finding.ts';
import { validateCatalogue } from '../../../src/core/catalogue/validate.ts';
import { validateModelText } from '../../../src/core/model/validate.ts';
import {
  analysedMeasures,
  columnById,
  SHOWN_CLOSURES,
  shownAnalysis,
} from '../../../src/app/analysis/shownAnalysis.ts';
import type { ParkAnalysis } from '../../../src/core/analysis/analyzePark.ts';

const loaded = validateModelText(readFileSync('data/linyi-etdz.json', 'utf8'), 'linyi-etdz.json');
if (!loaded.ok) throw new Error('the reference park does not validate');
const checked = validateCatalogue(JSON.parse(readFileSync('data/technologies.json', 'utf8')));
if (!checked.ok) throw new Error('the technology catalogue does not validate');
const analysis = analyzePark(loaded.model, { betweenness: 'exact', catalogue: checked.catalogue });

describe('shownAnalysis', () => {
  const enterprises = loaded.model.enterprises;
  const shown = shownAnalysis(analysis, enterprises);

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
    expect(columnById(actors, 'throughflow').get('nobody')).toBeUndefined();
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

  it("counts each closure's dependants in the model's enterprise order, every closure included", () => {
    const closures = analysis.resilience ?? [];
    expect(closures.length).toBeGreaterThan(0);
    expect(shown.dependants).toHaveLength(enterprises.length);
    const measures = analysedMeasures(shown, enterprises);
    for (const closure of closures) {
      const at = enterprises.findIndex((e) => e.id === closure.enterprise);
      expect(shown.dependants?.[at]).toBe(closure.impact.dependants.length);
      expect(measures.dependants(closure.enterprise)).toBe(closure.impact.dependants.length);
    }
    // Some closure strands others: the column is not all zeros.
    expect(closures.some((c) => c.impact.dependants.length > 0)).toBe(true);
    // An enterprise whose closure was not simulated, and a boundary actor, count none.
    expect(measures.dependants('@supply')).toBe(0);
  });

  it("looks up each actor's betweenness, an unknown actor's as 0", () => {
    const measures = analysedMeasures(shown, enterprises);
    for (const actor of analysis.network!.centrality.actors)
      expect(measures.betweenness(actor.id)).toBe(actor.betweenness ?? 0);
    expect(measures.betweenness('nobody')).toBe(0);
  });

  it('keeps the most damaging closures whole when there are more than it sends, with every count', () => {
    const many = Array.from({ length: SHOWN_CLOSURES + 5 }, (_, i) => ({
      enterprise: `e${i}`,
      score: 1 - i / 1000,
      impact: { dependants: Array.from({ length: i % 3 }, (_, j) => `d${j}`) },
    }));
    const cut = shownAnalysis(
      { findings: [], resilience: many } as unknown as ParkAnalysis,
      many.map((c) => ({ id: c.enterprise })),
    );
    expect(cut.resilience).toEqual(many.slice(0, SHOWN_CLOSURES));
    expect(cut.dependants?.[SHOWN_CLOSURES + 4]).toBe((SHOWN_CLOSURES + 4) % 3);
  });

  it("abridges a large park's findings with each kind's count", () => {
    const findings = Array.from({ length: 250 }, (_, i) => ({ id: `f${i}`, kind: 'open-end' }) as unknown as Finding);
    const cut = shownAnalysis({ findings } as unknown as ParkAnalysis, []);
    expect(cut.findings).toHaveLength(200);
    expect(cut.abridged).toEqual({ findings: { total: 250, perKind: { 'open-end': 250 } } });
  });

  it('reads columns right when the next analysis has the same actors in another order, or others', () => {
    const actors = shown.network!.actors;
    expect(columnById(actors, 'rank').get(actors.ids[0]!)).toBe(actors.rank[0]);
    // The same actors in reverse: an index kept from the analysis before would read the wrong rows.
    const reversed = {
      ...actors,
      ids: [...actors.ids].reverse(),
      rank: Int32Array.from(actors.rank).reverse(),
    };
    expect(columnById(reversed, 'rank').get(actors.ids[0]!)).toBe(actors.rank[0]);
    const fewer = { ...actors, ids: actors.ids.slice(1), rank: actors.rank.slice(1) };
    expect(columnById(fewer, 'rank').get(actors.ids[0]!)).toBeUndefined();
    expect(columnById(fewer, 'rank').get(actors.ids[1]!)).toBe(actors.rank[1]);
  });
});
