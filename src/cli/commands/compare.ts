/**
 * `whatif` (close enterprises, remove flows, build a ranked project) and
 * `diff` (two model files): both compare the park before and after, today
 * and with planned items, with one scenario semantics (domain.md §4.9).
 */
import type { TechnologyCatalogue } from '../../core/catalogue/schema.ts';
import { analyzeChains } from '../../core/analysis/chainIntegrity.ts';
import { compareModels, comparisonDocument } from '../../core/comparison/compareAnalyses.ts';
import { createAnalysisContext } from '../../core/analysis/context.ts';
import { negativeListVerdict } from '../../core/analysis/projectPolicy.ts';
import { planProject } from '../../core/analysis/projectSizing.ts';
import { lossAmount, simulateClosure, strandedLines, unmetLines } from '../../core/analysis/resilience.ts';
import { formatQuantity } from '../../core/analysis/text.ts';
import { namesAndOthers } from '../../core/text/lists.ts';
import { localize } from '../../core/model/labels.ts';
import { formatProblem } from '../../core/model/problems.ts';
import { resolveEnterprise } from '../../core/model/resolveEnterprise.ts';
import type { Language, ParkModel } from '../../core/model/types.ts';
import { applyScenario } from '../../core/scenario/applyScenario.ts';
import type { Change, ChangeSet } from '../../core/scenario/changeSet.ts';
import { renderComparison } from '../comparisonText.ts';
import { loadCatalogueFile } from '../loadCatalogue.ts';
import { loadModelFile } from '../loadModel.ts';
import { t } from '../i18n.ts';
import type { Output } from '../output.ts';
import { bilingual } from '../../core/text/message.ts';
import { listNames } from '../../core/text/lists.ts';

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
  const language = args.language;
  if (args.close.length === 0 && args.removeFlow.length === 0 && args.build.length === 0) {
    out.stderr(t(language, 'whatIfNothing'));
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
        ? t(language, 'noSuchEnterprise', { query })
        : t(language, 'ambiguousEnterprise', {
            query,
            candidates: listNames(match.candidates, language),
          }),
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
        out.stderr(t(language, 'noSuchTechnology', { id }));
        return 2;
      }
      const verdict = negativeListVerdict(model.park.policy, technology);
      for (const reason of verdict.reasons) out.stdout(t(language, 'notAdmitted', { reason: reason[language] }));
      const plan = planProject(context, catalogue, technology);
      if (!plan.ok) {
        out.stderr(t(language, 'cannotBuild', { id, reason: plan.reason[language] }));
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
  const changeSet: ChangeSet = { id: 'whatif', name: bilingual('cli:whatIfName'), changes };
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
          ...comparisonDocument(comparison),
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

/** What one closure does, in a few lines a manager can act on. */
function closureSummary(
  model: ParkModel,
  context: ReturnType<typeof createAnalysisContext>,
  impact: ReturnType<typeof simulateClosure>,
  language: Language,
): string {
  const name = localize(model.enterprises.find((e) => e.id === impact.target.id)?.name, language);
  const who = (names: readonly string[]) => namesAndOthers(names, 3, language);
  const lines = [t(language, 'closureHeading', { name })];
  for (const u of unmetLines(context, impact, language)) {
    lines.push(t(language, 'closureUnmet', { material: u.material, amount: lossAmount(u, language), who: who(u.who) }));
  }
  for (const u of strandedLines(context, impact, language)) {
    lines.push(
      t(language, 'closureStranded', { material: u.material, amount: lossAmount(u, language), who: who(u.who) }),
    );
  }
  const bought = impact.lostSupplies.filter((l) => l.fallback === '@supply').length;
  lines.push(
    t(language, 'closureSummary', {
      chains: impact.brokenChains.length,
      dependants: impact.dependants.length,
      bought,
      mass: formatQuantity(impact.massRerouted, 't/a', language),
    }),
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
    out.stdout(JSON.stringify(comparisonDocument(comparison), null, 2));
    return 0;
  }
  out.stdout(renderComparison(comparison, language, 15));
  return 0;
}
