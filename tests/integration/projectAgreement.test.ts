/**
 * One scenario semantics: what the project ranking promises for a project
 * is exactly what `whatif --build` and `diff` report once it is applied as
 * planned — "with planned" moves by the promised amounts, "today" does not
 * move at all (a planned plant is not built yet).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePark } from '../../src/core/analysis/analyzePark.ts';
import { createAnalysisContext } from '../../src/core/analysis/context.ts';
import type { KpiValues } from '../../src/core/analysis/kpis.ts';
import { planProject } from '../../src/core/analysis/projectSizing.ts';
import { validateCatalogue } from '../../src/core/catalogue/validate.ts';
import { validateModelText } from '../../src/core/model/validate.ts';
import { applyScenario } from '../../src/core/scenario/applyScenario.ts';
import { run } from './cliRun.ts';

const REFERENCE = 'data/linyi-etdz.json';
const loaded = validateModelText(readFileSync(REFERENCE, 'utf8'));
const read = validateCatalogue(JSON.parse(readFileSync('data/technologies.json', 'utf8')));
if (!loaded.ok || !read.ok) throw new Error('reference data must be valid');
const model = loaded.model;
const catalogue = read.catalogue;
const ranking = analyzePark(model, { catalogue, only: ['projects'] }).projects!;
const dir = mkdtempSync(join(tmpdir(), 'symbiograph-agreement-'));

interface KpiDelta {
  readonly key: string;
  readonly delta: number | null;
}
const deltaOf = (kpis: readonly KpiDelta[], key: keyof KpiValues) => kpis.find((k) => k.key === key)?.delta ?? null;
const COMPARED: readonly (keyof KpiValues)[] = [
  'enterprises',
  'internalMass',
  'disposedMass',
  'unaccountedMass',
  'reusedMass',
  'internalReuseRate',
  'cyclicity',
  'connectance',
  'finnCyclingIndex',
  'totalSystemThroughflow',
];

describe.each(ranking.candidates.slice(0, 3).map((c) => [c.rank, c.technology, c] as const))(
  'project #%i (%s): the ranking, whatif --build and diff agree',
  (_, technology, candidate) => {
    it('is planned the same way by the ranking and by whatif', () => {
      const context = createAnalysisContext(model, { scope: 'with-planned' });
      const plan = planProject(
        context,
        catalogue,
        catalogue.technologies.find((t) => t.id === technology)!,
      );
      expect(plan.ok && plan.plan.changeSet).toEqual(candidate.changeSet);
    });

    it('moves "with planned" by exactly the promised amounts and leaves "today" where it was', async () => {
      const result = await run('whatif', REFERENCE, '--build', technology, '--json');
      expect(result.code).toBe(0);
      const whatif = JSON.parse(result.stdout) as {
        today: { kpis: KpiDelta[] };
        withPlanned: { kpis: KpiDelta[] };
      };
      for (const key of COMPARED) {
        const promised = (candidate.kpisAfter[key] ?? 0) - (candidate.kpisBefore[key] ?? 0);
        expect(deltaOf(whatif.withPlanned.kpis, key) ?? 0, key).toBeCloseTo(promised, 6);
      }
      const disposed =
        deltaOf(whatif.withPlanned.kpis, 'disposedMass')! + deltaOf(whatif.withPlanned.kpis, 'unaccountedMass')!;
      expect(-disposed).toBeCloseTo(candidate.score.raw.wasteDiverted, 6);
      for (const key of ['disposedMass', 'internalReuseRate', 'internalMass', 'enterprises'] as const) {
        expect(deltaOf(whatif.today.kpis, key), key).toBe(0);
      }
    });

    it('shows the same in diff of the park and the park with the project saved to a file', async () => {
      const applied = applyScenario(model, candidate.changeSet, catalogue);
      if (!applied.ok) throw new Error('the ranked project must apply');
      const file = join(dir, `${technology}.json`);
      writeFileSync(file, JSON.stringify(applied.model));
      const result = await run('diff', REFERENCE, file, '--json');
      expect(result.code).toBe(0);
      const diff = JSON.parse(result.stdout) as { withPlanned: { kpis: KpiDelta[] }; today: { kpis: KpiDelta[] } };
      expect(deltaOf(diff.withPlanned.kpis, 'internalReuseRate')).toBeCloseTo(candidate.score.raw.reuseRateChange, 9);
      expect(deltaOf(diff.today.kpis, 'disposedMass')).toBe(0);
    });
  },
);
