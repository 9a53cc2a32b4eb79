/**
 * What an item form holds: a draft as typed (strings, as the fields hold
 * them), opened on an existing item or blank, with readable ids suggested
 * for new items. Saving a draft is itemForms.ts's job.
 */
import { idFromName } from '../../core/model/ids.ts';
import { maxOf } from '../../core/model/maxOf.ts';
import type {
  ChainTemplate,
  Enterprise,
  EnterpriseRole,
  EnterpriseStatus,
  Flow,
  FlowStatus,
  LocalizedText,
  Material,
  MaterialCategory,
  ParkModel,
} from '../../core/model/types.ts';

export interface EnterpriseDraft {
  readonly id: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly cluster: string;
  readonly role: EnterpriseRole;
  readonly status: EnterpriseStatus;
}

export interface MaterialDraft {
  readonly id: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly category: MaterialCategory;
  readonly unit: string;
  /** Empty: not a hazardous waste. */
  readonly hazardousWasteCode: string;
}

export interface FlowDraft {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly material: string;
  readonly quantity: string;
  readonly unit: string;
  readonly status: FlowStatus;
  readonly estimated: boolean;
  readonly basis: string;
  /** Empty: not known (the field is left out). */
  readonly startYear: string;
  readonly endYear: string;
}

export interface StageDraft {
  /** The material alternatives, in order; empty strings are unfilled pickers and left out. */
  readonly materials: readonly string[];
  readonly nameZh: string;
  readonly nameEn: string;
}

export interface ChainDraft {
  readonly id: string;
  readonly nameZh: string;
  readonly nameEn: string;
  readonly cluster: string;
  readonly stages: readonly StageDraft[];
}

/** A readable id for a new item of `collection`, from its name (English first), not yet used there. */
export function suggestId(
  model: ParkModel,
  collection: 'enterprises' | 'materials' | 'chains',
  name: { readonly nameZh: string; readonly nameEn: string },
): string {
  const taken = new Set(model[collection].map((item) => item.id));
  const prefix = { enterprises: 'enterprise', materials: 'material', chains: 'chain' }[collection];
  return idFromName(name.nameEn.trim() || name.nameZh.trim(), taken, prefix);
}

/** The next flow id in the model's `f-001` numbering, never one in use. */
export function suggestFlowId(model: ParkModel): string {
  const taken = new Set(model.flows.map((f) => f.id));
  let next =
    1 +
    maxOf(
      model.flows.map((f) => Number(/^f-(\d+)$/.exec(f.id)?.[1] ?? 0)),
      0,
    );
  while (taken.has(flowId(next))) next++;
  return flowId(next);
}

function flowId(n: number): string {
  return `f-${String(n).padStart(3, '0')}`;
}

// ---- Drafts of existing items, as an edit form opens on them ----

export function enterpriseDraft(enterprise: Enterprise): EnterpriseDraft {
  const { id, cluster, role, status } = enterprise;
  return { id, ...nameDraft(enterprise.name), cluster, role, status };
}

export function materialDraft(material: Material): MaterialDraft {
  const { id, category, unit } = material;
  return { id, ...nameDraft(material.name), category, unit, hazardousWasteCode: material.hazardousWasteCode ?? '' };
}

export function flowDraft(flow: Flow): FlowDraft {
  const { id, from, to, material, unit, status } = flow;
  return {
    id,
    from,
    to,
    material,
    // An empty quantity is a structural exchange (who gives what to whom) and saves as one.
    quantity: flow.quantity === undefined ? '' : String(flow.quantity),
    unit: unit ?? '',
    status,
    estimated: flow.estimated === true,
    basis: flow.basis ?? '',
    startYear: flow.startYear === undefined ? '' : String(flow.startYear),
    endYear: flow.endYear === undefined ? '' : String(flow.endYear),
  };
}

export function chainDraft(chain: ChainTemplate): ChainDraft {
  return {
    id: chain.id,
    ...nameDraft(chain.name),
    cluster: chain.cluster,
    stages: chain.stages.map((stage) => ({ materials: stage.materials, ...nameDraft(stage.name ?? {}) })),
  };
}

function nameDraft(name: LocalizedText): { nameZh: string; nameEn: string } {
  return { nameZh: name.zh ?? '', nameEn: name.en ?? '' };
}

/** The stages with one moved `delta` places (−1 up, +1 down); unchanged at either end. */
export function moveStage<T>(stages: readonly T[], index: number, delta: -1 | 1): readonly T[] {
  const target = index + delta;
  if (index < 0 || index >= stages.length || target < 0 || target >= stages.length) return stages;
  const moved = [...stages];
  [moved[index], moved[target]] = [moved[target] as T, moved[index] as T];
  return moved;
}
