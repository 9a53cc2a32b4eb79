/**
 * GEXF 1.1, 1.2 and 1.3 (as Gephi writes them) → GraphIn. Attribute values
 * are typed by their declarations; `viz:position` and `viz:color` become
 * positions and colours; nested nodes are flattened.
 */
import { problem, quote, type Problem } from '../model/problems.ts';
import { bilingual } from '../text/message.ts';
import { attributeTypeFromFile, parseScalar, type AttributeType, type Scalar } from './graphAttributes.ts';
import { edgeEndsOf, hexColour, nodeIdOf, type GraphIn, type GraphInEdge, type GraphInNode } from './graphInput.ts';
import { attributeOf, childOf, childrenOf, locateIn, parseXml, textOf, type XmlElement } from './xml.ts';

interface Declared {
  readonly name: string;
  readonly type: AttributeType;
  readonly fallback?: string;
}

export function readGexf(text: string, file: string): GraphIn | { readonly errors: readonly Problem[] } {
  const parsed = parseXml(text, file);
  if (!parsed.ok) return { errors: parsed.errors };
  const problems: Problem[] = [];
  const at = locateIn(parsed.lineOf, file);
  const gexf = childOf(parsed.root, 'gexf');
  const graph = childOf(gexf, 'graph');
  if (!gexf || !graph) {
    return {
      errors: [problem('error', 'gexf-no-graph', [], bilingual('io:gexfNoGraph'), { file })],
    };
  }
  const version = attributeOf(gexf, 'version');
  if (version !== undefined && !['1.1', '1.2', '1.3'].includes(version)) {
    problems.push(
      problem('warning', 'gexf-version', [], bilingual('io:gexfVersion', { version: quote(version) }), at(gexf)),
    );
  }

  const declared = { node: new Map<string, Declared>(), edge: new Map<string, Declared>() };
  for (const block of childrenOf(graph, 'attributes')) {
    const kind = attributeOf(block, 'class') === 'edge' ? 'edge' : 'node';
    for (const attribute of childrenOf(block, 'attribute')) {
      const id = attributeOf(attribute, 'id');
      if (id === undefined) continue;
      const fallback = childOf(attribute, 'default');
      declared[kind].set(id, {
        name: attributeOf(attribute, 'title') ?? id,
        type: attributeTypeFromFile(attributeOf(attribute, 'type')),
        ...(fallback ? { fallback: textOf(fallback) } : {}),
      });
    }
  }

  // Each class's default values, read once rather than once per element.
  const fallbacks = new Map<ReadonlyMap<string, Declared>, [string, Scalar][]>();
  const fallbacksOf = (decls: ReadonlyMap<string, Declared>): [string, Scalar][] => {
    let list = fallbacks.get(decls);
    if (list) return list;
    list = [];
    for (const d of decls.values()) {
      const value = d.fallback === undefined ? undefined : parseScalar(d.fallback, d.type);
      if (value !== undefined) list.push([d.name, value]);
    }
    fallbacks.set(decls, list);
    return list;
  };
  const valuesOf = (element: XmlElement, decls: ReadonlyMap<string, Declared>): Map<string, Scalar> => {
    const values = new Map<string, Scalar>(fallbacksOf(decls));
    for (const attvalue of childrenOf(childOf(element, 'attvalues'), 'attvalue')) {
      // GEXF 1.1 named the attribute with `id`, later versions with `for`.
      const key = attributeOf(attvalue, 'for') ?? attributeOf(attvalue, 'id');
      const raw = attributeOf(attvalue, 'value');
      if (key === undefined || raw === undefined) continue;
      const d = decls.get(key) ?? { name: key, type: 'string' as const };
      const value = parseScalar(raw, d.type);
      if (value === undefined) {
        problems.push(
          problem(
            'warning',
            'graph-attribute-type',
            [],
            bilingual('io:attributeType', { name: quote(d.name), value: quote(raw), type: d.type }),
            at(attvalue),
          ),
        );
      } else values.set(d.name, value);
    }
    return values;
  };

  const nodes: GraphInNode[] = [];
  const groups = new Set<string>();
  const collectNodes = (container: XmlElement | undefined, group: string | undefined, depth: number) => {
    for (const node of childrenOf(container, 'node')) {
      const id = nodeIdOf(node, at, problems);
      if (id === null) continue;
      const label = attributeOf(node, 'label');
      const position = vizPosition(childOf(node, 'position'));
      const colour = vizColour(childOf(node, 'color'));
      const line = parsed.lineOf(node);
      const inner = childOf(node, 'nodes');
      // A node holding nodes (a GEXF hierarchy) is a group: its children take its label as their cluster.
      if (inner && childrenOf(inner, 'node').length > 0) {
        groups.add(id);
        if (depth < 50) collectNodes(inner, label ?? id, depth + 1);
        continue;
      }
      nodes.push({
        id,
        values: valuesOf(node, declared.node),
        ...(label === undefined ? {} : { label }),
        ...(position ? { position } : {}),
        ...(colour ? { colour } : {}),
        ...(group === undefined ? {} : { group }),
        ...(line === undefined ? {} : { line }),
      });
    }
  };
  collectNodes(childOf(graph, 'nodes'), undefined, 0);

  let undirected = attributeOf(graph, 'defaultedgetype') === 'undirected';
  const edges: GraphInEdge[] = [];
  for (const edge of childrenOf(childOf(graph, 'edges'), 'edge')) {
    const ends = edgeEndsOf(edge, at, problems);
    if (!ends) continue;
    const { source, target } = ends;
    if (attributeOf(edge, 'type') === 'undirected') undirected = true;
    const id = attributeOf(edge, 'id');
    const label = attributeOf(edge, 'label');
    const weight = parseScalar(attributeOf(edge, 'weight') ?? '', 'double');
    const line = parsed.lineOf(edge);
    edges.push({
      source,
      target,
      values: valuesOf(edge, declared.edge),
      ...(id === undefined ? {} : { id }),
      ...(label === undefined ? {} : { label }),
      ...(typeof weight === 'number' ? { weight } : {}),
      ...(line === undefined ? {} : { line }),
    });
  }

  const meta = childOf(gexf, 'meta');
  const payloadElement = childOf(meta, 'model');
  const payloadLine = payloadElement ? parsed.lineOf(payloadElement) : undefined;
  const title = textOf(childOf(meta, 'title')).trim() || textOf(childOf(meta, 'description')).trim();
  return {
    file,
    format: 'GEXF',
    undirected,
    nodes,
    edges,
    groups,
    problems,
    ...(payloadElement
      ? { payload: { text: textOf(payloadElement), ...(payloadLine === undefined ? {} : { line: payloadLine }) } }
      : {}),
    ...(title === '' ? {} : { title }),
  };
}

function vizPosition(element: XmlElement | undefined): { x: number; y: number } | undefined {
  const x = parseScalar(attributeOf(element, 'x') ?? '', 'double');
  const y = parseScalar(attributeOf(element, 'y') ?? '', 'double');
  return typeof x === 'number' && typeof y === 'number' ? { x, y } : undefined;
}

function vizColour(element: XmlElement | undefined): string | undefined {
  if (!element) return undefined;
  const hex = attributeOf(element, 'hex');
  if (hex !== undefined && /^#?[0-9a-fA-F]{6}$/.test(hex)) return `#${hex.replace('#', '').toUpperCase()}`;
  const [r, g, b] = ['r', 'g', 'b'].map((c) => Number(attributeOf(element, c)));
  return hexColour(r as number, g as number, b as number);
}
