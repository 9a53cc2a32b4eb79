/** Adding an enterprise: id (suggested from the English name until typed), names, cluster, role, status. */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTERPRISE_STATUS_LABELS, ROLE_LABELS } from '../../../core/model/labels.ts';
import { ENTERPRISE_ROLES, ENTERPRISE_STATUSES } from '../../../core/model/schema.ts';
import type { EnterpriseRole, EnterpriseStatus, Language, ParkModel } from '../../../core/model/types.ts';
import { createEnterprise, suggestId, type EnterpriseDraft } from '../../state/createEntities.ts';
import { FormDialog } from './FormDialog.tsx';
import { ClusterField } from './ClusterField.tsx';
import { FormField } from './FormField.tsx';
import { NameFields } from './NameFields.tsx';
import { useCommit, type EditSink } from './useCommit.ts';

interface EnterpriseFormProps {
  readonly model: ParkModel;
  readonly language: Language;
  readonly onEdit: EditSink;
  readonly onClose: () => void;
}

export function EnterpriseForm({ model, language, onEdit, onClose }: EnterpriseFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Omit<EnterpriseDraft, 'id'>>({
    nameZh: '',
    nameEn: '',
    cluster: model.clusters[0]?.id ?? '',
    role: 'producer',
    status: 'planned',
  });
  const [typedId, setTypedId] = useState<string | null>(null);
  const id = typedId ?? suggestId(model, 'enterprises', draft);
  const creation = useMemo(() => createEnterprise(model, { ...draft, id }), [model, draft, id]);
  const commit = useCommit(onEdit, onClose);
  const change = (part: Partial<EnterpriseDraft>) => {
    setDraft((d) => ({ ...d, ...part }));
    commit.clear();
  };
  return (
    <FormDialog
      testId="enterprise-form"
      title={t('forms.enterprise.title')}
      language={language}
      problems={[...(creation.errors.get('') ?? []), ...commit.refused]}
      canSave={creation.edit !== null}
      onSave={() => commit.save(creation.edit)}
      onClose={onClose}
    >
      <NameFields
        zh={draft.nameZh}
        en={draft.nameEn}
        creation={creation}
        language={language}
        onChange={(name) => change(name)}
      />
      <FormField label={t('forms.id')} field="id" creation={creation} language={language} hint={t('forms.idHint')}>
        {(control) => <input {...control} value={id} onChange={(e) => setTypedId(e.target.value)} />}
      </FormField>
      <ClusterField
        model={model}
        value={draft.cluster}
        creation={creation}
        language={language}
        onChange={(cluster) => change({ cluster })}
      />
      <FormField label={t('forms.role')} field="role" creation={creation} language={language}>
        {(control) => (
          <select {...control} value={draft.role} onChange={(e) => change({ role: e.target.value as EnterpriseRole })}>
            {ENTERPRISE_ROLES.map((role) => (
              <option key={role} value={role}>
                {ROLE_LABELS[role][language]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('forms.status')} field="status" creation={creation} language={language}>
        {(control) => (
          <select
            {...control}
            value={draft.status}
            onChange={(e) => change({ status: e.target.value as EnterpriseStatus })}
          >
            {ENTERPRISE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {ENTERPRISE_STATUS_LABELS[status][language]}
              </option>
            ))}
          </select>
        )}
      </FormField>
    </FormDialog>
  );
}
