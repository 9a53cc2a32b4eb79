/**
 * Chain integrity (domain.md §4.3, 补链 / 强链 / 延链): for each chain
 * template, who performs each stage transition. None is a broken link, one
 * is a single point of failure (强链) — unless that one enterprise makes the
 * stage's input itself and uses it in-house, which is an integrated firm's
 * in-house chain (information, not a weakness of the park's web); a stage
 * the park makes but ships out while the next stage's maker imports it is a
 * broken coupling; catalogue technologies that take the last stage further
 * are extension candidates (延链), never broken links.
 *
 * A stage of services (leasing, logistics) is performed by whoever provides
 * the service to the enterprises handling the previous stage: a logistics
 * firm carrying machinery performs "machinery → logistics" without taking
 * machinery in.
 */
import type { TechnologyCatalogue } from '../catalogue/schema.ts';
import type { ChainStage, ChainTemplate, Language } from '../model/types.ts';
import { localize, stageMaterials } from '../model/labels.ts';
import { isCurrent, sumFlows, type AnalysisContext } from './context.ts';
import { candidatesClause } from './couplingFindings.ts';
import { streamKey, type SurplusOffer } from './couplingGaps.ts';
import { findingId, type Finding } from './finding.ts';
import { inBothLanguages, message } from '../text/message.ts';
import { actorName, formatQuantity, materialName } from './text.ts';
import { listNames } from '../text/lists.ts';

export type TransitionState = 'broken' | 'single' | 'in-house' | 'ok';

export interface ChainTransition {
  readonly from: readonly string[];
  readonly to: readonly string[];
  /** Operating enterprises that take a material of `from` and make one of `to`. */
  readonly performers: readonly string[];
  /** Planned or candidate enterprises that would perform it. */
  readonly plannedPerformers: readonly string[];
  /** Catalogue technologies that perform it. */
  readonly technologies: readonly string[];
  readonly state: TransitionState;
}

export interface ChainReport {
  readonly chain: string;
  readonly transitions: readonly ChainTransition[];
  /** True when every transition has at least one operating performer. */
  readonly complete: boolean;
}

export interface ChainIntegrityResult {
  readonly chains: readonly ChainReport[];
  readonly findings: readonly Finding[];
  /** Streams (streamKey) that chain findings report with their coupling offers folded in. */
  readonly covered: ReadonlySet<string>;
}

export function analyzeChains(
  context: AnalysisContext,
  catalogue?: TechnologyCatalogue,
  offers: readonly SurplusOffer[] = [],
): ChainIntegrityResult {
  const findings: Finding[] = [];
  const covered = new Set<string>();
  const chains = context.model.chains.map((chain) => {
    const transitions = chain.stages.slice(0, -1).map((stage, i) => {
      const next = chain.stages[i + 1]!;
      const transition = describeTransition(context, stage, next, catalogue);
      findings.push(...transitionFindings(context, chain, transition, offers, covered));
      return transition;
    });
    findings.push(...inHouseFindings(context, chain, transitions));
    if (catalogue) findings.push(...extensionFindings(context, chain, catalogue));
    return { chain: chain.id, transitions, complete: transitions.every((t) => t.state !== 'broken') };
  });
  return { chains, findings, covered };
}

/**
 * The chains (not stages) whose only performer of some transition is
 * `enterprise`: its closure breaks them, in-house steps included (an
 * integrated firm's own chain goes with it).
 */
export function chainsDependingOn(chains: ChainIntegrityResult, enterprise: string): string[] {
  return chains.chains
    .filter((report) => report.transitions.some((t) => t.performers.length === 1 && t.performers[0] === enterprise))
    .map((report) => report.chain);
}

