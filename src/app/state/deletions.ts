/**
 * Deleting an enterprise, a material or a flow: pure functions from a model
 * to the next one and a summary of what else went with it, each one
 * undoable step. Deleting something others reference never leaves a
 * dangling reference: an enterprise takes its flows with it or hands them
 * to the park boundary; a material in use is refused (with where it is
 * used) unless the caller asks for its flows and streams to go too.
 */
import { localize } from '../../core/model/labels.ts';
import { isBoundaryId } from '../../core/model/references.ts';
import type { BoundaryId, ChainTemplate, Enterprise, Flow, LocalizedText, ParkModel } from '../../core/model/types.ts';
import type { ModelEdit } from './enterpriseEdits.ts';

export type EnterpriseDeletion = 'delete-flows' | 'reroute';

export interface ReroutedFlow {
  readonly id: string;
  /** The end that was the deleted enterprise. */
  readonly end: 'from' | 'to';
  readonly boundary: BoundaryId;
}

export interface DeletionSummary {
  /** Ids of the flows removed with the thing deleted (not counting a deleted flow itself). */
  readonly removedFlows: readonly string[];
  readonly reroutedFlows: readonly ReroutedFlow[];
  /** Declared inputs, outputs and capacities removed, as `enterprise/list`. */
  readonly removedStreams: readonly string[];
  /** Chain stages that lost one of their alternative materials, as `chain#stage`. */
  readonly trimmedStages: readonly string[];
}

export interface Deletion extends ModelEdit {
  readonly summary: DeletionSummary;
}

const EMPTY_SUMMARY: DeletionSummary = { removedFlows: [], reroutedFlows: [], removedStreams: [], trimmedStages: [] };

/** Everything that references one enterprise: the flows it sends or receives. */
export function enterpriseFlows(model: ParkModel, id: string): readonly Flow[] {
  return model.flows.filter((f) => f.from === id || f.to === id);
}

/** Where a flow's receiving end goes when its receiver leaves the park: waste to disposal, the rest to the market. */
export function outletFor(model: ParkModel, material: string): BoundaryId {
  return model.materials.find((m) => m.id === material)?.category === 'waste' ? '@disposal' : '@market';
}

/**
 * The model without the enterprise. Its flows are deleted, or rerouted:
 * what it received now leaves the park from its sender (`@market`, or
 * `@disposal` for waste), what it sent now comes into its receiver from
 * `@supply` — unless the material cannot be bought from outside the park
 * (steam, district heat): that flow is deleted, and the receiver's need
 * stays unmet, as the analyses then say. A flow between it and the boundary
 * (or itself) would have no enterprise left at either end and is deleted
 * either way.
 */
export function deleteEnterprise(model: ParkModel, id: string, mode: EnterpriseDeletion): Deletion | null {
  const enterprise = model.enterprises.find((e) => e.id === id);
  if (!enterprise) return null;
  const removedFlows: string[] = [];
  const reroutedFlows: ReroutedFlow[] = [];
  const flows: Flow[] = [];
  for (const flow of model.flows) {
    const sends = flow.from === id;
    const receives = flow.to === id;
    if (!sends && !receives) {
      flows.push(flow);
      continue;
    }
    const other = sends ? flow.to : flow.from;
    const unimportable = sends && model.materials.find((m) => m.id === flow.material)?.importable === false;
    if (mode === 'delete-flows' || other === id || isBoundaryId(other) || unimportable) {
      removedFlows.push(flow.id);
      continue;
    }
    if (receives) {
      const boundary = outletFor(model, flow.material);
      reroutedFlows.push({ id: flow.id, end: 'to', boundary });
      flows.push({ ...flow, to: boundary });
    } else {
      reroutedFlows.push({ id: flow.id, end: 'from', boundary: '@supply' });
      flows.push({ ...flow, from: '@supply' });
    }
  }
  const next: ParkModel = {
    ...model,
    enterprises: model.enterprises.filter((e) => e !== enterprise),
    flows: removedFlows.length + reroutedFlows.length > 0 ? flows : model.flows,
    ...withoutPosition(model, id),
  };
  const name = enterprise.name;
  const count = removedFlows.length + reroutedFlows.length;
  return {
    model: next,
    label:
      mode === 'reroute' && reroutedFlows.length > 0
        ? {
            zh: `删除企业“${localize(name, 'zh')}”,${reroutedFlows.length} 条物质流改接园区边界`,
            en: `Delete enterprise “${localize(name, 'en')}”, rerouting ${reroutedFlows.length} flows to the park boundary`,
          }
        : {
            zh: `删除企业“${localize(name, 'zh')}”${count > 0 ? `及其 ${removedFlows.length} 条物质流` : ''}`,
            en: `Delete enterprise “${localize(name, 'en')}”${count > 0 ? ` and its ${removedFlows.length} flows` : ''}`,
          },
    summary: { ...EMPTY_SUMMARY, removedFlows, reroutedFlows },
  };
}

/** A saved position of a deleted enterprise would only earn a "stale position" warning. */
function withoutPosition(model: ParkModel, id: string): Partial<ParkModel> {
  const positions = model.view?.positions;
  if (!positions || !(id in positions)) return {};
  const rest = Object.fromEntries(Object.entries(positions).filter(([key]) => key !== id));
  return { view: { ...model.view, positions: rest } };
}

