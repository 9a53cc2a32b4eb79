/**
 * An item's id: suggested from its name while adding (until typed over);
 * fixed while editing, because flows, streams and chains refer to it.
 */
import { useTranslation } from 'react-i18next';
import type { FormCheck } from './formCheck.ts';
import { FormField } from './FormField.tsx';

interface IdFieldProps {
  readonly value: string;
  readonly editing: boolean;
  readonly check: Pick<FormCheck, 'errors' | 'warnings'>;
  readonly onChange: (id: string) => void;
  /** The hint while adding, when the id is not made from the name. */
  readonly addingHint?: string;
}

export function IdField({ value, editing, check, onChange, addingHint }: IdFieldProps) {
  const { t } = useTranslation();
  return (
    <FormField
      label={t('forms.id')}
      field="id"
      check={check}
      hint={editing ? t('forms.idFixed') : (addingHint ?? t('forms.idHint'))}
    >
      {(control) => <input {...control} value={value} readOnly={editing} onChange={(e) => onChange(e.target.value)} />}
    </FormField>
  );
}
