/** The hover card over the network: plain text only, placed beside the pointer. */
import type { TooltipContent } from '../state/tooltip.ts';

export interface PlacedTooltip {
  readonly content: TooltipContent;
  readonly x: number;
  readonly y: number;
}

export function HoverTooltip({ tip }: { readonly tip: PlacedTooltip | null }) {
  if (!tip) return null;
  return (
    <div className="hover-tooltip" role="tooltip" data-testid="tooltip" style={{ left: tip.x + 14, top: tip.y + 14 }}>
      <strong>{tip.content.title}</strong>
      {tip.content.lines.map((line, i) => (
        <div key={i}>{line}</div>
      ))}
    </div>
  );
}
