/**
 * Gap-filling projects (domain.md §4.6, 补链项目): catalogue technologies
 * whose inputs the park has in surplus and/or whose outputs the park needs
 * from outside, sized to the park, built as a scenario, and ranked by a
 * transparent score whose every part is reported.
 *
 * The metric changes are not estimated: each candidate is applied to the
 * model with `applyScenario`, treated as built (operating, its flows
 * existing), and the KPIs are computed on the result.
 */
import type { Technology, TechnologyCatalogue } from '../catalogue/schema.ts';
import { localize } from '../model/labels.ts';
import type { BilingualMessage } from '../model/problems.ts';
import type { ParkModel } from '../model/types.ts';
import { convertQuantity, findUnit } from '../model/units.ts';
import { applyScenario } from '../scenario/applyScenario.ts';
import type { ChangeSet } from '../scenario/changeSet.ts';
import { analyzeChains, describeTransition, type ChainIntegrityResult } from './chainIntegrity.ts';
import { createAnalysisContext, type AnalysisContext } from './context.ts';
import { disposalByMaterial, planProject } from './projectSizing.ts';
import { computeKpis, type Kpis } from './kpis.ts';
import { bilingual, formatQuantity } from './text.ts';

/** Weights of the score's parts; each part is first scaled to 0–1 by the best candidate's value. */
export const DEFAULT_PROJECT_WEIGHTS = {
  quantityClosed: 0.3,
  chainsRepaired: 0.25,
  co2eAvoided: 0.15,
  linksCreated: 0.1,
  reuseRateChange: 0.1,
  cyclicityChange: 0.05,
  finnChange: 0.05,
} as const;

export type ScorePart = keyof typeof DEFAULT_PROJECT_WEIGHTS;

export interface ProjectOptions {
  readonly weights?: Partial<Record<ScorePart, number>>;
  /** Candidates sized below this share of the technology's typical capacity are flagged as sub-scale. */
  readonly subScaleBelow?: number;
}

export interface ProjectScore {
  readonly total: number;
  /** Raw values: mass closed (t/a), chains repaired, t CO2e/a avoided, links created, and the KPI deltas. */
  readonly raw: Readonly<Record<ScorePart, number>>;
  /** Raw values scaled 0–1 by the best candidate. */
  readonly scaled: Readonly<Record<ScorePart, number>>;
  readonly weights: Readonly<Record<ScorePart, number>>;
}

export interface ProjectCandidate {
  readonly rank: number;
  readonly technology: string;
  readonly name: Technology['name'];
  /** Yearly throughput of the reference material, in the catalogue's unit for it. */
  readonly scale: number;
  readonly unit: string;
  readonly typicalCapacity: number;
  readonly subScale: boolean;
  readonly changeSet: ChangeSet;
  /** Enterprises that would supply the plant or take its products. */
  readonly partners: readonly string[];
  readonly repairedTransitions: readonly { chain: string; from: readonly string[]; to: readonly string[] }[];
  readonly kpisBefore: Kpis;
  readonly kpisAfter: Kpis;
  readonly score: ProjectScore;
  readonly explanation: BilingualMessage;
}

export interface ProjectRanking {
  readonly candidates: readonly ProjectCandidate[];
  /** Technologies considered but not proposed, with why. */
  readonly skipped: readonly { technology: string; reason: string }[];
}

/** What the caller has already computed for the model as it is; rankProjects computes what is missing. */
export interface ProjectBaseline {
  readonly context?: AnalysisContext;
  /** Chain integrity computed with the same catalogue. */
  readonly chains?: ChainIntegrityResult;
  readonly kpis?: Kpis;
}

