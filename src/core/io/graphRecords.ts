/**
 * One node → one enterprise record, one edge → one flow record. Attribute
 * names are matched the way table headers are (key, Chinese, English, both)
 * and, for files from other tools, by common names (`label`, `weight`,
 * `Modularity Class` …). What matches nothing is kept under `attributes`.
 *
 * `strict` is on for our own exports (they carry a payload): a value that
 * does not fit its field is an error there. In a foreign file the same
 * attribute probably means something else, so it is kept as a custom
 * attribute and the field gets a default, counted for one warning.
 */
import { nameFromText } from '../model/ids.ts';
import { problem, quote, type Problem } from '../model/problems.ts';
import { findUnit } from '../model/units.ts';
import { bilingual, inBothLanguages, message } from '../text/message.ts';
import type { MaterialCategory } from '../model/types.ts';
import { customKeyOf, EDGE_COLUMNS, NODE_COLUMNS, STREAM_ATTRIBUTES, type Scalar } from './graphAttributes.ts';
import type { GraphCatalog } from './graphCatalog.ts';
import type { GraphInEdge, GraphInNode } from './graphInput.ts';
import { EDGE_CATEGORY } from './modelToGraph.ts';
import { TABLES, type ColumnDef } from './tableColumns.ts';
import { columnAliasLookup, columnLookup, headerOf, normalizeLabel } from './tableHeaders.ts';
import { parseCell, setPath } from './tableCells.ts';

type Rec = Record<string, unknown>;

interface RecordContext {
  readonly strict: boolean;
  readonly catalog: GraphCatalog;
  readonly problems: Problem[];
  readonly file: string;
}

/** Names other tools use for our fields. */
const NODE_ALIASES: Readonly<Record<string, string>> = {
  group: 'cluster',
  community: 'cluster',
  modularity_class: 'cluster',
  'modularity class': 'cluster',
  产业集群: 'cluster',
  lon: 'location.lon',
  lng: 'location.lon',
  lat: 'location.lat',
};
const EDGE_ALIASES: Readonly<Record<string, string>> = {
  amount: 'quantity',
  value: 'quantity',
  mass: 'quantity',
  数量: 'quantity',
  weight: 'quantity',
  物质: 'material',
};
/** Node names other tools use (Cytoscape's `name`, a plain `label`). */
const NAME_ATTRIBUTES = new Set(['name', 'label', '名称', 'title'].map(normalizeLabel));
/** Cytoscape's bookkeeping columns: meaningless outside Cytoscape. */
const IGNORED = new Set(['suid', 'sharedname', 'selected', 'sharedinteraction']);

interface Matcher {
  /** By the column's key or header (`quantity`, `年量`, `年量 quantity`). */
  readonly exact: (name: string) => ColumnDef | undefined;
  /** By a name other tools use (`weight`). */
  readonly alias: (name: string) => ColumnDef | undefined;
}

function matcher(columns: readonly ColumnDef[], aliases: Readonly<Record<string, string>>): Matcher {
  const byKey = new Map(columns.map((c) => [c.key, c]));
  const alias = new Map(Object.entries(aliases).map(([name, key]) => [normalizeLabel(name), byKey.get(key)]));
  // The columns' own aliases too (an older file's `year` for `startYear`), after the exact names like the rest.
  const columnAlias = columnAliasLookup(columns);
  return { exact: columnLookup(columns), alias: (name) => alias.get(normalizeLabel(name)) ?? columnAlias(name) };
}
const nodeColumn = matcher(NODE_COLUMNS, NODE_ALIASES);
const edgeColumn = matcher(EDGE_COLUMNS, EDGE_ALIASES);
const categoryColumn = TABLES.materials.columns.find((c) => c.key === 'category') as ColumnDef;

function at(ctx: RecordContext, line: number | undefined) {
  return line === undefined ? { file: ctx.file } : { file: ctx.file, line };
}

/**
 * Fills `record` from attribute values, exact names before aliases (so a
 * `quantity` attribute wins over `weight`); returns the values no field took.
 */
function assign(
  values: ReadonlyMap<string, Scalar>,
  find: Matcher,
  record: Rec,
  attributes: Rec,
  ctx: RecordContext,
  line: number | undefined,
): Map<string, Scalar> {
  const rest = new Map<string, Scalar>();
  const pending: [string, Scalar, ColumnDef][] = [];
  for (const [name, value] of values) {
    const custom = customKeyOf(name);
    if (custom !== undefined) attributes[custom] = value;
    else {
      const column = find.exact(name);
      if (column) pending.push([name, value, column]);
    }
  }
  for (const [name, value] of values) {
    if (customKeyOf(name) !== undefined || find.exact(name)) continue;
    const column = find.alias(name);
    if (column) pending.push([name, value, column]);
    else rest.set(name, value);
  }
  for (const [name, value, column] of pending) {
    // A second attribute for a field already filled (`weight` after `quantity`) is kept, not merged.
    if (hasPath(record, column.key)) {
      rest.set(name, value);
      continue;
    }
    const parsed = parseCell(value, column);
    if ('error' in parsed) {
      if (!ctx.strict) rest.set(name, value);
      else {
        const text = inBothLanguages((l) =>
          message(l, 'io:attributeError', { name: quote(name), error: parsed.error[l] }),
        );
        ctx.problems.push(problem('error', 'graph-attribute', [], text, at(ctx, line)));
      }
    } else if (parsed.value !== undefined) setPath(record, column.key, parsed.value);
  }
  return rest;
}

function hasPath(record: Rec, key: string): boolean {
  let value: unknown = record;
  for (const part of key.split('.')) {
    if (value === null || typeof value !== 'object') return false;
    value = (value as Rec)[part];
  }
  return value !== undefined;
}

