/**
 * What a chain diagram shows. Column 0 holds who supplies the first stage;
 * column i+1 holds the operating enterprises that perform transition i
 * (stage i → stage i+1) as chain integrity found them, or a missing-stage
 * placeholder (缺失环节) where nobody does; the last column holds where the
 * last stage goes. Links are the model's flows of each stage's materials
 * between columns, in-house steps where one enterprise performs two
 * consecutive transitions, and dashed "missing" links around placeholders.
 *
 * Material and enterprise diagrams are in `neighbourhoodSelection.ts`.
 */
import { analyzeChains, type ChainReport } from '../analysis/chainIntegrity.ts';
import { localize } from '../model/labels.ts';
import type { ChainTemplate, ParkModel } from '../model/types.ts';
import type { DiagramBuilder } from './diagramBuilder.ts';
import { message } from '../text/message.ts';
import { setUpSelection, unknownId, type DiagramSelection, type SelectionOptions } from './selectionSetup.ts';
import type { DiagramColumn } from './types.ts';

export function selectChain(model: ParkModel, chainId: string, options: SelectionOptions = {}): DiagramSelection {
  const chain = model.chains.find((c) => c.id === chainId);
  if (!chain) {
    return {
      ok: false,
      problem: unknownId(
        'chain',
        chainId,
        model.chains.map((c) => c.id),
      ),
    };
  }
  const prepared = setUpSelection(model, options);
  if (!prepared.ok) return prepared;
  const { context, builder, language, overlay } = prepared.setup;
  const report = analyzeChains(context, options.catalogue).chains.find((r) => r.chain === chainId);
  if (!report) throw new Error(`chain ${chainId} vanished from its own analysis`);

  // Who performs each transition: chain integrity's operating performers, plus the proposal where it would.
  const performers = report.transitions.map((t) => [
    ...t.performers,
    ...(overlay && t.plannedPerformers.includes(overlay.enterprise) ? [overlay.enterprise] : []),
  ]);
  const columns = performers.map((list, i) =>
    list.length === 0
      ? [addPlaceholder(builder, chain, i)]
      : list.map((p) =>
          builder.actor(`c${i + 1}:${p}`, p, {
            layer: i + 1,
            ...(report.transitions[i]?.state === 'single' && p !== overlay?.enterprise
              ? { singlePerformer: true }
              : {}),
          }),
        ),
  );
  drawFlows(builder, chain, performers);
  drawMissingLinks(builder, chain, performers, columns);

  const stage = (k: number) => builder.stageLabel(chain.stages[k]!);
  const notes = [...prepared.setup.notes, ...brokenNotes(builder, chain, report)];
  performers.forEach((list, i) => {
    if (overlay && list.includes(overlay.enterprise) && report.transitions[i]?.performers.length === 0)
      notes.push(message(language, 'diagram:noteProposalFills', { n: i + 1 }));
  });
  const columnHeaders: DiagramColumn[] = [
    { layer: 0, label: message(language, 'diagram:columnSupply', { stage: stage(0) }) },
    ...report.transitions.map((_, i) => ({
      layer: i + 1,
      label: message(language, 'diagram:columnStage', { n: i + 1, from: stage(i), to: stage(i + 1) }),
    })),
    {
      layer: report.transitions.length + 1,
      label: message(language, 'diagram:columnOutlet', { stage: stage(chain.stages.length - 1) }),
    },
  ];
  const broken = report.transitions.filter((t) => t.state === 'broken').length;
  const single = report.transitions.filter((t) => t.state === 'single').length;
  const status =
    broken + single === 0
      ? message(language, 'diagram:chainComplete')
      : message(language, 'diagram:chainGaps', { broken, single });
  const subtitle = overlay
    ? message(language, 'diagram:chainSubtitleWithProject', { status, name: localize(overlay.name, language) })
    : status;
  return {
    ok: true,
    diagram: builder.build({
      kind: 'chain',
      title: message(language, 'diagram:chainTitle', { name: localize(chain.name, language) }),
      subtitle,
      columns: columnHeaders,
      notes,
    }),
  };
}

