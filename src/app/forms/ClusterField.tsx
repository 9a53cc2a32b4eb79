/** The cluster an enterprise or chain belongs to, chosen among the model's clusters. */
import { useTranslation } from 'react-i18next';
import { localize } from '../../core/model/labels.ts';
import type { ParkModel } from '../../core/model/types.ts';
import type { FormCheck } from './formCheck.ts';
import { FormField } from './FormField.tsx';
import { useLanguage } from '../i18n/useLanguage.ts';

interface ClusterFieldProps {
  readonly model: ParkModel;
  readonly value: string;
  readonly check: Pick<FormCheck, 'errors' | 'warnings'>;
  readonly onChange: (cluster: string) => void;
}

export function ClusterField({ model, value, check, onChange }: ClusterFieldProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <FormField label={t('forms.cluster')} field="cluster" check={check}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
          {model.clusters.map((c) => (
            <option key={c.id} value={c.id}>
              {localize(c.name, language)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
