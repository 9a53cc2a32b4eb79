/**
 * Gap-filling projects (domain.md §4.6, 补链项目), ranked the way an
 * investment team judges them: catalogue technologies the park's policy
 * admits, sized to feedstock that exists in the park (projectSizing.ts),
 * built as a planned scenario, and scored on their net effect — what they
 * take off disposal and replace of the park's imports, the chains they
 * repair, the CO2e they avoid net of their own energy use, the links they
 * create and the change in the network figures, less their energy and
 * water demand — with their economics beside (projectEconomics.ts).
 *
 * One scenario semantics (domain.md §4.9): the project is applied as
 * planned and every figure is read in the `with-planned` scope, so what the
 * ranking promises is exactly what `whatif --build` and `diff` then report.
 */
import type { Technology, TechnologyCatalogue } from '../catalogue/schema.ts';
import { localize } from '../model/labels.ts';
import type { BilingualMessage } from '../model/problems.ts';
import type { Language, ParkModel } from '../model/types.ts';
import { convertQuantity, findUnit } from '../model/units.ts';
import { withDefaults } from '../model/withDefaults.ts';
import { applyScenario } from '../scenario/applyScenario.ts';
import type { ChangeSet } from '../scenario/changeSet.ts';
import { bilingual } from '../text/message.ts';
import { analyzeChains, describeTransition, type ChainIntegrityResult } from './chainIntegrity.ts';
import { createAnalysisContext, type AnalysisContext } from './context.ts';
import { computeKpis, type Kpis } from './kpis.ts';
import { projectEconomics, type ProjectEconomics } from './projectEconomics.ts';
import { projectEffects, type ProjectEffects } from './projectEffects.ts';
import { capsVerdict, negativeListVerdict } from './projectPolicy.ts';
import {
  planProject,
  type ProjectBasis,
  type ProjectOutlet,
  type ProjectPlan,
  type ProjectRequirement,
} from './projectSizing.ts';
import { explainProject } from './projectExplanation.ts';

/**
 * Weights of the score's parts; each part is first scaled by the largest
 * magnitude among the candidates (so to −1 … 1). Parts in PENALTY_PARTS
 * count against the project.
 */
export const DEFAULT_PROJECT_WEIGHTS = {
  wasteDiverted: 0.25,
  importsReplaced: 0.1,
  chainsRepaired: 0.15,
  co2eAvoided: 0.15,
  linksCreated: 0.05,
  reuseRateChange: 0.1,
  cyclicityChange: 0.025,
  finnChange: 0.025,
  returnOnInvestment: 0.15,
  energyUse: 0.1,
  waterUse: 0.05,
} as const;

/**
 * Parts scaled by a fixed reference instead of the best candidate: a simple
 * yearly return of 25 % (a four-year payback) earns the part in full, so one
 * high-margin plant does not flatten every other project's economics.
 */
const FIXED_SCALE: Partial<Record<keyof typeof DEFAULT_PROJECT_WEIGHTS, number>> = { returnOnInvestment: 0.25 };

export type ScorePart = keyof typeof DEFAULT_PROJECT_WEIGHTS;

export const SCORE_PARTS = Object.keys(DEFAULT_PROJECT_WEIGHTS) as ScorePart[];

/** Parts that weigh against a project: what it consumes. */
export const PENALTY_PARTS: ReadonlySet<ScorePart> = new Set(['energyUse', 'waterUse']);

export interface ProjectOptions {
  /** Weights of the score's parts; a caller's are merged over DEFAULT_PROJECT_WEIGHTS part by part. */
  readonly weights: Partial<Record<ScorePart, number>>;
  /** Candidates sized below this share of the technology's typical capacity are flagged as sub-scale. */
  readonly subScaleBelow: number;
}

/**
 * The defaults of `rankProjects`, merged under the caller's options (model/withDefaults.ts).
 * @public
 */
export const DEFAULT_PROJECT_OPTIONS: ProjectOptions = Object.freeze<ProjectOptions>({
  weights: DEFAULT_PROJECT_WEIGHTS,
  subScaleBelow: 0.1,
});

