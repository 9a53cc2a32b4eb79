/** Adding a material: id, names, category, unit (from core's unit table), optional hazardous waste code. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_LABELS } from '../../../core/model/labels.ts';
import { MATERIAL_CATEGORIES } from '../../../core/model/schema.ts';
import type { Language, MaterialCategory, ParkModel } from '../../../core/model/types.ts';
import { createMaterial, suggestId, type MaterialDraft } from '../../state/createEntities.ts';
import { FormDialog } from './FormDialog.tsx';
import { FormField } from './FormField.tsx';
import { NameFields } from './NameFields.tsx';
import { UnitSelect } from './UnitSelect.tsx';
import { useCommit, type EditSink } from './useCommit.ts';

interface MaterialFormProps {
  readonly model: ParkModel;
  readonly language: Language;
  readonly onEdit: EditSink;
  readonly onClose: () => void;
}

export function MaterialForm({ model, language, onEdit, onClose }: MaterialFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Omit<MaterialDraft, 'id'>>({
    nameZh: '',
    nameEn: '',
    category: 'by-product',
    unit: 't/a',
    hazardousWasteCode: '',
  });
  const [typedId, setTypedId] = useState<string | null>(null);
  const id = typedId ?? suggestId(model, 'materials', draft);
  const creation = useMemo(() => createMaterial(model, { ...draft, id }), [model, draft, id]);
  const commit = useCommit(onEdit, onClose);
  const change = (part: Partial<MaterialDraft>) => {
    setDraft((d) => ({ ...d, ...part }));
    commit.clear();
  };
  return (
    <FormDialog
      testId="material-form"
      title={t('forms.material.title')}
      language={language}
      problems={[...(creation.errors.get('') ?? []), ...commit.refused]}
      canSave={creation.edit !== null}
      onSave={() => commit.save(creation.edit)}
      onClose={onClose}
    >
      <NameFields zh={draft.nameZh} en={draft.nameEn} creation={creation} language={language} onChange={change} />
      <FormField label={t('forms.id')} field="id" creation={creation} language={language} hint={t('forms.idHint')}>
        {(control) => <input {...control} value={id} onChange={(e) => setTypedId(e.target.value)} />}
      </FormField>
      <FormField label={t('forms.category')} field="category" creation={creation} language={language}>
        {(control) => (
          <select
            {...control}
            value={draft.category}
            onChange={(e) => change({ category: e.target.value as MaterialCategory })}
          >
            {MATERIAL_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {CATEGORY_LABELS[category][language]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('forms.unit')} field="unit" creation={creation} language={language}>
        {(control) => (
          <UnitSelect control={control} value={draft.unit} language={language} onChange={(unit) => change({ unit })} />
        )}
      </FormField>
      <FormField
        label={t('forms.hazardousWasteCode')}
        field="hazardousWasteCode"
        creation={creation}
        language={language}
        hint={t('forms.hazardousWasteCodeHint')}
      >
        {(control) => (
          <input
            {...control}
            value={draft.hazardousWasteCode}
            placeholder="HW08"
            onChange={(e) => change({ hazardousWasteCode: e.target.value })}
          />
        )}
      </FormField>
    </FormDialog>
  );
}
