/**
 * A park model → the format-neutral graph that the GEXF and GraphML writers
 * serialise: nodes (enterprises and the boundary actors in use) and edges
 * (flows), every field as a typed attribute, plus how each node looks.
 */
import { BOUNDARY_NAMES } from '../model/boundary.ts';
import { localize } from '../model/labels.ts';
import type { ParkModel } from '../model/types.ts';
import {
  attributeTypeOf,
  customDeclarations,
  customName,
  EDGE_COLUMNS,
  NODE_COLUMNS,
  STREAM_ATTRIBUTES,
  type AttributeDecl,
  type Scalar,
} from './graphAttributes.ts';
import { writePayload } from './graphPayload.ts';
import { graphNodeIds, nodeColours, nodeSizes, writtenPositions, type Position } from './graphStyle.ts';
import { getPath, toCell } from './tableCells.ts';

export interface GraphOutNode {
  readonly id: string;
  readonly label: string;
  readonly values: ReadonlyMap<string, Scalar>;
  readonly position: Position;
  readonly colour: string;
  readonly size: number;
}

export interface GraphOutEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly label: string;
  /** The flow's quantity; absent for a structural exchange (tools then draw the edge at their default width). */
  readonly weight?: number;
  readonly values: ReadonlyMap<string, Scalar>;
}

export interface GraphOut {
  readonly title: string;
  readonly payload: string;
  readonly nodeAttributes: readonly AttributeDecl[];
  readonly edgeAttributes: readonly AttributeDecl[];
  readonly nodes: readonly GraphOutNode[];
  readonly edges: readonly GraphOutEdge[];
}

/** The material's category, written for tools that colour edges by it; not read back from our own files. */
export const EDGE_CATEGORY = 'category';

function columnValues(record: unknown, columns: typeof NODE_COLUMNS, into: Map<string, Scalar>): void {
  for (const column of columns) {
    const cell = toCell(getPath(record, column.key), column);
    if (cell !== undefined) into.set(column.key, cell);
  }
}

function customValues(
  attributes: Readonly<Record<string, Scalar>> | undefined,
  declared: ReadonlySet<string>,
  into: Map<string, Scalar>,
): void {
  for (const [key, value] of Object.entries(attributes ?? {})) into.set(customName(key, value, declared), value);
}

export function modelToGraph(model: ParkModel): GraphOut {
  const positions = writtenPositions(model);
  const colours = nodeColours(model);
  const sizes = nodeSizes(model);
  const materials = new Map(model.materials.map((m) => [m.id, m]));

  const nodeCustom = customDeclarations(model.enterprises);
  const edgeCustom = customDeclarations(model.flows);
  const nodeCustomNames = new Set(nodeCustom.map((d) => d.name));
  const edgeCustomNames = new Set(edgeCustom.map((d) => d.name));
  const look = (id: string) => ({
    position: positions.get(id) ?? { x: 0, y: 0 },
    colour: colours.get(id) ?? '#000000',
    size: sizes.get(id) ?? 10,
  });

  const nodes: GraphOutNode[] = model.enterprises.map((enterprise) => {
    const values = new Map<string, Scalar>();
    columnValues(enterprise, NODE_COLUMNS, values);
    for (const field of STREAM_ATTRIBUTES) values.set(field, JSON.stringify(enterprise[field]));
    customValues(enterprise.attributes, nodeCustomNames, values);
    return { id: enterprise.id, label: localize(enterprise.name, 'zh'), values, ...look(enterprise.id) };
  });
  for (const id of graphNodeIds(model).boundary) {
    nodes.push({ id, label: localize(BOUNDARY_NAMES[id], 'zh'), values: new Map(), ...look(id) });
  }

  const edges: GraphOutEdge[] = model.flows.map((flow) => {
    const values = new Map<string, Scalar>();
    columnValues(flow, EDGE_COLUMNS, values);
    const material = materials.get(flow.material);
    if (material) values.set(EDGE_CATEGORY, material.category);
    customValues(flow.attributes, edgeCustomNames, values);
    return {
      id: flow.id,
      source: flow.from,
      target: flow.to,
      label: material ? localize(material.name, 'zh') : flow.material,
      ...(flow.quantity === undefined ? {} : { weight: flow.quantity }),
      values,
    };
  });

  return {
    title: localize(model.park.name, 'zh'),
    payload: writePayload(model),
    nodeAttributes: [
      ...NODE_COLUMNS.map((c) => ({ name: c.key, type: attributeTypeOf(c) })),
      ...STREAM_ATTRIBUTES.map((name) => ({ name, type: 'string' as const })),
      ...nodeCustom,
    ],
    edgeAttributes: [
      ...EDGE_COLUMNS.map((c) => ({ name: c.key, type: attributeTypeOf(c) })),
      { name: EDGE_CATEGORY, type: 'string' },
      ...edgeCustom,
    ],
    nodes,
    edges,
  };
}
