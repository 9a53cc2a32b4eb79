/**
 * Checked exchange-list rows → a park model: enterprises and materials from
 * their names (first-seen order, ids derived from names and never shared),
 * citations as the park's sources, one flow per row. Also says which row
 * each record came from, so that anything validation finds is placed.
 */
import { BOUNDARY_IDS, CURRENT_SCHEMA_VERSION } from '../model/schema.ts';
import type { Enterprise, Flow, Material, MaterialCategory, ParkModel, Source } from '../model/types.ts';
import { IdPool, idFromName, nameFromText } from '../model/ids.ts';
import { problem, quote, type PathSegment, type Problem, type ProblemLocation } from '../model/problems.ts';
import { bilingual } from '../text/message.ts';
import { canConvert } from '../model/units.ts';
import { maxOf } from '../model/maxOf.ts';
import { streamsFromFlows } from './declaredStreams.ts';
import { COLUMN } from './flowsCsvColumns.ts';
import type { ExchangeRow } from './flowsCsvRow.ts';

export interface BuildOptions {
  readonly file: string;
  readonly referenceYear: number;
}

export interface BuiltModel {
  readonly model: ParkModel;
  /**
   * The row a problem's path is on: the row each record came from (the first
   * row naming it), by its path in the model (`['flows', 3, 'unit']`).
   */
  readonly rowOf: (path: readonly PathSegment[]) => number | undefined;
}

/** The first row naming each record, by collection, in the model's order. */
interface RecordRows {
  readonly enterprises: number[];
  readonly materials: number[];
  readonly flows: number[];
  readonly sources: number[];
}

const UNASSIGNED_CLUSTER = 'unassigned';

/**
 * A material no row measures still needs a default unit (schema.ts): one a
 * later quantity of its category most likely has. It converts nothing yet.
 */
const PLACEHOLDER_UNITS: Readonly<Record<MaterialCategory, string>> = {
  product: 't/a',
  'by-product': 't/a',
  waste: 't/a',
  energy: 'GJ/a',
  water: 'm3/a',
  service: 'units/a',
  unclassified: 't/a',
};

/** `units`: each material's default unit where a row gives one (`materialUnits`). */
export function buildModel(
  rows: readonly ExchangeRow[],
  categories: ReadonlyMap<string, MaterialCategory>,
  units: ReadonlyMap<string, string>,
  options: BuildOptions,
): BuiltModel {
  const rowsOf: RecordRows = { enterprises: [], materials: [], flows: [], sources: [] };
  const enterpriseIds = new Map<string, string>(); // name → id
  const takenIds = new IdPool();
  const actor = (name: string, row: number): string => {
    if ((BOUNDARY_IDS as readonly string[]).includes(name)) return name;
    let id = enterpriseIds.get(name);
    if (id === undefined) {
      id = takenIds.fromName(name, 'enterprise');
      rowsOf.enterprises.push(row);
      enterpriseIds.set(name, id);
    }
    return id;
  };

  const materials = materialsOf(rows, categories, units, rowsOf.materials);

  const sourceIds = new Map<string, string>(); // citation text → id
  const flows: Flow[] = rows.map((r) => {
    rowsOf.flows.push(r.row);
    let source: string | undefined;
    if (r.citation !== undefined) {
      source = sourceIds.get(r.citation);
      if (source === undefined) {
        source = `src-${sourceIds.size + 1}`;
        rowsOf.sources.push(r.row);
        sourceIds.set(r.citation, source);
      }
    }
    return {
      id: `f-${r.row}`,
      from: actor(r.from, r.row),
      to: actor(r.to, r.row),
      material: (materials.get(r.material) as Material).id,
      ...(r.quantity === undefined ? {} : { quantity: r.quantity }),
      ...(r.unit === undefined ? {} : { unit: r.unit }),
      status: r.status,
      ...(r.startYear === undefined ? {} : { startYear: r.startYear }),
      ...(r.endYear === undefined ? {} : { endYear: r.endYear }),
      ...(r.note === undefined ? {} : { note: r.note }),
      ...(r.attributes.size === 0 ? {} : { attributes: Object.fromEntries(r.attributes) }),
      ...(source === undefined ? {} : { source }),
    };
  });

  const materialById = new Map([...materials.values()].map((m) => [m.id, m]));
  const declared = streamsFromFlows(flows, materialById, 'sum of this enterprise’s flows in the exchange list');
  const enterprises: Enterprise[] = [...enterpriseIds].map(([name, id]) => ({
    id,
    name: nameFromText(name),
    cluster: UNASSIGNED_CLUSTER,
    role: 'producer',
    status: 'operating',
    ...declared(id),
    capacities: [],
  }));
  const sources: Source[] = [...sourceIds].map(([text, id]) => ({
    id,
    title: text,
    // A citation that is a bare link is also where to find it.
    ...(/^https?:\/\/\S+$/i.test(text) ? { url: text } : {}),
  }));
  const years = flows.flatMap((f) => (f.startYear === undefined ? [] : [f.startYear]));
  const parkName = options.file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '') || 'park';
  const model: ParkModel = {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    park: {
      id: idFromName(parkName, new Set(), 'park'),
      name: nameFromText(parkName.slice(0, 300)),
      referenceYear: years.length > 0 ? maxOf(years) : options.referenceYear,
      notes: bilingual('io:exchangeListNotes', { park: parkName }),
      ...(sources.length > 0 ? { sources } : {}),
    },
    clusters: [{ id: UNASSIGNED_CLUSTER, name: bilingual('io:unassignedCluster') }],
    materials: [...materials.values()],
    enterprises,
    flows,
    chains: [],
  };
  return { model, rowOf: (path) => recordRow(rowsOf, path) };
}

