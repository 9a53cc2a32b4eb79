/** The cluster an enterprise or chain belongs to, chosen among the model's clusters. */
import { useTranslation } from 'react-i18next';
import { localize } from '../../core/model/labels.ts';
import type { Language, ParkModel } from '../../core/model/types.ts';
import type { FormCheck } from './formCheck.ts';
import { FormField } from './FormField.tsx';

interface ClusterFieldProps {
  readonly model: ParkModel;
  readonly value: string;
  readonly check: Pick<FormCheck, 'errors' | 'warnings'>;
  readonly language: Language;
  readonly onChange: (cluster: string) => void;
}

export function ClusterField({ model, value, check, language, onChange }: ClusterFieldProps) {
  const { t } = useTranslation();
  return (
    <FormField label={t('forms.cluster')} field="cluster" check={check} language={language}>
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
