/**
 * One cell of the table view: its text, or while edited an input or a
 * select (Enter saves, Esc cancels, leaving the field saves), and the
 * problem of a refused edit written at the cell.
 */
import { useRef, useState, type KeyboardEvent } from 'react';
import type { Problem } from '../../core/model/problems.ts';
import { localize } from '../../core/model/labels.ts';
import { cellText, type CellValue, type TableColumn } from './tables.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

/** A unit change can break dozens of flows: the first few say enough at a cell. */
const SHOWN_PROBLEMS = 3;

interface TableCellProps {
  readonly column: TableColumn;
  readonly value: CellValue | undefined;
  readonly colIndex: number;
  readonly active: boolean;
  readonly editing: boolean;
  readonly problems: readonly Problem[];
  readonly label: string;
  readonly onActivate: () => void;
  readonly onStartEdit: () => void;
  /** Saves the typed value; the grid decides whether editing ends. */
  readonly onSave: (typed: string) => void;
  readonly onCancel: () => void;
}

export function TableCell(props: TableCellProps) {
  const language = useLanguage();
  const { column, value, colIndex, active, editing, problems } = props;
  const invalid = problems.length > 0;
  return (
    <div
      role="gridcell"
      className={`table-cell ${column.kind}${active ? ' active' : ''}`}
      data-col={colIndex}
      data-key={column.key}
      aria-colindex={colIndex + 1}
      aria-readonly={column.editor === undefined}
      aria-invalid={invalid || undefined}
      tabIndex={active && !editing ? 0 : -1}
      onClick={props.onActivate}
      onDoubleClick={column.editor ? props.onStartEdit : undefined}
    >
      {editing ? <CellEditor {...props} /> : <CellText column={column} text={cellText(column, value, language)} />}
      {invalid && (
        <span className="cell-error" role="alert" data-testid="cell-error">
          {problems
            .slice(0, SHOWN_PROBLEMS)
            // The cell is the place: its model path (flows[12].quantity) would only repeat it.
            .map((p) => p.message[language])
            .join('; ')}
          {problems.length > SHOWN_PROBLEMS && ` (+${problems.length - SHOWN_PROBLEMS})`}
        </span>
      )}
    </div>
  );
}

/** Columns of words, which a narrow column may cut; numbers, years and ticks always fit. */
const wordy = (column: TableColumn) => column.kind === 'text' || column.kind === 'enum';

function CellText({ column, text }: { readonly column: TableColumn; readonly text: string }) {
  // Plain text (never HTML). A column cuts text longer than itself (a citation, a long name): the whole in a tooltip.
  return (
    <span className="cell-text" title={wordy(column) && text !== '' ? text : undefined}>
      {text}
    </span>
  );
}

function CellEditor({ column, value, label, onSave, onCancel }: TableCellProps) {
  const language = useLanguage();
  const [draft, setDraft] = useState(value === undefined ? '' : String(value));
  // Esc closes the editor, which takes the focus away: that blur must not save what was cancelled.
  const cancelled = useRef(false);
  const save = () => {
    if (!cancelled.current) onSave(draft);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLSelectElement>) => {
    // The grid must not move the active cell or start another edit while this one is open.
    event.stopPropagation();
    // Enter that confirms a Chinese input method's composition is not the user's Enter.
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      save();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      cancelled.current = true;
      onCancel();
    }
  };
  // What the select and the text field share: focus on opening, Enter/Esc, save on leaving.
  const editor = {
    autoFocus: true,
    'aria-label': label,
    'data-testid': 'cell-editor',
    value: draft,
    onKeyDown,
    onBlur: save,
  };
  if (column.editor === 'select')
    return (
      <select {...editor} onChange={(event) => setDraft(event.target.value)}>
        {column.options?.map((o) => (
          <option key={o.value} value={o.value}>
            {localize(o.label, language)}
          </option>
        ))}
      </select>
    );
  return (
    <input
      {...editor}
      type="text"
      inputMode={column.kind === 'year' ? 'numeric' : column.editor === 'number' ? 'decimal' : undefined}
      onChange={(event) => setDraft(event.target.value)}
    />
  );
}
