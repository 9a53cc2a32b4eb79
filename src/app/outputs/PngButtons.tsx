/** "PNG: 1× 2× 4×": one button per scale, for every picture the app exports as PNG. */
import { useTranslation } from 'react-i18next';
import { PNG_SCALES } from './rasterise.ts';

interface PngButtonsProps {
  /** The group's visible label, e.g. "PNG:". */
  readonly label: string;
  /** Each button's test id is `${testId}-png-${scale}`. */
  readonly testId: string;
  readonly onPng: (scale: number) => void;
  readonly disabled?: boolean;
}

export function PngButtons({ label, testId, onPng, disabled = false }: PngButtonsProps) {
  const { t } = useTranslation();
  return (
    <span className="export-group" role="group" aria-label={label}>
      {label}
      {PNG_SCALES.map((scale) => (
        <button
          key={scale}
          type="button"
          data-testid={`${testId}-png-${scale}`}
          aria-label={t('export.pngAt', { scale })}
          disabled={disabled}
          onClick={() => onPng(scale)}
        >
          {t('export.png', { scale })}
        </button>
      ))}
    </span>
  );
}
