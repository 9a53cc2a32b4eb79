/**
 * Adding a chain template: id, names, cluster and its ordered stages, each
 * with one material or several alternatives; stages move with buttons.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../../core/model/labels.ts';
import type { Language, ParkModel } from '../../../core/model/types.ts';
import { createChain, moveStage, suggestId, type ChainDraft } from '../../state/createEntities.ts';
import { ClusterField } from './ClusterField.tsx';
import { FormDialog } from './FormDialog.tsx';
import { FormField, ProblemList } from './FormField.tsx';
import { NameFields } from './NameFields.tsx';
import { problemsAt } from '../../state/createEntities.ts';
import { useCommit, type EditSink } from './useCommit.ts';

interface ChainFormProps {
  readonly model: ParkModel;
  readonly language: Language;
  readonly onEdit: EditSink;
  readonly onClose: () => void;
}

export function ChainForm({ model, language, onEdit, onClose }: ChainFormProps) {
  const { t } = useTranslation();
  const firstMaterial = model.materials[0]?.id ?? '';
  const [draft, setDraft] = useState<Omit<ChainDraft, 'id'>>({
    nameZh: '',
    nameEn: '',
    cluster: model.clusters[0]?.id ?? '',
    stages: [[firstMaterial], [firstMaterial]],
  });
  const [typedId, setTypedId] = useState<string | null>(null);
  const id = typedId ?? suggestId(model, 'chains', draft);
  const creation = useMemo(() => createChain(model, { ...draft, id }), [model, draft, id]);
  const commit = useCommit(onEdit, onClose);
  const change = (part: Partial<ChainDraft>) => {
    setDraft((d) => ({ ...d, ...part }));
    commit.clear();
  };
  const setStages = (stages: readonly (readonly string[])[]) => change({ stages });
  const setStage = (index: number, materials: readonly string[]) =>
    setStages(draft.stages.map((s, i) => (i === index ? materials : s)));
  const materials = useMemo(
    () => model.materials.map((m) => ({ id: m.id, name: localize(m.name, language) })),
    [model, language],
  );

  return (
    <FormDialog
      testId="chain-form"
      title={t('forms.chain.title')}
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
      <ClusterField
        model={model}
        value={draft.cluster}
        creation={creation}
        language={language}
        onChange={(cluster) => change({ cluster })}
      />
      <fieldset className="chain-stages">
        <legend>{t('forms.chain.stages')}</legend>
        <p className="note">{t('forms.chain.stagesHint')}</p>
        <ProblemList
          problems={creation.errors.get('stages') ?? []}
          language={language}
          kind="error"
          testId="error-stages"
        />
        <ol>
          {draft.stages.map((stage, index) => (
            <li key={index} data-testid="chain-stage">
              <fieldset>
                <legend>{t('forms.chain.stage', { index: index + 1 })}</legend>
                {stage.map((material, k) => (
                  <FormField
                    key={k}
                    label={t('forms.chain.alternative', { index: k + 1 })}
                    field={`stages.${index}.materials.${k}`}
                    creation={creation}
                    language={language}
                  >
                    {(control) => (
                      <span className="form-row">
                        <select
                          {...control}
                          value={material}
                          onChange={(e) =>
                            setStage(
                              index,
                              stage.map((m, j) => (j === k ? e.target.value : m)),
                            )
                          }
                        >
                          {materials.map((m) => (
                            <option key={m.id} value={m.id}>
                              {m.name}
                            </option>
                          ))}
                        </select>
                        {stage.length > 1 && (
                          <button
                            type="button"
                            aria-label={t('forms.chain.removeAlternative')}
                            onClick={() =>
                              setStage(
                                index,
                                stage.filter((_, j) => j !== k),
                              )
                            }
                          >
                            ×
                          </button>
                        )}
                      </span>
                    )}
                  </FormField>
                ))}
                <ProblemList
                  problems={problemsAt(creation.errors, `stages.${index}`).filter((p) => p.path.at(-1) === 'materials')}
                  language={language}
                  kind="error"
                  testId={`error-stage-${index}`}
                />
                <div className="form-row">
                  <button
                    type="button"
                    data-testid="add-alternative"
                    onClick={() => setStage(index, [...stage, firstMaterial])}
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
        <button type="button" data-testid="add-stage" onClick={() => setStages([...draft.stages, [firstMaterial]])}>
          {t('forms.chain.addStage')}
        </button>
      </fieldset>
    </FormDialog>
  );
}
