/**
 * What the exchange network shows for a finding: the actors and flows that
 * make the point, the actors the camera frames, and — for a broken link —
 * the stage nobody performs, drawn as a placeholder between the enterprises
 * around the gap (as the chain diagram draws it).
 *
 * Many findings name enterprises and materials but no flow (a stage has no
 * flow of its own; a capacity gap is about what nobody takes). Highlighting
 * only their enterprises coloured a dozen dots and no line: the picture
 * would not say what is wrong. Such a finding lights the flows of its
 * materials at its enterprises — the copper shipped out, the acid sent to
 * disposal — so the network shows where the material goes instead.
 */
import type { Finding } from '../../core/analysis/finding.ts';
import type { Highlight } from './highlight.ts';

/** What the picture reads of the display graph (graphology's graph satisfies it). */
export interface PictureGraph {
  hasNode(node: string): boolean;
  hasEdge(edge: string): boolean;
  source(edge: string): string;
  target(edge: string): string;
  edges(node: string): string[];
  getEdgeAttributes(edge: string): { readonly flow: { readonly material: string } };
  forEachEdge(each: (edge: string, attributes: { readonly flow: { readonly material: string } }) => void): void;
}

/** A chain stage no operating enterprise performs, placed between the stages around it. */
export interface MissingStage {
  readonly chain: string;
  /** The materials of the stage before and after the gap. */
  readonly from: readonly string[];
  readonly to: readonly string[];
  /** Drawn in the park: the enterprises putting out the stage before, and those taking in the stage after. */
  readonly upstream: readonly string[];
  readonly downstream: readonly string[];
}

/** An exchange the finding proposes (a surplus one enterprise has and another buys in): not in the model. */
export interface ProposedLink {
  readonly from: string;
  readonly to: string;
}

export interface FindingPicture {
  readonly highlight: Highlight;
  /** The actors the camera frames (every lit actor: the boundary too, where the finding's flows leave the park). */
  readonly focus: readonly string[];
  readonly missingStage?: MissingStage;
  readonly proposedLinks: readonly ProposedLink[];
}

export function findingPicture(graph: PictureGraph, finding: Finding): FindingPicture {
  const enterprises = finding.enterprises.filter((e) => graph.hasNode(e));
  const edges = new Set(pictureFlows(graph, finding, enterprises));
  const nodes = new Set(enterprises);
  for (const edge of edges) {
    nodes.add(graph.source(edge));
    nodes.add(graph.target(edge));
  }
  const proposedLinks = proposalsOf(finding).filter((l) => graph.hasNode(l.from) && graph.hasNode(l.to));
  for (const link of proposedLinks) nodes.add(link.from).add(link.to);
  const highlight = { nodes, edges };
  if (finding.kind !== 'broken-link') return { highlight, focus: [...nodes], proposedLinks };
  const { chain, from, to, upstream, downstream } = finding.details;
  const drawn = (ids: readonly string[]) => ids.filter((id) => graph.hasNode(id));
  return {
    highlight,
    focus: [...nodes],
    missingStage: { chain, from, to, upstream: drawn(upstream), downstream: drawn(downstream) },
    proposedLinks,
  };
}

/** The supplier–taker pairs a finding proposes: a match's candidates, an open end's or a shipped-out stage's offers. */
function proposalsOf(finding: Finding): ProposedLink[] {
  const offers = (o: { readonly supplier: string; readonly candidates: readonly { readonly consumer: string }[] }) =>
    o.candidates.map((c) => ({ from: o.supplier, to: c.consumer }));
  switch (finding.kind) {
    case 'coupling-match':
    case 'structural-match':
      return offers(finding.details);
    case 'open-end':
    case 'open-energy':
    case 'open-water':
      return finding.details.offer ? offers(finding.details.offer) : [];
    case 'chain-shipped-out':
      return finding.details.offers.flatMap(offers);
    default:
      return [];
  }
}

/**
 * The finding's own flows where it names some; else the flows of its
 * materials at its enterprises (at any enterprise when it names none, e.g.
 * a chain extension); else, for one enterprise, every flow it has (an
 * articulation point is about all its exchanges).
 */
function pictureFlows(graph: PictureGraph, finding: Finding, enterprises: readonly string[]): string[] {
  const own = finding.flows.filter((f) => graph.hasEdge(f));
  if (own.length > 0) return own;
  const materials = new Set(finding.materials);
  if (materials.size > 0) {
    const ofMaterial = (edge: string) => materials.has(graph.getEdgeAttributes(edge).flow.material);
    if (enterprises.length === 0) {
      const all: string[] = [];
      graph.forEachEdge((edge, attributes) => {
        if (materials.has(attributes.flow.material)) all.push(edge);
      });
      return all;
    }
    const touching = new Set(enterprises.flatMap((e) => graph.edges(e).filter(ofMaterial)));
    if (touching.size > 0) return [...touching];
  }
  const [only] = enterprises;
  return enterprises.length === 1 && only !== undefined ? graph.edges(only) : [];
}
