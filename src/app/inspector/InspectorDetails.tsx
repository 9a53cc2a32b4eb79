/** The inspector's parts for an enterprise's metrics, a flow and a material. Text only: names are user data. */
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../core/analysis/finding.ts';
import { CATEGORY_LABELS, FLOW_STATUS_LABELS, localize } from '../../core/model/labels.ts';
import { numberLocale } from '../i18n/language.ts';
import type { ActorMetrics, FlowDetails, MaterialDetails } from './inspectTargets.ts';
import { FindingItem } from '../analysis/FindingList.tsx';
import { FlowRecordRows } from './FlowRecordRows.tsx';
import { useLanguage } from '../i18n/useLanguage.ts';

type NameOf = (id: string) => string;

export function ActorMetricsList({ metrics }: { readonly metrics: ActorMetrics }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const number = new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 3 });
  return (
    <>
      <h3>{t('inspect.metrics')}</h3>
      <dl data-testid="actor-metrics">
        <dt>{t('inspect.throughflow')}</dt>
        <dd>
          {number.format(metrics.throughflow)} {metrics.unit}
        </dd>
        <dt>{t('inspect.partners')}</dt>
        <dd>{t('inspect.partnerCounts', { providers: metrics.providers, customers: metrics.customers })}</dd>
        <dt>{t('inspect.betweenness')}</dt>
        <dd>
          {metrics.betweenness === null ? '–' : number.format(metrics.betweenness)}
          {metrics.sampled ? ` (${t('inspect.sampled')})` : ''}
        </dd>
        <dt>{t('inspect.rank')}</dt>
        <dd>{t('inspect.rankOf', { rank: metrics.rank, of: metrics.of })}</dd>
      </dl>
      {(metrics.keystone || metrics.articulationPoint) && (
        <p className="note">
          {[metrics.keystone ? t('inspect.keystone') : '', metrics.articulationPoint ? t('inspect.articulation') : '']
            .filter((s) => s !== '')
            .join(' · ')}
        </p>
      )}
    </>
  );
}

interface FindingsProps {
  readonly findings: readonly Finding[];
  readonly highlighted: string | null;
  readonly onToggleFinding: (finding: Finding) => void;
}

function InspectedFindings({ findings, highlighted, onToggleFinding }: FindingsProps) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t('inspector.findings', { count: findings.length })}</h3>
      <ul className="inspector-findings">
        {findings.map((finding) => (
          <FindingItem
            key={finding.id}
            finding={finding}
            active={finding.id === highlighted}
            onToggle={onToggleFinding}
          />
        ))}
      </ul>
    </>
  );
}

export function FlowInspector(
  props: FindingsProps & {
    readonly details: FlowDetails;
    readonly nameOf: NameOf;
    readonly onClose: () => void;
    /** Opens the item's form; absent where the model cannot be edited. */
    readonly onOpenForm?: () => void;
  },
) {
  const { details, nameOf } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const { flow, material } = details;
  const number = new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 2 });
  return (
    <section className="inspector" data-testid="inspector" aria-label={t('inspect.flow')}>
      <header>
        <h2>{localize(material?.name, language) || flow.material}</h2>
        <button type="button" onClick={props.onClose} aria-label={t('inspector.close')}>
          ×
        </button>
      </header>
      <dl>
        <dt>{t('inspect.route')}</dt>
        <dd>
          {nameOf(flow.from)} → {nameOf(flow.to)}
        </dd>
        <dt>{t('inspect.quantity')}</dt>
        <dd>
          {flow.quantity === undefined ? t('inspect.noQuantity') : `${number.format(flow.quantity)} ${flow.unit ?? ''}`}
          {flow.estimated ? ` (${t('inspect.estimated')})` : ''}
        </dd>
        {flow.basis && (
          <>
            <dt>{t('inspect.basis')}</dt>
            <dd>{flow.basis}</dd>
          </>
        )}
        <dt>{t('inspector.status')}</dt>
        <dd>{FLOW_STATUS_LABELS[flow.status][language]}</dd>
        {material && (
          <>
            <dt>{t('inspect.category')}</dt>
            <dd>{CATEGORY_LABELS[material.category][language]}</dd>
          </>
        )}
        {flow.transport && (
          <>
            <dt>{t('inspect.transport')}</dt>
            <dd>
              {flow.transport.mode}
              {flow.transport.distanceKm === undefined ? '' : ` · ${number.format(flow.transport.distanceKm)} km`}
            </dd>
          </>
        )}
        <FlowRecordRows details={details} />
      </dl>
      <OpenFormButton onOpenForm={props.onOpenForm} />
      <InspectedFindings {...props} findings={details.findings} />
    </section>
  );
}

export function MaterialInspector(
  props: FindingsProps & {
    readonly details: MaterialDetails;
    readonly nameOf: NameOf;
    readonly onClose: () => void;
    /** Opens the item's form; absent where the model cannot be edited. */
    readonly onOpenForm?: () => void;
  },
) {
  const { details, nameOf } = props;
  const { t } = useTranslation();
  const language = useLanguage();
  const { material } = details;
  const list = (ids: readonly string[]) => (ids.length === 0 ? t('inspector.none') : ids.map(nameOf).join(', '));
  return (
    <section className="inspector" data-testid="inspector" aria-label={t('inspect.material')}>
      <header>
        <h2>{localize(material.name, language) || material.id}</h2>
        <button type="button" onClick={props.onClose} aria-label={t('inspector.close')}>
          ×
        </button>
      </header>
      <dl>
        <dt>{t('inspect.category')}</dt>
        <dd>
          {CATEGORY_LABELS[material.category][language]}
          {material.hazardousWasteCode ? ` · ${material.hazardousWasteCode}` : ''}
        </dd>
        <dt>{t('inspect.unit')}</dt>
        <dd>{material.unit}</dd>
        <dt>{t('inspect.producers')}</dt>
        <dd>{list(details.producers)}</dd>
        <dt>{t('inspect.consumers')}</dt>
        <dd>{list(details.consumers)}</dd>
        <dt>{t('inspect.treaters')}</dt>
        <dd>{list(details.treaters)}</dd>
        <dt>{t('inspect.flowCount')}</dt>
        <dd>{details.flows.length}</dd>
      </dl>
      <OpenFormButton onOpenForm={props.onOpenForm} />
      <InspectedFindings {...props} findings={details.findings} />
    </section>
  );
}

function OpenFormButton({ onOpenForm }: { readonly onOpenForm: (() => void) | undefined }) {
  const { t } = useTranslation();
  if (!onOpenForm) return null;
  return (
    <p className="inspector-actions">
      <button type="button" data-testid="open-item-form" aria-haspopup="dialog" onClick={onOpenForm}>
        {t('inspect.editItem')}
      </button>
    </p>
  );
}
