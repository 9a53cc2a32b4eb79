/**
 * The flows table's columns for what published exchange lists bring:
 * start and end year, the cited source, and one column per custom attribute
 * (the columns of an imported CSV that the importer does not know). Each
 * appears only when some flow has it, so a park without such data (the
 * reference park) keeps its table as it was.
 */
import { isDated } from '../../core/model/asOf.ts';
import { changedPlaces, itemCounter, sameItems } from '../../core/model/sameItems.ts';
import { sourceTitle } from '../../core/model/labels.ts';
import type { Flow, Language, ParkModel } from '../../core/model/types.ts';
import type { CellValue, TableColumn } from './tables.ts';

/** Attribute columns are keyed apart from the built-in ones: an attribute may be called `id` or `source`. */
export const ATTRIBUTE_COLUMN_PREFIX = 'attribute:';

export function flowExtraColumns(model: ParkModel): readonly TableColumn[] {
  const columns: TableColumn[] = [];
  if (datedFlows(model.flows) > 0)
    // Both years at once: a list that dates its exchanges by start year is where an end year gets typed.
    columns.push(
      { key: 'startYear', kind: 'year', editor: 'number' },
      { key: 'endYear', kind: 'year', editor: 'number' },
    );
  if (sourcedFlows(model.flows) > 0) columns.push({ key: 'source', kind: 'text' });
  for (const key of attributeKeys(model.flows))
    columns.push({ key: `${ATTRIBUTE_COLUMN_PREFIX}${key}`, kind: 'text', heading: key });
  return columns;
}

// Counted from the places an edit replaced (core's itemCounter): the columns are found again at each edit.
const datedFlows = itemCounter(isDated);
const sourcedFlows = itemCounter((flow: Flow) => flow.source !== undefined);

// The attribute keys of the flows last shown.
let lastKeys: { readonly flows: readonly Flow[]; readonly keys: readonly string[] } | null = null;

/**
 * The attribute keys in the order they first appear (an import's column order). The same as the last flows'
 * when every flow an edit replaced has the same keys in the same order as the flow it replaced: then no key's
 * first appearance moved. Otherwise one pass over the flows.
 */
function attributeKeys(flows: readonly Flow[]): readonly string[] {
  const last = lastKeys;
  const places = last && changedPlaces(last.flows, flows);
  const kept = last && places?.every((i) => sameKeys(last.flows[i]!.attributes, flows[i]!.attributes));
  const keys = last && kept ? last.keys : keysInOrder(flows);
  lastKeys = { flows, keys };
  return keys;
}

function keysInOrder(flows: readonly Flow[]): string[] {
  const keys = new Set<string>();
  // for…in, not Object.keys: an array per flow of a 100 000-flow park was 10 MB of garbage per edit.
  for (let i = 0; i < flows.length; i++) for (const key in flows[i]!.attributes) keys.add(key);
  return [...keys];
}

function sameKeys(a: Flow['attributes'], b: Flow['attributes']): boolean {
  return sameItems(Object.keys(a ?? {}), Object.keys(b ?? {}));
}

/** A function giving the extra cells of one flow; the source titles are looked up once per table. */
export function flowExtraCells(
  model: ParkModel,
  language: Language,
): (flow: Flow) => Readonly<Record<string, CellValue>> {
  const titles = new Map((model.park.sources ?? []).map((s) => [s.id, sourceTitle(s.title, language)]));
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
