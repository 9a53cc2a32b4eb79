/**
 * What a flow drawn from one actor to another most likely carries: the
 * materials the sender declares as outputs and the receiver as inputs (or
 * can absorb, its capacities), those both declare first, each with the
 * quantity still unconnected — the sender's surplus and the receiver's
 * need as core defines them (model/surplus.ts: declared, less the in-house
 * part, less what current flows, existing and planned, already carry) — in
 * the material's own unit. Boundary actors declare nothing; their side adds
 * no limit.
 */
import { isBoundaryId } from '../../core/model/references.ts';
import { inMaterialUnit } from '../../core/model/quantities.ts';
import { declaredBalance, needOf, surplusOf } from '../../core/model/surplus.ts';
import type { Enterprise, Material, ParkModel } from '../../core/model/types.ts';

export interface MaterialSuggestion {
  readonly material: string;
  /** Declared by the sender as output and by the receiver as input or capacity. */
  readonly common: boolean;
  /** Still unconnected, in `unit` (the material's); 0 when all of it is already connected. */
  readonly quantity: number;
  readonly unit: string;
}

export function suggestFlowMaterials(model: ParkModel, from: string, to: string): readonly MaterialSuggestion[] {
  const materials = new Map(model.materials.map((m) => [m.id, m]));
  const sender = isBoundaryId(from) ? undefined : model.enterprises.find((e) => e.id === from);
  const receiver = isBoundaryId(to) ? undefined : model.enterprises.find((e) => e.id === to);
  const offered = sender ? sender.outputs.map((s) => s.material) : [];
  const wanted = receiver ? [...receiver.inputs, ...receiver.capacities].map((s) => s.material) : [];
  const wantedSet = new Set(wanted);
  const offeredSet = new Set(offered);
  const common = offered.filter((m) => wantedSet.has(m));
  const ordered = [...new Set([...common, ...offered, ...wanted])];
  return ordered.flatMap((id) => {
    const material = materials.get(id);
    if (!material) return [];
    const left = [
      sender && unconnected(model, material, sender, 'outputs'),
      receiver && unconnected(model, material, receiver, 'inputs'),
    ].filter((q): q is number => q !== undefined);
    return [
      {
        material: id,
        common: offeredSet.has(id) && wantedSet.has(id),
        quantity: roundQuantity(Math.max(0, Math.min(...left))),
        unit: material.unit,
      },
    ];
  });
}

/** A side's declared amount (inputs with capacities on the receiving side) not yet connected by current flows. */
function unconnected(
  model: ParkModel,
  material: Material,
  enterprise: Enterprise,
  side: 'outputs' | 'inputs',
): number | undefined {
  // A receiver's capacity and its input of one material describe the same need: the larger one counts.
  const declared = declaredBalance(enterprise, side === 'outputs' ? ['outputs'] : ['inputs', 'capacities'], material);
  if (declared === undefined) return undefined;
  const end = side === 'outputs' ? 'from' : 'to';
  const connected = model.flows
    .filter((f) => f[end] === enterprise.id && f.material === material.id && f.status !== 'potential')
    .reduce(
      (sum, f) =>
        sum +
        (f.quantity === undefined || f.unit === undefined ? 0 : (inMaterialUnit(f.quantity, f.unit, material) ?? 0)),
      0,
    );
  const balance = { ...declared, exchanged: connected };
  return side === 'outputs' ? surplusOf(balance) : needOf(balance);
}

/** Three significant figures: a suggestion, not a measurement. */
function roundQuantity(value: number): number {
  if (!Number.isFinite(value) || value === 0) return 0;
  return Number(value.toPrecision(3));
}
