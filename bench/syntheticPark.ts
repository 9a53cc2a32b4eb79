/**
 * Seeded synthetic parks for benchmarks: the same seed and size always give
 * the same valid model. Flows go from an enterprise's declared output to an
 * enterprise that declares the same material as input, or across the
 * boundary, so the model validates without warnings.
 */
import type { Enterprise, Flow, Material, ParkModel, Stream } from '../src/core/model/types.ts';
import { MATERIAL_CATEGORIES, ENTERPRISE_ROLES } from '../src/core/model/schema.ts';
import { seededRandom } from '../src/core/analysis/network/shared.ts';

export interface SyntheticParkSize {
  readonly enterprises: number;
  readonly flows: number;
  readonly seed?: number;
}

const CLUSTERS = ['machinery', 'chemicals', 'new-energy', 'recycling', 'utilities'];

export function syntheticPark({ enterprises: n, flows: e, seed = 42 }: SyntheticParkSize): ParkModel {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const pad = (i: number, width: number) => String(i).padStart(width, '0');

  const materialCount = Math.max(30, Math.round(n / 5));
  const materials: Material[] = Array.from({ length: materialCount }, (_, i) => ({
    id: `m-${pad(i, 5)}`,
    name: { zh: `物料${i}`, en: `material ${i}` },
    category: MATERIAL_CATEGORIES[i % MATERIAL_CATEGORIES.length]!,
    unit: 't/a',
  }));

  const declared = Array.from({ length: n }, () => ({
    inputs: new Set<string>(),
    outputs: new Set<string>(),
  }));
  const consumers = new Map<string, number[]>();
  declared.forEach((d, i) => {
    const inputs = 2 + Math.floor(random() * 3);
    const outputs = 2 + Math.floor(random() * 3);
    while (d.inputs.size < inputs) d.inputs.add(pick(materials).id);
    while (d.outputs.size < outputs) {
      const m = pick(materials).id;
      if (!d.inputs.has(m)) d.outputs.add(m);
    }
    for (const m of d.inputs) consumers.set(m, [...(consumers.get(m) ?? []), i]);
  });

  const enterpriseId = (i: number) => `e-${pad(i, 6)}`;
  const totals = new Map<string, number>(); // `${i}|in|m` / `${i}|out|m`
  const add = (key: string, q: number) => totals.set(key, (totals.get(key) ?? 0) + q);
  const flows: Flow[] = [];
  for (let k = 0; k < e; k++) {
    const quantity = Math.round(10 + random() * 10000);
    const roll = random();
    let flow: Omit<Flow, 'id' | 'quantity' | 'unit' | 'status'>;
    if (roll < 0.15) {
      const to = Math.floor(random() * n);
      const material = pick([...declared[to]!.inputs]);
      add(`${to}|in|${material}`, quantity);
      flow = { from: '@supply', to: enterpriseId(to), material };
    } else {
      const from = Math.floor(random() * n);
      const material = pick([...declared[from]!.outputs]);
      add(`${from}|out|${material}`, quantity);
      const candidates = consumers.get(material)?.filter((c) => c !== from) ?? [];
      if (roll < 0.25 || candidates.length === 0) {
        flow = { from: enterpriseId(from), to: random() < 0.7 ? '@market' : '@disposal', material };
      } else {
        const to = pick(candidates);
        add(`${to}|in|${material}`, quantity);
        flow = { from: enterpriseId(from), to: enterpriseId(to), material };
      }
    }
    flows.push({ id: `f-${pad(k, 7)}`, ...flow, quantity, unit: 't/a', status: 'existing' });
  }

  const streams = (i: number, list: 'in' | 'out', ids: Set<string>): Stream[] =>
    [...ids].map((material) => ({
      material,
      quantity: Math.ceil((totals.get(`${i}|${list}|${material}`) ?? 0) * 1.25) + 100,
      unit: 't/a',
    }));
  const enterprises: Enterprise[] = declared.map((d, i) => ({
    id: enterpriseId(i),
    name: { zh: `企业${i}`, en: `Enterprise ${i}` },
    cluster: pick(CLUSTERS),
    role: pick(ENTERPRISE_ROLES),
    status: 'operating',
    inputs: streams(i, 'in', d.inputs),
    outputs: streams(i, 'out', d.outputs),
    capacities: [],
  }));

  return {
    schemaVersion: 2,
    park: { id: `synthetic-${n}-${e}`, name: { en: `Synthetic park ${n}/${e}` }, referenceYear: 2024 },
    clusters: CLUSTERS.map((id) => ({ id, name: { en: id } })),
    materials,
    enterprises,
    flows,
    chains: [
      {
        id: 'chain-0',
        name: { en: 'synthetic chain' },
        cluster: 'chemicals',
        stages: materials.slice(0, 4).map((m) => ({ materials: [m.id] })),
      },
    ],
  };
}
