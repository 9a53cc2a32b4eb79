/**
 * How an exported network looks when it opens in Gephi or yEd: which nodes
 * it has, where they sit, their colour and size. All pure and deterministic,
 * so the reader can tell whether positions in a file are still the ones we
 * wrote (see graphToModel.ts).
 */
import { BOUNDARY_IDS } from '../model/schema.ts';
import type { BoundaryId, ParkModel } from '../model/types.ts';
import { convertQuantity } from '../model/units.ts';
// The palette of the app and the diagrams, so a park opens in Gephi with the colours it has on screen.
import { clusterColour as paletteColour } from '../diagram/palette.ts';

export interface Position {
  readonly x: number;
  readonly y: number;
}

const BOUNDARY_COLOUR = '#BBBBBB';

/** Enterprises, then the boundary actors that some flow uses. */
export function graphNodeIds(model: ParkModel): { enterprises: string[]; boundary: BoundaryId[] } {
  const used = new Set(model.flows.flatMap((f) => [f.from, f.to]));
  return {
    enterprises: model.enterprises.map((e) => e.id),
    boundary: BOUNDARY_IDS.filter((id) => used.has(id)),
  };
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Clusters on a large circle, each cluster's enterprises on a small circle
 * around its point; imports on the left, sales on the right, disposal below.
 */
export function defaultLayout(model: ParkModel): Map<string, Position> {
  const { boundary } = graphNodeIds(model);
  const clusterOrder = [...new Set([...model.clusters.map((c) => c.id), ...model.enterprises.map((e) => e.cluster)])];
  const members = new Map<string, string[]>(clusterOrder.map((id) => [id, []]));
  for (const e of model.enterprises) members.get(e.cluster)?.push(e.id);
  const groups = clusterOrder.filter((id) => (members.get(id)?.length ?? 0) > 0);

  const radius = 150 * Math.sqrt(Math.max(1, model.enterprises.length));
  const positions = new Map<string, Position>();
  groups.forEach((cluster, g) => {
    const ids = members.get(cluster) ?? [];
    const angle = groups.length === 1 ? 0 : (2 * Math.PI * g) / groups.length;
    const cx = groups.length === 1 ? 0 : radius * Math.cos(angle);
    const cy = groups.length === 1 ? 0 : radius * Math.sin(angle);
    const r = ids.length === 1 ? 0 : 40 * Math.sqrt(ids.length);
    ids.forEach((id, i) => {
      const a = (2 * Math.PI * i) / ids.length;
      positions.set(id, { x: round(cx + r * Math.cos(a)), y: round(cy + r * Math.sin(a)) });
    });
  });
  const far = round(radius * 1.6 + 100);
  const places: Readonly<Record<BoundaryId, Position>> = {
    '@supply': { x: -far, y: 0 },
    '@market': { x: far, y: 0 },
    '@disposal': { x: 0, y: far },
  };
  for (const id of boundary) positions.set(id, places[id]);
  return positions;
}

/** The positions an export writes: the saved view where it has one, the default layout elsewhere. */
export function writtenPositions(model: ParkModel): Map<string, Position> {
  const layout = defaultLayout(model);
  const saved = model.view?.positions ?? {};
  return new Map(
    [...layout].map(([id, p]) => {
      const view = Object.hasOwn(saved, id) ? saved[id] : undefined;
      return [id, view ? { x: view.x, y: view.y } : p];
    }),
  );
}

export function nodeColours(model: ParkModel): Map<string, string> {
  const clusterColour = new Map(model.clusters.map((c, i) => [c.id, paletteColour(c.colour, i)]));
  const colours = new Map<string, string>();
  for (const e of model.enterprises) colours.set(e.id, clusterColour.get(e.cluster) ?? '#000000');
  for (const id of graphNodeIds(model).boundary) colours.set(id, BOUNDARY_COLOUR);
  return colours;
}

/**
 * Node size from mass throughflow (the larger of what comes in and what goes
 * out, in t/a; flows in other units do not count), or from declared mass
 * outputs for a node without flows: 5 for nothing, up to 30 for the largest.
 */
export function nodeSizes(model: ParkModel): Map<string, number> {
  const materials = new Map(model.materials.map((m) => [m.id, m]));
  const toTonnes = (quantity: number, unit: string, materialId: string) =>
    convertQuantity(quantity, unit, 't/a', materials.get(materialId) ?? {}) ?? 0;
  const inflow = new Map<string, number>();
  const outflow = new Map<string, number>();
  for (const f of model.flows) {
    // A structural exchange adds no mass; a node with only such flows is sized by its declared outputs.
    if (f.quantity === undefined || f.unit === undefined) continue;
    const t = toTonnes(f.quantity, f.unit, f.material);
    outflow.set(f.from, (outflow.get(f.from) ?? 0) + t);
    inflow.set(f.to, (inflow.get(f.to) ?? 0) + t);
  }
  const mass = new Map<string, number>();
  for (const e of model.enterprises) {
    const through = Math.max(inflow.get(e.id) ?? 0, outflow.get(e.id) ?? 0);
    const declared = e.outputs.reduce((sum, s) => sum + toTonnes(s.quantity, s.unit, s.material), 0);
    mass.set(e.id, through > 0 ? through : declared);
  }
  for (const id of graphNodeIds(model).boundary) mass.set(id, Math.max(inflow.get(id) ?? 0, outflow.get(id) ?? 0));
  let largest = 0;
  for (const t of mass.values()) if (Number.isFinite(t) && t > largest) largest = t;
  return new Map(
    [...mass].map(([id, t]) => [id, largest > 0 && Number.isFinite(t) ? round(5 + 25 * Math.sqrt(t / largest)) : 10]),
  );
}
