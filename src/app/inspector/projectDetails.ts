/**
 * What the inspector shows for a proposed project's ghost plant: the same
 * parts as for an enterprise — its flows in and out, its throughflow — read
 * from the project's planned flows (the ghost has no edges in the park's
 * graph), with its economics as core's ranking gives them.
 */
import type { ProjectEconomics } from '../../core/analysis/projectEconomics.ts';
import { localize } from '../../core/model/labels.ts';
import type { Flow, Language, LocalizedText } from '../../core/model/types.ts';
import type { ProjectOverlay } from '../network/projectOverlay.ts';

export interface PlannedFlowRow {
  readonly id: string;
  /** The actor at the other end: a park enterprise or a boundary actor. */
  readonly partner: string;
  readonly material: string;
  /** Null for a flow without a quantity (the planner always gives one). */
  readonly quantity: number | null;
  readonly unit: string;
}

export interface ProjectDetails {
  readonly id: string;
  readonly name: LocalizedText;
  readonly technology: LocalizedText;
  readonly inputs: readonly PlannedFlowRow[];
  readonly outputs: readonly PlannedFlowRow[];
  /** Core's T_i in t/a on the park with the project built. */
  readonly throughflow: number;
  /** Park flows that stop counting once it is built. */
  readonly retired: number;
  readonly economics?: ProjectEconomics;
}

export function describeProject(overlay: ProjectOverlay): ProjectDetails {
  const id = overlay.enterprise.id;
  const material = (flow: Flow) => overlay.scenario.materials.find((m) => m.id === flow.material);
  const row = (flow: Flow, partner: string): PlannedFlowRow => ({
    id: flow.id,
    partner,
    material: flow.material,
    quantity: flow.quantity ?? null,
    unit: flow.unit ?? material(flow)?.unit ?? '',
  });
  return {
    id,
    name: overlay.enterprise.name,
    technology: overlay.technologyName,
    inputs: overlay.flows.filter((f) => f.to === id).map((f) => row(f, f.from)),
    outputs: overlay.flows.filter((f) => f.from === id).map((f) => row(f, f.to)),
    throughflow: overlay.throughflow,
    retired: overlay.retired.length,
    ...(overlay.economics ? { economics: overlay.economics } : {}),
  };
}

/** Names of the actors and materials the project's rows mention, the plant's new materials included. */
export function projectNames(overlay: ProjectOverlay, language: Language): Map<string, string> {
  return new Map([
    ...overlay.scenario.materials.map((m) => [m.id, localize(m.name, language) || m.id] as const),
    ...overlay.scenario.enterprises.map((e) => [e.id, localize(e.name, language) || e.id] as const),
  ]);
}
