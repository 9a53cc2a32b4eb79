/**
 * Node and edge attributes of GEXF and GraphML files: the enterprise and
 * flow columns of the tables (tableColumns.ts), named by their keys and
 * typed, plus each custom attribute as `attributes.<key>`.
 *
 * A GEXF or GraphML attribute has one type for all nodes. When a custom
 * attribute holds numbers on one enterprise and text on another, it is
 * written as one attribute per type, `attributes:<type>:<key>`, so that
 * every value comes back with its own type.
 */
import { TABLES, type ColumnDef } from './tableColumns.ts';

export type Scalar = string | number | boolean;
export type AttributeType = 'string' | 'double' | 'integer' | 'boolean';

export interface AttributeDecl {
  readonly name: string;
  readonly type: AttributeType;
}

/** Enterprise fields as node attributes (the id is the node's own id). */
export const NODE_COLUMNS: readonly ColumnDef[] = TABLES.enterprises.columns.filter(
  (c) => c.key !== 'id' && c.type !== 'json',
);
/** Flow fields as edge attributes (id, from and to are the edge's own). */
export const EDGE_COLUMNS: readonly ColumnDef[] = TABLES.flows.columns.filter(
  (c) => !['id', 'from', 'to'].includes(c.key) && c.type !== 'json',
);
/** Declared streams travel on their node as JSON text. */
export const STREAM_ATTRIBUTES = ['inputs', 'outputs', 'capacities'] as const;

export function attributeTypeOf(column: ColumnDef): AttributeType {
  switch (column.type) {
    case 'number':
      return 'double';
    case 'integer':
      return 'integer';
    case 'boolean':
      return 'boolean';
    default:
      return 'string';
  }
}

function scalarType(value: Scalar): AttributeType {
  return typeof value === 'number' ? 'double' : typeof value === 'boolean' ? 'boolean' : 'string';
}

const CUSTOM = 'attributes.';
const CUSTOM_TYPED = /^attributes:(string|double|boolean):/;

/** Declarations for the custom attributes of a set of records, in first-seen order. */
export function customDeclarations(
  records: readonly { readonly attributes?: Readonly<Record<string, Scalar>> | undefined }[],
): AttributeDecl[] {
  const types = new Map<string, AttributeType[]>();
  for (const record of records) {
    for (const [key, value] of Object.entries(record.attributes ?? {})) {
      const list = types.get(key) ?? [];
      const type = scalarType(value);
      if (!list.includes(type)) list.push(type);
      types.set(key, list);
    }
  }
  return [...types].flatMap(([key, list]) =>
    list.length === 1
      ? [{ name: `${CUSTOM}${key}`, type: list[0] as AttributeType }]
      : list.map((type) => ({ name: `attributes:${type}:${key}`, type })),
  );
}

/** The attribute name one custom value is written under, given the declarations. */
export function customName(key: string, value: Scalar, declared: ReadonlySet<string>): string {
  const plain = `${CUSTOM}${key}`;
  return declared.has(plain) ? plain : `attributes:${scalarType(value)}:${key}`;
}

/** `attributes.capacity` / `attributes:double:capacity` → `capacity`; anything else → undefined. */
export function customKeyOf(name: string): string | undefined {
  if (name.startsWith(CUSTOM)) return name.slice(CUSTOM.length);
  const typed = CUSTOM_TYPED.exec(name);
  return typed ? name.slice(typed[0].length) : undefined;
}

export function formatScalar(value: Scalar): string {
  return typeof value === 'string' ? value : String(value);
}

/** A value as written in the file → typed, by the declared type; undefined when it does not parse. */
export function parseScalar(text: string, type: AttributeType): Scalar | undefined {
  if (type === 'string') return text;
  const trimmed = text.trim();
  if (type === 'boolean') {
    const lower = trimmed.toLowerCase();
    return lower === 'true' || lower === '1' ? true : lower === 'false' || lower === '0' ? false : undefined;
  }
  if (trimmed === '') return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/** File type names (GEXF: integer, long, float, double …; GraphML: int, long, float, double …) → ours. */
export function attributeTypeFromFile(type: string | undefined): AttributeType {
  switch ((type ?? 'string').toLowerCase()) {
    case 'integer':
    case 'int':
    case 'long':
    case 'short':
    case 'byte':
      return 'integer';
    case 'double':
    case 'float':
    case 'bigdecimal':
    case 'biginteger':
      return 'double';
    case 'boolean':
      return 'boolean';
    default:
      return 'string';
  }
}
