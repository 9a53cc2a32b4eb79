/**
 * Core's SVG shown inline. Inserting markup is safe here only because core
 * writes every label and attribute through `escapeXml` (tested with a
 * hostile enterprise name in tests/unit/app/diagramState.test.ts); never
 * pass SVG from anywhere else.
 */
interface SvgPreviewProps {
  readonly svg: string;
  readonly label: string;
  readonly testId: string;
}

export function SvgPreview({ svg, label, testId }: SvgPreviewProps) {
  return (
    <div
      className="svg-preview"
      role="img"
      aria-label={label}
      tabIndex={0}
      data-testid={testId}
      dangerouslySetInnerHTML={{ __html: svg.replace(/^<\?xml[^>]*>\s*/, '') }}
    />
  );
}
