/**
 * Adding or editing an enterprise: names, id (suggested from the English
 * name while adding), cluster, role, status. While editing, its declared
 * streams open from here too.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTERPRISE_STATUS_LABELS, ROLE_LABELS } from '../../core/model/labels.ts';
import { ENTERPRISE_ROLES, ENTERPRISE_STATUSES } from '../../core/model/schema.ts';
import type { EnterpriseRole, EnterpriseStatus, ParkModel } from '../../core/model/types.ts';
import { enterpriseDraft, suggestId, type EnterpriseDraft } from './itemDrafts.ts';
import { saveEnterprise } from './itemForms.ts';
import { ClusterField } from './ClusterField.tsx';
import { FormDialog } from './FormDialog.tsx';
import { FormField } from './FormField.tsx';
import { IdField } from './IdField.tsx';
import { NameFields } from './NameFields.tsx';
import type { EditSink } from './useCommit.ts';
import { useItemDraft } from './useItemDraft.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

interface EnterpriseFormProps {
  readonly model: ParkModel;
  /** The id of the enterprise to edit; null adds one. */
  readonly editing: string | null;
  readonly onEdit: EditSink;
  readonly onClose: () => void;
  /** Opens the enterprise's declared streams (editing only). */
  readonly onStreams?: () => void;
}

export function EnterpriseForm({ model, editing, onEdit, onClose, onStreams }: EnterpriseFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { draft, change, changeId, commit } = useItemDraft<EnterpriseDraft>(
    () => {
      const existing = model.enterprises.find((e) => e.id === editing);
      if (existing) return enterpriseDraft(existing);
      const blank = { nameZh: '', nameEn: '', cluster: model.clusters[0]?.id ?? '' };
      return { id: '', ...blank, role: 'producer', status: 'planned' };
    },
    (d) => suggestId(model, 'enterprises', d),
    editing,
    onEdit,
    onClose,
  );
  const check = useMemo(() => saveEnterprise(model, draft, editing), [model, draft, editing]);
  const enterprise = model.enterprises.find((e) => e.id === editing);
  return (
    <FormDialog
      testId="enterprise-form"
      title={editing ? t('forms.enterprise.editTitle') : t('forms.enterprise.title')}
      {...commit.dialogProps(check)}
      onClose={onClose}
    >
      <NameFields zh={draft.nameZh} en={draft.nameEn} check={check} onChange={change} />
      <IdField value={draft.id} editing={editing !== null} check={check} onChange={changeId} />
      <ClusterField model={model} value={draft.cluster} check={check} onChange={(cluster) => change({ cluster })} />
      <FormField label={t('forms.role')} field="role" check={check}>
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
      <FormField label={t('forms.status')} field="status" check={check}>
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
      {enterprise && onStreams && (
        <p className="form-row">
          <span className="note">
            {t('forms.enterprise.streams', {
              inputs: enterprise.inputs.length,
              outputs: enterprise.outputs.length,
              capacities: enterprise.capacities.length,
            })}
          </span>
          <button
            type="button"
            data-testid="open-streams"
            aria-disabled={!check.edit && !check.unchanged}
            onClick={() => commit.saveThen(check, onStreams)}
          >
            {check.unchanged ? t('forms.stream.open') : t('forms.enterprise.saveThenStreams')}
          </button>
        </p>
      )}
    </FormDialog>
  );
}
