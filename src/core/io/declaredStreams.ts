/**
 * For imports that know only flows (an exchange list, a graph from Gephi):
 * an enterprise's declared inputs and outputs are the sums of its flows, in
 * each material's default unit, so the model validates without a warning
 * for every flow of an undeclared material.
 *
 * One pass over the flows for every enterprise at once: summing over every
 * flow for each enterprise in turn is quadratic (a 100 000-flow list took
 * minutes).
 */
import type { Flow, Material, Stream } from '../model/types.ts';
import { convertQuantity } from '../model/units.ts';

type FlowAmount = Pick<Flow, 'from' | 'to' | 'material' | 'quantity' | 'unit'>;

export interface DeclaredStreams {
  readonly inputs: Stream[];
  readonly outputs: Stream[];
}

/**
 * Each actor's sums (boundary actors too, ignored by callers), materials in
 * the order of the actor's first flow of each. `note` is every stream's note.
 */
export function streamsFromFlows(
  flows: Iterable<FlowAmount>,
  materials: ReadonlyMap<string, Material>,
  note: string,
): (actorId: string) => DeclaredStreams {
  // actor → material → total, for what it receives and what it sends.
  const received = new Map<string, Map<string, number>>();
  const sent = new Map<string, Map<string, number>>();
  const add = (totals: Map<string, Map<string, number>>, actor: string, material: string, amount: number) => {
    let byMaterial = totals.get(actor);
    if (!byMaterial) totals.set(actor, (byMaterial = new Map()));
    byMaterial.set(material, (byMaterial.get(material) ?? 0) + amount);
  };
  for (const flow of flows) {
    // A structural exchange declares no amount: it adds nothing to the declared streams.
    if (flow.quantity === undefined || flow.unit === undefined) continue;
    const material = materials.get(flow.material);
    const amount = material && convertQuantity(flow.quantity, flow.unit, material.unit, material);
    if (amount === undefined) continue;
    add(sent, flow.from, flow.material, amount);
    add(received, flow.to, flow.material, amount);
  }
  const streams = (totals: ReadonlyMap<string, number> | undefined): Stream[] =>
    [...(totals ?? [])].map(([material, quantity]) => ({
      material,
      quantity,
      unit: materials.get(material)?.unit ?? '',
      note,
    }));
  return (actorId) => ({ inputs: streams(received.get(actorId)), outputs: streams(sent.get(actorId)) });
}