export interface ProjectScore {
  readonly total: number;
  /**
   * Raw values: t/a taken off disposal (net of the plant's own), t/a of
   * imports replaced, chains repaired, net t CO2e/a avoided, links created,
   * the KPI deltas, the simple yearly return on investment (net cash ÷
   * investment; 0 when the catalogue gives no economics), tce/a of energy
   * and m³/a of water used.
   */
  readonly raw: Readonly<Record<ScorePart, number>>;
  /** Raw values scaled by the largest magnitude among the candidates (−1 … 1). */
  readonly scaled: Readonly<Record<ScorePart, number>>;
  readonly weights: Readonly<Record<ScorePart, number>>;
}

export interface ProjectCandidate {
  readonly rank: number;
  readonly technology: string;
  readonly name: Technology['name'];
  /** GB/T 4754-2017 industry code, when the catalogue gives one. */
  readonly industry?: string;
  /** The material the scale is counted in (usually the main feedstock). */
  readonly reference: string;
  /** Yearly throughput of the reference material, in the catalogue's unit for it. */
  readonly scale: number;
  readonly unit: string;
  readonly typicalCapacity: number;
  readonly subScale: boolean;
  readonly basis: ProjectBasis;
  readonly changeSet: ChangeSet;
  /** Enterprises that would supply the plant or take its outputs. */
  readonly partners: readonly string[];
  /** Where each input comes from and where each output goes. */
  readonly requirements: readonly ProjectRequirement[];
  readonly outlets: readonly ProjectOutlet[];
  readonly repairedTransitions: readonly { chain: string; from: readonly string[]; to: readonly string[] }[];
  /** The park with planned items, before and after the project (the same scope whatif and diff show). */
  readonly kpisBefore: Kpis;
  readonly kpisAfter: Kpis;
  /** What the project changes in the flows the scope counts (see `flowChangeOf`). */
  readonly flowChange: FlowChange;
  readonly effects: ProjectEffects;
  readonly economics?: ProjectEconomics;
  readonly score: ProjectScore;
  readonly explanation: BilingualMessage;
}

/**
 * The flows counted in the `with-planned` scope that the project adds and
 * retires, so `kpisAfter.flows − kpisBefore.flows = added − retired`: it adds
 * its own planned flows and retires the park's flows a planned one replaces
 * whole (a disposal flow it takes over; a flow it takes only part of is split
 * and keeps its rest, so it still counts).
 */
export interface FlowChange {
  readonly added: readonly string[];
  readonly retired: readonly string[];
}

export interface ExcludedProject {
  readonly technology: string;
  readonly name: Technology['name'];
  readonly reasons: readonly BilingualMessage[];
}

export interface ProjectRanking {
  readonly candidates: readonly ProjectCandidate[];
  /** Candidates the park's policy does not admit, with the rule each breaks. */
  readonly excluded: readonly ExcludedProject[];
  /** Technologies with nothing to work on in the park, with why. */
  readonly skipped: readonly { technology: string; name: Technology['name']; reason: BilingualMessage }[];
}

/** What the caller has already computed for the model with planned items; rankProjects computes what is missing. */
export interface ProjectBaseline {
  /** A context in the `with-planned` scope. */
  readonly context?: AnalysisContext;
  /** Chain integrity computed with the same catalogue and scope. */
  readonly chains?: ChainIntegrityResult;
  readonly kpis?: Kpis;
}

