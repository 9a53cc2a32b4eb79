/**
 * The flows table's columns for what published exchange lists bring:
 * start and end year, the cited source, and one column per custom attribute
 * (the columns of an imported CSV that the importer does not know). Each
 * appears only when some flow has it, so a park without such data (the
 * reference park) keeps its table as it was.
 */
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

/**
 * What the flows give beyond the fixed columns, in one pass (the columns are found again at each edit):
 * years, sources, and the attribute keys in the order they first appear (an import's column order).
 */
function flowExtras(flows: readonly Flow[]) {
  let dated = false;
  let sourced = false;
  const keys = new Set<string>();
  for (let i = 0; i < flows.length; i++) {
    const flow = flows[i]!;
    dated ||= flow.startYear !== undefined || flow.endYear !== undefined;
    sourced ||= flow.source !== undefined;
    // for…in, not Object.keys: an array per flow of a 100 000-flow park was 10 MB of garbage per edit.
    const attributes = flow.attributes;
    if (attributes) for (const key in attributes) keys.add(key);
  }
  return { dated, sourced, attributeKeys: [...keys] };
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
