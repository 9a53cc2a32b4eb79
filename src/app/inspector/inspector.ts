/**
 * What the inspector shows for one actor: its declared streams with how
 * much of each is exchanged with other enterprises of the park, its flows
 * and its findings. Quantities are in each material's default unit.
 */
import type { Finding } from '../../core/analysis/finding.ts';
import { isBoundaryId } from '../../core/model/references.ts';
import { inMaterialUnit } from '../../core/model/quantities.ts';
import type { ParkModel, Stream } from '../../core/model/types.ts';
import type { DisplayGraph } from '../network/displayGraph.ts';

export interface StreamRow {
  readonly material: string;
  readonly unit: string;
  /** Declared quantity in the material's unit (null if it cannot be converted). */
  readonly declared: number | null;
  /** Received from / sent to other enterprises of the park, same unit. */
  readonly internal: number;
}

export interface FlowRow {
  readonly id: string;
  /** The actor at the other end. */
  readonly partner: string;
  readonly material: string;
  /** Null for a structural exchange (no quantity given). */
  readonly quantity: number | null;
  readonly unit: string;
  readonly status: string;
}

export interface ActorDetails {
  readonly inputs: readonly StreamRow[];
  readonly outputs: readonly StreamRow[];
  readonly flowsIn: readonly FlowRow[];
  readonly flowsOut: readonly FlowRow[];
}

export function describeActor(model: ParkModel, graph: DisplayGraph, id: string): ActorDetails | null {
  if (!graph.hasNode(id)) return null;
  const flowsIn = graph.mapInEdges(id, (edge, a, source) => flowRow(edge, a.flow, source));
  const flowsOut = graph.mapOutEdges(id, (edge, a, _source, target) => flowRow(edge, a.flow, target));
  const enterprise = model.enterprises.find((e) => e.id === id);
  const materials = new Map(model.materials.map((m) => [m.id, m]));
  const rows = (streams: readonly Stream[], flows: readonly FlowRow[]): StreamRow[] =>
    streams.map((stream) => {
      const material = materials.get(stream.material);
      const internal = flows
        .filter((f) => f.material === stream.material && !isBoundaryId(f.partner))
        .reduce((sum, f) => sum + (f.quantity ?? 0), 0);
      return {
        material: stream.material,
        unit: material?.unit ?? stream.unit,
        declared: material ? (inMaterialUnit(stream.quantity, stream.unit, material) ?? null) : null,
        internal,
      };
    });
  return {
    inputs: enterprise ? rows(enterprise.inputs, flowsIn) : [],
    outputs: enterprise ? rows(enterprise.outputs, flowsOut) : [],
    flowsIn,
    flowsOut,
  };
}

function flowRow(
  id: string,
  flow: { material: string; quantity: number | null; unit: string; status: string },
  partner: string,
): FlowRow {
  return { id, partner, material: flow.material, quantity: flow.quantity, unit: flow.unit, status: flow.status };
}

/** The findings that involve the actor, in the analysis' order. */
export function findingsOf(findings: readonly Finding[], id: string): Finding[] {
  return findings.filter((f) => f.enterprises.includes(id));
}