function addPlaceholder(builder: DiagramBuilder, chain: ChainTemplate, transition: number): string {
  const from = builder.stageLabel(chain.stages[transition]!);
  const to = builder.stageLabel(chain.stages[transition + 1]!);
  return builder.placeholder({
    id: `c${transition + 1}:missing`,
    kind: 'missing',
    label: message(builder.language, 'diagram:missingStage', { material: to }),
    detail: `${from} → ${to}`,
    layer: transition + 1,
  });
}

/** The model's flows of each stage's materials into and out of the performers, and in-house steps. */
function drawFlows(builder: DiagramBuilder, chain: ChainTemplate, performers: readonly string[][]): void {
  const { context } = builder;
  const n = performers.length;
  const inStage = (material: string, k: number) => chain.stages[k]?.materials.includes(material) ?? false;
  performers.forEach((list, i) => {
    for (const p of list) {
      const node = `c${i + 1}:${p}`;
      for (const f of context.flowsFrom.get(p) ?? []) {
        if (!inStage(f.material.id, i + 1) || f.flow.to === p) continue;
        const next =
          i + 1 < n && performers[i + 1]!.includes(f.flow.to)
            ? `c${i + 2}:${f.flow.to}`
            : partner(builder, `x${i + 2}:${f.flow.to}`, f.flow.to, i + 2);
        builder.flow(node, next, f);
      }
      for (const f of context.flowsTo.get(p) ?? []) {
        if (!inStage(f.material.id, i) || f.flow.from === p) continue;
        // Flows from the previous column's performers were drawn as their outgoing flows.
        if (i > 0 && performers[i - 1]!.includes(f.flow.from)) continue;
        builder.flow(partner(builder, `x${i}:${f.flow.from}`, f.flow.from, i), node, f);
      }
      if (i + 1 < n && performers[i + 1]!.includes(p)) {
        const materials = chain.stages[i + 1]!.materials;
        const kept = materials.reduce((sum, m) => sum + (context.outputsInHouse.get(p)?.get(m) ?? 0), 0);
        const unit = context.index.materials.get(materials[0]!)?.unit;
        builder.connect(
          node,
          `c${i + 2}:${p}`,
          'in-house',
          materials,
          `${builder.stageLabel(chain.stages[i + 1]!)}${message(builder.language, 'diagram:inHouse')}`,
          kept > 0 && unit && materials.length === 1 ? { value: kept, unit } : undefined,
        );
      }
    }
  });
}

/** Dashed links into and out of each missing stage, so the gap reads as a gap in the chain. */
function drawMissingLinks(
  builder: DiagramBuilder,
  chain: ChainTemplate,
  performers: readonly string[][],
  columns: readonly string[][],
): void {
  const { context } = builder;
  performers.forEach((list, i) => {
    if (list.length > 0) return;
    const missing = columns[i]![0]!;
    const incoming = chain.stages[i]!;
    if (i === 0) {
      // Nobody performs the first transition: who in the park has its input?
      const producers = [...new Set(incoming.materials.flatMap((m) => context.producers.get(m) ?? []))];
      for (const e of producers) {
        const source = partner(builder, `x0:${e}`, e, 0);
        builder.connect(source, missing, 'missing', incoming.materials, builder.stageLabel(incoming));
      }
    } else {
      for (const before of columns[i - 1]!)
        builder.connect(before, missing, 'missing', incoming.materials, builder.stageLabel(incoming));
    }
    const outgoing = chain.stages[i + 1]!;
    if (i + 1 < performers.length && performers[i + 1]!.length > 0) {
      for (const after of columns[i + 1]!)
        builder.connect(missing, after, 'missing', outgoing.materials, builder.stageLabel(outgoing));
    }
  });
}

/** An actor beside the chain: a supplier or customer of a stage, not performing the column's transition. */
function partner(builder: DiagramBuilder, nodeId: string, actor: string, layer: number): string {
  return builder.actor(nodeId, actor, { layer, partner: true });
}

function brokenNotes(builder: DiagramBuilder, chain: ChainTemplate, report: ChainReport): string[] {
  return report.transitions.flatMap((t, i) => {
    if (t.state !== 'broken') return [];
    const fix =
      t.technologies.length > 0 ? message(builder.language, 'diagram:noteBrokenFix', { n: t.technologies.length }) : '';
    return [
      message(builder.language, 'diagram:noteBroken', {
        from: builder.stageLabel(chain.stages[i]!),
        to: builder.stageLabel(chain.stages[i + 1]!),
        fix,
      }),
    ];
  });
}
