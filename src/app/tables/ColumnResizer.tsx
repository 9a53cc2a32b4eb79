/**
 * The handle on a column header's right edge: drag it to resize the column,
 * or focus it and use the keys of a WAI-ARIA window splitter (arrows step,
 * Shift for bigger steps, Home/End narrowest/widest, Enter the default);
 * a double click also restores the default.
 */
import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { keyedWidth } from './columnWidths.ts';
import type { TrackLimits } from './tableTracks.ts';

interface ColumnResizerProps {
  readonly columnKey: string;
  /** The column's header text, for the handle's accessible name. */
  readonly heading: string;
  readonly width: number;
  readonly limits: TrackLimits;
  readonly onResize: (width: number) => void;
  readonly onReset: () => void;
}

export function ColumnResizer({ columnKey, heading, width, limits, onResize, onReset }: ColumnResizerProps) {
  const { t } = useTranslation();
  // Where the drag started: the width follows the pointer's distance from there, so it never drifts.
  const drag = useRef<{ readonly x: number; readonly width: number } | null>(null);
  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    // No text selection while dragging; the focus still comes here, so the keys work after a drag.
    event.preventDefault();
    event.currentTarget.focus();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, width };
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (drag.current) onResize(drag.current.width + event.clientX - drag.current.x);
  };
  const endDrag = () => {
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = keyedWidth(event, width, limits);
    if (next === null) return;
    event.preventDefault();
    if (next === 'reset') onReset();
    else onResize(next);
  };
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={t('table.resizeColumn', { column: heading })}
      aria-valuenow={width}
      aria-valuemin={Math.round(limits.min)}
      aria-valuemax={Math.round(limits.max)}
      aria-valuetext={t('table.columnWidth', { width })}
      title={t('table.resizeHint')}
      tabIndex={0}
      className="column-resizer"
      data-testid={`resize-${columnKey}`}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={endDrag}
      onPointerCancel={endDrag}
      onLostPointerCapture={endDrag}
      onDoubleClick={onReset}
      onKeyDown={onKeyDown}
    />
  );
}