/** Keeps what nothing matched, unless it is a tool's bookkeeping. */
function keep(rest: ReadonlyMap<string, Scalar>, attributes: Rec, ctx: RecordContext): void {
  for (const [name, value] of rest) {
    if (IGNORED.has(normalizeLabel(name)) || value === '') continue;
    attributes[name] = value;
    ctx.catalog.keptAttributes.add(name);
  }
}

/** What a node is called: its label, else a `name` attribute (Cytoscape). */
export function displayNameOf(node: GraphInNode): string | undefined {
  const label = node.label?.trim();
  if (label) return label;
  for (const [name, value] of node.values) {
    if (NAME_ATTRIBUTES.has(normalizeLabel(name)) && typeof value === 'string' && value.trim() !== '') {
      return value.trim();
    }
  }
  return undefined;
}

export interface EnterpriseFromNode {
  readonly record: Rec;
  /** False when the node carried no declared streams: they are derived from its flows. */
  readonly hasStreams: boolean;
}

export function enterpriseFromNode(node: GraphInNode, id: string, ctx: RecordContext): EnterpriseFromNode {
  const record: Rec = { id };
  const attributes: Rec = {};
  const streams = new Map<string, Scalar>();
  const values = new Map(node.values);
  for (const field of STREAM_ATTRIBUTES) {
    const value = values.get(field);
    if (value !== undefined) streams.set(field, value);
    values.delete(field);
  }
  const rest = assign(values, nodeColumn, record, attributes, ctx, node.line);
  let nameText = node.label;
  for (const [name, value] of rest) {
    if (NAME_ATTRIBUTES.has(normalizeLabel(name)) && typeof value === 'string') {
      nameText ??= value;
      rest.delete(name);
    }
  }
  keep(rest, attributes, ctx);

  if (record['name'] === undefined) {
    if (nameText === undefined || nameText.trim() === '') ctx.catalog.count('name-from-id');
    record['name'] = nameFromText(nameText !== undefined && nameText.trim() !== '' ? nameText : node.id);
  }
  const cluster = record['cluster'] ?? node.group;
  if (typeof cluster === 'string') record['cluster'] = ctx.catalog.cluster(cluster, node.colour);
  else {
    ctx.catalog.count('cluster-default');
    record['cluster'] = ctx.catalog.cluster('unassigned', undefined);
  }
  if (record['role'] === undefined) {
    ctx.catalog.count('role-default');
    record['role'] = 'producer';
  }
  if (record['status'] === undefined) {
    ctx.catalog.count('status-default');
    record['status'] = 'operating';
  }
  for (const field of STREAM_ATTRIBUTES) record[field] = streamList(streams.get(field), field, ctx, node.line);
  if (Object.keys(attributes).length > 0) record['attributes'] = attributes;
  return { record, hasStreams: streams.size > 0 };
}

function streamList(value: Scalar | undefined, field: string, ctx: RecordContext, line: number | undefined): unknown {
  if (value === undefined) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(String(value));
  } catch {
    parsed = undefined;
  }
  if (Array.isArray(parsed)) return parsed;
  ctx.problems.push(
    problem('error', 'graph-streams', [], bilingual('io:attributeStreams', { field: quote(field) }), at(ctx, line)),
  );
  return [];
}

export function flowFromEdge(edge: GraphInEdge, id: string, from: string, to: string, ctx: RecordContext): Rec {
  const record: Rec = { id, from, to };
  const attributes: Rec = {};
  const values = new Map(edge.values);
  const categoryValue = values.get(EDGE_CATEGORY) ?? values.get('类别');
  values.delete(EDGE_CATEGORY);
  values.delete('类别');
  const interaction = values.get('interaction');
  values.delete('interaction');
  const rest = assign(values, edgeColumn, record, attributes, ctx, edge.line);
  keep(rest, attributes, ctx);

  if (record['quantity'] === undefined) {
    if (edge.weight !== undefined && edge.weight >= 0) record['quantity'] = edge.weight;
    // No number at all: a structural exchange, kept without a quantity (never a zero that looks measured).
    else ctx.catalog.count('quantity-missing');
  }
  const unitText = record['unit'];
  const unit = typeof unitText === 'string' ? findUnit(unitText)?.id : undefined;
  if (unit !== undefined) record['unit'] = unit;
  else if (unitText !== undefined && ctx.strict)
    record['unit'] = unitText; // validation names the bad unit
  else delete record['unit'];

  const materialText =
    (typeof record['material'] === 'string' ? record['material'] : undefined) ??
    (edge.label?.trim() || undefined) ??
    (typeof interaction === 'string' && interaction.trim() !== '' ? interaction.trim() : undefined);
  if (materialText === undefined) ctx.catalog.count('material-missing');
  const category = parseCell(typeof categoryValue === 'string' ? categoryValue : undefined, categoryColumn);
  const material = ctx.catalog.material(
    materialText ?? headerOf(bilingual('io:unspecifiedMaterial')),
    'value' in category ? (category.value as MaterialCategory | undefined) : undefined,
    (record['unit'] as string | undefined) ?? 't/a',
  );
  record['material'] = material;
  if (record['unit'] === undefined && record['quantity'] !== undefined) {
    if (unitText !== undefined || !ctx.strict) ctx.catalog.count('unit-default');
    record['unit'] = ctx.catalog.materialUnit(material) ?? 't/a';
  }
  if (record['status'] === undefined) {
    if (!ctx.strict) ctx.catalog.count('status-default-flow');
    record['status'] = 'existing';
  }
  if (Object.keys(attributes).length > 0) record['attributes'] = attributes;
  return record;
}
