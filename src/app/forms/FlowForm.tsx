/**
 * Adding or editing a flow: from and to (enterprises or the park boundary),
 * material (those the sender declares as outputs and the receiver as inputs
 * first), quantity (for a new flow, what is still unconnected, until
 * typed; empty for a structural exchange), unit, status, start and end
 * year, and whether the figure is an estimate and on what basis. Opened
 * from the flows table, the flow inspector, or by drawing a flow on the
 * network.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BOUNDARY_NAMES } from '../../core/model/boundary.ts';
import { FLOW_STATUS_LABELS, localize } from '../../core/model/labels.ts';
import { BOUNDARY_IDS, FLOW_STATUSES } from '../../core/model/schema.ts';
import type { FlowStatus, ParkModel } from '../../core/model/types.ts';
import { flowDraft, suggestFlowId, type FlowDraft } from './itemDrafts.ts';
import { saveFlow } from './itemForms.ts';
import { suggestFlowMaterials } from './drawnFlow.ts';
import { numberLocale } from '../i18n/language.ts';
import { FormDialog } from './FormDialog.tsx';
import { FormField, type ControlProps } from './FormField.tsx';
import { IdField } from './IdField.tsx';
import { UnitSelect } from './UnitSelect.tsx';
import type { EditSink } from './useCommit.ts';
import { useItemDraft } from './useItemDraft.ts';
import { useLanguage } from '../i18n/useLanguage.ts';

interface FlowFormProps {
  readonly model: ParkModel;
  /** The id of the flow to edit; null adds one. */
  readonly editing: string | null;
  /** The ends of a flow drawn on the network. */
  readonly ends?: { readonly from: string; readonly to: string };
  readonly onEdit: EditSink;
  readonly onClose: () => void;
}

/** Quantity and unit stay null until typed: a new flow offers what is unconnected and the material's unit. */
type Typed = Omit<FlowDraft, 'quantity' | 'unit'> & { readonly quantity: string | null; readonly unit: string | null };

