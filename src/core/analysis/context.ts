/**
 * Shared, read-only indexes over a valid model that every analysis reads:
 * quantities converted to each material's unit once, flows grouped by
 * sender, receiver and material, declared streams by enterprise, and which
 * enterprises and flows count in the chosen scope. analyzePark builds one
 * and passes it to every analysis (the network metrics read its model index).
 */
import {
  flowQuantity,
  indexedModel,
  normalisedQuantity,
  requireMaterial,
  type IndexedModel,
  type ModelIndex,
  type ModelInput,
} from '../model/lookup.ts';
import { isBoundaryId } from '../model/references.ts';
import type {
  Enterprise,
  EnterpriseStatus,
  Flow,
  FlowStatus,
  Material,
  MaterialMobility,
  ParkModel,
  Stream,
} from '../model/types.ts';
import { groupBy } from '../model/groupBy.ts';
import { withDefaults } from '../model/withDefaults.ts';

/**
 * One scenario semantics everywhere (domain.md §4.9): `today` counts
 * operating enterprises and existing flows; `with-planned` adds planned
 * enterprises and planned flows — a ranked project applied to a model is
 * planned, so its promised effect is what `with-planned` shows.
 * Potential flows and candidate enterprises are ideas and never count.
 */
export type AnalysisScope = 'today' | 'with-planned';

export const SCOPE_STATUSES: Readonly<
  Record<AnalysisScope, { readonly enterprises: readonly EnterpriseStatus[]; readonly flows: readonly FlowStatus[] }>
> = {
  today: { enterprises: ['operating'], flows: ['existing'] },
  'with-planned': { enterprises: ['operating', 'planned'], flows: ['existing', 'planned'] },
};

/** True when the model holds planned items, i.e. when `with-planned` differs from `today`. */
export function hasPlannedItems(model: ParkModel): boolean {
  return model.enterprises.some((e) => e.status === 'planned') || model.flows.some((f) => f.status === 'planned');
}

export interface QuantifiedFlow {
  readonly flow: Flow;
  readonly material: Material;
  /**
   * In the material's default unit; 0 for a structural exchange (no quantity given), which `measured`
   * tells apart: sums over flows are sums over the measured ones, and say their coverage (domain.md §5a).
   */
  readonly quantity: number;
  /** The flow states a quantity. */
  readonly measured: boolean;
  /** Both ends are enterprises. */
  readonly internal: boolean;
  /** The flow counts in the analysis' scope (its status, and its enterprise ends are in the scope too). */
  readonly current: boolean;
}

/** Declared quantities by material id, in each material's default unit. */
export type DeclaredStreams = ReadonlyMap<string, number>;

export interface AnalysisContext extends IndexedModel {
  readonly model: ParkModel;
  readonly scope: AnalysisScope;
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
  /** Enterprises that count as "in the park" in the scope (operating; planned too with `with-planned`). */
  readonly operating: ReadonlySet<string>;
  /**
   * The materials each enterprise takes in / puts out, by its declared streams or by its current flows
   * (any quantity, or none): what chain stages read, so an exchange list without declared streams still
   * says who performs a stage.
   */
  readonly takesIn: ReadonlyMap<string, ReadonlySet<string>>;
  readonly putsOut: ReadonlyMap<string, ReadonlySet<string>>;
  /** Counted enterprises that declare a material as output / as input, in model order: matching is indexed by material. */
  readonly producers: ReadonlyMap<string, readonly string[]>;
  readonly consumers: ReadonlyMap<string, readonly string[]>;
}

export interface ContextOptions {
  readonly scope: AnalysisScope;
}

/**
 * The defaults of `createAnalysisContext`, merged under the caller's options (model/withDefaults.ts).
 * @public
 */
export const DEFAULT_CONTEXT_OPTIONS: ContextOptions = Object.freeze<ContextOptions>({ scope: 'today' });

