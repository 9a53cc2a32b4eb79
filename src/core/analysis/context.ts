/**
 * Shared, read-only indexes over a valid model that the findings analyses
 * need: quantities converted to each material's unit once, flows grouped by
 * sender, receiver and material, declared streams by enterprise.
 */
import { indexModel, normalisedQuantity, requireMaterial, type ModelIndex } from '../model/lookup.ts';
import { isBoundaryId } from '../model/references.ts';
import type { Enterprise, Flow, FlowStatus, Material, ParkModel, Stream } from '../model/types.ts';

export interface QuantifiedFlow {
  readonly flow: Flow;
  readonly material: Material;
  /** In the material's default unit. */
  readonly quantity: number;
  /** Both ends are enterprises. */
  readonly internal: boolean;
}

/** Declared quantities by material id, in each material's default unit. */
export type DeclaredStreams = ReadonlyMap<string, number>;

export interface AnalysisContext {
  readonly model: ParkModel;
  readonly index: ModelIndex;
  readonly flows: readonly QuantifiedFlow[];
  readonly flowsFrom: ReadonlyMap<string, readonly QuantifiedFlow[]>;
  readonly flowsTo: ReadonlyMap<string, readonly QuantifiedFlow[]>;
  readonly flowsByMaterial: ReadonlyMap<string, readonly QuantifiedFlow[]>;
  readonly outputs: ReadonlyMap<string, DeclaredStreams>;
  readonly inputs: ReadonlyMap<string, DeclaredStreams>;
  readonly capacities: ReadonlyMap<string, DeclaredStreams>;
  /** The in-house parts of declared outputs and inputs (see `Stream.inHouse`). */
  readonly outputsInHouse: ReadonlyMap<string, DeclaredStreams>;
  readonly inputsInHouse: ReadonlyMap<string, DeclaredStreams>;
  /** Enterprises that count as "in the park today" (status operating). */
  readonly operating: ReadonlySet<string>;
  /** Operating enterprises that declare a material as output / as input, in model order: matching is indexed by material. */
  readonly producers: ReadonlyMap<string, readonly string[]>;
  readonly consumers: ReadonlyMap<string, readonly string[]>;
}

/** Flow statuses that describe the park as it is. Planned and potential flows are not yet real. */
export const CURRENT_FLOW_STATUSES: readonly FlowStatus[] = ['existing'];

export function createAnalysisContext(model: ParkModel): AnalysisContext {
  const index = indexModel(model);
  const flows: QuantifiedFlow[] = model.flows.map((flow) => {
    const material = requireMaterial(index, flow.material);
    return {
      flow,
      material,
      quantity: normalisedQuantity(flow, material),
      internal: !isBoundaryId(flow.from) && !isBoundaryId(flow.to),
    };
  });
  const streams = (
    pick: (e: Enterprise) => Enterprise['inputs'],
    part: (s: Stream) => number | undefined = (s) => s.quantity,
  ) =>
    new Map(
      model.enterprises.map((e) => {
        const totals = new Map<string, number>();
        for (const s of pick(e)) {
          const amount = part(s);
          if (amount === undefined) continue;
          const converted = normalisedQuantity({ quantity: amount, unit: s.unit }, requireMaterial(index, s.material));
          totals.set(s.material, (totals.get(s.material) ?? 0) + converted);
        }
        return [e.id, totals] as const;
      }),
    );
  const operating = new Set(model.enterprises.filter((e) => e.status === 'operating').map((e) => e.id));
  const byMaterial = (pick: (e: Enterprise) => Enterprise['inputs']) => {
    const map = new Map<string, string[]>();
    for (const e of model.enterprises) {
      if (!operating.has(e.id)) continue;
      for (const material of new Set(pick(e).map((s) => s.material))) {
        const list = map.get(material);
        if (list) list.push(e.id);
        else map.set(material, [e.id]);
      }
    }
    return map;
  };
  return {
    model,
    index,
    flows,
    flowsFrom: groupBy(flows, (f) => f.flow.from),
    flowsTo: groupBy(flows, (f) => f.flow.to),
    flowsByMaterial: groupBy(flows, (f) => f.flow.material),
    outputs: streams((e) => e.outputs),
    inputs: streams((e) => e.inputs),
    capacities: streams((e) => e.capacities),
    outputsInHouse: streams(
      (e) => e.outputs,
      (s) => s.inHouse,
    ),
    inputsInHouse: streams(
      (e) => e.inputs,
      (s) => s.inHouse,
    ),
    operating,
    producers: byMaterial((e) => e.outputs),
    consumers: byMaterial((e) => e.inputs),
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

/** The declared in-house part of an enterprise's output (or input) of a material: not available to (or needed from) the park. */
export function inHouse(
  context: AnalysisContext,
  enterprise: string,
  material: string,
  side: 'outputs' | 'inputs',
): number {
  return (side === 'outputs' ? context.outputsInHouse : context.inputsInHouse).get(enterprise)?.get(material) ?? 0;
}

export function isCurrent(flow: QuantifiedFlow): boolean {
  return (CURRENT_FLOW_STATUSES as readonly string[]).includes(flow.flow.status);
}

/** Sum of current flows of `material` from `from` that satisfy `where`. */
export function sumFlows(flows: readonly QuantifiedFlow[] | undefined, where: (f: QuantifiedFlow) => boolean): number {
  let total = 0;
  for (const f of flows ?? []) if (where(f)) total += f.quantity;
  return total;
}