export function rankProjects(
  model: ParkModel,
  catalogue: TechnologyCatalogue,
  options: Partial<ProjectOptions> = {},
  baseline: ProjectBaseline = {},
): ProjectRanking {
  const merged = withDefaults(DEFAULT_PROJECT_OPTIONS, options);
  const weights = withDefaults<Record<ScorePart, number>>(DEFAULT_PROJECT_WEIGHTS, merged.weights);
  const { subScaleBelow } = merged;
  const context =
    baseline.context?.scope === 'with-planned'
      ? baseline.context
      : createAnalysisContext(model, { scope: 'with-planned' });
  const chainsBefore = baseline.chains ?? analyzeChains(context, catalogue);
  const kpisBefore = baseline.kpis ?? computeKpis(context);
  // Only broken transitions can be repaired, so only they are re-examined in each scenario.
  const countedBefore = countedFlows(context);
  const brokenBefore = chainsBefore.chains.flatMap((report, c) =>
    report.transitions.flatMap((t, i) => (t.state === 'broken' ? [{ chain: model.chains[c]!, index: i, t }] : [])),
  );
  const policy = model.park.policy;
  const excluded: ExcludedProject[] = [];
  const skipped: ProjectRanking['skipped'][number][] = [];
  const evaluated: Omit<ProjectCandidate, 'rank' | 'score' | 'explanation'>[] = [];
  const rawParts: Record<ScorePart, number>[] = [];

  for (const technology of catalogue.technologies) {
    const listed = negativeListVerdict(policy, technology);
    if (!listed.admitted) {
      excluded.push({ technology: technology.id, name: technology.name, reasons: listed.reasons });
      continue;
    }
    const outcome = planProject(context, catalogue, technology);
    if (!outcome.ok) {
      skipped.push({ technology: technology.id, name: technology.name, reason: outcome.reason });
      continue;
    }
    const plan = outcome.plan;
    const effects = projectEffects(context, catalogue, plan);
    const capped = capsVerdict(policy, effects);
    if (!capped.admitted) {
      excluded.push({ technology: technology.id, name: technology.name, reasons: capped.reasons });
      continue;
    }
    // Only validity matters here; the scenario's warnings are not part of the ranking.
    const applied = applyScenario(model, plan.changeSet, catalogue, { validation: 'changes' });
    if (!applied.ok) {
      const first = applied.errors[0]?.message;
      skipped.push({
        technology: technology.id,
        name: technology.name,
        reason: first ?? bilingual('project:scenarioFailed'),
      });
      continue;
    }
    const after = createAnalysisContext(applied.model, { scope: 'with-planned' });
    const kpisAfter = computeKpis(after);
    const repaired = brokenBefore
      .filter(
        ({ chain, index }) =>
          describeTransition(after, chain.stages[index]!, chain.stages[index + 1]!).state !== 'broken',
      )
      .map(({ chain, t }) => ({ chain: chain.id, from: t.from, to: t.to }));
    const linksCreated = applied.model.flows.filter(
      (f) =>
        (f.from === plan.enterpriseId || f.to === plan.enterpriseId) &&
        !f.from.startsWith('@') &&
        !f.to.startsWith('@'),
    ).length;
    const delta = (key: 'internalReuseRate' | 'cyclicity' | 'finnCyclingIndex') =>
      (kpisAfter[key] ?? 0) - (kpisBefore[key] ?? 0);
    rawParts.push({
      // Disposal given by no quantity is unknown; the project's own flows always give one.
      wasteDiverted:
        (kpisBefore.disposedMass ?? 0) +
        (kpisBefore.unaccountedMass ?? 0) -
        ((kpisAfter.disposedMass ?? 0) + (kpisAfter.unaccountedMass ?? 0)),
      importsReplaced: importsReplaced(context, catalogue, plan),
      chainsRepaired: repaired.length,
      co2eAvoided: effects.co2eNet,
      linksCreated,
      reuseRateChange: delta('internalReuseRate'),
      cyclicityChange: delta('cyclicity'),
      finnChange: delta('finnCyclingIndex'),
      returnOnInvestment: 0,
      energyUse: effects.energyUse,
      waterUse: effects.waterUse,
    });
    const economics = projectEconomics(context, catalogue, technology, plan);
    if (economics && economics.investment > 0)
      rawParts[rawParts.length - 1]!.returnOnInvestment = economics.netCash / (economics.investment * 10_000);
    evaluated.push({
      technology: technology.id,
      name: technology.name,
      ...(technology.industry === undefined ? {} : { industry: technology.industry }),
      reference: technology.reference,
      scale: plan.scale,
      unit: plan.unit,
      typicalCapacity: technology.typicalCapacity,
      subScale: plan.scale < technology.typicalCapacity * subScaleBelow,
      basis: plan.basis,
      changeSet: plan.changeSet,
      partners: plan.partners,
      requirements: plan.requirements,
      outlets: plan.outlets,
      repairedTransitions: repaired,
      kpisBefore,
      kpisAfter,
      flowChange: flowChangeOf(countedBefore, countedFlows(after)),
      effects,
      ...(economics ? { economics } : {}),
    });
  }

  const materialNames = (id: string, l: Language) =>
    localize(context.index.materials.get(id)?.name ?? catalogue.materials.find((m) => m.id === id)?.name, l) || id;
  const best = Object.fromEntries(
    SCORE_PARTS.map((part) => [part, Math.max(0, ...rawParts.map((r) => Math.abs(r[part])))]),
  ) as Record<ScorePart, number>;
  const scored = evaluated.map((candidate, i) => {
    const raw = rawParts[i]!;
    const scaled = Object.fromEntries(
      SCORE_PARTS.map((part) => {
        const fixed = FIXED_SCALE[part];
        if (fixed !== undefined) return [part, Math.max(-1, Math.min(1, raw[part] / fixed))];
        return [part, best[part] > 0 ? raw[part] / best[part] : 0];
      }),
    ) as Record<ScorePart, number>;
    const total = SCORE_PARTS.reduce(
      (sum, part) => sum + (PENALTY_PARTS.has(part) ? -1 : 1) * weights[part] * scaled[part],
      0,
    );
    const score: ProjectScore = { total, raw, scaled, weights };
    return { ...candidate, score, explanation: explainProject(candidate, score, materialNames) };
  });
  scored.sort((a, b) => b.score.total - a.score.total || (a.technology < b.technology ? -1 : 1));
  return { candidates: scored.map((c, i) => ({ ...c, rank: i + 1 })), excluded, skipped };
}