/** One stage transition: who performs it and its state (broken, single performer, ok). */
export function describeTransition(
  context: AnalysisContext,
  stage: ChainStage,
  next: ChainStage,
  catalogue?: TechnologyCatalogue,
): ChainTransition {
  // Declared streams or current flows say what an enterprise handles (an exchange list declares no streams).
  const takes = (materials: ReadonlySet<string> | undefined) => stage.materials.some((m) => materials?.has(m));
  const makes = (materials: ReadonlySet<string> | undefined) => next.materials.some((m) => materials?.has(m));
  const serviceStage = next.materials.every((m) => context.index.materials.get(m)?.category === 'service');
  const handlesStage = (id: string) => takes(context.takesIn.get(id)) || takes(context.putsOut.get(id));
  const serves = (id: string) =>
    (context.flowsFrom.get(id) ?? []).some(
      (f) => next.materials.includes(f.material.id) && f.internal && handlesStage(f.flow.to),
    );
  const performing = context.model.enterprises.filter(
    (e) => makes(context.putsOut.get(e.id)) && (takes(context.takesIn.get(e.id)) || (serviceStage && serves(e.id))),
  );
  const performers = performing.filter((e) => context.operating.has(e.id)).map((e) => e.id);
  const technologies = (catalogue?.technologies ?? [])
    .filter(
      (t) =>
        t.inputs.some((s) => stage.materials.includes(s.material)) &&
        t.outputs.some((s) => next.materials.includes(s.material)),
    )
    .map((t) => t.id);
  const state: TransitionState =
    performers.length === 0
      ? 'broken'
      : performers.length > 1
        ? 'ok'
        : madeInHouse(context, performers[0]!, stage)
          ? 'in-house'
          : 'single';
  return {
    from: stage.materials,
    to: next.materials,
    performers,
    plannedPerformers: performing
      .filter((e) => !context.operating.has(e.id) && (e.status === 'planned' || e.status === 'candidate'))
      .map((e) => e.id),
    technologies,
    state,
  };
}

/** The enterprise makes every stage input it takes itself and uses it in-house (an integrated firm's own step). */
function madeInHouse(context: AnalysisContext, enterprise: string, stage: ChainStage): boolean {
  const taken = stage.materials.filter((m) => context.inputs.get(enterprise)?.has(m));
  return (
    taken.length > 0 &&
    taken.every((m) => {
      const declared = context.inputs.get(enterprise)?.get(m) ?? 0;
      return declared > 0 && (context.inputsInHouse.get(enterprise)?.get(m) ?? 0) >= declared * 0.999;
    })
  );
}

function stageName(context: AnalysisContext, materials: readonly string[], language: Language): string {
  return stageMaterials(materials, (m) => materialName(context, m, language));
}

function transitionFindings(
  context: AnalysisContext,
  chain: ChainTemplate,
  t: ChainTransition,
  offers: readonly SurplusOffer[],
  covered: Set<string>,
): Finding[] {
  const findings: Finding[] = [];
  const key = [chain.id, t.from.join('+'), t.to.join('+')] as const;
  const chainName = (l: Language) => localize(chain.name, l);
  const upstream = context.model.enterprises.filter(
    (e) => context.operating.has(e.id) && t.from.some((m) => context.putsOut.get(e.id)?.has(m)),
  );
  const downstream = context.model.enterprises.filter(
    (e) => context.operating.has(e.id) && t.to.some((m) => context.takesIn.get(e.id)?.has(m)),
  );

  if (t.state === 'broken') {
    findings.push({
      id: findingId('broken-link', ...key),
      kind: 'broken-link',
      severity: 'high',
      enterprises: [...new Set([...upstream, ...downstream].map((e) => e.id))],
      materials: [...t.from, ...t.to],
      flows: [],
      details: {
        chain: chain.id,
        technologies: t.technologies,
        plannedPerformers: t.plannedPerformers,
        from: t.from,
        to: t.to,
        upstream: upstream.map((e) => e.id),
        downstream: downstream.map((e) => e.id),
      },
      reason: inBothLanguages((l) =>
        message(l, 'finding:brokenLink', {
          chain: chainName(l),
          from: stageName(context, t.from, l),
          to: stageName(context, t.to, l),
          fix: t.technologies.length > 0 ? message(l, 'finding:brokenLinkFix', { n: t.technologies.length }) : '',
        }),
      ),
    });
  } else if (t.state === 'single') {
    const only = t.performers[0]!;
    findings.push({
      id: findingId('single-performer', ...key),
      kind: 'single-performer',
      severity: 'medium',
      enterprises: [only],
      materials: [...t.from, ...t.to],
      flows: [],
      details: { chain: chain.id, technologies: t.technologies },
      reason: inBothLanguages((l) =>
        message(l, 'finding:singlePerformer', {
          chain: chainName(l),
          from: stageName(context, t.from, l),
          to: stageName(context, t.to, l),
          enterprise: actorName(context, only, l),
        }),
      ),
    });
  }

  // A stage made in the park but shipped out, while this transition's performers import it.
  for (const m of t.from) {
    const material = context.index.materials.get(m);
    if (!material) continue;
    const shipped = upstream.flatMap((e) =>
      (context.flowsFrom.get(e.id) ?? []).filter(
        (f) => f.material.id === m && isCurrent(f) && (f.flow.to === '@market' || f.flow.to === '@disposal'),
      ),
    );
    const imported = t.performers.flatMap((p) =>
      (context.flowsTo.get(p) ?? []).filter((f) => f.material.id === m && isCurrent(f) && f.flow.from === '@supply'),
    );
    if (shipped.length === 0 || imported.length === 0) continue;
    // A flow that gives no quantity leaves the amount that could stay in the park unknown.
    const measured = [...shipped, ...imported].every((f) => f.measured);
    const quantity = measured
      ? Math.min(
          sumFlows(shipped, () => true),
          sumFlows(imported, () => true),
        )
      : undefined;
    // The shippers' offers of this material are this finding's facet: one stream, one finding.
    const shippers = new Set(shipped.map((f) => f.flow.from));
    const facets = offers.filter((o) => o.material === m && shippers.has(o.supplier) && o.matched > 0);
    for (const o of facets) covered.add(streamKey(o.supplier, o.material));
    findings.push({
      id: findingId('chain-shipped-out', chain.id, m),
      kind: 'chain-shipped-out',
      severity: 'high',
      enterprises: [...new Set([...shipped.map((f) => f.flow.from), ...imported.map((f) => f.flow.to)])],
      materials: [m],
      flows: [...shipped, ...imported].map((f) => f.flow.id),
      ...(quantity === undefined ? {} : { quantity, unit: material.unit }),
      details: { chain: chain.id, offers: facets },
      reason: inBothLanguages((l) => {
        const takers = facets.map((o) => candidatesClause(context, o, l)).join(message(l, 'common:groupSeparator'));
        return message(l, 'finding:chainShippedOut', {
          chain: chainName(l),
          material: materialName(context, m, l),
          amount:
            quantity === undefined
              ? message(l, 'finding:stayInParkUnmeasured')
              : message(l, 'finding:stayInPark', { quantity: formatQuantity(quantity, material.unit, l) }),
          takers: takers ? message(l, 'common:parenthetical', { text: takers }) : '',
        });
      }),
    });
  }
  return findings;
}

