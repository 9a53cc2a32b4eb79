/** Adding or editing a material: names, id, category, unit (from core's unit table), optional hazardous waste code. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_LABELS } from '../../core/model/labels.ts';
import { MATERIAL_CATEGORIES } from '../../core/model/schema.ts';
import type { MaterialCategory, ParkModel } from '../../core/model/types.ts';
import { materialDraft, suggestId, type MaterialDraft } from './itemDrafts.ts';
import { saveMaterial } from './itemForms.ts';
import { FormDialog } from './FormDialog.tsx';
import { FormField } from './FormField.tsx';
import { IdField } from './IdField.tsx';
import { NameFields } from './NameFields.tsx';
import { UnitSelect } from './UnitSelect.tsx';
import type { EditSink } from './useCommit.ts';
import { useItemDraft } from './useItemDraft.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

interface MaterialFormProps {
  readonly model: ParkModel;
  /** The id of the material to edit; null adds one. */
  readonly editing: string | null;
  readonly onEdit: EditSink;
  readonly onClose: () => void;
}

export function MaterialForm({ model, editing, onEdit, onClose }: MaterialFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { draft, change, changeId, commit } = useItemDraft<MaterialDraft>(
    () => {
      const existing = model.materials.find((m) => m.id === editing);
      if (existing) return materialDraft(existing);
      return { id: '', nameZh: '', nameEn: '', category: 'by-product', unit: 't/a', hazardousWasteCode: '' };
    },
    (d) => suggestId(model, 'materials', d),
    editing,
    onEdit,
    onClose,
  );
  const check = useMemo(() => saveMaterial(model, draft, editing), [model, draft, editing]);
  return (
    <FormDialog
      testId="material-form"
      title={editing ? t('forms.material.editTitle') : t('forms.material.title')}
      {...commit.dialogProps(check)}
      onClose={onClose}
    >
      <NameFields zh={draft.nameZh} en={draft.nameEn} check={check} onChange={change} />
      <IdField value={draft.id} editing={editing !== null} check={check} onChange={changeId} />
      <FormField label={t('forms.category')} field="category" check={check}>
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
      <FormField
        label={t('forms.unit')}
        field="unit"
        check={check}
        hint={editing ? t('forms.material.unitHint') : undefined}
      >
        {(control) => <UnitSelect control={control} value={draft.unit} onChange={(unit) => change({ unit })} />}
      </FormField>
      <FormField
        label={t('forms.hazardousWasteCode')}
        field="hazardousWasteCode"
        check={check}
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