/** `input`: a model, or one already indexed (another context of it), whose index is then reused. */
export function createAnalysisContext(input: ModelInput, options: Partial<ContextOptions> = {}): AnalysisContext {
  const { scope } = withDefaults(DEFAULT_CONTEXT_OPTIONS, options);
  const statuses = SCOPE_STATUSES[scope];
  const { model, index } = indexedModel(input);
  const operating = new Set(model.enterprises.filter((e) => statuses.enterprises.includes(e.status)).map((e) => e.id));
  const inScope = (end: string) => isBoundaryId(end) || operating.has(end);
  const counts = (flow: Flow) => statuses.flows.includes(flow.status) && inScope(flow.from) && inScope(flow.to);
  const byId = new Map(model.flows.map((f) => [f.id, f]));
  const flows: QuantifiedFlow[] = model.flows.map((flow) => {
    const material = requireMaterial(index, flow.material);
    // A flow a planned one replaces stops counting where the planned one counts.
    const replacement = flow.replacedBy === undefined ? undefined : byId.get(flow.replacedBy);
    const quantity = flowQuantity(flow, material);
    return {
      flow,
      material,
      quantity: quantity ?? 0,
      measured: quantity !== undefined,
      internal: !isBoundaryId(flow.from) && !isBoundaryId(flow.to),
      current: counts(flow) && !(replacement && counts(replacement)),
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
  const handled = (side: 'inputs' | 'outputs') => {
    const sets = new Map<string, Set<string>>(
      model.enterprises.map((e) => [e.id, new Set(e[side].map((s) => s.material))]),
    );
    for (const f of flows) {
      if (!f.current || f.flow.from === f.flow.to) continue;
      sets.get(side === 'inputs' ? f.flow.to : f.flow.from)?.add(f.flow.material);
    }
    return sets;
  };
  return {
    model,
    scope,
    index,
    flows,
    takesIn: handled('inputs'),
    putsOut: handled('outputs'),
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

/**
 * The same model's context in `scope`: this one when it is in that scope already, or when the model holds no
 * planned items (both scopes then count the same enterprises and flows); else a new one on the same index.
 */
export function contextInScope(context: AnalysisContext, scope: AnalysisScope): AnalysisContext {
  if (context.scope === scope) return context;
  if (!hasPlannedItems(context.model)) return { ...context, scope };
  return createAnalysisContext(context, { scope });
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

/** The flow counts in the context's scope. */
export function isCurrent(flow: QuantifiedFlow): boolean {
  return flow.current;
}

/** Sum of the quantities of the flows that satisfy `where`. */
export function sumFlows(flows: readonly QuantifiedFlow[] | undefined, where: (f: QuantifiedFlow) => boolean): number {
  let total = 0;
  for (const f of flows ?? []) if (where(f)) total += f.quantity;
  return total;
}

/** How a material reaches users; `transportable` unless the model says otherwise. */
export function mobilityOf(material: Material | undefined): MaterialMobility {
  return material?.mobility ?? 'transportable';
}

/** Whether it can be bought from outside the park at all; true unless the model says otherwise. */
export function isImportable(material: Material | undefined): boolean {
  return material?.importable ?? true;
}

/** Current flows of `material` from `enterprise`, split by where they go. */
export interface OutputPlacement {
  /** To counted enterprises in the park (other than itself). */
  readonly internal: number;
  readonly market: number;
  readonly disposal: number;
  /** The declared in-house part. */
  readonly inHouse: number;
  /** Planned flows (outside the scope) and potential flows: outlets that are not yet real. */
  readonly proposed: number;
  readonly declared: number;
  /**
   * What nothing at all accounts for: declared − internal − market − disposal − in-house − proposed (≥ 0);
   * 0 when some outlet gives no quantity (the rest may go there: its destination is recorded, its amount is not).
   */
  readonly unaccounted: number;
  /** Outlets recorded without a quantity (structural exchanges), counted by where they go: the figures above leave them out. */
  readonly unmeasured: {
    readonly internal: number;
    readonly market: number;
    readonly disposal: number;
    readonly proposed: number;
  };
}

export function outputPlacement(context: AnalysisContext, enterprise: string, material: string): OutputPlacement {
  let internal = 0;
  let market = 0;
  let disposal = 0;
  let proposed = 0;
  const unmeasured = { internal: 0, market: 0, disposal: 0, proposed: 0 };
  const add = (where: keyof typeof unmeasured, f: QuantifiedFlow) => {
    if (!f.measured) unmeasured[where]++;
    return f.quantity;
  };
  for (const f of context.flowsFrom.get(enterprise) ?? []) {
    if (f.material.id !== material || f.flow.to === enterprise) continue;
    if (!f.current) {
      // Not real yet: a planned or potential flow, or one to a plant not built yet. A flow to a closed plant is no outlet.
      const receiver = context.index.enterprises.get(f.flow.to)?.status;
      if (f.flow.status !== 'existing' || receiver === 'planned' || receiver === 'candidate')
        proposed += add('proposed', f);
      continue;
    }
    if (f.flow.to === '@market') market += add('market', f);
    else if (f.flow.to === '@disposal') disposal += add('disposal', f);
    else if (context.operating.has(f.flow.to)) internal += add('internal', f);
  }
  const declared = context.outputs.get(enterprise)?.get(material) ?? 0;
  const own = inHouse(context, enterprise, material, 'outputs');
  const anyUnmeasured = unmeasured.internal + unmeasured.market + unmeasured.disposal + unmeasured.proposed > 0;
  const unaccounted = anyUnmeasured ? 0 : Math.max(0, declared - internal - market - disposal - own - proposed);
  return { internal, market, disposal, inHouse: own, proposed, declared, unaccounted, unmeasured };
}

/**
 * What an enterprise takes in of a material (domain.md §4.5, a plant's
 * load): receipts from counted park enterprises, what it buys from outside,
 * and its own in-house stream — or its declared input when that is larger
 * (a declaration without flows still says what the plant takes).
 */
export interface Intake {
  readonly fromPark: number;
  readonly boughtIn: number;
  readonly inHouse: number;
  /** A lower bound when `unmeasured` > 0. */
  readonly total: number;
  /** Receipts recorded without a quantity (structural exchanges): the sums above leave them out. */
  readonly unmeasured: number;
}

export function intakeOf(context: AnalysisContext, enterprise: string, material: string): Intake {
  let fromPark = 0;
  let boughtIn = 0;
  let unmeasured = 0;
  for (const f of context.flowsTo.get(enterprise) ?? []) {
    if (f.material.id !== material || !f.current || f.flow.from === enterprise) continue;
    if (!f.measured) unmeasured++;
    if (f.flow.from === '@supply') boughtIn += f.quantity;
    else fromPark += f.quantity;
  }
  const own = inHouse(context, enterprise, material, 'inputs');
  const declared = context.inputs.get(enterprise)?.get(material) ?? 0;
  return { fromPark, boughtIn, inHouse: own, total: Math.max(declared, fromPark + boughtIn + own), unmeasured };
}
