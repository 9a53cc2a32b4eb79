/** add-material, update-material and remove-material. */
import { problem, quote, type Problem } from '../model/problems.ts';
import { bilingual } from '../text/message.ts';
import type { ChainTemplate, Enterprise } from '../model/types.ts';
import type { AddMaterialChange, RemoveMaterialChange, UpdateMaterialChange } from './changeSchemas.ts';
import { STREAM_LISTS } from './changeSchemas.ts';
import {
  done,
  duplicateId,
  failed,
  findMaterial,
  refs,
  unknownId,
  type ChangeContext,
  type ChangeOutcome,
} from './draft.ts';
import { checkItem, idsOf, mergeProblems } from './itemChecks.ts';
import { updateListedItem } from './itemUpdate.ts';
import { isUnused, materialUses } from './materialUses.ts';

export function addMaterial(ctx: ChangeContext, change: AddMaterialChange): ChangeOutcome {
  const { draft, at } = ctx;
  const { material } = change;
  const path = [...at, 'material'];
  const own: Problem[] = findMaterial(draft, material.id)
    ? [duplicateId('material', material.id, [...path, 'id'])]
    : [];
  const errors = mergeProblems(own, checkItem(idsOf(draft), 'materials', material, path));
  if (errors.length > 0) return failed(...errors);
  draft.materials.push(material);
  return done(bilingual('scenario:materialAdded', { id: quote(material.id) }), {
    added: refs('material', [material.id]),
  });
}

/**
 * Its fields set or left out, checked on the result: a new unit is checked
 * against every flow and stream of the material there.
 */
export function updateMaterial(ctx: ChangeContext, change: UpdateMaterialChange): ChangeOutcome {
  return updateListedItem(ctx, 'material', change.material, change.set, change.unset);
}

/** Never leaves a reference behind: refused while in use, unless its uses go with it (see changeSchemas.ts). */
export function removeMaterial(ctx: ChangeContext, change: RemoveMaterialChange): ChangeOutcome {
  const { draft, at } = ctx;
  const id = change.material;
  const path = [...at, 'material'];
  if (!findMaterial(draft, id)) return failed(unknownId('material', id, path));
  const uses = materialUses(draft, id);
  if ((change.uses ?? 'refuse') === 'refuse' && !isUnused(uses)) {
    const [f, s, c] = [uses.flows.length, uses.streams.length, uses.stages.length];
    return failed(
      problem(
        'error',
        'material-in-use',
        path,
        bilingual('scenario:materialInUse', { id: quote(id), flows: f, streams: s, stages: c }),
      ),
    );
  }
  const sole = uses.stages.filter((s) => s.sole);
  if (sole.length > 0) {
    const stages = sole.map((s) => `${quote(s.chain)} #${s.stage + 1}`).join(', ');
    return failed(
      problem('error', 'sole-stage-material', path, bilingual('scenario:soleStageMaterial', { id: quote(id), stages })),
    );
  }
  const usesIt = (e: Enterprise) => STREAM_LISTS.some((list) => e[list].some((s) => s.material === id));
  const withoutStreams = (e: Enterprise): Enterprise => ({
    ...e,
    inputs: e.inputs.filter((s) => s.material !== id),
    outputs: e.outputs.filter((s) => s.material !== id),
    capacities: e.capacities.filter((s) => s.material !== id),
  });
  const trimmed = (chain: ChainTemplate): ChainTemplate => ({
    ...chain,
    stages: chain.stages.map((s) =>
      s.materials.includes(id) ? { ...s, materials: s.materials.filter((m) => m !== id) } : s,
    ),
  });
  const chains = new Set(uses.stages.map((s) => s.chain));
  draft.materials = draft.materials.filter((m) => m.id !== id);
  draft.enterprises = draft.enterprises.map((e) => (usesIt(e) ? withoutStreams(e) : e));
  draft.flows = draft.flows.filter((f) => f.material !== id);
  draft.chains = draft.chains.map((c) => (chains.has(c.id) ? trimmed(c) : c));
  const flows = uses.flows.map((f) => f.id);
  return done(
    flows.length + uses.streams.length > 0
      ? bilingual('scenario:materialRemovedWithUses', {
          id: quote(id),
          flows: flows.length,
          streams: uses.streams.length,
        })
      : bilingual('scenario:materialRemoved', { id: quote(id) }),
    {
      removed: [...refs('material', [id]), ...refs('flow', flows)],
      changed: [
        ...refs('enterprise', [...new Set(uses.streams.map((s) => s.enterprise))]),
        ...refs('chain', [...chains]),
      ],
    },
  );
}
