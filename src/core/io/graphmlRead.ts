/**
 * GraphML (as yEd, Cytoscape, Gephi and our own writer produce it) →
 * GraphIn. Values are typed by their `<key attr.type>`; yEd's drawing data
 * (`y:ShapeNode`, `y:Geometry`, `y:NodeLabel`, `y:EdgeLabel`) gives labels,
 * positions and colours; Gephi's `x`, `y`, `r`, `g`, `b` keys too. Nested
 * graphs (yEd groups) are flattened.
 */
import { problem, quote, type Problem } from '../model/problems.ts';
import { bilingual } from '../text/message.ts';
import { attributeTypeFromFile, parseScalar, type AttributeType, type Scalar } from './graphAttributes.ts';
import { edgeEndsOf, hexColour, nodeIdOf, type GraphIn, type GraphInEdge, type GraphInNode } from './graphInput.ts';
import { PAYLOAD_KEY } from './graphPayload.ts';
import type { Position } from './graphStyle.ts';
import { attributeOf, childOf, childrenOf, locateIn, parseXml, textOf, type XmlElement } from './xml.ts';

interface KeyDecl {
  readonly name: string;
  readonly domain: string;
  readonly type: AttributeType;
  /** yEd drawing data: `nodegraphics`, `edgegraphics` … */
  readonly yfiles?: string;
  readonly fallback?: string;
}

const GRAPH_TITLE_KEYS = ['name', 'label', 'title', 'description'];

export function readGraphml(text: string, file: string): GraphIn | { readonly errors: readonly Problem[] } {
  const parsed = parseXml(text, file);
  if (!parsed.ok) return { errors: parsed.errors };
  const problems: Problem[] = [];
  const at = locateIn(parsed.lineOf, file);
  const root = childOf(parsed.root, 'graphml');
  const graph = childOf(root, 'graph');
  if (!root || !graph) {
    return {
      errors: [problem('error', 'graphml-no-graph', [], bilingual('io:graphmlNoGraph'), { file })],
    };
  }

  // Some writers reuse one key id for several domains (`name` for graph, node and edge): index by both.
  const keys = new Map<string, KeyDecl[]>();
  const keyFor = (id: string | undefined, domain: string) =>
    id === undefined ? undefined : keys.get(id)?.find((k) => k.domain === domain || k.domain === 'all');
  for (const key of childrenOf(root, 'key')) {
    const id = attributeOf(key, 'id');
    if (id === undefined) continue;
    const yfiles = attributeOf(key, 'yfiles.type');
    const fallback = childOf(key, 'default');
    const list = keys.get(id) ?? [];
    keys.set(id, list);
    list.push({
      name: attributeOf(key, 'attr.name') ?? id,
      domain: attributeOf(key, 'for') ?? 'all',
      type: attributeTypeFromFile(attributeOf(key, 'attr.type')),
      ...(yfiles === undefined ? {} : { yfiles }),
      ...(fallback ? { fallback: textOf(fallback) } : {}),
    });
  }

  // Each domain's default values, read once: not once per element (every key for each of 100 000 edges).
  const fallbacks = new Map<string, [string, Scalar][]>();
  const fallbacksOf = (domain: 'node' | 'edge' | 'graph'): [string, Scalar][] => {
    let list = fallbacks.get(domain);
    if (list) return list;
    list = [];
    for (const key of [...keys.values()].flat()) {
      if ((key.domain === domain || key.domain === 'all') && key.fallback !== undefined && !key.yfiles) {
        const value = parseScalar(key.fallback, key.type);
        if (value !== undefined) list.push([key.name, value]);
      }
    }
    fallbacks.set(domain, list);
    return list;
  };
  const read = (element: XmlElement, domain: 'node' | 'edge' | 'graph') => {
    const values = new Map<string, Scalar>(fallbacksOf(domain));
    let drawing: XmlElement | undefined;
    for (const data of childrenOf(element, 'data')) {
      const key = keyFor(attributeOf(data, 'key'), domain);
      if (!key) continue;
      if (key.yfiles !== undefined) {
        if (key.yfiles === 'nodegraphics' || key.yfiles === 'edgegraphics') drawing = data;
        continue;
      }
      const raw = textOf(data);
      const value = parseScalar(raw, key.type);
      if (value === undefined) {
        if (raw.trim() === '') continue;
        problems.push(
          problem(
            'warning',
            'graph-attribute-type',
            [],
            bilingual('io:attributeType', { name: quote(key.name), value: quote(raw), type: key.type }),
            at(data),
          ),
        );
      } else values.set(key.name, value);
    }
    return { values, drawing };
  };

  const nodes: GraphInNode[] = [];
  const edges: GraphInEdge[] = [];
  const groups = new Set<string>();
  let undirected = false;
  const collect = (container: XmlElement, group: string | undefined, depth: number) => {
    if (attributeOf(container, 'edgedefault') === 'undirected') undirected = true;
    for (const node of childrenOf(container, 'node')) {
      const id = nodeIdOf(node, at, problems);
      if (id === null) continue;
      const inner = childrenOf(node, 'graph');
      const inNode = nodeOf(id, read(node, 'node'), parsed.lineOf(node), group);
      if (inner.length === 0) {
        nodes.push(inNode);
        continue;
      }
      // A group node (yEd) is a container: its nodes take its label as their cluster.
      groups.add(id);
      for (const graphInside of inner) if (depth < 50) collect(graphInside, inNode.label ?? id, depth + 1);
    }
    for (const edge of childrenOf(container, 'edge')) {
      const ends = edgeEndsOf(edge, at, problems);
      if (!ends) continue;
      const { source, target } = ends;
      if (attributeOf(edge, 'directed') === 'false') undirected = true;
      edges.push(edgeOf(source, target, attributeOf(edge, 'id'), read(edge, 'edge'), parsed.lineOf(edge)));
    }
    if (childrenOf(container, 'hyperedge').length > 0) {
      problems.push(problem('warning', 'graphml-hyperedge', [], bilingual('io:hyperedges'), at(container)));
    }
  };
  collect(graph, undefined, 0);
  if (groups.size > 0) {
    problems.push(
      problem('warning', 'graph-groups', [], bilingual('io:groupsFlattened', { n: groups.size }), at(graph)),
    );
  }

  const graphData = read(graph, 'graph').values;
  const payload = childrenOf(graph, 'data').find((d) => keyFor(attributeOf(d, 'key'), 'graph')?.name === PAYLOAD_KEY);
  const payloadLine = payload ? parsed.lineOf(payload) : undefined;
  const titleKey = GRAPH_TITLE_KEYS.find((k) => typeof graphData.get(k) === 'string' && graphData.get(k) !== '');
  return {
    file,
    format: 'GraphML',
    undirected,
    nodes,
    edges,
    groups,
    problems,
    ...(payload
      ? { payload: { text: textOf(payload), ...(payloadLine === undefined ? {} : { line: payloadLine }) } }
      : {}),
    ...(titleKey === undefined ? {} : { title: String(graphData.get(titleKey)) }),
  };
}

