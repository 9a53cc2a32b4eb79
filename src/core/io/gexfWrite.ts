/**
 * GEXF 1.3 (gexf.net/1.3) for Gephi: typed attributes for every field, and
 * `viz:color` (cluster colour), `viz:size` (mass throughflow) and
 * `viz:position` (the saved view, else a default layout), so the park opens
 * styled. The non-graph parts ride in `<meta>` (graphPayload.ts).
 */
import type { ParkModel } from '../model/types.ts';
import { formatScalar, type AttributeDecl } from './graphAttributes.ts';
import { PAYLOAD_NAMESPACE } from './graphPayload.ts';
import { modelToGraph, type GraphOutEdge, type GraphOutNode } from './modelToGraph.ts';
import { escapeXmlAttribute, escapeXmlText, type XmlTextCounter } from './xml.ts';

export interface XmlExport {
  readonly text: string;
  /** Characters XML cannot hold, replaced by U+FFFD. */
  readonly replacedCharacters: number;
}

const GEXF_TYPE: Readonly<Record<AttributeDecl['type'], string>> = {
  string: 'string',
  double: 'double',
  integer: 'integer',
  boolean: 'boolean',
};

function hexToRgb(hex: string): [number, number, number] {
  const value = /^#[0-9a-fA-F]{6}$/.test(hex) ? parseInt(hex.slice(1), 16) : 0;
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

export function writeGexf(model: ParkModel): XmlExport {
  const counter: XmlTextCounter = { replaced: 0 };
  const a = (value: string) => escapeXmlAttribute(value, counter);
  const t = (value: string) => escapeXmlText(value, counter);
  const graph = modelToGraph(model);
  const out: string[] = [];

  const declarations = (kind: 'node' | 'edge', decls: readonly AttributeDecl[]) => {
    out.push(`    <attributes class="${kind}" mode="static">`);
    for (const d of decls)
      out.push(`      <attribute id="${a(d.name)}" title="${a(d.name)}" type="${GEXF_TYPE[d.type]}"/>`);
    out.push('    </attributes>');
  };
  const attvalues = (values: GraphOutNode['values'], indent: string) => {
    if (values.size === 0) return;
    out.push(`${indent}<attvalues>`);
    for (const [name, value] of values) {
      out.push(`${indent}  <attvalue for="${a(name)}" value="${a(formatScalar(value))}"/>`);
    }
    out.push(`${indent}</attvalues>`);
  };
  const node = (n: GraphOutNode) => {
    out.push(`      <node id="${a(n.id)}" label="${a(n.label)}">`);
    attvalues(n.values, '        ');
    const [r, g, b] = hexToRgb(n.colour);
    out.push(`        <viz:size value="${n.size}"/>`);
    out.push(`        <viz:position x="${n.position.x}" y="${n.position.y}" z="0"/>`);
    out.push(`        <viz:color r="${r}" g="${g}" b="${b}"/>`);
    out.push('      </node>');
  };
  const edge = (e: GraphOutEdge) => {
    // Gephi reads weight as the edge's thickness; 0 would hide the edge, so it is left at its default.
    const weight = e.weight !== undefined && e.weight > 0 ? ` weight="${e.weight}"` : '';
    out.push(
      `      <edge id="${a(e.id)}" source="${a(e.source)}" target="${a(e.target)}" label="${a(e.label)}"${weight}>`,
    );
    attvalues(e.values, '        ');
    out.push('      </edge>');
  };

  out.push('<?xml version="1.0" encoding="UTF-8"?>');
  out.push(
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
  );
  out.push('  <meta>');
  out.push('    <creator>Symbiograph</creator>');
  out.push(`    <title>${t(graph.title)}</title>`);
  out.push(`    <sg:model xmlns:sg="${PAYLOAD_NAMESPACE}">${t(graph.payload)}</sg:model>`);
  out.push('  </meta>');
  out.push('  <graph defaultedgetype="directed" mode="static">');
  declarations('node', graph.nodeAttributes);
  declarations('edge', graph.edgeAttributes);
  out.push('    <nodes>');
  graph.nodes.forEach(node);
  out.push('    </nodes>');
  out.push('    <edges>');
  graph.edges.forEach(edge);
  out.push('    </edges>');
  out.push('  </graph>');
  out.push('</gexf>');
  return { text: `${out.join('\n')}\n`, replacedCharacters: counter.replaced };
}
