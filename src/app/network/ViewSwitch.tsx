/** Switches between the exchange network, the material graph and the process graph. */
import { useTranslation } from 'react-i18next';
import { VIEWS, type ViewKind } from './views.ts';

interface ViewSwitchProps {
  readonly view: ViewKind;
  readonly onChoose: (view: ViewKind) => void;
}

export function ViewSwitch({ view, onChoose }: ViewSwitchProps) {
  const { t } = useTranslation();
  return (
    <div className="view-switch" role="group" aria-label={t('view.label')}>
      {VIEWS.map((kind) => (
        <button
          key={kind}
          type="button"
          data-testid={`view-${kind}`}
          aria-pressed={view === kind}
          onClick={() => onChoose(kind)}
        >
          {t(`view.${kind}`)}
        </button>
      ))}
    </div>
  );
}
