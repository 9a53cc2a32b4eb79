/**
 * The flows table's columns for what published exchange lists bring:
 * start and end year, the cited source, and one column per custom attribute
 * (the columns of an imported CSV that the importer does not know). Each
 * appears only when some flow has it, so a park without such data (the
 * reference park) keeps its table as it was.
 */
import { changedPlaces } from '../../core/model/sameItems.ts';
import type { Flow, ParkModel } from '../../core/model/types.ts';
import type { CellValue, TableColumn } from './tables.ts';

/** Attribute columns are keyed apart from the built-in ones: an attribute may be called `id` or `source`. */
export const ATTRIBUTE_COLUMN_PREFIX = 'attribute:';

export function flowExtraColumns(model: ParkModel): readonly TableColumn[] {
  const { dated, sourced, attributeKeys } = flowExtras(model.flows);
  const columns: TableColumn[] = [];
  if (dated)
    // Both years at once: a list that dates its exchanges by start year is where an end year gets typed.
    columns.push(
      { key: 'startYear', kind: 'year', editor: 'number' },
      { key: 'endYear', kind: 'year', editor: 'number' },
    );
  if (sourced) columns.push({ key: 'source', kind: 'text' });
  for (const key of attributeKeys)
    columns.push({ key: `${ATTRIBUTE_COLUMN_PREFIX}${key}`, kind: 'text', heading: key });
  return columns;
}

interface FlowExtras {
  readonly dated: boolean;
  readonly sourced: boolean;
  readonly attributeKeys: readonly string[];
}

/** What the flows give, counted: how many flows are dated, sourced, and have each attribute. */
interface Tally {
  readonly flows: readonly Flow[];
  dated: number;
  sourced: number;
  /** Flows having each attribute, the keys in the order they first appear. */
  readonly keys: Map<string, number>;
}

// The tally of the flows last shown: an edit replaces a flow or two, and the columns are found again at each one.
let lastTally: Tally | null = null;

/**
 * What the flows give beyond the fixed columns: years, sources, and the attribute keys in the order they first
 * appear (an import's column order). Counted afresh in one pass, or from the last flows' tally when the flows
 * are those with a few replaced in place — unless that adds or drops an attribute, whose column's place the
 * whole pass decides.
 */
function flowExtras(flows: readonly Flow[]): FlowExtras {
  const tally = updatedTally(flows) ?? freshTally(flows);
  lastTally = tally;
  return { dated: tally.dated > 0, sourced: tally.sourced > 0, attributeKeys: [...tally.keys.keys()] };
}

function freshTally(flows: readonly Flow[]): Tally {
  const tally: Tally = { flows, dated: 0, sourced: 0, keys: new Map() };
  for (let i = 0; i < flows.length; i++) count(tally, flows[i]!, 1);
  return tally;
}

function updatedTally(flows: readonly Flow[]): Tally | null {
  const last = lastTally;
  const places = last && changedPlaces(last.flows, flows);
  if (!last || !places) return null;
  const tally: Tally = { flows, dated: last.dated, sourced: last.sourced, keys: new Map(last.keys) };
  for (const i of places) {
    count(tally, last.flows[i]!, -1);
    if (!count(tally, flows[i]!, 1)) return null;
  }
  for (const n of tally.keys.values()) if (n === 0) return null;
  return tally;
}

/** Adds (or with -1 takes away) one flow; false when it brings an attribute no flow had. */
function count(tally: Tally, flow: Flow, by: 1 | -1): boolean {
  let known = true;
  if (flow.startYear !== undefined || flow.endYear !== undefined) tally.dated += by;
  if (flow.source !== undefined) tally.sourced += by;
  // for…in, not Object.keys: an array per flow of a 100 000-flow park was 10 MB of garbage per edit.
  const attributes = flow.attributes;
  if (attributes)
    for (const key in attributes) {
      const before = tally.keys.get(key);
      known &&= before !== undefined;
      tally.keys.set(key, (before ?? 0) + by);
    }
  return known;
}

/** A function giving the extra cells of one flow; the source titles are looked up once per table. */
export function flowExtraCells(model: ParkModel): (flow: Flow) => Readonly<Record<string, CellValue>> {
  const titles = new Map((model.park.sources ?? []).map((s) => [s.id, s.title]));
  return (flow) => {
    // Only what the flow has: a missing cell reads empty and sorts last, like an empty one.
    const cells: Record<string, CellValue> = {};
    if (flow.startYear !== undefined) cells['startYear'] = flow.startYear;
    if (flow.endYear !== undefined) cells['endYear'] = flow.endYear;
    // A source id the park does not list still says something: shown as it is.
    if (flow.source !== undefined) cells['source'] = titles.get(flow.source) ?? flow.source;
    // As text, exactly as the file had it: a page number is not a quantity to group by thousands.
    for (const [key, value] of Object.entries(flow.attributes ?? {}))
      cells[`${ATTRIBUTE_COLUMN_PREFIX}${key}`] = String(value);
    return cells;
  };
}
