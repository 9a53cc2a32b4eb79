/**
 * Tiny hand-built parks for the network tests. Every enterprise named in a
 * flow exists, and every flow is declared as the sender's output and the
 * receiver's input, so the parks validate without warnings (except the
 * self-flow warning, which is the point of the self-loop tests).
 */
import type {
  EnterpriseRole,
  EnterpriseStatus,
  FlowStatus,
  Material,
  MaterialCategory,
  ParkModel,
  Stream,
} from '../../../../src/core/model/types.ts';
import { convertQuantity } from '../../../../src/core/model/units.ts';

export interface TinyEnterprise {
  readonly id: string;
  readonly cluster?: string;
  readonly role?: EnterpriseRole;
  readonly status?: EnterpriseStatus;
}

export interface TinyFlow {
  readonly from: string;
  readonly to: string;
  readonly material?: string;
  readonly quantity?: number;
  readonly unit?: string;
  readonly status?: FlowStatus;
}

export interface TinyMaterial {
  readonly id: string;
  readonly category?: MaterialCategory;
  readonly unit?: string;
  readonly density?: number;
}

export interface TinyParkSpec {
  readonly enterprises?: readonly TinyEnterprise[];
  readonly materials?: readonly TinyMaterial[];
  readonly flows: readonly TinyFlow[];
  /** Declared outputs beyond what the flows imply: enterprise → streams. */
  readonly extraOutputs?: Readonly<Record<string, readonly Stream[]>>;
}

const isBoundary = (id: string) => id.startsWith('@');

/** The default material is `goods`, a product in t/a; flows default to 1 t/a, existing. */
export function tinyPark(spec: TinyParkSpec): ParkModel {
  const enterprises = new Map<string, TinyEnterprise>();
  for (const e of spec.enterprises ?? []) enterprises.set(e.id, e);
  for (const f of spec.flows) {
    for (const id of [f.from, f.to]) if (!isBoundary(id) && !enterprises.has(id)) enterprises.set(id, { id });
  }
  const materials: Material[] = [{ id: 'goods', name: { en: 'goods' }, category: 'product', unit: 't/a' }];
  for (const m of spec.materials ?? []) {
    materials.push({
      id: m.id,
      name: { en: m.id },
      category: m.category ?? 'product',
      unit: m.unit ?? 't/a',
      ...(m.density === undefined ? {} : { density: m.density }),
    });
  }
  const unitOf = new Map(materials.map((m) => [m.id, m.unit]));
  const declared = new Map<string, { inputs: Map<string, Stream>; outputs: Map<string, Stream> }>();
  /** Adds a stream to the enterprise's declared totals, in the material's unit. */
  const declare = (id: string, list: 'inputs' | 'outputs', stream: Stream) => {
    if (isBoundary(id)) return;
    const entry = declared.get(id) ?? { inputs: new Map(), outputs: new Map() };
    declared.set(id, entry);
    const unit = unitOf.get(stream.material) ?? stream.unit;
    const quantity = convertQuantity(stream.quantity, stream.unit, unit) ?? stream.quantity;
    const previous = entry[list].get(stream.material)?.quantity ?? 0;
    entry[list].set(stream.material, { material: stream.material, quantity: previous + quantity, unit });
  };
  const flows = spec.flows.map((f, k) => {
    const material = f.material ?? 'goods';
    const quantity = f.quantity ?? 1;
    const unit = f.unit ?? unitOf.get(material) ?? 't/a';
    declare(f.from, 'outputs', { material, quantity, unit });
    declare(f.to, 'inputs', { material, quantity, unit });
    return {
      id: `f${String(k + 1).padStart(3, '0')}`,
      from: f.from,
      to: f.to,
      material,
      quantity,
      unit,
      status: f.status ?? ('existing' as const),
    };
  });
  for (const [id, streams] of Object.entries(spec.extraOutputs ?? {})) {
    for (const s of streams) declare(id, 'outputs', s);
  }
  const clusters = new Set([...enterprises.values()].map((e) => e.cluster ?? 'c1'));
  return {
    schemaVersion: 2,
    park: { id: 'tiny', name: { en: 'tiny park' }, referenceYear: 2024 },
    clusters: [...clusters].sort().map((id) => ({ id, name: { en: id } })),
    materials,
    enterprises: [...enterprises.values()].map((e) => ({
      id: e.id,
      name: { en: e.id },
      cluster: e.cluster ?? 'c1',
      role: e.role ?? 'producer',
      status: e.status ?? 'operating',
      inputs: [...(declared.get(e.id)?.inputs.values() ?? [])],
      outputs: [...(declared.get(e.id)?.outputs.values() ?? [])],
      capacities: [],
    })),
    flows,
    chains: [],
  };
}

/** Links written as "a>b b>c c>a": one `goods` flow of 1 t/a per link. */
export function linkPark(links: string, enterprises: readonly TinyEnterprise[] = []): ParkModel {
  return tinyPark({ enterprises, flows: parseLinks(links) });
}

export function parseLinks(links: string): TinyFlow[] {
  return links
    .trim()
    .split(/\s+/)
    .filter((token) => token.length > 0)
    .map((token) => {
      const [from, to] = token.split('>');
      if (!from || !to) throw new Error(`bad link "${token}"`);
      return { from, to };
    });
}

/** Every ordered pair of distinct actors a0 … a(n−1): the complete digraph without self-loops. */
export function completeLinks(n: number, prefix = 'a'): string {
  const links: string[] = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (i !== j) links.push(`${prefix}${i}>${prefix}${j}`);
  return links.join(' ');
}

/** A directed cycle v0 → v1 → … → v(n−1) → v0 (ids zero-padded so id order is ring order). */
export function cycleLinks(n: number, prefix = 'v'): string {
  const id = (i: number) => `${prefix}${String(i).padStart(6, '0')}`;
  return Array.from({ length: n }, (_, i) => `${id(i)}>${id((i + 1) % n)}`).join(' ');
}

/** A seeded random digraph on n actors with about `links` links (duplicates and self-pairs skipped). */
export function randomLinks(n: number, links: number, seed: number): string {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const seen = new Set<string>();
  for (let k = 0; k < links; k++) {
    const i = Math.floor(random() * n);
    const j = Math.floor(random() * n);
    if (i !== j) seen.add(`n${String(i).padStart(3, '0')}>n${String(j).padStart(3, '0')}`);
  }
  return [...seen].join(' ');
}
