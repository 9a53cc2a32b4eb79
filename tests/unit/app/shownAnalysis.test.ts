import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzePark } from '../../../src/core/analysis/analyzePark.ts';
import type { Finding } from '../../../src/core/analysis/finding.ts';
import { validateCatalogue } from '../../../src/core/catalogue/validate.ts';
import { validateModelText } from '../../../src/core/model/validate.ts';
import { SHOWN_CLOSURES, shownAnalysis } from '../../../src/app/analysis/shownAnalysis.ts';
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
    expect(shown.network?.centrality).toBe(analysis.network?.centrality);
    expect(shown.network?.articulation).toBe(analysis.network?.articulation);
    expect(shown.network?.unit).toBe(analysis.network?.unit);
    expect(shown.resilience).toEqual(analysis.resilience?.slice(0, SHOWN_CLOSURES));
  });

  it('leaves out what no screen shows', () => {
    expect(Object.keys(shown.network ?? {}).sort()).toEqual(['articulation', 'centrality', 'unit']);
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
