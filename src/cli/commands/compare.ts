import { compareModels } from '../../core/analysis/compareAnalyses.ts';
import { createAnalysisContext } from '../../core/analysis/context.ts';
import { analyzeChains } from '../../core/analysis/chainIntegrity.ts';
import { simulateClosure } from '../../core/analysis/resilience.ts';
import { formatProblem } from '../../core/model/problems.ts';
import type { Language } from '../../core/model/types.ts';
import { applyScenario } from '../../core/scenario/applyScenario.ts';
import type { Change, ChangeSet } from '../../core/scenario/changeSet.ts';
import { renderComparison } from '../comparisonText.ts';
import { loadModelFile } from '../loadModel.ts';
import type { Output } from '../output.ts';

export interface WhatIfArgs {
  readonly file: string;
  readonly language: Language;
  readonly json: boolean;
  readonly close: readonly string[];
  readonly removeFlow: readonly string[];
}

/**
 * Closes enterprises (and/or removes flows) as a scenario: partners that
 * lose a supplier buy from outside, partners that lose an outlet send to
 * market or disposal; then the two parks are compared.
 */
export async function whatIfCommand(args: WhatIfArgs, out: Output): Promise<number> {
  const zh = args.language === 'zh';
  if (args.close.length === 0 && args.removeFlow.length === 0) {
    out.stderr(
      zh
        ? '请用 --close 企业ID 或 --remove-flow 物质流ID 指定变化'
        : 'say what changes with --close ENTERPRISE or --remove-flow FLOW',
    );
    return 2;
  }
  const loaded = await loadModelFile(args.file);
  if (!loaded.ok) {
    for (const p of loaded.errors) out.stderr(formatProblem(p, args.language));
    return 1;
  }
  const changes: Change[] = [
    ...args.close.map((enterprise): Change => ({
      kind: 'close-enterprise',
      enterprise,
      flows: 'remove',
      rerouteToBoundary: true,
    })),
    ...args.removeFlow.map((flow): Change => ({ kind: 'remove-flow', flow })),
  ];
  const changeSet: ChangeSet = { id: 'whatif', name: { zh: '假设情景', en: 'what-if' }, changes };
  const scenario = applyScenario(loaded.model, changeSet);
  if (!scenario.ok) {
    for (const p of scenario.errors) out.stderr(formatProblem(p, args.language));
    return 1;
  }
  const context = createAnalysisContext(loaded.model);
  const chains = analyzeChains(context);
  const impacts = args.close.map((id) => simulateClosure(context, chains, id));
  const comparison = compareModels(loaded.model, scenario.model);
  if (args.json) {
    out.stdout(
      JSON.stringify(
        {
          applied: scenario.applied,
          impacts,
          model: comparison.model,
          findings: comparison.findings,
          kpis: comparison.kpis,
        },
        null,
        2,
      ),
    );
    return 0;
  }
  for (const a of scenario.applied) out.stdout(`• ${a.summary[args.language]}`);
  for (const impact of impacts) {
    const sole = [...impact.lostSupplies, ...impact.lostOutlets].filter((l) => l.onlyInternalLink).length;
    out.stdout(
      zh
        ? `  直接影响:${impact.lostSupplies.length} 项供应、${impact.lostOutlets.length} 项去向中断(其中 ${sole} 项是伙伴唯一的园区内链接),${impact.brokenTransitions.length} 个产业链环节断开,${Math.round(impact.massRerouted).toLocaleString('zh-CN')} t/a 须改为外购或外运。`
        : `  Direct effect: ${impact.lostSupplies.length} supplies and ${impact.lostOutlets.length} outlets lost (${sole} were a partner's only internal link), ${impact.brokenTransitions.length} chain stages broken, ${Math.round(impact.massRerouted).toLocaleString('en-US')} t/a must be bought in or sent out.`,
    );
  }
  out.stdout('');
  out.stdout(renderComparison(comparison, args.language, 15));
  return 0;
}

export async function diffCommand(
  fileA: string,
  fileB: string,
  language: Language,
  json: boolean,
  out: Output,
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
  const comparison = compareModels(a.model, b.model);
  if (json) {
    out.stdout(
      JSON.stringify({ model: comparison.model, findings: comparison.findings, kpis: comparison.kpis }, null, 2),
    );
    return 0;
  }
  out.stdout(renderComparison(comparison, language, 15));
  return 0;
}
