/**
 * The inspector's edits of one enterprise: its name and its status, each
 * the core change that sets that field (update-enterprise), with a label in
 * both languages for the undo and redo buttons. Null when there is nothing
 * to change.
 */
import { ENTERPRISE_STATUS_LABELS, localize } from '../../core/model/labels.ts';
import type { EnterpriseStatus, LocalizedText, ParkModel } from '../../core/model/types.ts';
import { appBilingual } from '../i18n/appMessage.ts';
import type { ModelEdit } from './modelEdit.ts';
import { sameName } from './typedName.ts';

export function renameEnterprise(model: ParkModel, id: string, name: LocalizedText): ModelEdit | null {
  const enterprise = model.enterprises.find((e) => e.id === id);
  if (!enterprise || sameName(enterprise.name, name)) return null;
  return {
    changes: [{ kind: 'update-enterprise', enterprise: id, set: { name } }],
    label: appBilingual('step.renameEnterprise', (language) => ({
      before: localize(enterprise.name, language),
      after: localize(name, language),
    })),
  };
}

export function setEnterpriseStatus(model: ParkModel, id: string, status: EnterpriseStatus): ModelEdit | null {
  const enterprise = model.enterprises.find((e) => e.id === id);
  if (!enterprise || enterprise.status === status) return null;
  const label = ENTERPRISE_STATUS_LABELS[status];
  return {
    changes: [{ kind: 'update-enterprise', enterprise: id, set: { status } }],
    label: appBilingual('step.setEnterpriseStatus', (language) => ({
      name: localize(enterprise.name, language),
      status: label[language],
    })),
  };
}
