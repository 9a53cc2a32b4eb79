/** A name in both languages: two fields whose problems are the name's (one language is enough). */
import { useTranslation } from 'react-i18next';
import type { FormCheck } from './formCheck.ts';
import { FormField } from './FormField.tsx';

interface NameFieldsProps {
  readonly zh: string;
  readonly en: string;
  readonly check: Pick<FormCheck, 'errors' | 'warnings'>;
  readonly onChange: (name: { nameZh?: string; nameEn?: string }) => void;
}

export function NameFields({ zh, en, check, onChange }: NameFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <FormField label={t('forms.nameZh')} field="name" check={check}>
        {(control) => (
          <input
            {...control}
            data-testid="field-nameZh"
            lang="zh-CN"
            value={zh}
            onChange={(e) => onChange({ nameZh: e.target.value })}
          />
        )}
      </FormField>
      <FormField label={t('forms.nameEn')} field="nameEn" check={{ errors: new Map(), warnings: new Map() }}>
        {(control) => (
          <input
            {...control}
            aria-invalid={(check.errors.get('name') ?? []).length > 0}
            data-testid="field-nameEn"
            lang="en"
            value={en}
            onChange={(e) => onChange({ nameEn: e.target.value })}
          />
        )}
      </FormField>
    </>
  );
}
