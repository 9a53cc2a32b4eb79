/**
 * Editing one enterprise: its name in both languages (checked as it is
 * typed, saved on Enter or on leaving the field, Esc restores it) and its
 * status. Each change is one undoable step; a refused one is shown at its field.
 */
import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTERPRISE_STATUS_LABELS } from '../../core/model/labels.ts';
import { formatProblem, type Problem } from '../../core/model/problems.ts';
import { ENTERPRISE_STATUSES } from '../../core/model/schema.ts';
import type { Enterprise, EnterpriseStatus, Language, ParkModel } from '../../core/model/types.ts';
import { languageTag } from '../../core/text/language.ts';
import { renameEnterprise, setEnterpriseStatus } from '../model/inspectorEdits.ts';
import type { ModelEdit } from '../model/modelEdit.ts';
import { nameProblems, normaliseName } from '../model/typedName.ts';
import type { CommitResult } from '../model/history.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

interface EnterpriseEditorProps {
  readonly model: ParkModel;
  readonly enterprise: Enterprise;
  readonly onEdit: (edit: ModelEdit) => CommitResult;
}

export function EnterpriseEditor({ model, enterprise, onEdit }: EnterpriseEditorProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const id = useId();
  const saved = { zh: enterprise.name.zh ?? '', en: enterprise.name.en ?? '' };
  const [draft, setDraft] = useState(saved);
  const [refused, setRefused] = useState<readonly Problem[]>([]);
  const [statusRefused, setStatusRefused] = useState<readonly Problem[]>([]);
  // The saved name changed (this edit landed, or an undo or redo): the field shows it again.
  const savedKey = `${saved.zh}\n${saved.en}`;
  const [shownKey, setShownKey] = useState(savedKey);
  if (shownKey !== savedKey) {
    setShownKey(savedKey);
    setDraft(saved);
    setRefused([]);
  }
  const name = normaliseName(draft);
  // Live: core validation of the name as typed; on saving, of the whole model.
  const problems = refused.length > 0 ? refused : nameProblems(name);
  const changed = draft.zh !== saved.zh || draft.en !== saved.en;

  const saveName = () => {
    if (!changed || nameProblems(name).length > 0) return;
    const edit = renameEnterprise(model, enterprise.id, name);
    if (!edit) return;
    const result = onEdit(edit);
    setRefused(result.ok ? [] : result.errors);
  };
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    saveName();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter that confirms a Chinese input method's composition is not the user's Enter.
    if (event.nativeEvent.isComposing) return;
    if (event.key === 'Enter') {
      // Two text fields and no submit button: the browser would not submit on Enter by itself.
      event.preventDefault();
      saveName();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDraft(saved);
      setRefused([]);
    }
  };
  const type = (language: Language, value: string) => {
    setDraft((d) => ({ ...d, [language]: value }));
    setRefused([]);
  };
  const chooseStatus = (status: EnterpriseStatus) => {
    const edit = setEnterpriseStatus(model, enterprise.id, status);
    if (!edit) return;
    const result = onEdit(edit);
    setStatusRefused(result.ok ? [] : result.errors);
  };

  const invalid = problems.length > 0;
  return (
    <form className="enterprise-editor" data-testid="enterprise-editor" onSubmit={onSubmit} noValidate>
      <fieldset>
        <legend>{t('editor.title')}</legend>
        {(['zh', 'en'] as const).map((lang) => (
          <label key={lang}>
            <span>{t(`editor.name.${lang}`)}</span>
            <input
              type="text"
              data-testid={`edit-name-${lang}`}
              value={draft[lang]}
              lang={languageTag(lang)}
              aria-invalid={invalid}
              aria-describedby={invalid ? `${id}-name-error` : `${id}-name-hint`}
              onChange={(event) => type(lang, event.target.value)}
              onKeyDown={onKeyDown}
              onBlur={saveName}
            />
          </label>
        ))}
        {invalid ? (
          <ul className="field-error" id={`${id}-name-error`} data-testid="name-error" role="alert">
            {problems.map((p, i) => (
              <li key={i}>{formatProblem(p, language)}</li>
            ))}
          </ul>
        ) : (
          <p className="note" id={`${id}-name-hint`}>
            {t('editor.nameHint')}
          </p>
        )}
        <label>
          <span>{t('editor.status')}</span>
          <select
            data-testid="edit-status"
            value={enterprise.status}
            aria-invalid={statusRefused.length > 0}
            onChange={(event) => chooseStatus(event.target.value as EnterpriseStatus)}
          >
            {ENTERPRISE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {ENTERPRISE_STATUS_LABELS[status][language]}
              </option>
            ))}
          </select>
        </label>
        {statusRefused.length > 0 && (
          <ul className="field-error" role="alert">
            {statusRefused.map((p, i) => (
              <li key={i}>{formatProblem(p, language)}</li>
            ))}
          </ul>
        )}
      </fieldset>
    </form>
  );
}
