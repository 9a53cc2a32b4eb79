/**
 * An enterprise's declared inputs, outputs and capacities: each listed with
 * edit and delete, and one form below to add a stream or edit the chosen
 * one (material, quantity, unit, in-house part). Every save and every
 * delete is one undoable step; the dialog stays open for the next one.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { localize } from '../../core/model/labels.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { deleteStream, saveStream, streamDraft, type StreamDraft, type StreamList } from './streamForms.ts';
import { numberLocale } from '../i18n/language.ts';
import { FormDialog } from './FormDialog.tsx';
import { FormField } from './FormField.tsx';
import { UnitSelect } from './UnitSelect.tsx';
import { useCommit, type EditSink } from './useCommit.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

const LISTS: readonly StreamList[] = ['inputs', 'outputs', 'capacities'];

interface StreamsFormProps {
  readonly model: ParkModel;
  readonly enterpriseId: string;
  readonly onEdit: EditSink;
  readonly onClose: () => void;
}

interface Editing {
  readonly list: StreamList;
  /** null: a new stream. */
  readonly index: number | null;
  readonly draft: StreamDraft;
}

export function StreamsForm({ model, enterpriseId, onEdit, onClose }: StreamsFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const enterprise = model.enterprises.find((e) => e.id === enterpriseId);
  const blank = (list: StreamList): Editing => {
    const material = model.materials[0];
    return {
      list,
      index: null,
      draft: { material: material?.id ?? '', quantity: '', unit: material?.unit ?? 't/a', inHouse: '' },
    };
  };
  const [editing, setEditing] = useState<Editing>(() => blank('inputs'));
  const check = useMemo(
    () => saveStream(model, enterpriseId, editing.list, editing.index, editing.draft),
    [model, enterpriseId, editing],
  );
  const commit = useCommit(onEdit, () => setEditing(blank(editing.list)));
  const change = (part: Partial<StreamDraft>) => {
    setEditing((e) => ({ ...e, draft: { ...e.draft, ...part } }));
    commit.clear();
  };
  if (!enterprise) return null;
  const number = new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 2 });
  const materialName = (id: string) => localize(model.materials.find((m) => m.id === id)?.name, language) || id;
  const remove = (list: StreamList, index: number) => {
    const deletion = deleteStream(model, enterpriseId, list, index);
    if (deletion) commit.save(deletion);
  };

  return (
    <FormDialog
      testId="streams-form"
      title={t('forms.stream.title', { name: localize(enterprise.name, language) })}
      {...commit.dialogProps(check)}
      onClose={onClose}
      footer={
        <button type="submit" data-testid="form-save" aria-disabled={check.edit === null && !check.unchanged}>
          {editing.index === null ? t('forms.stream.add') : t('forms.save')}
        </button>
      }
    >
      {LISTS.map((list) => (
        <section key={list} data-testid={`streams-${list}`}>
          <h3>{t(`forms.stream.kind.${list}`)}</h3>
          {enterprise[list].length === 0 ? (
            <p className="note">{t('forms.stream.none')}</p>
          ) : (
            <table className="stream-list">
              <tbody>
                {enterprise[list].map((stream, index) => (
                  <tr
                    key={`${stream.material}-${index}`}
                    data-testid="stream-row"
                    data-material={stream.material}
                    aria-current={editing.list === list && editing.index === index ? 'true' : undefined}
                  >
                    <td>{materialName(stream.material)}</td>
                    <td>
                      {number.format(stream.quantity)} {stream.unit}
                    </td>
                    <td>
                      <button
                        type="button"
                        data-testid="stream-edit"
                        onClick={() => setEditing({ list, index, draft: streamDraft(stream) })}
                      >
                        {t('forms.stream.edit')}
                      </button>{' '}
                      <button type="button" data-testid="stream-delete" onClick={() => remove(list, index)}>
                        {t('forms.stream.delete')}
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
      <fieldset>
        <legend>
          {editing.index === null ? t('forms.stream.adding') : t('forms.stream.editing', { index: editing.index + 1 })}
        </legend>
        {editing.index !== null && (
          <button type="button" data-testid="stream-new" onClick={() => setEditing(blank(editing.list))}>
            {t('forms.stream.stopEditing')}
          </button>
        )}
        <FormField label={t('forms.stream.list')} field="list" check={check}>
          {(control) => (
            <select
              {...control}
              value={editing.list}
              disabled={editing.index !== null}
              onChange={(e) => setEditing((ed) => ({ ...ed, list: e.target.value as StreamList }))}
            >
              {LISTS.map((list) => (
                <option key={list} value={list}>
                  {t(`forms.stream.kind.${list}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('forms.stream.material')} field="material" check={check}>
          {(control) => (
            <select
              {...control}
              value={editing.draft.material}
              onChange={(e) =>
                change({
                  material: e.target.value,
                  unit: model.materials.find((m) => m.id === e.target.value)?.unit ?? editing.draft.unit,
                })
              }
            >
              {model.materials.map((m) => (
                <option key={m.id} value={m.id}>
                  {localize(m.name, language)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('forms.quantity')} field="quantity" check={check}>
          {(control) => (
            <input
              {...control}
              inputMode="decimal"
              value={editing.draft.quantity}
              onChange={(e) => change({ quantity: e.target.value })}
            />
          )}
        </FormField>
        <FormField label={t('forms.unit')} field="unit" check={check}>
          {(control) => (
            <UnitSelect control={control} value={editing.draft.unit} onChange={(unit) => change({ unit })} />
          )}
        </FormField>
        <FormField label={t('forms.stream.inHouse')} field="inHouse" check={check} hint={t('forms.stream.inHouseHint')}>
          {(control) => (
            <input
              {...control}
              inputMode="decimal"
              value={editing.draft.inHouse}
              onChange={(e) => change({ inHouse: e.target.value })}
            />
          )}
        </FormField>
      </fieldset>
    </FormDialog>
  );
}
