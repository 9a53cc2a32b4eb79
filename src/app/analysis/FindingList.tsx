/** Findings grouped by kind; each one toggles the highlight of its enterprises and flows. */
import { useTranslation } from 'react-i18next';
import type { Finding, FindingKind } from '../../core/analysis/finding.ts';
import { formatFindingSources } from '../../core/analysis/findingSources.ts';
import { findingKindTitle, groupFindingsByKind } from '../../core/analysis/presentation.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import { useShowChain } from '../outputs/chainRequest.ts';

interface FindingListProps {
  readonly findings: readonly Finding[];
  /** Each kind's count in the whole analysis, where the list is abridged. */
  readonly totals?: Readonly<Partial<Record<FindingKind, number>>> | undefined;
  readonly highlighted: string | null;
  readonly onToggle: (finding: Finding) => void;
}

export function FindingList({ findings, totals, highlighted, onToggle }: FindingListProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="findings">
      {groupFindingsByKind(findings).map((group, i) => (
        // The first group (the most pressing kind in report order) is open; the others are a click away.
        <details key={group.kind} open={i === 0}>
          <summary>
            {findingKindTitle(group.kind, language)} (
            {(totals?.[group.kind] ?? 0) > group.findings.length
              ? t('analysis.shownOf', { shown: group.findings.length, total: totals?.[group.kind] })
              : group.findings.length}
            )
          </summary>
          <ul>
            {group.findings.map((finding) => (
              <FindingItem key={finding.id} finding={finding} active={finding.id === highlighted} onToggle={onToggle} />
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}

interface FindingItemProps {
  readonly finding: Finding;
  readonly active: boolean;
  readonly onToggle: (finding: Finding) => void;
}

export function FindingItem({ finding, active, onToggle }: FindingItemProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const cited = formatFindingSources(finding, language);
  const showChain = useShowChain();
  const chain = finding.details && 'chain' in finding.details ? finding.details.chain : undefined;
  return (
    <li>
      <button
        type="button"
        className={`finding severity-${finding.severity}`}
        data-testid="finding"
        data-finding-id={finding.id}
        aria-pressed={active}
        onClick={() => onToggle(finding)}
      >
        <span className="severity" title={t(`severity.${finding.severity}`)}>
          {t(`severity.${finding.severity}`)}
        </span>
        {finding.reason[language]}
        {cited && <span className="finding-sources">{cited}</span>}
      </button>
      {chain !== undefined && showChain && (
        <button type="button" className="link" data-testid="finding-chain" onClick={() => showChain(chain)}>
          {t('analysis.showChain')}
        </button>
      )}
    </li>
  );
}
