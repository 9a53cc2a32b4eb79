/**
 * Clusters and materials while a graph is imported: those the file's
 * payload brings, and those created on the way for files from other tools
 * (a Gephi modularity class becomes a cluster, an edge label a material).
 * Also counts the defaults it had to apply, so the import can say so once
 * instead of once per node.
 */
import { IdPool, nameFromText } from '../model/ids.ts';
import type { LooseObject } from '../model/loose.ts';
import { ID_PATTERN } from '../model/schema.ts';
import type { Material, MaterialCategory } from '../model/types.ts';

type Rec = Record<string, unknown>;

export class GraphCatalog {
  readonly clusters: Rec[];
  readonly materials: Rec[];
  /** How many times each default was applied, by a short code. */
  readonly defaults = new Map<string, number>();
  /** Attribute names kept as custom attributes because nothing else matched them. */
  readonly keptAttributes = new Set<string>();
  private readonly clusterIds = new Map<string, string>(); // value in the file → cluster id
  private readonly clusterPool = new IdPool();
  private readonly materialIds = new IdPool();
  private readonly materialById = new Map<string, Rec>(); // the first material with each id
  private readonly materialNames = new Map<string, string>(); // lower-case name, or text seen on an edge → id

  constructor(payload: LooseObject | undefined) {
    this.clusters = listOf(payload?.['clusters']);
    this.materials = listOf(payload?.['materials']);
    for (const c of this.clusters) {
      if (typeof c['id'] !== 'string') continue;
      this.clusterIds.set(c['id'], c['id']);
      this.clusterPool.add(c['id']);
    }
    for (const m of this.materials) this.indexMaterial(m);
  }

  count(code: string): void {
    this.defaults.set(code, (this.defaults.get(code) ?? 0) + 1);
  }

  /** The cluster id for a value found in a file, creating the cluster when it is new. */
  cluster(value: string, colour: string | undefined): string {
    const known = this.clusterIds.get(value);
    if (known !== undefined) return known;
    const id =
      ID_PATTERN.test(value) && !this.clusterPool.has(value) ? value : this.clusterPool.fromName(value, 'cluster');
    this.clusterPool.add(id);
    this.clusterIds.set(value, id);
    this.clusters.push({ id, name: nameFromText(value), ...(colour ? { colour } : {}) });
    this.count('cluster-created');
    return id;
  }

  /** The material id for an id or a name found on an edge (ids first), creating the material when it is new. */
  material(text: string, category: MaterialCategory | undefined, unit: string): string {
    if (this.materialIds.has(text)) return text;
    const known = this.materialNames.get(text) ?? this.materialNames.get(text.toLowerCase());
    if (known !== undefined) return known;
    const id = this.materialIds.fromName(text, 'material');
    if (category === undefined) this.count('material-category');
    const material = { id, name: nameFromText(text), category: category ?? 'product', unit };
    this.materials.push(material);
    this.indexMaterial(material);
    this.materialNames.set(text, id);
    this.count('material-created');
    return id;
  }

  materialUnit(id: string): string | undefined {
    const unit = this.materialById.get(id)?.['unit'];
    return typeof unit === 'string' ? unit : undefined;
  }

  /** Materials as the unit converter needs them (validation later checks every field). */
  materialMap(): Map<string, Material> {
    return new Map(
      this.materials
        .filter((m) => typeof m['id'] === 'string')
        .map((m) => [m['id'] as string, m as unknown as Material]),
    );
  }

  private indexMaterial(material: Rec): void {
    const id = material['id'];
    if (typeof id !== 'string') return;
    this.materialIds.add(id);
    if (!this.materialById.has(id)) this.materialById.set(id, material);
    const name = material['name'] as Rec | undefined;
    for (const text of [name?.['zh'], name?.['en']]) {
      if (typeof text === 'string' && !this.materialNames.has(text.toLowerCase())) {
        this.materialNames.set(text.toLowerCase(), id);
      }
    }
  }
}

function listOf(value: unknown): Rec[] {
  return Array.isArray(value)
    ? value.filter((v): v is Rec => v !== null && typeof v === 'object' && !Array.isArray(v)).map((v) => ({ ...v }))
    : [];
}