/** Ids of the flows a context counts. */
function countedFlows(context: AnalysisContext): Set<string> {
  return new Set(context.flows.filter((f) => f.current).map((f) => f.flow.id));
}

function flowChangeOf(before: ReadonlySet<string>, after: ReadonlySet<string>): FlowChange {
  return {
    added: [...after].filter((id) => !before.has(id)),
    retired: [...before].filter((id) => !after.has(id)),
  };
}

/**
 * Net change of what the park buys in, t/a (positive: less bought in): the
 * plant's outputs delivered to park enterprises in place of their imports,
 * less the materials the plant itself must buy from outside (energy and water
 * are counted in their own parts).
 */
function importsReplaced(context: AnalysisContext, catalogue: TechnologyCatalogue, plan: ProjectPlan): number {
  let total = 0;
  for (const r of plan.requirements) {
    const material = context.index.materials.get(r.material) ?? catalogue.materials.find((m) => m.id === r.material);
    if (!material || material.category === 'energy' || material.category === 'water' || material.useEmissionFactor)
      continue;
    const bought = r.sources.filter((s) => s.kind === 'import').reduce((sum, s) => sum + s.quantity, 0);
    total -= findUnit(r.unit)?.dimension === 'mass' ? (convertQuantity(bought, r.unit, 't/a') ?? 0) : 0;
  }
  for (const o of plan.outlets) {
    for (const d of o.destinations) {
      if (d.to.startsWith('@')) continue;
      const bought = (context.flowsTo.get(d.to) ?? [])
        .filter((f) => f.current && f.flow.from === '@supply' && f.material.id === o.material)
        .reduce((s, f) => s + f.quantity, 0);
      const replaced = Math.min(d.quantity, bought);
      total += findUnit(o.unit)?.dimension === 'mass' ? (convertQuantity(replaced, o.unit, 't/a') ?? 0) : 0;
    }
  }
  return total;
}
