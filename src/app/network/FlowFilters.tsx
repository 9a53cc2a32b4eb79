/** Flow filters: status checkboxes and a minimum quantity in t/a. */
import { useState, type Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import { FLOW_STATUSES } from '../../core/model/schema.ts';
import { parseMinTonnes } from './filters.ts';
import type { UiAction, UiState } from './uiState.ts';

interface FlowFiltersProps {
  readonly ui: UiState;
  readonly dispatch: Dispatch<UiAction>;
}

export function FlowFilters({ ui, dispatch }: FlowFiltersProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(ui.minTonnes > 0 ? String(ui.minTonnes) : '');
  return (
    <>
      <h2>{t('legend.statuses')}</h2>
      <ul>
        {FLOW_STATUSES.map((status) => (
          <li key={status}>
            <label>
              <input
                type="checkbox"
                data-testid="status-filter"
                checked={!ui.hiddenStatuses.has(status)}
                onChange={() => dispatch({ type: 'toggle-status', status })}
              />
              {t(`flowStatus.${status}`)}
            </label>
          </li>
        ))}
      </ul>
      <label className="min-tonnes">
        {t('legend.minTonnes')}
        <input
          type="number"
          min={0}
          step="any"
          inputMode="decimal"
          data-testid="min-tonnes"
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            dispatch({ type: 'set-min-tonnes', tonnes: parseMinTonnes(event.target.value) });
          }}
        />
      </label>
    </>
  );
}
