/**
 * For imports that know only flows (an exchange list, a graph from Gephi):
 * an enterprise's declared inputs and outputs are the sums of its flows, in
 * each material's default unit, so the model validates without a warning
 * for every flow of an undeclared material.
 */
import type { Flow, Material, Stream } from '../model/types.ts';
import { convertQuantity } from '../model/units.ts';

export function streamsFromFlows(
  enterpriseId: string,
  end: 'from' | 'to',
  flows: readonly Pick<Flow, 'from' | 'to' | 'material' | 'quantity' | 'unit'>[],
  materials: ReadonlyMap<string, Material>,
  note: string,
): Stream[] {
  const totals = new Map<string, number>();
  for (const flow of flows) {
    // A structural exchange declares no amount: it adds nothing to the declared streams.
    if (flow[end] !== enterpriseId || flow.quantity === undefined || flow.unit === undefined) continue;
    const material = materials.get(flow.material);
    const amount = material && convertQuantity(flow.quantity, flow.unit, material.unit, material);
    if (amount !== undefined) totals.set(flow.material, (totals.get(flow.material) ?? 0) + amount);
  }
  return [...totals].map(([material, quantity]) => ({
    material,
    quantity,
    unit: materials.get(material)?.unit ?? '',
    note,
  }));
}