/** Drawing attributes are consumed here; everything else stays in `values`. */
function nodeOf(
  id: string,
  { values, drawing }: { values: Map<string, Scalar>; drawing: XmlElement | undefined },
  line: number | undefined,
  group: string | undefined,
): GraphInNode {
  const take = (name: string) => {
    const value = values.get(name);
    values.delete(name);
    return value;
  };
  const label = take('label');
  const [x, y, r, g, b] = ['x', 'y', 'r', 'g', 'b'].map(take);
  take('size');
  const yed = drawing ? yedNode(drawing) : {};
  const position: Position | undefined = typeof x === 'number' && typeof y === 'number' ? { x, y } : yed.position;
  const colour =
    typeof r === 'number' && typeof g === 'number' && typeof b === 'number' ? hexColour(r, g, b) : yed.colour;
  const text = typeof label === 'string' && label !== '' ? label : yed.label;
  return {
    id,
    values,
    ...(text === undefined ? {} : { label: text }),
    ...(position ? { position } : {}),
    ...(colour ? { colour } : {}),
    ...(group === undefined ? {} : { group }),
    ...(line === undefined ? {} : { line }),
  };
}

function edgeOf(
  source: string,
  target: string,
  id: string | undefined,
  { values, drawing }: { values: Map<string, Scalar>; drawing: XmlElement | undefined },
  line: number | undefined,
): GraphInEdge {
  const label = values.get('label');
  const weight = values.get('weight');
  values.delete('label');
  values.delete('weight');
  const yedLabel = drawing ? findText(drawing, 'EdgeLabel') : undefined;
  const text = typeof label === 'string' && label !== '' ? label : yedLabel;
  return {
    source,
    target,
    values,
    ...(id === undefined ? {} : { id }),
    ...(text === undefined ? {} : { label: text }),
    ...(typeof weight === 'number' ? { weight } : {}),
    ...(line === undefined ? {} : { line }),
  };
}

/** yEd's node drawing: the first shape under the data element, whatever its kind (ShapeNode, GenericNode …). */
function yedNode(data: XmlElement): { label?: string; position?: Position; colour?: string } {
  const geometry = findElement(data, 'Geometry');
  const num = (name: string) => parseScalar(attributeOf(geometry, name) ?? '', 'double');
  const [x, y, width, height] = ['x', 'y', 'width', 'height'].map(num);
  const position =
    typeof x === 'number' && typeof y === 'number'
      ? { x: x + (typeof width === 'number' ? width / 2 : 0), y: y + (typeof height === 'number' ? height / 2 : 0) }
      : undefined;
  const fill = attributeOf(findElement(data, 'Fill'), 'color');
  const colour = fill !== undefined && /^#[0-9a-fA-F]{6}/.test(fill) ? fill.slice(0, 7).toUpperCase() : undefined;
  const label = findText(data, 'NodeLabel');
  return {
    ...(label === undefined ? {} : { label }),
    ...(position ? { position } : {}),
    ...(colour ? { colour } : {}),
  };
}

function findElement(element: XmlElement, name: string, depth = 0): XmlElement | undefined {
  const direct = childOf(element, name);
  if (direct || depth > 6) return direct;
  for (const [key, value] of Object.entries(element)) {
    if (key.startsWith('@_') || key.startsWith('#') || !Array.isArray(value)) continue;
    for (const child of value as XmlElement[]) {
      const found = typeof child === 'object' && child !== null ? findElement(child, name, depth + 1) : undefined;
      if (found) return found;
    }
  }
  return undefined;
}

function findText(element: XmlElement, name: string): string | undefined {
  const found = findElement(element, name);
  const text = found ? textOf(found).trim() : '';
  return text === '' ? undefined : text;
}