export function FlowForm({ model, editing, ends, onEdit, onClose }: FlowFormProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  // Read at every render until an id is typed: one pass over the flows per model, not per keystroke.
  const nextFlowId = useMemo(() => suggestFlowId(model), [model]);
  const {
    draft: typed,
    change,
    changeId,
    commit,
  } = useItemDraft<Typed>(
    () => {
      const existing = model.flows.find((f) => f.id === editing);
      if (existing) return flowDraft(existing);
      const from = ends?.from ?? model.enterprises[0]?.id ?? BOUNDARY_IDS[0];
      const to = ends?.to ?? model.enterprises[1]?.id ?? BOUNDARY_IDS[1];
      const material = suggestFlowMaterials(model, from, to)[0]?.material ?? model.materials[0]?.id ?? '';
      return {
        id: '',
        from,
        to,
        material,
        quantity: null,
        unit: null,
        status: 'planned',
        estimated: true,
        basis: '',
        startYear: '',
        endYear: '',
      };
    },
    () => nextFlowId,
    editing,
    onEdit,
    onClose,
  );
  const suggestions = useMemo(() => suggestFlowMaterials(model, typed.from, typed.to), [model, typed.from, typed.to]);
  const suggested = suggestions.find((s) => s.material === typed.material);
  const material = model.materials.find((m) => m.id === typed.material);
  const draft = useMemo(
    (): FlowDraft => ({
      ...typed,
      quantity: typed.quantity ?? (suggested && suggested.quantity > 0 ? String(suggested.quantity) : ''),
      unit: typed.unit ?? material?.unit ?? 't/a',
    }),
    [typed, suggested, material],
  );
  const check = useMemo(() => saveFlow(model, draft, editing), [model, draft, editing]);
  const number = new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits: 2 });
  const actor = (id: string) => localize(BOUNDARY_NAMES[id as keyof typeof BOUNDARY_NAMES], language);
  const actorSelect = (control: ControlProps, value: string, onChange: (id: string) => void) => (
    <select {...control} value={value} onChange={(e) => onChange(e.target.value)}>
      <optgroup label={t('forms.flow.boundary')}>
        {BOUNDARY_IDS.map((id) => (
          <option key={id} value={id}>
            {actor(id)}
          </option>
        ))}
      </optgroup>
      <optgroup label={t('forms.flow.enterprises')}>
        {model.enterprises.map((e) => (
          <option key={e.id} value={e.id}>
            {localize(e.name, language)}
          </option>
        ))}
      </optgroup>
    </select>
  );
  const suggestedIds = new Set(suggestions.map((s) => s.material));
  const materialName = (id: string) => localize(model.materials.find((m) => m.id === id)?.name, language) || id;

  return (
    <FormDialog
      testId="flow-form"
      title={editing ? t('forms.flow.editTitle') : t('forms.flow.title')}
      {...commit.dialogProps(check)}
      onClose={onClose}
    >
      <FormField label={t('forms.flow.from')} field="from" check={check}>
        {(control) => actorSelect(control, typed.from, (from) => change({ from }))}
      </FormField>
      <FormField label={t('forms.flow.to')} field="to" check={check}>
        {(control) => actorSelect(control, typed.to, (to) => change({ to }))}
      </FormField>
      <FormField label={t('forms.flow.material')} field="material" check={check}>
        {(control) => (
          <select
            {...control}
            value={typed.material}
            onChange={(e) => change({ material: e.target.value, unit: null })}
          >
            {suggestions.length > 0 && (
              <optgroup label={t('forms.flow.suggested')} data-testid="suggested-materials">
                {suggestions.map((s) => (
                  <option key={s.material} value={s.material}>
                    {s.common ? '★ ' : ''}
                    {materialName(s.material)}
                    {s.quantity > 0
                      ? ` · ${t('forms.flow.unconnected', { quantity: number.format(s.quantity), unit: s.unit })}`
                      : ''}
                  </option>
                ))}
              </optgroup>
            )}
            <optgroup label={t('forms.flow.allMaterials')}>
              {model.materials
                .filter((m) => !suggestedIds.has(m.id))
                .map((m) => (
                  <option key={m.id} value={m.id}>
                    {localize(m.name, language)}
                  </option>
                ))}
            </optgroup>
          </select>
        )}
      </FormField>
      <FormField
        label={t('forms.quantity')}
        field="quantity"
        check={check}
        hint={suggested && suggested.quantity > 0 && typed.quantity === null ? t('forms.flow.quantityHint') : undefined}
      >
        {(control) => (
          <input
            {...control}
            inputMode="decimal"
            value={draft.quantity}
            onChange={(e) => change({ quantity: e.target.value })}
          />
        )}
      </FormField>
      <FormField label={t('forms.unit')} field="unit" check={check}>
        {(control) => <UnitSelect control={control} value={draft.unit} onChange={(unit) => change({ unit })} />}
      </FormField>
      <FormField label={t('forms.status')} field="status" check={check}>
        {(control) => (
          <select {...control} value={typed.status} onChange={(e) => change({ status: e.target.value as FlowStatus })}>
            {FLOW_STATUSES.map((status) => (
              <option key={status} value={status}>
                {FLOW_STATUS_LABELS[status][language]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('forms.flow.startYear')} field="startYear" check={check} hint={t('forms.flow.yearHint')}>
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            value={typed.startYear}
            onChange={(e) => change({ startYear: e.target.value })}
          />
        )}
      </FormField>
      <FormField label={t('forms.flow.endYear')} field="endYear" check={check}>
        {(control) => (
          <input
            {...control}
            inputMode="numeric"
            value={typed.endYear}
            onChange={(e) => change({ endYear: e.target.value })}
          />
        )}
      </FormField>
      <FormField label={t('forms.flow.estimated')} field="estimated" check={check}>
        {(control) => (
          <input
            {...control}
            type="checkbox"
            checked={typed.estimated}
            onChange={(e) => change({ estimated: e.target.checked })}
          />
        )}
      </FormField>
      <FormField label={t('forms.flow.basis')} field="basis" check={check}>
        {(control) => <input {...control} value={typed.basis} onChange={(e) => change({ basis: e.target.value })} />}
      </FormField>
      <IdField
        value={typed.id}
        editing={editing !== null}
        check={check}
        onChange={changeId}
        addingHint={t('forms.flow.idHint')}
      />
    </FormDialog>
  );
}
