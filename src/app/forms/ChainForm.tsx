/**
 * Adding or editing a chain template: names, id, cluster and its ordered
 * stages, each named (optionally) and with one material or several
 * alternatives; stages move with buttons.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../core/model/labels.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { problemsAt } from './formCheck.ts';
import { chainDraft, moveStage, suggestId, type ChainDraft, type StageDraft } from './itemDrafts.ts';
import { saveChain } from './itemForms.ts';
import { ClusterField } from './ClusterField.tsx';
import { FormDialog } from './FormDialog.tsx';
import { FormField, ProblemList } from './FormField.tsx';
import { IdField } from './IdField.tsx';
import { NameFields } from './NameFields.tsx';
import type { EditSink } from './useCommit.ts';
import { useItemDraft } from './useItemDraft.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

interface ChainFormProps {
  readonly model: ParkModel;
  /** The id of the chain template to edit; null adds one. */
  readonly editing: string | null;
  readonly onEdit: EditSink;
  readonly onClose: () => void;
}

export function ChainForm({ model, editing, onEdit, onClose }: ChainFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const firstMaterial = model.materials[0]?.id ?? '';
  const blankStage = (): StageDraft => ({ materials: [firstMaterial], nameZh: '', nameEn: '' });
  const { draft, change, changeId, commit } = useItemDraft<ChainDraft>(
    () => {
      const existing = model.chains.find((c) => c.id === editing);
      if (existing) return chainDraft(existing);
      const cluster = model.clusters[0]?.id ?? '';
      return { id: '', nameZh: '', nameEn: '', cluster, stages: [blankStage(), blankStage()] };
    },
    (d) => suggestId(model, 'chains', d),
    editing,
    onEdit,
    onClose,
  );
  const check = useMemo(() => saveChain(model, draft, editing), [model, draft, editing]);
  const setStages = (stages: readonly StageDraft[]) => change({ stages });
  const setStage = (index: number, part: Partial<StageDraft>) =>
    setStages(draft.stages.map((s, i) => (i === index ? { ...s, ...part } : s)));
  const materials = useMemo(
    () => model.materials.map((m) => ({ id: m.id, name: localize(m.name, language) })),
    [model, language],
  );

  return (
    <FormDialog
      testId="chain-form"
      title={editing ? t('forms.chain.editTitle') : t('forms.chain.title')}
      {...commit.dialogProps(check)}
      onClose={onClose}
    >
      <NameFields zh={draft.nameZh} en={draft.nameEn} check={check} onChange={change} />
      <IdField value={draft.id} editing={editing !== null} check={check} onChange={changeId} />
      <ClusterField model={model} value={draft.cluster} check={check} onChange={(cluster) => change({ cluster })} />
      <fieldset className="chain-stages">
        <legend>{t('forms.chain.stages')}</legend>
        <p className="note">{t('forms.chain.stagesHint')}</p>
        <ProblemList problems={check.errors.get('stages') ?? []} kind="error" testId="error-stages" />
        <ol>
          {draft.stages.map((stage, index) => (
            <li key={index} data-testid="chain-stage">
              <fieldset>
                <legend>{t('forms.chain.stage', { index: index + 1 })}</legend>
                <div className="form-row">
                  <FormField label={t('forms.chain.stageNameZh')} field={`stages.${index}.name`} check={check}>
                    {(control) => (
                      <input
                        {...control}
                        lang="zh-CN"
                        data-testid="stage-name-zh"
                        value={stage.nameZh}
                        onChange={(e) => setStage(index, { nameZh: e.target.value })}
                      />
                    )}
                  </FormField>
                  <FormField label={t('forms.chain.stageNameEn')} field={`stages.${index}.nameEn`} check={check}>
                    {(control) => (
                      <input
                        {...control}
                        lang="en"
                        data-testid="stage-name-en"
                        value={stage.nameEn}
                        onChange={(e) => setStage(index, { nameEn: e.target.value })}
                      />
                    )}
                  </FormField>
                </div>
                {stage.materials.map((material, k) => (
                  <FormField
                    key={k}
                    label={t('forms.chain.alternative', { index: k + 1 })}
                    field={`stages.${index}.materials.${k}`}
                    check={check}
                  >
                    {(control) => (
                      <span className="form-row">
                        <select
                          {...control}
                          value={material}
                          onChange={(e) =>
                            setStage(index, {
                              materials: stage.materials.map((m, j) => (j === k ? e.target.value : m)),
                            })
                          }
                        >
                          {materials.map((m) => (
                            <option key={m.id} value={m.id}>
                              {m.name}
                            </option>
                          ))}
                        </select>
                        {stage.materials.length > 1 && (
                          <button
                            type="button"
                            aria-label={t('forms.chain.removeAlternative')}
                            onClick={() => setStage(index, { materials: stage.materials.filter((_, j) => j !== k) })}
                          >
                            ×
                          </button>
                        )}
                      </span>
                    )}
                  </FormField>
                ))}
                <ProblemList
                  problems={problemsAt(check.errors, `stages.${index}`).filter((p) => p.path.at(-1) === 'materials')}
                  kind="error"
                  testId={`error-stage-${index}`}
                />
                <div className="form-row">
                  <button
                    type="button"
                    data-testid="add-alternative"
                    onClick={() => setStage(index, { materials: [...stage.materials, firstMaterial] })}
                  >
                    {t('forms.chain.addAlternative')}
                  </button>
                  <button
                    type="button"
                    data-testid="stage-up"
                    disabled={index === 0}
                    onClick={() => setStages(moveStage(draft.stages, index, -1))}
                  >
                    {t('forms.chain.up')}
                  </button>
                  <button
                    type="button"
                    data-testid="stage-down"
                    disabled={index === draft.stages.length - 1}
                    onClick={() => setStages(moveStage(draft.stages, index, 1))}
                  >
                    {t('forms.chain.down')}
                  </button>
                  <button
                    type="button"
                    data-testid="stage-remove"
                    onClick={() => setStages(draft.stages.filter((_, i) => i !== index))}
                  >
                    {t('forms.chain.removeStage')}
                  </button>
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
        <button type="button" data-testid="add-stage" onClick={() => setStages([...draft.stages, blankStage()])}>
          {t('forms.chain.addStage')}
        </button>
      </fieldset>
    </FormDialog>
  );
}