/** An integrated firm's own steps: information for the chain diagram, not a call to strengthen the chain. */
function inHouseFindings(
  context: AnalysisContext,
  chain: ChainTemplate,
  transitions: readonly ChainTransition[],
): Finding[] {
  const byFirm = new Map<string, ChainTransition[]>();
  for (const t of transitions) {
    if (t.state === 'in-house') byFirm.set(t.performers[0]!, [...(byFirm.get(t.performers[0]!) ?? []), t]);
  }
  return [...byFirm].map(([firm, steps]) => ({
    id: findingId('in-house-chain', chain.id, firm),
    kind: 'in-house-chain',
    severity: 'info',
    enterprises: [firm],
    materials: [...new Set(steps.flatMap((t) => [...t.from, ...t.to]))],
    flows: [],
    details: { chain: chain.id, steps: steps.map((t) => ({ from: t.from, to: t.to })) },
    reason: inBothLanguages((l) =>
      message(l, steps.length > 1 ? 'finding:inHouseChain' : 'finding:inHouseChainOne', {
        chain: localize(chain.name, l),
        steps: listNames(
          steps.map((t) => `${stageName(context, t.from, l)}→${stageName(context, t.to, l)}`),
          l,
        ),
        enterprise: actorName(context, firm, l),
      }),
    ),
  }));
}

/** 延链: technologies that take the chain's last stage further, to materials not already in the chain. */
function extensionFindings(context: AnalysisContext, chain: ChainTemplate, catalogue: TechnologyCatalogue): Finding[] {
  const last = chain.stages[chain.stages.length - 1]!;
  const inChain = new Set(chain.stages.flatMap((s) => s.materials));
  const technologies = catalogue.technologies.filter(
    (t) =>
      t.inputs.some((s) => last.materials.includes(s.material)) &&
      t.outputs.some((s) => !inChain.has(s.material) && s.material !== t.reference),
  );
  if (technologies.length === 0) return [];
  return [
    {
      id: findingId('chain-extension', chain.id),
      kind: 'chain-extension',
      severity: 'info',
      enterprises: [],
      materials: [...last.materials],
      flows: [],
      details: { chain: chain.id, technologies: technologies.map((t) => t.id) },
      reason: inBothLanguages((l) =>
        message(l, 'finding:chainExtension', {
          chain: localize(chain.name, l),
          n: technologies.length,
          stage: stageName(context, last.materials, l),
          technologies: listNames(
            technologies.map((t) => localize(t.name, l)),
            l,
          ),
        }),
      ),
    },
  ];
}
