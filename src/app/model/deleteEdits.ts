/**
 * Deleting an enterprise, a material, a flow or a chain template: the core
 * change that removes it (remove-enterprise, remove-material, remove-flow,
 * remove-chain), with a label in both languages, each one undoable step.
 * Core never leaves a dangling reference: an enterprise takes its flows
 * with it or hands them to the park boundary (model/boundaryFallback.ts's
 * rule), and a material in use is refused unless its flows and streams go
 * too. The delete dialog asks first, from what these say.
 */
import { rerouteOf } from '../../core/model/boundaryFallback.ts';
import { localize } from '../../core/model/labels.ts';
import type { Flow, Language, ParkModel } from '../../core/model/types.ts';
import type { ReferenceKind } from '../../core/scenario/draft.ts';
import { isUnused, materialUses, type MaterialUses } from '../../core/scenario/materialUses.ts';
import { message } from '../../core/text/message.ts';
import { appBilingual } from '../i18n/appMessage.ts';
import type { StepLabel } from './history.ts';
import type { ModelEdit } from './modelEdit.ts';

export type EnterpriseDeletion = 'delete-flows' | 'reroute';

/** Everything that references one enterprise: the flows it sends or receives. */
export function enterpriseFlows(model: ParkModel, id: string): readonly Flow[] {
  return model.flows.filter((f) => f.from === id || f.to === id);
}

/** The enterprise removed with its flows, or with those core can hand to the boundary rerouted there. */
export function deleteEnterprise(model: ParkModel, id: string, mode: EnterpriseDeletion): ModelEdit | null {
  const enterprise = model.enterprises.find((e) => e.id === id);
  if (!enterprise) return null;
  const flows = enterpriseFlows(model, id);
  const lookup = {
    enterprise: (e: string) => model.enterprises.find((x) => x.id === e),
    material: (m: string) => model.materials.find((x) => x.id === m),
  };
  // The label counts what core will do, by the rule core applies.
  const rerouted = mode === 'reroute' ? flows.filter((f) => rerouteOf(f, id, lookup) !== null).length : 0;
  const removed = flows.length - rerouted;
  const name = (language: Language) => localize(enterprise.name, language);
  return {
    changes: [{ kind: 'remove-enterprise', enterprise: id, flows: mode === 'reroute' ? 'reroute' : 'remove' }],
    label:
      rerouted > 0
        ? appBilingual('step.deleteEnterpriseRerouting', (language) => ({ name: name(language), count: rerouted }))
        : removed > 0
          ? appBilingual('step.deleteEnterpriseWithFlows', (language) => ({ name: name(language), count: removed }))
          : deletedItem('enterprise', name),
  };
}

export type MaterialDeletion =
  | { readonly ok: true; readonly edit: ModelEdit }
  | {
      readonly ok: false;
      /** `in-use`: asked without `withUses`; `chain-stage`: a chain stage has only this material. */
      readonly reason: 'in-use' | 'chain-stage' | 'unknown';
      readonly uses: MaterialUses;
    };

/**
 * The material removed; refused while anything uses it, unless `withUses`:
 * then its flows and declared streams go too and it leaves the chain stages
 * that have other alternatives. A chain stage made of this material alone
 * is never emptied: the chain must be edited. (Core refuses the same; the
 * reason here lets the dialog say so before anything is tried.)
 */
export function deleteMaterial(model: ParkModel, id: string, options: { withUses: boolean }): MaterialDeletion {
  const material = model.materials.find((m) => m.id === id);
  const uses = materialUses(model, id);
  if (!material) return { ok: false, reason: 'unknown', uses };
  if (!isUnused(uses) && !options.withUses) return { ok: false, reason: 'in-use', uses };
  if (uses.stages.some((s) => s.sole)) return { ok: false, reason: 'chain-stage', uses };
  const extra = uses.flows.length + uses.streams.length;
  return {
    ok: true,
    edit: {
      changes: [{ kind: 'remove-material', material: id, uses: options.withUses ? 'remove' : 'refuse' }],
      label:
        extra > 0
          ? appBilingual('step.deleteMaterialWithUses', (language) => ({
              name: localize(material.name, language),
              flows: uses.flows.length,
              streams: uses.streams.length,
            }))
          : deletedItem('material', (language) => localize(material.name, language)),
    },
  };
}

/** One flow: nothing references a flow. */
export function deleteFlow(model: ParkModel, id: string): ModelEdit | null {
  if (!model.flows.some((f) => f.id === id)) return null;
  return {
    changes: [{ kind: 'remove-flow', flow: id }],
    label: deletedItem('flow', () => id),
  };
}

/** A chain template: nothing in the model refers to one, so it goes alone (and comes back with undo). */
export function deleteChain(model: ParkModel, id: string): ModelEdit | null {
  const chain = model.chains.find((c) => c.id === id);
  if (!chain) return null;
  return {
    changes: [{ kind: 'remove-chain', chain: id }],
    label: deletedItem('chain', (language) => localize(chain.name, language) || id),
  };
}

/** "Delete enterprise “…”": the kind's word from core's `label:kind_*`, the name in each language. */
function deletedItem(kind: ReferenceKind, name: (language: Language) => string): StepLabel {
  return appBilingual('step.deleteItem', (language) => ({
    kind: message(language, `label:kind_${kind}`),
    name: name(language),
  }));
}
