/**
 * What a material or an enterprise diagram shows: the exchanges around it,
 * followed through the park's flows (any status) step by step.
 *
 * - enterprise: suppliers (and their suppliers …) and customers (and theirs
 *   …) up to `depth` steps, default 1;
 * - material: every flow of the material, then upstream from its senders
 *   through their incoming flows and downstream from its receivers through
 *   their outgoing flows, `depth` steps beyond the material's own flows,
 *   default unlimited ("everything upstream and downstream").
 *
 * Boundary actors end a walk: the park's imports and sales are not followed
 * outside the park. Only flows actually walked are drawn.
 */
import type { AnalysisContext, QuantifiedFlow } from '../analysis/context.ts';
import { materialName } from '../analysis/text.ts';
import { localize } from '../model/labels.ts';
import { problem } from '../model/problems.ts';
import { isBoundaryId } from '../model/references.ts';
import type { Language, ParkModel } from '../model/types.ts';
import { bilingual, message } from '../text/message.ts';
import { setUpSelection, unknownId, type DiagramSelection, type SelectionOptions } from './selectionSetup.ts';

export interface NeighbourhoodOptions extends SelectionOptions {
  /** Steps to follow: a whole number ≥ 1, or Infinity. */
  readonly depth?: number;
}

const DEFAULT_ENTERPRISE_DEPTH = 1;

export function selectEnterprise(
  model: ParkModel,
  enterpriseId: string,
  options: NeighbourhoodOptions = {},
): DiagramSelection {
  if (!model.enterprises.some((e) => e.id === enterpriseId)) {
    return {
      ok: false,
      problem: unknownId(
        'enterprise',
        enterpriseId,
        model.enterprises.map((e) => e.id),
      ),
    };
  }
  const depth = options.depth ?? DEFAULT_ENTERPRISE_DEPTH;
  if (!validDepth(depth)) return badDepth(depth);
  const prepared = setUpSelection(model, options);
  if (!prepared.ok) return prepared;
  const { context, builder, language } = prepared.setup;
  const node = (actor: string) => builder.actor(`a:${actor}`, actor);
  builder.actor(`a:${enterpriseId}`, enterpriseId, { focus: true });
  const draw = drawOnce((f) => builder.flow(node(f.flow.from), node(f.flow.to), f));
  walk(context, [enterpriseId], 'upstream', depth, draw);
  walk(context, [enterpriseId], 'downstream', depth, draw);
  const name = localize(context.index.enterprises.get(enterpriseId)?.name, language) || enterpriseId;
  return {
    ok: true,
    diagram: builder.build({
      kind: 'enterprise',
      title: message(language, 'diagram:enterpriseTitle', { name }),
      subtitle: depthLabel(language, depth),
      notes: prepared.setup.notes,
    }),
  };
}

export function selectMaterial(
  model: ParkModel,
  materialId: string,
  options: NeighbourhoodOptions = {},
): DiagramSelection {
  if (!model.materials.some((m) => m.id === materialId)) {
    return {
      ok: false,
      problem: unknownId(
        'material',
        materialId,
        model.materials.map((m) => m.id),
      ),
    };
  }
  const depth = options.depth ?? Infinity;
  if (!validDepth(depth)) return badDepth(depth);
  const prepared = setUpSelection(model, options);
  if (!prepared.ok) return prepared;
  const { context, builder, language } = prepared.setup;
  const node = (actor: string) => builder.actor(`a:${actor}`, actor);
  const own = context.flowsByMaterial.get(materialId) ?? [];
  const draw = drawOnce((f) => builder.flow(node(f.flow.from), node(f.flow.to), f, f.material.id === materialId));
  own.forEach(draw);
  walk(context, unique(own.map((f) => f.flow.from)), 'upstream', depth, draw);
  walk(context, unique(own.map((f) => f.flow.to)), 'downstream', depth, draw);
  const name = materialName(context, materialId, language);
  const notes = [...prepared.setup.notes];
  if (own.length === 0) {
    // Nothing flows: still show who declares it, so the diagram says why it is empty.
    for (const e of [...(context.producers.get(materialId) ?? []), ...(context.consumers.get(materialId) ?? [])])
      node(e);
    notes.push(message(language, 'diagram:noteNoFlows', { material: name }));
  }
  return {
    ok: true,
    diagram: builder.build({
      kind: 'material',
      title: message(language, 'diagram:materialTitle', { name }),
      subtitle: depthLabel(language, depth),
      notes,
    }),
  };
}

type Direction = 'upstream' | 'downstream';

/** Breadth-first through incoming (upstream) or outgoing (downstream) flows, `depth` steps from `start`. */
function walk(
  context: AnalysisContext,
  start: readonly string[],
  direction: Direction,
  depth: number,
  draw: (f: QuantifiedFlow) => void,
): void {
  let frontier = start.filter((a) => !isBoundaryId(a));
  const seen = new Set(frontier);
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const actor of frontier) {
      const flows = direction === 'upstream' ? context.flowsTo.get(actor) : context.flowsFrom.get(actor);
      for (const f of flows ?? []) {
        draw(f);
        const other = direction === 'upstream' ? f.flow.from : f.flow.to;
        if (isBoundaryId(other) || seen.has(other)) continue;
        seen.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
}

function drawOnce(draw: (f: QuantifiedFlow) => void): (f: QuantifiedFlow) => void {
  const drawn = new Set<string>();
  return (f) => {
    if (drawn.has(f.flow.id)) return;
    drawn.add(f.flow.id);
    draw(f);
  };
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function validDepth(depth: number): boolean {
  return depth === Infinity || (Number.isInteger(depth) && depth >= 1);
}

function badDepth(depth: number): DiagramSelection {
  return {
    ok: false,
    problem: problem('error', 'bad-depth', [], bilingual('diagram:badDepth', { depth })),
  };
}

function depthLabel(language: Language, depth: number): string {
  return depth === Infinity ? message(language, 'diagram:allDepths') : message(language, 'diagram:depth', { depth });
}
