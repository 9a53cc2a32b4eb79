/** Undo and redo, each saying in its tooltip which step it would take back or do again. */
import { useTranslation } from 'react-i18next';
import { redoLabel, undoLabel, type ModelHistory } from './history.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

interface HistoryButtonsProps {
  readonly history: ModelHistory;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
}

export function HistoryButtons({ history, onUndo, onRedo }: HistoryButtonsProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const undoStep = undoLabel(history);
  const redoStep = redoLabel(history);
  return (
    <div className="history-buttons" role="group" aria-label={t('history.label')}>
      <button
        type="button"
        data-testid="undo"
        disabled={undoStep === null}
        title={undoStep ? t('history.undoStep', { step: undoStep[language] }) : t('history.nothingToUndo')}
        aria-keyshortcuts="Control+Z"
        onClick={onUndo}
      >
        {t('history.undo')}
      </button>
      <button
        type="button"
        data-testid="redo"
        disabled={redoStep === null}
        title={redoStep ? t('history.redoStep', { step: redoStep[language] }) : t('history.nothingToRedo')}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        onClick={onRedo}
      >
        {t('history.redo')}
      </button>
    </div>
  );
}
