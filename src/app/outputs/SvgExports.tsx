/** Download buttons for a drawn SVG: the SVG itself, PNG at 1×, 2× and 4×, and optionally print to PDF on A4 or A3. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadBlob, downloadText } from './download.ts';
import { exportFileName } from './fileNames.ts';
import { PRINT_PAGES, printSvg } from './printSvg.ts';
import { PngButtons } from './PngButtons.tsx';
import { svgToPng } from './rasterise.ts';

interface SvgExportsProps {
  readonly svg: string;
  /** Park id, diagram kind and id …, made safe for a file name. */
  readonly fileParts: readonly string[];
  readonly title: string;
  readonly print?: boolean;
  /** Prefix of the buttons' test ids. */
  readonly testId: string;
}

export function SvgExports({ svg, fileParts, title, print = false, testId }: SvgExportsProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const png = (scale: number) => {
    setError(null);
    svgToPng(svg, scale).then(
      (blob) => downloadBlob(blob, exportFileName(fileParts, 'png', scale)),
      (reason: unknown) => setError(String(reason)),
    );
  };
  return (
    <div className="export-buttons" role="group" aria-label={t('export.downloads')}>
      <button
        type="button"
        data-testid={`${testId}-svg`}
        onClick={() => downloadText(svg, exportFileName(fileParts, 'svg'), 'image/svg+xml')}
      >
        {t('export.svg')}
      </button>
      <PngButtons label={t('export.pngGroup')} testId={testId} onPng={png} />
      {print &&
        PRINT_PAGES.map((page) => (
          <button
            key={page}
            type="button"
            data-testid={`${testId}-pdf-${page}`}
            onClick={() => printSvg(svg, page, title)}
          >
            {t('export.pdf', { page: page.toUpperCase() })}
          </button>
        ))}
      {error && (
        <p role="alert" className="export-error">
          {t('export.failed', { message: error })}
        </p>
      )}
    </div>
  );
}
