/**
 * Asks what to do before deleting something others reference: an
 * enterprise's flows are deleted with it or rerouted to the park boundary;
 * a material in use is refused with where it is used, or deleted together
 * with its flows and declared streams. Each choice is one undoable step.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatProblem, type Problem } from '../../core/model/problems.ts';
import { localize } from '../../core/model/labels.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { isUnused, materialUses } from '../../core/scenario/materialUses.ts';
import { deleteEnterprise, deleteMaterial, enterpriseFlows } from '../model/deleteEdits.ts';
import type { ModelEdit } from '../model/modelEdit.ts';
import type { CommitResult } from '../model/history.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

/** How many of each kind of use the dialog names before "and n more". */
const SHOWN_USES = 5;

export interface DeleteRequest {
  readonly table: 'enterprises' | 'materials';
  readonly id: string;
}

interface DeleteDialogProps {
  readonly request: DeleteRequest;
  readonly model: ParkModel;
  readonly onEdit: (edit: ModelEdit) => CommitResult;
  readonly onClose: () => void;
}

export function DeleteDialog({ request, model, onEdit, onClose }: DeleteDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const dialog = useRef<HTMLDialogElement>(null);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  useEffect(() => {
    const element = dialog.current;
    // jsdom has no showModal; a browser always does.
    if (element && !element.open) element.showModal?.();
  }, []);
  const apply = (deletion: ModelEdit | null) => {
    if (!deletion) return onClose();
    const result = onEdit(deletion);
    if (result.ok) onClose();
    else setProblems(result.errors);
  };

  let body: ReactNode;
  let actions: ReactNode;
  if (request.table === 'enterprises') {
    const enterprise = model.enterprises.find((e) => e.id === request.id);
    const flows = enterpriseFlows(model, request.id);
    body = (
      <p>
        {t('table.deleteEnterprise', { name: localize(enterprise?.name, language), count: flows.length })}
        {flows.length > 0 && ` ${t('table.deleteEnterpriseFlows', { count: flows.length })}`}
      </p>
    );
    actions =
      flows.length > 0 ? (
        <>
          <button
            type="button"
            data-testid="delete-reroute"
            onClick={() => apply(deleteEnterprise(model, request.id, 'reroute'))}
          >
            {t('table.reroute')}
          </button>
          <button
            type="button"
            data-testid="delete-with-flows"
            onClick={() => apply(deleteEnterprise(model, request.id, 'delete-flows'))}
          >
            {t('table.deleteWithFlows')}
          </button>
        </>
      ) : (
        <button
          type="button"
          data-testid="delete-confirm"
          onClick={() => apply(deleteEnterprise(model, request.id, 'delete-flows'))}
        >
          {t('table.delete')}
        </button>
      );
  } else {
    const material = model.materials.find((m) => m.id === request.id);
    const uses = materialUses(model, request.id);
    const sole = uses.stages.filter((s) => s.sole);
    const more = (n: number) => (n > SHOWN_USES ? [t('table.andMore', { count: n - SHOWN_USES })] : []);
    const lists = [
      {
        key: 'flows',
        title: t('table.usedByFlows', { count: uses.flows.length }),
        items: [
          ...uses.flows.slice(0, SHOWN_USES).map((f) => `${f.id}: ${f.from} → ${f.to}`),
          ...more(uses.flows.length),
        ],
      },
      {
        key: 'streams',
        title: t('table.usedByStreams', { count: uses.streams.length }),
        items: [
          ...uses.streams
            .slice(0, SHOWN_USES)
            .map((s) => `${localize(s.enterpriseName, language)} (${t(`table.list.${s.list}`)})`),
          ...more(uses.streams.length),
        ],
      },
      {
        key: 'stages',
        title: t('table.usedByStages', { count: uses.stages.length }),
        items: [
          ...uses.stages
            .slice(0, SHOWN_USES)
            .map(
              (s) => `${localize(s.chainName, language)} #${s.stage + 1}${s.sole ? ` (${t('table.soleStage')})` : ''}`,
            ),
          ...more(uses.stages.length),
        ],
      },
    ].filter((list) => list.items.length > 0);
    body = isUnused(uses) ? (
      <p>{t('table.deleteMaterial', { name: localize(material?.name, language) })}</p>
    ) : (
      <>
        <p role="alert">{t('table.materialInUse', { name: localize(material?.name, language) })}</p>
        {lists.map((list) => (
          <div key={list.key} data-testid={`uses-${list.key}`}>
            <h3>{list.title}</h3>
            <ul>
              {list.items.map((item, i) => (
                <li key={i}>{item}</li>
              ))}
            </ul>
          </div>
        ))}
        {sole.length > 0 && <p>{t('table.soleStageHint')}</p>}
      </>
    );
    const deletion = () => {
      const result = deleteMaterial(model, request.id, { withUses: true });
      apply(result.ok ? result.edit : null);
    };
    actions = isUnused(uses) ? (
      <button type="button" data-testid="delete-confirm" onClick={deletion}>
        {t('table.delete')}
      </button>
    ) : (
      <button type="button" data-testid="delete-with-uses" disabled={sole.length > 0} onClick={deletion}>
        {t('table.deleteWithUses')}
      </button>
    );
  }

  return (
    <dialog
      ref={dialog}
      className="delete-dialog"
      data-testid="delete-dialog"
      aria-labelledby="delete-dialog-title"
      onCancel={onClose}
    >
      <h2 id="delete-dialog-title">{t('table.deleteTitle')}</h2>
      {body}
      {problems.length > 0 && (
        <ul className="field-error" role="alert">
          {problems.map((p, i) => (
            <li key={i}>{formatProblem(p, language)}</li>
          ))}
        </ul>
      )}
      <footer>
        {actions}
        <button type="button" data-testid="delete-cancel" autoFocus onClick={onClose}>
          {t('table.cancel')}
        </button>
      </footer>
    </dialog>
  );
}
