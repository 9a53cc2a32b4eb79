/** Core's sankey of the park's flows, by enterprise or by cluster, filtered by material category. */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SankeyGrouping } from '../../core/diagram/sankey.ts';
import { CATEGORY_LABELS } from '../../core/model/labels.ts';
import { MATERIAL_CATEGORIES } from '../../core/model/schema.ts';
import type { MaterialCategory, ParkModel } from '../../core/model/types.ts';
import type { RenderedSvg } from './diagramRender.ts';
import { localDate } from './fileNames.ts';
import { SvgExports } from './SvgExports.tsx';
import { SvgPreview } from './SvgPreview.tsx';
import { useLanguage } from '../i18n/useLanguage.ts';

interface SankeyPanelProps {
  readonly model: ParkModel;
}

const GROUPINGS: readonly SankeyGrouping[] = ['enterprise', 'cluster'];

export function SankeyPanel({ model }: SankeyPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [by, setBy] = useState<SankeyGrouping>('enterprise');
  const [categories, setCategories] = useState<ReadonlySet<MaterialCategory>>(() => new Set(MATERIAL_CATEGORIES));
  const [result, setResult] = useState<RenderedSvg | null>(null);

  useEffect(() => {
    let live = true;
    import('./diagramRender.ts')
      .then((m) =>
        m.renderSankey(
          model,
          { language, by, categories: MATERIAL_CATEGORIES.filter((c) => categories.has(c)) },
          localDate(),
        ),
      )
      .catch((reason: unknown): RenderedSvg => ({ ok: false, message: String(reason) }))
      .then((rendered) => {
        if (live) setResult(rendered);
      });
    return () => {
      live = false;
    };
  }, [model, language, by, categories]);

  const toggle = (category: MaterialCategory) =>
    setCategories((current) => {
      const next = new Set(current);
      if (next.has(category)) next.delete(category);
      else next.add(category);
      return next;
    });
  const selected = MATERIAL_CATEGORIES.filter((c) => categories.has(c));
  return (
    <div className="sankey-panel">
      <div className="export-form">
        <fieldset>
          <legend>{t('export.sankeyBy')}</legend>
          {GROUPINGS.map((grouping) => (
            <label key={grouping}>
              <input
                type="radio"
                name="sankey-by"
                data-testid={`sankey-by-${grouping}`}
                checked={by === grouping}
                onChange={() => setBy(grouping)}
              />
              {t(`export.sankeyByOption.${grouping}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('export.categories')}</legend>
          {MATERIAL_CATEGORIES.map((category) => (
            <label key={category}>
              <input
                type="checkbox"
                data-testid="sankey-category"
                value={category}
                checked={categories.has(category)}
                onChange={() => toggle(category)}
              />
              {CATEGORY_LABELS[category][language]}
            </label>
          ))}
        </fieldset>
      </div>
      {result?.ok === false && (
        <p role="alert" className="export-error">
          {t('export.failed', { message: result.message })}
        </p>
      )}
      {result?.ok && (
        <>
          <SvgExports
            svg={result.svg}
            fileParts={[model.park.id, 'sankey', by, ...(selected.length < MATERIAL_CATEGORIES.length ? selected : [])]}
            title={result.title}
            testId="sankey"
          />
          <SvgPreview svg={result.svg} label={result.title} testId="sankey-preview" />
        </>
      )}
    </div>
  );
}
