/** The hover card over the network: plain text only, placed beside the pointer. */
import { useSyncExternalStore } from 'react';
import type { HoverStore } from './hoverStore.ts';

/** Reads the hover store itself, so a hover re-renders this card and nothing above it. */
export function HoverTooltip({ hover }: { readonly hover: HoverStore }) {
  const tip = useSyncExternalStore(hover.subscribe, () => hover.get().tip);
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
