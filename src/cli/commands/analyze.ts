import { ANALYSIS_KINDS, type AnalysisKind } from '../../core/analysis/analyzePark.ts';
import { analyzeParkInThreads } from '../parallelBetweenness.ts';
import { analysisJson } from '../analysisJson.ts';
import type { BetweennessMethod } from '../../core/analysis/network/betweenness.ts';
import type { Language } from '../../core/model/types.ts';
import { renderAnalysis } from '../analysisText.ts';
import { renderProjects } from '../projectsText.ts';
import { asOfJson, parkAsOf, printAsOfHeading } from '../asOf.ts';
import { loadAnalysisInputs } from '../loadCatalogue.ts';
import type { Output } from '../output.ts';
import { t } from '../i18n.ts';

export interface AnalyzeArgs {
  readonly file: string;
  readonly language: Language;
  readonly json: boolean;
  readonly only?: string;
  readonly catalogue?: string;
  readonly betweenness?: string;
  readonly all: boolean;
  readonly top?: string;
  /** Count flows from an enterprise to itself in the network metrics (enaR's convention; off by default). */
  readonly selfLoops?: boolean;
  /** Analyse the park as it stood in this year (`--as-of`, checked by the caller). */
  readonly asOf?: number;
  /** `--alias`: an alias table for a .csv exchange list. */
  readonly alias?: string;
  /** `--fields a,b.c`: with --json, only these parts. */
  readonly fields?: string;
}

const BETWEENNESS: readonly BetweennessMethod[] = ['exact', 'sampled', 'none'];

/** `analyze` and `projects` share loading and options; `projects` prints only the ranking. */
export async function analyzeCommand(args: AnalyzeArgs, out: Output, projectsOnly = false): Promise<number> {
  const only = projectsOnly ? ['projects'] : args.only?.split(',').map((k) => k.trim());
  const unknown = only?.filter((k) => !(ANALYSIS_KINDS as readonly string[]).includes(k)) ?? [];
  if (unknown.length > 0) {
    out.stderr(
      t(args.language, 'unknownAnalysisKind', { kinds: unknown.join(', '), known: ANALYSIS_KINDS.join(', ') }),
    );
    return 2;
  }
  if (args.betweenness !== undefined && !(BETWEENNESS as readonly string[]).includes(args.betweenness)) {
    out.stderr(`--betweenness: ${BETWEENNESS.join(' | ')}`);
    return 2;
  }
  const top = args.top === undefined ? 10 : Number(args.top);
  if (!Number.isInteger(top) || top < 1) {
    out.stderr(t(args.language, 'badTop'));
    return 2;
  }
  const fields = args.fields
    ?.split(',')
    .map((f) => f.trim())
    .filter((f) => f !== '');
  if (fields && !args.json) {
    out.stderr(t(args.language, 'fieldsNeedJson'));
    return 2;
  }
  const inputs = await loadAnalysisInputs(args.file, args.catalogue, args.language, out, args.alias);
  if (!inputs) return 1;
  const asOf = args.asOf === undefined ? undefined : parkAsOf(inputs.model, args.asOf, args.language);
  const model = asOf?.model ?? inputs.model;
  const analysis = await analyzeParkInThreads(model, {
    catalogue: inputs.catalogue,
    ...(only ? { only: only as AnalysisKind[] } : {}),
    betweenness: (args.betweenness as BetweennessMethod | undefined) ?? 'exact',
    selfLoops: args.selfLoops ?? false,
  });
  if (args.json) {
    const year = asOf ? { asOf: asOfJson(asOf) } : {};
    const result = projectsOnly ? { kpis: analysis.kpis, projects: analysis.projects } : analysis;
    const document = { ...year, ...result };
    const json = analysisJson(document, fields);
    if (json.unknown.length > 0) {
      out.stderr(
        t(args.language, 'unknownFields', { paths: json.unknown.join(', '), known: Object.keys(document).join(', ') }),
      );
      return 2;
    }
    out.stdout(json.text);
    return 0;
  }
  if (asOf) printAsOfHeading(asOf, args.language, out);
  if (projectsOnly) {
    out.stdout(renderProjects(analysis.projects, args.language, top));
  } else {
    out.stdout(renderAnalysis(model, analysis, args.language, { perKind: args.all ? Infinity : 8, topProjects: top }));
  }
  return 0;
}
