/**
 * The shell of every item form: a native modal `<dialog>` (focus is kept
 * inside it, Esc closes it), a title, the fields, the problems that concern
 * the model as a whole, and save / cancel. Saving is one undoable step.
 */
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../core/model/problems.ts';
import { FieldsSpeak, ProblemList } from './FormField.tsx';
import './forms.css';

interface FormDialogProps {
  readonly testId: string;
  readonly title: string;
  /** Problems not tied to one field, e.g. those the store refused the step with. */
  readonly problems: readonly Problem[];
  /** Warnings about other items the step touches (the sender's over-allocated output). */
  readonly warnings?: readonly Problem[];
  /** False while an error stands: the save button says so instead of saving. */
  readonly canSave: boolean;
  readonly onSave: () => void;
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** Replaces the save button (a form that saves as it goes). */
  readonly footer?: ReactNode;
}

export function FormDialog(props: FormDialogProps) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Problems show once the user has changed something or tried to save, not on a form just opened.
  const [speaking, setSpeaking] = useState(false);
  useEffect(() => {
    const element = dialog.current;
    // jsdom has no showModal; a browser always does.
    if (element && !element.open) element.showModal?.();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (props.canSave) props.onSave();
    else setSpeaking(true);
  };
  return (
    <dialog
      ref={dialog}
      className="form-dialog"
      data-testid={props.testId}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        props.onClose();
      }}
    >
      <form onSubmit={submit} onChange={() => setSpeaking(true)} noValidate>
        <h2 id={titleId}>{props.title}</h2>
        <FieldsSpeak value={speaking}>{props.children}</FieldsSpeak>
        <ProblemList problems={props.problems} kind="error" testId="form-error" />
        <ProblemList problems={props.warnings ?? []} kind="warning" testId="form-warning" />
        <footer>
          {props.footer ?? (
            <button type="submit" data-testid="form-save" aria-disabled={!props.canSave}>
              {t('forms.save')}
            </button>
          )}
          <button type="button" data-testid="form-cancel" onClick={props.onClose}>
            {props.footer ? t('forms.close') : t('forms.cancel')}
          </button>
        </footer>
      </form>
    </dialog>
  );
}
