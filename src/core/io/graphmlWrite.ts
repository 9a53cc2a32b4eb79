/**
 * GraphML for yEd, Cytoscape and Gephi: every field as a typed `<key>`, the
 * non-graph parts as graph data (graphPayload.ts), and the node attributes
 * Gephi's GraphML importer turns into a picture (`label`, `x`, `y`, `size`,
 * `r`, `g`, `b`) and that Cytoscape and yEd can map in their style editors.
 */
import type { ParkModel } from '../model/types.ts';
import { formatScalar, type AttributeDecl, type Scalar } from './graphAttributes.ts';
import { PAYLOAD_KEY } from './graphPayload.ts';
import type { XmlExport } from './gexfWrite.ts';
import { modelToGraph } from './modelToGraph.ts';
import { escapeXmlAttribute, escapeXmlText, type XmlTextCounter } from './xml.ts';

const GRAPHML_TYPE: Readonly<Record<AttributeDecl['type'], string>> = {
  string: 'string',
  double: 'double',
  integer: 'int',
  boolean: 'boolean',
};

/** Drawing attributes, written for other tools and read back only as positions. */
const NODE_VIEW_KEYS: readonly AttributeDecl[] = [
  { name: 'label', type: 'string' },
  { name: 'x', type: 'double' },
  { name: 'y', type: 'double' },
  { name: 'size', type: 'double' },
  { name: 'r', type: 'integer' },
  { name: 'g', type: 'integer' },
  { name: 'b', type: 'integer' },
];
const EDGE_VIEW_KEYS: readonly AttributeDecl[] = [
  { name: 'label', type: 'string' },
  { name: 'weight', type: 'double' },
];

export function writeGraphml(model: ParkModel): XmlExport {
  const counter: XmlTextCounter = { replaced: 0 };
  const a = (value: string) => escapeXmlAttribute(value, counter);
  const t = (value: string) => escapeXmlText(value, counter);
  const graph = modelToGraph(model);
  const out: string[] = [];
  let next = 0;
  const keys = (domain: 'graph' | 'node' | 'edge', decls: readonly AttributeDecl[]) => {
    const ids = new Map<string, string>();
    for (const d of decls) {
      const id = `d${next++}`;
      ids.set(d.name, id);
      out.push(`  <key id="${id}" for="${domain}" attr.name="${a(d.name)}" attr.type="${GRAPHML_TYPE[d.type]}"/>`);
    }
    return ids;
  };
  const data = (ids: ReadonlyMap<string, string>, values: Iterable<[string, Scalar]>, indent: string) => {
    for (const [name, value] of values) {
      const id = ids.get(name);
      if (id !== undefined) out.push(`${indent}<data key="${id}">${t(formatScalar(value))}</data>`);
    }
  };

  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  );
  const graphKeys = keys('graph', [{ name: PAYLOAD_KEY, type: 'string' }]);
  const nodeKeys = keys('node', [...NODE_VIEW_KEYS, ...graph.nodeAttributes]);
  const edgeKeys = keys('edge', [...EDGE_VIEW_KEYS, ...graph.edgeAttributes]);
  out.push(`  <graph id="${a(model.park.id)}" edgedefault="directed">`);
  data(graphKeys, [[PAYLOAD_KEY, graph.payload]], '    ');
  for (const node of graph.nodes) {
    out.push(`    <node id="${a(node.id)}">`);
    const rgb = /^#[0-9a-fA-F]{6}$/.test(node.colour) ? parseInt(node.colour.slice(1), 16) : 0;
    data(
      nodeKeys,
      [
        ['label', node.label],
        ['x', node.position.x],
        ['y', node.position.y],
        ['size', node.size],
        ['r', (rgb >> 16) & 255],
        ['g', (rgb >> 8) & 255],
        ['b', rgb & 255],
      ],
      '      ',
    );
    data(nodeKeys, node.values, '      ');
    out.push('    </node>');
  }
  for (const edge of graph.edges) {
    out.push(`    <edge id="${a(edge.id)}" source="${a(edge.source)}" target="${a(edge.target)}">`);
    data(
      edgeKeys,
      edge.weight === undefined
        ? [['label', edge.label]]
        : [
            ['label', edge.label],
            ['weight', edge.weight],
          ],
      '      ',
    );
    data(edgeKeys, edge.values, '      ');
    out.push('    </edge>');
  }
  out.push('  </graph>');
  out.push('</graphml>');
  return { text: `${out.join('\n')}\n`, replacedCharacters: counter.replaced };
}
