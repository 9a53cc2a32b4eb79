/**
 * The inspector for a shown project's ghost plant: like an enterprise's (its
 * flows in and out, its throughflow), read from the planned flows, with the
 * economics beside in the project list's own words — and marked throughout
 * as a proposal, not part of the model.
 */
import { useTranslation } from 'react-i18next';
import { economicsSentence } from '../../core/analysis/projectExplanation.ts';
import { localize } from '../../core/model/labels.ts';
import { listNames } from '../../core/text/lists.ts';
import { message } from '../../core/text/message.ts';
import type { DisplayGraph } from '../network/displayGraph.ts';
import type { ProjectOverlay } from '../network/projectOverlay.ts';
import { numberLocale } from '../i18n/language.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { describeProject, projectNames, type PlannedFlowRow } from './projectDetails.ts';

interface ProjectInspectorProps {
  readonly overlay: ProjectOverlay;
  readonly graph: DisplayGraph;
  readonly onClose: () => void;
}

export function ProjectInspector({ overlay, graph, onClose }: ProjectInspectorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const details = describeProject(overlay);
  const number = new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 1 });
  const names = new Map([
    ...graph.mapNodes((id, a) => [id, localize(a.actor.name, language) || id] as const),
    ...projectNames(overlay, language),
  ]);
  const name = (id: string) => names.get(id) ?? id;
  const { economics } = details;
  const table = (title: string, partnerHeader: string, rows: readonly PlannedFlowRow[], testId: string) => (
    <details open>
      <summary>{title}</summary>
      <table data-testid={testId}>
        <thead>
          <tr>
            <th scope="col">{partnerHeader}</th>
            <th scope="col">{t('inspector.material')}</th>
            <th scope="col">{t('project.quantity')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>{name(row.partner)}</td>
              <th scope="row">{name(row.material)}</th>
              <td>{row.quantity === null ? t('inspect.noQuantity') : `${number.format(row.quantity)} ${row.unit}`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
  return (
    <section
      className="inspector project-inspector"
      data-testid="inspector"
      data-proposal="true"
      aria-label={t('project.title')}
    >
      <header>
        <h2>{localize(details.name, language) || details.id}</h2>
        <button type="button" onClick={onClose} aria-label={t('inspector.close')}>
          ×
        </button>
      </header>
      <p className="note" data-testid="project-proposal">
        <strong>{t('project.title')}</strong> — {t('project.proposal')}
      </p>
      <dl data-testid="project-metrics">
        <dt>{t('project.technology')}</dt>
        <dd>{localize(details.technology, language)}</dd>
        <dt>{t('inspect.throughflow')}</dt>
        <dd data-testid="project-throughflow">
          {number.format(details.throughflow)} t/a (
          {t(details.throughflow > 0 ? 'project.throughflowNote' : 'project.throughflowNone')})
        </dd>
      </dl>
      {table(
        t('project.plannedInputs', { count: details.inputs.length }),
        t('project.from'),
        details.inputs,
        'project-inputs',
      )}
      {table(
        t('project.plannedOutputs', { count: details.outputs.length }),
        t('project.to'),
        details.outputs,
        'project-outputs',
      )}
      {details.retired > 0 && <p className="note">{t('project.retired', { count: details.retired })}</p>}
      <h3>{t('project.economics')}</h3>
      <p data-testid="project-economics">
        {capitalised(economicsSentence(economics, language))}
        {economics && economics.unpriced.length > 0
          ? message(language, 'common:groupSeparator') +
            message(language, 'project:explainUnpriced', {
              materials: listNames(economics.unpriced.map(name), language),
            })
          : ''}
      </p>
      {economics && (
        <details>
          <summary>{t('project.basis')}</summary>
          <p>{economics.basis}</p>
        </details>
      )}
    </section>
  );
}

/** Core's clause opens a sentence here (a no-op in Chinese). */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
