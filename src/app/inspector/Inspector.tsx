/** The selected actor: who it is, what it declares, what it exchanges, what the analysis found. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../core/analysis/finding.ts';
import { ENTERPRISE_STATUS_LABELS, ROLE_LABELS, localize } from '../../core/model/labels.ts';
import type { ParkModel } from '../../core/model/types.ts';
import type { DisplayGraph } from '../network/displayGraph.ts';
import type { ModelEdit } from '../model/modelEdit.ts';
import type { CommitResult } from '../model/history.ts';
import { describeActor, findingsOf } from './inspector.ts';
import { numberLocale } from '../i18n/language.ts';
import type { ActorMetrics } from './inspectTargets.ts';
import { EnterpriseEditor } from './EnterpriseEditor.tsx';
import { ActorMetricsList } from './InspectorDetails.tsx';
import { FindingItem } from '../analysis/FindingList.tsx';
import { FlowTable, StreamTable } from './InspectorTables.tsx';
import { ItemForm } from '../forms/ItemForm.tsx';
import { StreamsForm } from '../forms/StreamsForm.tsx';
import { useLanguage } from '../i18n/useLanguage.ts';

interface InspectorProps {
  readonly model: ParkModel;
  readonly graph: DisplayGraph;
  readonly selected: string | null;
  readonly findings: readonly Finding[];
  readonly highlighted: string | null;
  readonly onClose: () => void;
  readonly onToggleFinding: (finding: Finding) => void;
  /** Edits of the selected enterprise, as undoable steps; without it the inspector only reads. */
  readonly onEdit?: (edit: ModelEdit) => CommitResult;
  /** The actor's network metrics and rank, once the analysis has them. */
  readonly metrics?: ActorMetrics | null;
}

export function Inspector(props: InspectorProps) {
  const language = useLanguage();
  const { model, graph, selected, findings, highlighted } = props;
  const { t } = useTranslation();
  const [streamsOf, setStreamsOf] = useState<string | null>(null);
  const [formOf, setFormOf] = useState<string | null>(null);
  const details = selected === null ? null : describeActor(model, graph, selected);
  if (selected === null || details === null) {
    return (
      <section className="inspector" data-testid="inspector" aria-label={t('inspector.title')}>
        <p className="note">{t('inspector.empty')}</p>
      </section>
    );
  }
  const actor = graph.getNodeAttribute(selected, 'actor');
  const number = new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 1 });
  const names = new Map<string, string>([
    ...model.materials.map((m) => [m.id, localize(m.name, language)] as const),
    ...graph.mapNodes((id, a) => [id, localize(a.actor.name, language)] as const),
  ]);
  const cluster = actor.kind === 'enterprise' ? model.clusters.find((c) => c.id === actor.cluster) : undefined;
  const enterprise = actor.kind === 'enterprise' ? model.enterprises.find((e) => e.id === selected) : undefined;
  const onEdit = props.onEdit;
  const editable = enterprise !== undefined && onEdit !== undefined;
  const own = findingsOf(findings, selected);
  const tables = { names, number, t };
  return (
    <section className="inspector" data-testid="inspector" aria-label={t('inspector.title')}>
      <header>
        <h2>{localize(actor.name, language)}</h2>
        <button type="button" onClick={props.onClose} aria-label={t('inspector.close')}>
          ×
        </button>
      </header>
      <dl>
        {actor.kind === 'enterprise' ? (
          <>
            <dt>{t('inspector.cluster')}</dt>
            <dd>{cluster ? localize(cluster.name, language) : actor.cluster}</dd>
            <dt>{t('inspector.role')}</dt>
            <dd>{ROLE_LABELS[actor.role][language]}</dd>
            {!editable && (
              <>
                <dt>{t('inspector.status')}</dt>
                <dd>{ENTERPRISE_STATUS_LABELS[actor.status][language]}</dd>
              </>
            )}
          </>
        ) : (
          <dd>{t('inspector.boundary')}</dd>
        )}
      </dl>
      {enterprise && onEdit && (
        <EnterpriseEditor key={enterprise.id} model={model} enterprise={enterprise} onEdit={onEdit} />
      )}
      {enterprise && onEdit && (
        <p className="inspector-actions">
          <button
            type="button"
            data-testid="open-enterprise-form"
            aria-haspopup="dialog"
            onClick={() => setFormOf(enterprise.id)}
          >
            {t('inspect.editItem')}
          </button>{' '}
          <button
            type="button"
            data-testid="open-streams"
            aria-haspopup="dialog"
            onClick={() => setStreamsOf(enterprise.id)}
          >
            {t('forms.stream.open')}
          </button>
        </p>
      )}
      {enterprise && onEdit && formOf === enterprise.id && (
        <ItemForm
          kind="enterprises"
          editing={enterprise.id}
          model={model}
          onEdit={onEdit}
          onClose={() => setFormOf(null)}
        />
      )}
      {enterprise && onEdit && streamsOf === enterprise.id && (
        <StreamsForm model={model} enterpriseId={enterprise.id} onEdit={onEdit} onClose={() => setStreamsOf(null)} />
      )}
      {props.metrics && <ActorMetricsList metrics={props.metrics} />}
      {actor.kind === 'enterprise' && (
        <>
          <StreamTable
            title={t('inspector.inputs')}
            parkHeader={t('inspector.fromPark')}
            rows={details.inputs}
            {...tables}
          />
          <StreamTable
            title={t('inspector.outputs')}
            parkHeader={t('inspector.toPark')}
            rows={details.outputs}
            {...tables}
          />
        </>
      )}
      <FlowTable title={t('inspector.flowsIn', { count: details.flowsIn.length })} rows={details.flowsIn} {...tables} />
      <FlowTable
        title={t('inspector.flowsOut', { count: details.flowsOut.length })}
        rows={details.flowsOut}
        {...tables}
      />
      <h3>{t('inspector.findings', { count: own.length })}</h3>
      <ul className="inspector-findings">
        {own.map((finding) => (
          <FindingItem
            key={finding.id}
            finding={finding}
            active={finding.id === highlighted}
            onToggle={props.onToggleFinding}
          />
        ))}
      </ul>
    </section>
  );
}
