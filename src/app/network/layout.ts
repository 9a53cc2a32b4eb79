/**
 * The first, deterministic layout: clusters on a circle, each cluster's
 * enterprises on a small circle around its centre, supply on the left and
 * market and disposal on the right. Same model, same picture.
 */
export interface LayoutActor {
  readonly id: string;
  /** The enterprise's cluster, or the boundary id for boundary actors. */
  readonly cluster?: string;
  readonly boundary?: string;
}

export interface Point {
  readonly x: number;
  readonly y: number;
}

export const CLUSTER_RING_RADIUS = 100;
/**
 * The clusters sit on an ellipse taller than wide: the boundary actors at
 * the left and right edges make the picture wide, and a round ring left the
 * top and bottom of a square view empty while names crowded in the middle.
 */
const CLUSTER_RING_HEIGHT = 140;
const BOUNDARY_POSITIONS: Readonly<Record<string, Point>> = {
  '@supply': { x: -190, y: 0 },
  '@market': { x: 190, y: 45 },
  '@disposal': { x: 190, y: -45 },
};

export function clusterLayout(actors: readonly LayoutActor[], clusterOrder: readonly string[]): Map<string, Point> {
  const members = new Map<string, string[]>();
  for (const cluster of clusterOrder) members.set(cluster, []);
  for (const actor of actors) {
    if (actor.boundary !== undefined || actor.cluster === undefined) continue;
    const list = members.get(actor.cluster) ?? [];
    list.push(actor.id);
    members.set(actor.cluster, list);
  }
  const positions = new Map<string, Point>();
  const clusters = [...members.keys()];
  clusters.forEach((cluster, c) => {
    const angle = (2 * Math.PI * c) / Math.max(1, clusters.length) - Math.PI / 2;
    const centre =
      clusters.length === 1
        ? { x: 0, y: 0 }
        : { x: CLUSTER_RING_RADIUS * Math.cos(angle), y: CLUSTER_RING_HEIGHT * Math.sin(angle) };
    const ids = members.get(cluster) ?? [];
    const radius = ids.length <= 1 ? 0 : 12 + 3 * ids.length;
    ids.forEach((id, i) => positions.set(id, polar(centre, radius, (2 * Math.PI * i) / ids.length)));
  });
  let unknown = 0;
  for (const actor of actors) {
    if (actor.boundary === undefined) continue;
    positions.set(actor.id, BOUNDARY_POSITIONS[actor.boundary] ?? { x: 0, y: -190 - 30 * unknown++ });
  }
  return positions;
}

function polar(centre: Point, radius: number, angle: number): Point {
  return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
}
