/**
 * What the GEXF and GraphML readers extract from a file, before any meaning
 * is given to it: nodes and edges with their attributes typed as the file
 * declares them, drawing hints, and where each element is (line numbers).
 * graphToModel.ts turns this into a park model.
 */
import { problem, type Problem, type ProblemLocation } from '../model/problems.ts';
import { bilingual } from '../text/message.ts';
import type { Scalar } from './graphAttributes.ts';
import type { Position } from './graphStyle.ts';
import { attributeOf, type XmlElement } from './xml.ts';

export interface GraphInNode {
  readonly id: string;
  readonly label?: string;
  /** Attribute values by attribute name (GEXF title, GraphML attr.name). */
  readonly values: ReadonlyMap<string, Scalar>;
  readonly position?: Position;
  /** `#rrggbb`. */
  readonly colour?: string;
  /** The label of the group (yEd group node, GEXF parent node) the node sits in. */
  readonly group?: string;
  readonly line?: number;
}

export interface GraphInEdge {
  readonly id?: string;
  readonly source: string;
  readonly target: string;
  readonly label?: string;
  readonly weight?: number;
  readonly values: ReadonlyMap<string, Scalar>;
  readonly line?: number;
}

export interface GraphIn {
  readonly file: string;
  readonly format: 'GEXF' | 'GraphML';
  /** Our JSON payload (graphPayload.ts), when the file is a Symbiograph export. */
  readonly payload?: { readonly text: string; readonly line?: number };
  readonly title?: string;
  readonly undirected: boolean;
  readonly nodes: readonly GraphInNode[];
  readonly edges: readonly GraphInEdge[];
  /** Ids of group nodes: containers of other nodes, not actors. */
  readonly groups: ReadonlySet<string>;
  readonly problems: readonly Problem[];
}

export function hexColour(r: number, g: number, b: number): string | undefined {
  if (![r, g, b].every((c) => Number.isInteger(c) && c >= 0 && c <= 255)) return undefined;
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0').toUpperCase()).join('')}`;
}

/** An XML edge's `source` and `target` (GEXF and GraphML name them alike), or null with the problem reported. */
export function edgeEndsOf(
  edge: XmlElement,
  at: (element: XmlElement) => ProblemLocation,
  problems: Problem[],
): { readonly source: string; readonly target: string } | null {
  const source = attributeOf(edge, 'source');
  const target = attributeOf(edge, 'target');
  if (source !== undefined && target !== undefined) return { source, target };
  problems.push(problem('error', 'graph-edge-ends', [], bilingual('io:edgeEnds'), at(edge)));
  return null;
}

/** An XML node's `id`, or null with the problem reported. */
export function nodeIdOf(
  node: XmlElement,
  at: (element: XmlElement) => ProblemLocation,
  problems: Problem[],
): string | null {
  const id = attributeOf(node, 'id');
  if (id !== undefined) return id;
  problems.push(problem('error', 'graph-node-id', [], bilingual('io:nodeId'), at(node)));
  return null;
}
