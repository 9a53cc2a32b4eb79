/**
 * The handle on a column header's right edge: drag it to resize the column,
 * or focus it and use the keys of a WAI-ARIA window splitter (arrows step,
 * Shift for bigger steps, Home/End narrowest/widest, Enter the default);
 * a double click also restores the default.
 */
import { memo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { keyedWidth } from './columnWidths.ts';
import type { TrackLimits } from './tableTracks.ts';

interface ColumnResizerProps {
  readonly columnKey: string;
  /** The column's header text, for the handle's accessible name. */
  readonly heading: string;
  readonly width: number;
  readonly limits: TrackLimits;
  /** The same function from render to render (see ColumnResizer). */
  readonly onResize: (columnKey: string, width: number, limits: TrackLimits) => void;
  readonly onReset: (columnKey: string) => void;
}

/**
 * Rendered again only when what it shows or steps by changes, not at each edit of the table's rows (its three
 * translations per column were a good part of an edit's render): the grid hands it the same handlers each time,
 * and its limits are compared by value (they are worked out afresh at each render of the grid).
 */
export const ColumnResizer = memo(
  ColumnResizerHandle,
  (before, after) =>
    before.columnKey === after.columnKey &&
    before.heading === after.heading &&
    before.width === after.width &&
    before.limits.min === after.limits.min &&
    before.limits.initial === after.limits.initial &&
    before.limits.max === after.limits.max &&
    before.onResize === after.onResize &&
    before.onReset === after.onReset,
);

function ColumnResizerHandle({ columnKey, heading, width, limits, onResize, onReset }: ColumnResizerProps) {
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
    if (drag.current) onResize(columnKey, drag.current.width + event.clientX - drag.current.x, limits);
  };
  const endDrag = () => {
    drag.current = null;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = keyedWidth(event, width, limits);
    if (next === null) return;
    event.preventDefault();
    if (next === 'reset') onReset(columnKey);
    else onResize(columnKey, next, limits);
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
      onDoubleClick={() => onReset(columnKey)}
      onKeyDown={onKeyDown}
    />
  );
}
