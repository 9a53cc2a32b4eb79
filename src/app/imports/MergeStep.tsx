/**
 * The import report's merge step: each group of probable duplicate names
 * with the rows every spelling is on, and per group "keep apart" (the
 * default) or "merge as" one of its spellings. Applying re-reads the file
 * with those choices (the parent does that); until then the report shows
 * the previous reading, and says so. Names come from the user's file: they
 * are rendered as text.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateNameGroup } from '../../core/io/flowsCsvNames.ts';
import { rowsText } from '../../core/io/rowList.ts';
import { hasUnapplied, type MergeChoice, type MergeSession } from './importMerges.ts';
import { useLanguage } from '../i18n/useLanguage.ts';
import './merge.css';

interface MergeStepProps {
  readonly session: MergeSession;
  /** True while the file is read again: the choices wait. */
  readonly busy: boolean;
  readonly onChoose: (index: number, choice: MergeChoice) => void;
  readonly onApply: () => void;
}

export function MergeStep({ session, busy, onChoose, onApply }: MergeStepProps) {
  const { t } = useTranslation();
  const id = useId();
  const unapplied = hasUnapplied(session);
  return (
    <section className="merge-step" data-testid="merge-step" aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('merge.title')}</h4>
      <p className="note">{t('merge.help')}</p>
      <ol className="merge-groups">
        {session.groups.map((group, index) => (
          <MergeGroup
            key={index}
            name={`${id}-${index}`}
            group={group}
            chosen={session.chosen[index] as MergeChoice}
            applied={session.applied[index] as MergeChoice}
            disabled={busy}
            onChoose={(choice) => onChoose(index, choice)}
          />
        ))}
      </ol>
      <div className="merge-actions" aria-live="polite">
        <button type="button" data-testid="merge-apply" disabled={busy || !unapplied} onClick={onApply}>
          {busy ? t('merge.applying') : t('merge.apply')}
        </button>
        {unapplied && !busy && (
          <span className="merge-pending" data-testid="merge-pending">
            {t('merge.pending')}
          </span>
        )}
      </div>
    </section>
  );
}

interface MergeGroupProps {
  /** The radio group's name, unique on the page. */
  readonly name: string;
  readonly group: DuplicateNameGroup;
  readonly chosen: MergeChoice;
  readonly applied: MergeChoice;
  readonly disabled: boolean;
  readonly onChoose: (choice: MergeChoice) => void;
}

function MergeGroup({ name, group, chosen, applied, disabled, onChoose }: MergeGroupProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <li className="merge-group" data-testid="merge-group" data-kind={group.kind}>
      <p className="merge-group-title">
        {t(`merge.kind.${group.kind}`)}
        {applied.merge && (
          <span className="merge-status" data-testid="merge-status">
            {t('merge.merged', { name: applied.into })}
          </span>
        )}
      </p>
      <ul className="merge-spellings">
        {group.spellings.map((spelling) => (
          <li key={spelling.name} data-testid="merge-spelling">
            <span className="merge-name">{spelling.name}</span>{' '}
            <span className="merge-rows">{rowsText(spelling.rows)[language]}</span>
          </li>
        ))}
      </ul>
      <fieldset className="merge-options" disabled={disabled}>
        <legend className="visually-hidden">{t('merge.choice')}</legend>
        <label>
          <input
            type="radio"
            name={name}
            data-testid="merge-keep"
            checked={!chosen.merge}
            onChange={() => onChoose({ ...chosen, merge: false })}
          />
          {t('merge.keep')}
        </label>
        <label>
          <input
            type="radio"
            name={name}
            data-testid="merge-merge"
            checked={chosen.merge}
            onChange={() => onChoose({ ...chosen, merge: true })}
          />
          {t('merge.mergeAs')}
        </label>
        <select
          data-testid="merge-target"
          aria-label={t('merge.target')}
          value={chosen.into}
          // Picking a name is choosing to merge under it.
          onChange={(event) => onChoose({ merge: true, into: event.target.value })}
        >
          {group.spellings.map((spelling) => (
            <option key={spelling.name} value={spelling.name}>
              {spelling.name}
            </option>
          ))}
        </select>
      </fieldset>
    </li>
  );
}
