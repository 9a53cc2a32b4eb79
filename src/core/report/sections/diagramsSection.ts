/**
 * Chain diagrams, one per chain template, as SVG rendered beforehand (the
 * layout is asynchronous; documents are built synchronously). Without
 * diagrams the section says why (the park has no chains, or they were not
 * drawn) rather than disappearing, so every report has the same outline.
 */
import { hasChainTemplates, type ReportData } from '../reportData.ts';
import type { ReportDiagram, ReportSection } from '../reportDocument.ts';
import type { ReportFormat } from '../reportFormat.ts';

export function diagramsSection(
  data: ReportData,
  diagrams: readonly ReportDiagram[] | undefined,
  f: ReportFormat,
  title: string,
): ReportSection {
  if (!hasChainTemplates(data)) return { id: 'diagrams', title, blocks: [{ type: 'note', text: f.text('noChains') }] };
  // A format that cannot carry the diagrams (Markdown without files beside it) says so instead.
  const omitted = f.text('diagramsOmitted');
  if (!diagrams || diagrams.length === 0)
    return { id: 'diagrams', title, omitted, blocks: [{ type: 'note', text: f.text('diagramsMissing') }] };
  return {
    id: 'diagrams',
    title,
    omitted,
    blocks: [
      { type: 'paragraph', text: f.text('diagramsNote') },
      ...diagrams.map((d) => ({ type: 'diagram' as const, ...d })),
    ],
  };
}