/**
 * Each material's default unit: the first unit a row gives for it. Every
 * other row's unit must convert to it (a mismatch is an error at its cell,
 * not a guess: domain.md §2).
 */
export function materialUnits(
  rows: readonly ExchangeRow[],
  at: (row: number, column: string) => ProblemLocation,
  problems: Problem[],
): Map<string, string> {
  const first = new Map<string, { unit: string; row: number }>();
  for (const r of rows) {
    if (r.unit === undefined) continue;
    const known = first.get(r.material);
    if (!known) first.set(r.material, { unit: r.unit, row: r.row });
    else if (!canConvert(r.unit, known.unit))
      problems.push(
        problem(
          'error',
          'csv-inconsistent',
          [],
          bilingual('io:unitInconsistent', {
            unit: quote(r.unit),
            material: quote(r.material),
            row: known.row,
            known: quote(known.unit),
          }),
          at(r.row, COLUMN.unit),
        ),
      );
  }
  return new Map([...first].map(([material, { unit }]) => [material, unit]));
}

/** `enterprises.3`, `flows.12.unit`, `park.sources.0.title` → the row of that record. */
function recordRow(rows: RecordRows, path: readonly PathSegment[]): number | undefined {
  const [first, second, third] = path;
  const [list, index] =
    first === 'park' ? (second === 'sources' ? [rows.sources, third] : []) : [recordList(rows, first), second];
  return list !== undefined && typeof index === 'number' ? list[index] : undefined;
}

function recordList(rows: RecordRows, collection: PathSegment | undefined): number[] | undefined {
  switch (collection) {
    case 'enterprises':
    case 'materials':
    case 'flows':
      return rows[collection];
    default:
      return undefined;
  }
}

/** Materials by name, in first-seen order; `rowOf` gets the first row of each. */
function materialsOf(
  rows: readonly ExchangeRow[],
  categories: ReadonlyMap<string, MaterialCategory>,
  units: ReadonlyMap<string, string>,
  rowOf: number[],
): Map<string, Material> {
  const materials = new Map<string, Material>();
  const taken = new IdPool();
  for (const r of rows) {
    if (materials.has(r.material)) continue;
    const category = categories.get(r.material) ?? 'unclassified';
    const id = taken.fromName(r.material, 'material');
    rowOf.push(r.row);
    materials.set(r.material, {
      id,
      name: nameFromText(r.material),
      category,
      unit: units.get(r.material) ?? PLACEHOLDER_UNITS[category],
    });
  }
  return materials;
}
