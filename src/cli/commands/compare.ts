/**
 * `whatif` (close enterprises, remove flows, build a ranked project) and
 * `diff` (two model files): both compare the park before and after, today
 * and with planned items, with one scenario semantics (domain.md §4.9).
 */
import type { TechnologyCatalogue } from '../../core/catalogue/schema.ts';
import { analyzeChains } from '../../core/analysis/chainIntegrity.ts';
import { compareModels } from '../../core/comparison/compareAnalyses.ts';
import { createAnalysisContext } from '../../core/analysis/context.ts';
import { negativeListVerdict } from '../../core/analysis/projectPolicy.ts';
import { planProject } from '../../core/analysis/projectSizing.ts';
import { lossAmount, simulateClosure, strandedLines, unmetLines } from '../../core/analysis/resilience.ts';
import { formatQuantity, listNames } from '../../core/analysis/text.ts';
import { localize } from '../../core/model/labels.ts';
import { formatProblem } from '../../core/model/problems.ts';
import { resolveEnterprise } from '../../core/model/resolveEnterprise.ts';
import type { Language, ParkModel } from '../../core/model/types.ts';
import { applyScenario } from '../../core/scenario/applyScenario.ts';
import type { Change, ChangeSet } from '../../core/scenario/changeSet.ts';
import { renderComparison } from '../comparisonText.ts';
import { loadCatalogueFile } from '../loadCatalogue.ts';
import { loadModelFile } from '../loadModel.ts';
import type { Output } from '../output.ts';

export interface WhatIfArgs {
  readonly file: string;
  readonly language: Language;
  readonly json: boolean;
  /** Enterprise ids or names (either language). */
  readonly close: readonly string[];
  readonly removeFlow: readonly string[];
  /** Technology ids of the catalogue: each is planned as the project ranking plans it. */
  readonly build: readonly string[];
  readonly catalogue?: string;
  readonly selfLoops?: boolean;
  /** `--alias`: an alias table for a .csv exchange list. */
  readonly alias?: string;
}

/**
 * Closures reroute what partners lose to the park boundary where that is
 * possible (imports for what can be bought from outside, market or disposal
 * for outlets) and leave the rest unmet; built projects are planned, so
 * they show "with planned" beside "today".
 */
export async function whatIfCommand(args: WhatIfArgs, out: Output): Promise<number> {
  const zh = args.language === 'zh';
  if (args.close.length === 0 && args.removeFlow.length === 0 && args.build.length === 0) {
    out.stderr(
      zh
        ? '请用 --close 企业(编号或名称)、--remove-flow 物质流编号或 --build 工艺编号指定变化'
        : 'say what changes with --close ENTERPRISE (id or name), --remove-flow FLOW or --build TECHNOLOGY',
    );
    return 2;
  }
  const loaded = await loadModelFile(args.file, { alias: args.alias });
  if (!loaded.ok) {
    for (const p of loaded.errors) out.stderr(formatProblem(p, args.language));
    return 1;
  }
  const model = loaded.model;
  const closed: string[] = [];
  for (const query of args.close) {
    const match = resolveEnterprise(model, query);
    if (match.ok) {
      closed.push(match.id);
      continue;
    }
    out.stderr(
      match.reason === 'none'
        ? zh
          ? `找不到企业 "${query}"(可用编号或中英文名称)`
          : `no enterprise "${query}" (give an id or a name in either language)`
        : zh
          ? `"${query}" 对应多家企业,请写得更具体:${match.candidates.join('、')}`
          : `"${query}" matches several enterprises; be more specific: ${match.candidates.join(', ')}`,
    );
    return 2;
  }
  let catalogue: TechnologyCatalogue | undefined;
  const buildChanges: Change[] = [];
  if (args.build.length > 0) {
    const read = await loadCatalogueFile(args.catalogue);
    if (!read.ok) {
      for (const p of read.errors) out.stderr(formatProblem(p, args.language));
      return 1;
    }
    catalogue = read.catalogue;
    const context = createAnalysisContext(model, { scope: 'with-planned' });
    for (const id of args.build) {
      const technology = catalogue.technologies.find((t) => t.id === id);
      if (!technology) {
        out.stderr(zh ? `工艺目录中没有 "${id}"` : `no technology "${id}" in the catalogue`);
        return 2;
      }
      const verdict = negativeListVerdict(model.park.policy, technology);
      for (const reason of verdict.reasons)
        out.stdout(
          zh
            ? `注意:该项目不符合园区准入政策——${reason.zh}`
            : `Note: the park's policy does not admit it — ${reason.en}`,
        );
      const plan = planProject(context, catalogue, technology);
      if (!plan.ok) {
        out.stderr(zh ? `无法建设 "${id}":${plan.reason.zh}` : `cannot build "${id}": ${plan.reason.en}`);
        return 1;
      }
      buildChanges.push(...plan.plan.changeSet.changes);
    }
  }
  const changes: Change[] = [
    ...closed.map((enterprise): Change => ({
      kind: 'close-enterprise',
      enterprise,
      flows: 'remove',
      rerouteToBoundary: true,
    })),
    ...args.removeFlow.map((flow): Change => ({ kind: 'remove-flow', flow })),
    ...buildChanges,
  ];
  const changeSet: ChangeSet = { id: 'whatif', name: { zh: '假设情景', en: 'what-if' }, changes };
  const scenario = applyScenario(model, changeSet, catalogue);
  if (!scenario.ok) {
    for (const p of scenario.errors) out.stderr(formatProblem(p, args.language));
    return 1;
  }
  const context = createAnalysisContext(model);
  const chains = analyzeChains(context);
  const impacts = closed.map((id) => simulateClosure(context, chains, id));
  const comparison = compareModels(model, scenario.model, { selfLoops: args.selfLoops ?? false });
  if (args.json) {
    out.stdout(
      JSON.stringify(
        {
          applied: scenario.applied,
          impacts,
          ...comparisonJson(comparison),
        },
        null,
        2,
      ),
    );
    return 0;
  }
  for (const a of scenario.applied) out.stdout(`• ${a.summary[args.language]}`);
  for (const impact of impacts) out.stdout(closureSummary(model, context, impact, args.language));
  out.stdout('');
  out.stdout(renderComparison(comparison, args.language, 15));
  return 0;
}

