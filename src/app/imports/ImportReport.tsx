/**
 * The import report: per kind of record how many would be created, updated
 * and removed (with the first names), then every problem with its file,
 * sheet, row and column in the UI language. Names and messages come from the
 * user's file: they are rendered as text, never as markup.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatPath, type Problem } from '../../core/model/problems.ts';
import type { Language } from '../../core/model/types.ts';
import { message } from '../../core/text/message.ts';
import {
  reportErrors,
  reportWarnings,
  summariseReport,
  type ImportReport as Report,
  type NameList,
} from './importReport.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

/** Problems listed; a file with 100 000 bad rows must not become 100 000 list items. */
const PROBLEMS_SHOWN = 200;

interface ImportReportProps {
  readonly report: Report;
  /** Shown between the changes and the problems: the merge step (MergeStep.tsx), where the parent offers one. */
  readonly mergeStep?: ReactNode;
}

export function ImportReport({ report, mergeStep }: ImportReportProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const summary = summariseReport(report, language);
  const errors = reportErrors(report);
  const warnings = reportWarnings(report);
  const problems = [...errors, ...warnings];
  const separator = message(language, 'common:listSeparator');
  const cell = (list: NameList) => (
    <>
      <strong>{list.count}</strong>
      {list.names.length > 0 && (
        <span className="transfer-names">
          {list.names.join(separator)}
          {list.count > list.names.length ? t('transfer.andMore', { count: list.count - list.names.length }) : ''}
        </span>
      )}
    </>
  );
  return (
    <section className="transfer-report" data-testid="import-report" aria-labelledby="import-report-title">
      <h3 id="import-report-title">{t('transfer.reportTitle', { file: report.source })}</h3>
      <p data-testid="import-verdict" role={errors.length > 0 ? 'alert' : 'status'}>
        {errors.length > 0
          ? t('transfer.verdictErrors', { count: errors.length })
          : summary?.unchanged
            ? t('transfer.verdictUnchanged')
            : t('transfer.verdictChanges')}
      </p>
      {summary && (
        <table className="transfer-summary" data-testid="import-summary">
          <thead>
            <tr>
              <th scope="col">{t('transfer.kindHeader')}</th>
              <th scope="col">{t('transfer.created')}</th>
              <th scope="col">{t('transfer.updated')}</th>
              <th scope="col">{t('transfer.removed')}</th>
              <th scope="col">{t('transfer.unchanged')}</th>
            </tr>
          </thead>
          <tbody>
            {summary.kinds.map((row) => (
              <tr key={row.kind} data-testid={`import-kind-${row.kind}`}>
                <th scope="row">{t(`transfer.kind.${row.kind}`)}</th>
                <td data-testid={`import-${row.kind}-created`}>{cell(row.created)}</td>
                <td data-testid={`import-${row.kind}-updated`}>{cell(row.updated)}</td>
                <td data-testid={`import-${row.kind}-removed`}>{cell(row.removed)}</td>
                <td>{row.unchanged}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {summary && summary.parkFields.length > 0 && (
        <p data-testid="import-park-fields">{t('transfer.parkFields', { fields: summary.parkFields.join(', ') })}</p>
      )}
      {mergeStep}
      {problems.length > 0 && (
        <>
          <h4>{t('transfer.problems', { errors: errors.length, warnings: warnings.length })}</h4>
          <ul className="transfer-problems" data-testid="import-problems">
            {problems.slice(0, PROBLEMS_SHOWN).map((p, i) => (
              <li key={i} data-testid="import-problem" data-severity={p.severity} className={p.severity}>
                <span className="transfer-severity">{t(`transfer.severity.${p.severity}`)}</span>{' '}
                {problemText(p, language, t)}
              </li>
            ))}
          </ul>
          {problems.length > PROBLEMS_SHOWN && (
            <p>{t('transfer.moreProblems', { count: problems.length - PROBLEMS_SHOWN })}</p>
          )}
        </>
      )}
    </section>
  );
}

/** `flows.csv, row 3, column E "quantity", flows[1].quantity: message`, with the place words translated. */
function problemText(p: Problem, language: Language, t: TFunction): string {
  const where = p.location ?? {};
  const parts = [
    where.file ? t('transfer.at.file', { file: where.file }) : '',
    where.sheet !== undefined ? t('transfer.at.sheet', { sheet: where.sheet }) : '',
    where.line !== undefined ? t('transfer.at.line', { line: where.line }) : '',
    where.row !== undefined ? t('transfer.at.row', { row: where.row }) : '',
    where.column !== undefined ? t('transfer.at.column', { column: where.column }) : '',
    p.path.length > 0 ? formatPath(p.path) : '',
  ].filter((part) => part !== '');
  return parts.length === 0
    ? p.message[language]
    : `${parts.join(message(language, 'common:clauseSeparator'))}: ${p.message[language]}`;
}
