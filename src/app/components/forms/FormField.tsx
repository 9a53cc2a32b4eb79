/**
 * One labelled field of a create form with the problems core validation
 * found at it, as text, tied to the control by `aria-describedby`.
 */
import { useId, type ReactNode } from 'react';
import type { Language } from '../../../core/model/types.ts';
import type { Problem } from '../../../core/model/problems.ts';
import { problemsAt, type Creation } from '../../state/createEntities.ts';

export interface ControlProps {
  readonly id: string;
  readonly 'aria-invalid': boolean;
  readonly 'aria-describedby'?: string;
  readonly 'data-testid': string;
}

interface FormFieldProps {
  readonly label: string;
  /** The field's key in the creation's problems (`name`, `quantity`, `stages.1`). */
  readonly field: string;
  readonly creation: Pick<Creation, 'errors' | 'warnings'>;
  readonly language: Language;
  /** Shown under the control while nothing is wrong. */
  readonly hint?: string;
  readonly children: (control: ControlProps) => ReactNode;
}

export function FormField({ label, field, creation, language, hint, children }: FormFieldProps) {
  const id = useId();
  const errors = problemsAt(creation.errors, field);
  const warnings = problemsAt(creation.warnings, field);
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
        <ProblemList problems={errors} language={language} kind="error" testId={`error-${field}`} />
        <ProblemList problems={warnings} language={language} kind="warning" testId={`warning-${field}`} />
        {errors.length + warnings.length === 0 && hint && <p className="note">{hint}</p>}
      </div>
    </div>
  );
}

export function ProblemList(props: {
  readonly problems: readonly Problem[];
  readonly language: Language;
  readonly kind: 'error' | 'warning';
  readonly testId: string;
}) {
  if (props.problems.length === 0) return null;
  return (
    <ul
      className={props.kind === 'error' ? 'field-error' : 'field-warning'}
      data-testid={props.testId}
      role={props.kind === 'error' ? 'alert' : undefined}
    >
      {props.problems.map((p, i) => (
        <li key={i}>{p.message[props.language]}</li>
      ))}
    </ul>
  );
}