/** The comparison as `--json` prints it, the same for `whatif` and `diff`. */
function comparisonJson(comparison: ReturnType<typeof compareModels>) {
  return {
    model: comparison.model,
    closed: comparison.closed,
    today: { findings: comparison.today.findings, kpis: comparison.today.kpis },
    ...(comparison.withPlanned
      ? { withPlanned: { findings: comparison.withPlanned.findings, kpis: comparison.withPlanned.kpis } }
      : {}),
  };
}

/** What one closure does, in a few lines a manager can act on. */
function closureSummary(
  model: ParkModel,
  context: ReturnType<typeof createAnalysisContext>,
  impact: ReturnType<typeof simulateClosure>,
  language: Language,
): string {
  const zh = language === 'zh';
  const name = localize(model.enterprises.find((e) => e.id === impact.target.id)?.name, language);
  const who = (names: readonly string[]) =>
    names.length <= 3
      ? listNames(names, language)
      : zh
        ? `${listNames(names.slice(0, 3), language)}等 ${names.length} 家`
        : `${listNames(names.slice(0, 3), language)} and ${names.length - 3} others`;
  const lines = [zh ? `关停「${name}」的直接后果:` : `What closing ${name} does at once:`];
  for (const u of unmetLines(context, impact, language)) {
    lines.push(
      zh
        ? `  ▲ 未满足需求:${u.material} ${lossAmount(u, language)},${who(u.who)}失去供应,且无法从园区外购入`
        : `  ▲ unmet demand: ${lossAmount(u, language)} of ${u.material} — ${who(u.who)} lose supply that cannot be bought from outside`,
    );
  }
  for (const u of strandedLines(context, impact, language)) {
    lines.push(
      zh
        ? `  ▲ 失去去向:${who(u.who)}的${u.material} ${lossAmount(u, language)}在园区内再无去处,只能外送或排放`
        : `  ▲ no outlet: ${lossAmount(u, language)} of ${u.material} from ${who(u.who)} has nowhere left in the park`,
    );
  }
  const bought = impact.lostSupplies.filter((l) => l.fallback === '@supply').length;
  lines.push(
    zh
      ? `  · ${impact.brokenChains.length} 条产业链断链;${impact.dependants.length} 家企业失去唯一的园区内供应或去向;${bought} 项供应改为外购,共 ${formatQuantity(impact.massRerouted, 't/a', language)} 物料改为外购或外送。`
      : `  · ${impact.brokenChains.length} chain(s) broken; ${impact.dependants.length} enterprise(s) lose their only internal supplier or outlet; ${bought} supplies now bought in; ${formatQuantity(impact.massRerouted, 't/a', language)} in all bought in or sent out instead.`,
  );
  return lines.join('\n');
}

export async function diffCommand(
  fileA: string,
  fileB: string,
  language: Language,
  json: boolean,
  out: Output,
  selfLoops = false,
): Promise<number> {
  const [a, b] = await Promise.all([loadModelFile(fileA), loadModelFile(fileB)]);
  let failed = false;
  for (const result of [a, b]) {
    if (!result.ok) {
      failed = true;
      for (const p of result.errors) out.stderr(formatProblem(p, language));
    }
  }
  if (failed || !a.ok || !b.ok) return 1;
  const comparison = compareModels(a.model, b.model, { selfLoops });
  if (json) {
    out.stdout(JSON.stringify(comparisonJson(comparison), null, 2));
    return 0;
  }
  out.stdout(renderComparison(comparison, language, 15));
  return 0;
}
