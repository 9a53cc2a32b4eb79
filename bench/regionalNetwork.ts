/**
 * A seeded synthetic regional network as an exchange list (the CSV a user
 * imports): a province's parks as communities of heavy-tailed size, each
 * growing by preferential attachment (a partner is picked in proportion to
 * the exchanges it already has, plus one), a share of exchanges crossing to
 * another park, and about 8 % of exchanges answered by one in the other
 * direction. The same seed and size always give the same file.
 */
import { seededRandom } from '../src/core/analysis/network/shared.ts';

export interface RegionalNetworkSize {
  readonly enterprises: number;
  readonly flows: number;
  readonly seed?: number;
  /** Share of exchanges that have one in the other direction (igraph's `reciprocity()`). */
  readonly reciprocated?: number;
  /** Share of exchanges whose taker is in another park. */
  readonly crossPark?: number;
}

export interface RegionalNetwork {
  /** The exchange list: from,to,material,category,quantity,unit. */
  readonly csv: string;
  /** The same exchanges as index pairs, for tools that take an edge list. */
  readonly edges: readonly (readonly [number, number])[];
  readonly parks: number;
}

const CATEGORIES = ['by-product', 'waste', 'energy', 'water', 'product'] as const;

/** Park sizes from a Pareto law (shape 1.2, at least 12 enterprises), adding up to `total`. */
function parkSizes(total: number, random: () => number): number[] {
  const sizes: number[] = [];
  let left = total;
  while (left > 0) {
    const size = Math.min(left, Math.max(12, Math.round(12 / Math.pow(1 - random(), 1 / 1.2))), 4000);
    sizes.push(size);
    left -= size;
  }
  return sizes;
}

export function regionalNetwork({
  enterprises: n,
  flows: target,
  seed = 7,
  reciprocated = 0.08,
  crossPark = 0.1,
}: RegionalNetworkSize): RegionalNetwork {
  const random = seededRandom(seed);
  const sizes = parkSizes(n, random);
  const parkOf = new Int32Array(n);
  const firstOf: number[] = [];
  let next = 0;
  sizes.forEach((size, park) => {
    firstOf.push(next);
    for (let i = 0; i < size; i++) parkOf[next++] = park;
  });
  // Preferential attachment: every endpoint of every exchange so far, per park, plus each enterprise once.
  const endpoints: number[][] = sizes.map((size, park) => Array.from({ length: size }, (_, i) => firstOf[park]! + i));
  const parkWeights = sizes.map((s) => s);
  const totalWeight = () => parkWeights.reduce((a, b) => a + b, 0);
  const pickPark = () => {
    let r = random() * totalWeight();
    for (let p = 0; p < parkWeights.length; p++) if ((r -= parkWeights[p]!) < 0) return p;
    return parkWeights.length - 1;
  };
  const pickIn = (park: number) => {
    const list = endpoints[park]!;
    return list[Math.floor(random() * list.length)]!;
  };

  const materials = Array.from({ length: 300 }, (_, i) => ({
    name: `物料${String(i).padStart(3, '0')}`,
    category: CATEGORIES[i % CATEGORIES.length]!,
  }));
  const name = (i: number) => `企业${String(i).padStart(6, '0')}`;
  const edges: [number, number][] = [];
  const rows = ['from,to,material,category,quantity,unit'];
  const add = (from: number, to: number) => {
    const material = materials[Math.floor(random() * materials.length)]!;
    // Log-normal quantities around 2 000 t/a.
    const quantity = Math.round(Math.exp(7.6 + 1.5 * (random() + random() + random() - 1.5)));
    edges.push([from, to]);
    rows.push(`${name(from)},${name(to)},${material.name},${material.category},${quantity},t/a`);
    for (const end of [from, to]) endpoints[parkOf[end]!]!.push(end);
    parkWeights[parkOf[from]!]! += 1;
  };
  // Pairs already joined (from · n + to), so chance does not answer an exchange: reciprocation is the share asked for.
  const joined = new Set<number>();
  while (edges.length < target) {
    const park = pickPark();
    const from = pickIn(park);
    const to = random() < crossPark ? pickIn(pickPark()) : pickIn(park);
    if (from === to || joined.has(to * n + from)) continue;
    joined.add(from * n + to);
    add(from, to);
    // Answering a share p of exchanges makes 2p / (1 + p) of them reciprocated: p = r / (2 − r).
    if (edges.length < target && random() < reciprocated / (2 - reciprocated)) {
      joined.add(to * n + from);
      add(to, from);
    }
  }
  return { csv: rows.join('\n') + '\n', edges, parks: sizes.length };
}
