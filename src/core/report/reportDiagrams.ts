/**
 * The chain diagrams a report embeds: one per chain template, broken
 * chains first, then chains with single-performer stages, then complete
 * ones. Drawing is the diagram module's job (selection, ELK layout, SVG);
 * this only chooses, orders and names them. Asynchronous because the
 * layout is.
 */
import type { ParkAnalysis } from '../analysis/analyzePark.ts';
import type { ChainReport } from '../analysis/chainIntegrity.ts';
import { fnv1a } from '../analysis/finding.ts';
import type { TechnologyCatalogue } from '../catalogue/schema.ts';
import { selectChain } from '../diagram/chainSelection.ts';
import { renderChainSvg } from '../diagram/chainSvg.ts';
import { layoutDiagram, type LayoutOptions } from '../diagram/layeredLayout.ts';
import type { Language, ParkModel } from '../model/types.ts';
import type { ReportDiagram } from './reportDocument.ts';

export interface ReportDiagramOptions {
  readonly language: Language;
  readonly catalogue?: TechnologyCatalogue;
  /** The date printed under each diagram (YYYY-MM-DD); pass the report's own for reproducible output. */
  readonly date: string;
  /** At most this many diagrams, the most broken chains kept. */
  readonly limit?: number;
  /** Layout settings, e.g. an ELK instance backed by a Web Worker in the app. */
  readonly layout?: LayoutOptions;
}

export async function renderReportDiagrams(
  model: ParkModel,
  analysis: ParkAnalysis,
  options: ReportDiagramOptions,
): Promise<ReportDiagram[]> {
  const order = orderChainsForDiagrams(
    model.chains.map((c) => c.id),
    analysis.chains,
  ).slice(0, options.limit ?? Infinity);
  const diagrams: ReportDiagram[] = [];
  // One at a time: the layouts share one ELK instance, and the order must not depend on timing.
  for (const chain of order) {
    const selection = selectChain(model, chain, {
      language: options.language,
      ...(options.catalogue ? { catalogue: options.catalogue } : {}),
    });
    if (!selection.ok) continue;
    const layout = await layoutDiagram(selection.diagram, options.layout);
    diagrams.push({ chain, title: selection.diagram.title, svg: renderChainSvg(layout, { date: options.date }) });
  }
  return diagrams;
}

/** Chains with broken links first, then with single performers, each group in model order. */
export function orderChainsForDiagrams(chainIds: readonly string[], reports?: readonly ChainReport[]): string[] {
  const damage = new Map(
    (reports ?? []).map((r) => [
      r.chain,
      r.transitions.some((t) => t.state === 'broken') ? 0 : r.transitions.some((t) => t.state === 'single') ? 1 : 2,
    ]),
  );
  return chainIds
    .map((id, position) => ({ id, position, damage: damage.get(id) ?? 2 }))
    .sort((a, b) => a.damage - b.damage || a.position - b.position)
    .map((c) => c.id);
}

/**
 * A file name for a chain's diagram. Ids may hold `:` and `.`, which some
 * file systems refuse or misread: those become `_`, and a hash of the id
 * keeps `a.b` and `a_b` apart.
 */
export function diagramFileName(chain: string): string {
  const safe = chain.replace(/[^\p{L}\p{N}_-]/gu, '_');
  return safe === chain ? `chain-${chain}.svg` : `chain-${safe}-${fnv1a(chain)}.svg`;
}
