/**
 * Chain diagrams, one per chain template, as SVG rendered beforehand (the
 * layout is asynchronous; documents are built synchronously). Without
 * diagrams the section says so rather than disappearing, so every report
 * has the same outline.
 */
import type { ReportDiagram, ReportSection } from '../reportDocument.ts';
import type { ReportFormat } from '../reportFormat.ts';

export function diagramsSection(
  diagrams: readonly ReportDiagram[] | undefined,
  f: ReportFormat,
  title: string,
): ReportSection {
  if (!diagrams || diagrams.length === 0)
    return { id: 'diagrams', title, blocks: [{ type: 'note', text: f.text('diagramsMissing') }] };
  return {
    id: 'diagrams',
    title,
    blocks: [
      { type: 'paragraph', text: f.text('diagramsNote') },
      ...diagrams.map((d) => ({ type: 'diagram' as const, ...d })),
    ],
  };
}