export interface StageUse {
  readonly chain: string;
  readonly chainName: LocalizedText;
  /** 0-based. */
  readonly stage: number;
  /** The stage's only material: the chain would lose a stage, which the table view does not do. */
  readonly sole: boolean;
}

export interface StreamUse {
  readonly enterprise: string;
  readonly enterpriseName: LocalizedText;
  readonly list: 'inputs' | 'outputs' | 'capacities';
}

export interface MaterialUses {
  readonly flows: readonly Flow[];
  readonly streams: readonly StreamUse[];
  readonly stages: readonly StageUse[];
}

const STREAM_LISTS = ['inputs', 'outputs', 'capacities'] as const;

/** Everything that references a material, in model order. */
export function materialUses(model: ParkModel, id: string): MaterialUses {
  const streams: StreamUse[] = [];
  for (const e of model.enterprises)
    for (const list of STREAM_LISTS)
      if (e[list].some((s) => s.material === id)) streams.push({ enterprise: e.id, enterpriseName: e.name, list });
  const stages: StageUse[] = [];
  for (const chain of model.chains)
    chain.stages.forEach((stage, i) => {
      if (stage.materials.includes(id))
        stages.push({ chain: chain.id, chainName: chain.name, stage: i, sole: stage.materials.length === 1 });
    });
  return { flows: model.flows.filter((f) => f.material === id), streams, stages };
}

export function isUnused(uses: MaterialUses): boolean {
  return uses.flows.length === 0 && uses.streams.length === 0 && uses.stages.length === 0;
}

export type MaterialDeletion =
  | { readonly ok: true; readonly deletion: Deletion }
  | {
      readonly ok: false;
      /** `in-use`: asked without `withUses`; `chain-stage`: a chain stage has only this material. */
      readonly reason: 'in-use' | 'chain-stage' | 'unknown';
      readonly uses: MaterialUses;
    };

/**
 * The model without the material. Refused while anything uses it, unless
 * `withUses`: then its flows and declared streams go too and it is taken
 * out of the chain stages that have other alternatives. A chain stage made
 * of this material alone is never emptied here: the chain must be edited.
 */
export function deleteMaterial(model: ParkModel, id: string, options: { withUses: boolean }): MaterialDeletion {
  const material = model.materials.find((m) => m.id === id);
  const uses = materialUses(model, id);
  if (!material) return { ok: false, reason: 'unknown', uses };
  if (!isUnused(uses) && !options.withUses) return { ok: false, reason: 'in-use', uses };
  if (uses.stages.some((s) => s.sole)) return { ok: false, reason: 'chain-stage', uses };
  const dropStreams = (e: Enterprise): Enterprise => {
    if (!STREAM_LISTS.some((list) => e[list].some((s) => s.material === id))) return e;
    const keep = (list: (typeof STREAM_LISTS)[number]) => e[list].filter((s) => s.material !== id);
    return { ...e, inputs: keep('inputs'), outputs: keep('outputs'), capacities: keep('capacities') };
  };
  const trimChain = (chain: ChainTemplate): ChainTemplate =>
    chain.stages.some((s) => s.materials.includes(id))
      ? {
          ...chain,
          stages: chain.stages.map((s) =>
            s.materials.includes(id) ? { ...s, materials: s.materials.filter((m) => m !== id) } : s,
          ),
        }
      : chain;
  const next: ParkModel = {
    ...model,
    materials: model.materials.filter((m) => m !== material),
    enterprises: uses.streams.length > 0 ? model.enterprises.map(dropStreams) : model.enterprises,
    flows: uses.flows.length > 0 ? model.flows.filter((f) => f.material !== id) : model.flows,
    chains: uses.stages.length > 0 ? model.chains.map(trimChain) : model.chains,
  };
  const extra = uses.flows.length + uses.streams.length;
  return {
    ok: true,
    deletion: {
      model: next,
      label: {
        zh: `删除物料“${localize(material.name, 'zh')}”${extra > 0 ? `及其 ${uses.flows.length} 条物质流、${uses.streams.length} 项声明` : ''}`,
        en: `Delete material “${localize(material.name, 'en')}”${extra > 0 ? ` with ${uses.flows.length} flows and ${uses.streams.length} declared streams` : ''}`,
      },
      summary: {
        ...EMPTY_SUMMARY,
        removedFlows: uses.flows.map((f) => f.id),
        removedStreams: uses.streams.map((s) => `${s.enterprise}/${s.list}`),
        trimmedStages: uses.stages.map((s) => `${s.chain}#${s.stage + 1}`),
      },
    },
  };
}

/** The model without one flow: nothing references a flow. */
export function deleteFlow(model: ParkModel, id: string): Deletion | null {
  const flow = model.flows.find((f) => f.id === id);
  if (!flow) return null;
  return {
    model: { ...model, flows: model.flows.filter((f) => f !== flow) },
    label: { zh: `删除物质流“${id}”`, en: `Delete flow “${id}”` },
    summary: EMPTY_SUMMARY,
  };
}

/** A chain template: nothing in the model refers to one, so it goes alone (and comes back with undo). */
export function deleteChain(model: ParkModel, id: string): Deletion | null {
  const chain = model.chains.find((c) => c.id === id);
  if (!chain) return null;
  return {
    model: { ...model, chains: model.chains.filter((c) => c !== chain) },
    label: {
      zh: `删除产业链模板“${localize(chain.name, 'zh') || id}”`,
      en: `Delete chain template “${localize(chain.name, 'en') || id}”`,
    },
    summary: EMPTY_SUMMARY,
  };
}