export function rankProjects(
  model: ParkModel,
  catalogue: TechnologyCatalogue,
  options: ProjectOptions = {},
  baseline: ProjectBaseline = {},
): ProjectRanking {
  const weights = { ...DEFAULT_PROJECT_WEIGHTS, ...options.weights };
  const subScaleBelow = options.subScaleBelow ?? 0.1;
  const context = baseline.context ?? createAnalysisContext(model);
  const chainsBefore = baseline.chains ?? analyzeChains(context, catalogue);
  const kpisBefore = baseline.kpis ?? computeKpis(model);
  const disposedBefore = disposalByMaterial(context);
  // Only broken transitions can be repaired, so only they are re-examined in each scenario.
  const brokenBefore = chainsBefore.chains.flatMap((report, c) =>
    report.transitions.flatMap((t, i) => (t.state === 'broken' ? [{ chain: model.chains[c]!, index: i, t }] : [])),
  );
  const skipped: { technology: string; reason: string }[] = [];
  const evaluated: Omit<ProjectCandidate, 'rank' | 'score'>[] = [];
  const rawParts: Record<ScorePart, number>[] = [];

  for (const technology of catalogue.technologies) {
    const plan = planProject(context, catalogue, technology);
    if (!plan) {
      skipped.push({ technology: technology.id, reason: 'no surplus input and no demanded output in the park' });
      continue;
    }
    // Only validity matters here; the scenario's warnings are not part of the ranking.
    const applied = applyScenario(model, plan.changeSet, catalogue, { validation: 'changes' });
    if (!applied.ok) {
      skipped.push({ technology: technology.id, reason: applied.errors[0]?.message.en ?? 'scenario failed' });
      continue;
    }
    const built = asBuilt(applied.model, plan.enterpriseId);
    const afterContext = createAnalysisContext(built);
    const repaired = brokenBefore
      .filter(
        ({ chain, index }) =>
          describeTransition(afterContext, chain.stages[index]!, chain.stages[index + 1]!).state !== 'broken',
      )
      .map(({ chain, t }) => ({ chain: chain.id, from: t.from, to: t.to }));
    const newFlows = built.flows.filter(
      (f) =>
        (f.from === plan.enterpriseId || f.to === plan.enterpriseId) &&
        !f.from.startsWith('@') &&
        !f.to.startsWith('@'),
    );
    const kpisAfter = computeKpis(built);
    const materials = new Map([...catalogue.materials, ...built.materials].map((m) => [m.id, m]));
    let quantityClosed = 0;
    for (const f of newFlows) {
      const material = materials.get(f.material);
      quantityClosed +=
        material && findUnit(f.unit)?.dimension === 'mass' ? (convertQuantity(f.quantity, f.unit, 't/a') ?? 0) : 0;
    }
    // Emission factors credit material reused instead of virgin supply. Only what no longer goes to
    // disposal counts: material taken off the market was already being recycled somewhere else.
    const disposedAfter = disposalByMaterial(afterContext);
    let co2eAvoided = 0;
    for (const [id, before] of disposedBefore) {
      const factor = materials.get(id)?.emissionFactor?.value;
      const diverted = before - (disposedAfter.get(id) ?? 0);
      if (factor && diverted > 0) co2eAvoided += (diverted * factor) / 1000;
    }
    const delta = (key: 'internalReuseRate' | 'cyclicity' | 'finnCyclingIndex') =>
      (kpisAfter[key] ?? 0) - (kpisBefore[key] ?? 0);
    rawParts.push({
      quantityClosed,
      chainsRepaired: repaired.length,
      co2eAvoided,
      linksCreated: newFlows.length,
      reuseRateChange: delta('internalReuseRate'),
      cyclicityChange: delta('cyclicity'),
      finnChange: delta('finnCyclingIndex'),
    });
    evaluated.push({
      technology: technology.id,
      name: technology.name,
      scale: plan.scale,
      unit: plan.unit,
      typicalCapacity: technology.typicalCapacity,
      subScale: plan.scale < technology.typicalCapacity * subScaleBelow,
      changeSet: plan.changeSet,
      partners: plan.partners,
      repairedTransitions: repaired,
      kpisBefore,
      kpisAfter,
      explanation: { zh: '', en: '' },
    });
  }

  const best = Object.fromEntries(
    (Object.keys(weights) as ScorePart[]).map((part) => [part, Math.max(0, ...rawParts.map((r) => r[part]))]),
  ) as Record<ScorePart, number>;
  const scored = evaluated.map((candidate, i) => {
    const raw = rawParts[i]!;
    const scaled = Object.fromEntries(
      (Object.keys(weights) as ScorePart[]).map((part) => [
        part,
        best[part] > 0 ? Math.max(0, raw[part]) / best[part] : 0,
      ]),
    ) as Record<ScorePart, number>;
    const total = (Object.keys(weights) as ScorePart[]).reduce((sum, part) => sum + weights[part] * scaled[part], 0);
    const score: ProjectScore = { total, raw, scaled, weights };
    return { ...candidate, score, explanation: explain(candidate, score) };
  });
  scored.sort((a, b) => b.score.total - a.score.total || (a.technology < b.technology ? -1 : 1));
  return { candidates: scored.map((c, i) => ({ ...c, rank: i + 1 })), skipped };
}

/** The scenario "if the project were built": the new plant operating and its planned flows running. */
function asBuilt(model: ParkModel, enterpriseId: string): ParkModel {
  return {
    ...model,
    enterprises: model.enterprises.map((e) => (e.id === enterpriseId ? { ...e, status: 'operating' } : e)),
    flows: model.flows.map((f) =>
      f.from === enterpriseId || f.to === enterpriseId ? { ...f, status: 'existing' } : f,
    ),
  };
}

function explain(
  candidate: Omit<ProjectCandidate, 'rank' | 'score' | 'explanation'>,
  score: ProjectScore,
): BilingualMessage {
  const { raw } = score;
  return bilingual((l) => {
    const name = localize(candidate.name, l);
    const scale = formatQuantity(candidate.scale, candidate.unit, l);
    const parts =
      l === 'zh'
        ? [
            `新建${name}(规模 ${scale})`,
            `可在园区内消纳/衔接 ${formatQuantity(raw.quantityClosed, 't/a', l)}`,
            `新增 ${raw.linksCreated} 条企业间链接`,
            raw.chainsRepaired > 0 ? `修复 ${raw.chainsRepaired} 处断链` : '',
            raw.co2eAvoided > 0 ? `避免填埋的物料折合减排约 ${formatQuantity(raw.co2eAvoided, 't CO2e/a', l)}` : '',
            `内部循环利用率变化 ${(raw.reuseRateChange * 100).toFixed(1)} 个百分点`,
          ]
        : [
            `Building ${name} (scale ${scale})`,
            `keeps ${formatQuantity(raw.quantityClosed, 't/a', l)} inside the park`,
            `creates ${raw.linksCreated} links between enterprises`,
            raw.chainsRepaired > 0 ? `repairs ${raw.chainsRepaired} broken links` : '',
            raw.co2eAvoided > 0
              ? `avoids about ${formatQuantity(raw.co2eAvoided, 't CO2e/a', l)} by diverting material from disposal`
              : '',
            `changes the internal reuse rate by ${(raw.reuseRateChange * 100).toFixed(1)} points`,
          ];
    const text = parts.filter((p) => p !== '').join(l === 'zh' ? ',' : ', ');
    const sub = candidate.subScale
      ? l === 'zh'
        ? '(低于典型规模,需评估经济性)'
        : ' (below typical plant size: check viability)'
      : '';
    return l === 'zh' ? `${text}${sub}。` : `${text}${sub}.`;
  });
}
