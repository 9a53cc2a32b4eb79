/**
 * Chain diagrams from the browser: a chain template, a material (up- and
 * downstream) or an enterprise (suppliers and customers to a depth), with a
 * ranked project optionally drawn over it. Core selects, lays out (ELK,
 * async) and draws; a newer request supersedes an older one's result.
 */
import { useEffect, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectCandidate } from '../../core/analysis/projects.ts';
import type { TechnologyCatalogue } from '../../core/catalogue/schema.ts';
import type { ParkModel } from '../../core/model/types.ts';
import type { RenderedSvg } from './diagramRender.ts';
import {
  createLatestGate,
  DIAGRAM_DEPTHS,
  DIAGRAM_TARGET_KINDS,
  diagramFileParts,
  diagramFormReducer,
  initialDiagramForm,
  projectChoices,
  targetChoices,
  type DiagramTargetKind,
} from './diagramState.ts';
import { localDate } from './fileNames.ts';
import { SvgExports } from './SvgExports.tsx';
import { SvgPreview } from './SvgPreview.tsx';
import { useLanguage } from '../i18n/useLanguage.ts';

interface DiagramPanelProps {
  readonly model: ParkModel;
  readonly catalogue?: TechnologyCatalogue;
  /** The analysis' ranked projects; empty while it runs. */
  readonly candidates: readonly ProjectCandidate[];
  /** The chain shown first (a finding's), else the model's first. */
  readonly preferredChain?: string;
}

export function DiagramPanel({ model, catalogue, candidates, preferredChain }: DiagramPanelProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [form, dispatch] = useReducer(diagramFormReducer, model, (m) => initialDiagramForm(m, preferredChain));
  const [result, setResult] = useState<RenderedSvg | null>(null);
  const [busy, setBusy] = useState(false);
  const gate = useRef(createLatestGate());

  useEffect(() => {
    const token = gate.current.begin();
    setBusy(true);
    import('./diagramRender.ts')
      .then((m) => m.renderDiagram(model, form, language, catalogue, localDate()))
      .catch((reason: unknown): RenderedSvg => ({ ok: false, message: String(reason) }))
      .then((rendered) => {
        if (!gate.current.isLatest(token)) return;
        setResult(rendered);
        setBusy(false);
      });
  }, [model, form, language, catalogue]);

  const choices = targetChoices(model, form.kind, language);
  const projects = projectChoices(candidates, language);
  return (
    <div className="diagram-panel" aria-busy={busy}>
      <div className="export-form">
        <label>
          {t('export.kindLabel')}
          <select
            data-testid="diagram-kind"
            value={form.kind}
            onChange={(e) => dispatch({ type: 'kind', kind: e.target.value as DiagramTargetKind })}
          >
            {DIAGRAM_TARGET_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`export.kind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(`export.target.${form.kind}`)}
          <select
            data-testid="diagram-target"
            value={form.ids[form.kind]}
            onChange={(e) => dispatch({ type: 'target', id: e.target.value })}
          >
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        {form.kind === 'enterprise' && (
          <label>
            {t('export.depth')}
            <select
              data-testid="diagram-depth"
              value={form.depth}
              onChange={(e) => dispatch({ type: 'depth', depth: Number(e.target.value) })}
            >
              {DIAGRAM_DEPTHS.map((depth) => (
                <option key={depth} value={depth}>
                  {depth}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('export.project')}
          <select
            data-testid="diagram-project"
            value={form.project ?? ''}
            disabled={projects.length === 0}
            title={projects.length === 0 ? t('export.projectsPending') : undefined}
            onChange={(e) => dispatch({ type: 'project', project: e.target.value === '' ? null : e.target.value })}
          >
            <option value="">{t('export.noProject')}</option>
            {projects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        {busy && (
          <span role="status" className="export-busy" data-testid="diagram-busy">
            {t('export.busy')}
          </span>
        )}
      </div>
      {result?.ok === false && (
        <p role="alert" className="export-error">
          {result.message ? t('export.failed', { message: result.message }) : t('export.empty')}
        </p>
      )}
      {result?.ok && (
        <>
          <SvgExports
            svg={result.svg}
            fileParts={diagramFileParts(model.park.id, form)}
            title={result.title}
            print
            testId="diagram"
          />
          <SvgPreview svg={result.svg} label={result.title} testId="diagram-preview" />
        </>
      )}
    </div>
  );
}
