/**
 * The first edits of a model in the app: an enterprise's name and status.
 * Each is a pure function from a model to the next one, sharing every
 * object it does not change (the undo history keeps references), with a
 * label in both languages for the undo and redo buttons.
 */
import { ENTERPRISE_STATUS_LABELS, localize } from '../../core/model/labels.ts';
import type { Problem } from '../../core/model/problems.ts';
import { localizedTextSchema } from '../../core/model/schema.ts';
import { issuesToProblems } from '../../core/model/schemaIssues.ts';
import type { Enterprise, EnterpriseStatus, LocalizedText, ParkModel } from '../../core/model/types.ts';
import type { StepLabel } from './history.ts';

export interface ModelEdit {
  readonly model: ParkModel;
  readonly label: StepLabel;
}

/** A name as typed: trimmed, and a language left empty is no name in that language. */
export function normaliseName(typed: { readonly zh: string; readonly en: string }): LocalizedText {
  const zh = typed.zh.trim();
  const en = typed.en.trim();
  return { ...(zh === '' ? {} : { zh }), ...(en === '' ? {} : { en }) };
}

/** What core validation says about a name on its own, with paths relative to the name (`zh`, `en`). */
export function nameProblems(name: LocalizedText): readonly Problem[] {
  const result = localizedTextSchema.safeParse(name);
  return result.success ? [] : issuesToProblems(result.error.issues, name);
}

export function renameEnterprise(model: ParkModel, id: string, name: LocalizedText): ModelEdit | null {
  const enterprise = model.enterprises.find((e) => e.id === id);
  if (!enterprise || sameName(enterprise.name, name)) return null;
  const before = { zh: localize(enterprise.name, 'zh'), en: localize(enterprise.name, 'en') };
  return {
    model: replaceEnterprise(model, enterprise, { ...enterprise, name }),
    label: {
      zh: `重命名企业“${before.zh}”为“${localize(name, 'zh')}”`,
      en: `Rename enterprise “${before.en}” to “${localize(name, 'en')}”`,
    },
  };
}

export function setEnterpriseStatus(model: ParkModel, id: string, status: EnterpriseStatus): ModelEdit | null {
  const enterprise = model.enterprises.find((e) => e.id === id);
  if (!enterprise || enterprise.status === status) return null;
  const label = ENTERPRISE_STATUS_LABELS[status];
  return {
    model: replaceEnterprise(model, enterprise, { ...enterprise, status }),
    label: {
      zh: `将企业“${localize(enterprise.name, 'zh')}”的状态改为“${label.zh}”`,
      en: `Set the status of “${localize(enterprise.name, 'en')}” to ${label.en}`,
    },
  };
}

export function replaceEnterprise(model: ParkModel, before: Enterprise, after: Enterprise): ParkModel {
  return { ...model, enterprises: model.enterprises.map((e) => (e === before ? after : e)) };
}

function sameName(a: LocalizedText, b: LocalizedText): boolean {
  return a.zh === b.zh && a.en === b.en;
}
