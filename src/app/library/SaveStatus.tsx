/**
 * Whether the open model's changes are kept: saved, saving, failed (and
 * why), held back because another tab saved the model first ('conflict',
 * explained by the banner above the explorer), or not kept at all.
 */
import { useTranslation } from 'react-i18next';
import { formatProblem, type Problem } from '../../core/model/problems.ts';
import type { SaveStatus as Status } from './autosave.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

interface SaveStatusProps {
  readonly status: Status;
  readonly persistent: boolean;
  readonly problems: readonly Problem[];
}

export function SaveStatus({ status, persistent, problems }: SaveStatusProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const state = persistent ? status : 'not-kept';
  const detail = problems.map((p) => formatProblem(p, language)).join('\n');
  return (
    <span
      className={`save-status save-${state}`}
      data-testid="save-status"
      data-state={state}
      role="status"
      title={detail || undefined}
    >
      {t(`save.${state}`)}
    </span>
  );
}
