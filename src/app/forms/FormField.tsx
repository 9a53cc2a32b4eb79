/**
 * One labelled field of an item form with the problems core validation
 * found at it, as text, tied to the control by `aria-describedby`. Fields
 * say nothing until the user has changed something in the form or tried to
 * save it: a form just opened is not a list of mistakes. After that every
 * field speaks, since one change can cause a problem at another field (a new
 * receiver that does not declare the material).
 */
import { createContext, useContext, useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../core/model/problems.ts';
import { problemsAt, type FormCheck } from './formCheck.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

export interface ControlProps {
  readonly id: string;
  readonly 'aria-invalid': boolean;
  readonly 'aria-describedby'?: string;
  readonly 'data-testid': string;
}

interface FormFieldProps {
  readonly label: string;
  /** The field's key in the check's problems (`name`, `quantity`, `stages.1`). */
  readonly field: string;
  readonly check: Pick<FormCheck, 'errors' | 'warnings'>;
  /** Shown under the control while nothing is wrong. */
  readonly hint?: string;
  readonly children: (control: ControlProps) => ReactNode;
}

/** True once the user changed the form or tried to save it (FormDialog provides it). */
export const FieldsSpeak = createContext(true);

export function FormField({ label, field, check, hint, children }: FormFieldProps) {
  const id = useId();
  const speaks = useContext(FieldsSpeak);
  const errors = speaks ? problemsAt(check.errors, field) : [];
  const warnings = speaks ? problemsAt(check.warnings, field) : [];
  const described = errors.length + warnings.length > 0 || hint !== undefined;
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        'aria-invalid': errors.length > 0,
        ...(described ? { 'aria-describedby': `${id}-about` } : {}),
        'data-testid': `field-${field}`,
      })}
      <div id={`${id}-about`}>
        <ProblemList problems={errors} kind="error" testId={`error-${field}`} />
        <ProblemList problems={warnings} kind="warning" testId={`warning-${field}`} />
        {errors.length + warnings.length === 0 && hint && <p className="note">{hint}</p>}
      </div>
    </div>
  );
}

/** At most this many problems are listed: a material's new unit can break thousands of flows. */
const SHOWN_PROBLEMS = 12;

export function ProblemList(props: {
  readonly problems: readonly Problem[];
  readonly kind: 'error' | 'warning';
  readonly testId: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (props.problems.length === 0) return null;
  const hidden = props.problems.length - SHOWN_PROBLEMS;
  return (
    <ul
      className={props.kind === 'error' ? 'field-error' : 'field-warning'}
      data-testid={props.testId}
      role={props.kind === 'error' ? 'alert' : undefined}
    >
      {props.problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
        <li key={i}>{p.message[language]}</li>
      ))}
      {hidden > 0 && <li>{t('forms.moreProblems', { count: hidden })}</li>}
    </ul>
  );
}
