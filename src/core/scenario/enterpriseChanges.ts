/** add-enterprise, update-enterprise and close-enterprise (remove-enterprise: enterpriseRemoval.ts). */
import { rerouteOf } from '../model/boundaryFallback.ts';
import { problem, quote, type Problem } from '../model/problems.ts';
import { bilingual } from '../text/message.ts';
import type { Flow } from '../model/types.ts';
import type { AddEnterpriseChange, CloseEnterpriseChange } from './changeSet.ts';
import type { UpdateEnterpriseChange } from './changeSchemas.ts';
import {
  checkFlowReferences,
  checkGeneratedIds,
  checkNewFlowIds,
  done,
  duplicateId,
  failed,
  findEnterprise,
  findMaterial,
  refs,
  unknownId,
  type ChangeContext,
  type ChangeOutcome,
} from './draft.ts';
import { checkItem, idsOf, mergeProblems } from './itemChecks.ts';
import { updateListedItem } from './itemUpdate.ts';

export function addEnterprise(ctx: ChangeContext, change: AddEnterpriseChange): ChangeOutcome {
  const { draft, at } = ctx;
  const { enterprise } = change;
  const flows = change.flows ?? [];
  // The payload is only known to be an object (changeSchemas.ts `carried`): a missing field is checkItem's to report.
  const own: Problem[] = [];
  if (findEnterprise(draft, enterprise.id))
    own.push(duplicateId('enterprise', enterprise.id, [...at, 'enterprise', 'id']));
  if (typeof enterprise.cluster === 'string' && !draft.clusters.some((c) => c.id === enterprise.cluster)) {
    own.push(unknownId('cluster', enterprise.cluster, [...at, 'enterprise', 'cluster']));
  }
  const ids = idsOf(draft, [enterprise]);
  const errors = mergeProblems(own, checkItem(ids, 'enterprises', enterprise, [...at, 'enterprise']));
  errors.push(...checkNewFlowIds(draft, flows, (k) => [...at, 'flows', k, 'id']));
  const self = new Set([enterprise.id]);
  flows.forEach((flow, k) => {
    const path = [...at, 'flows', k];
    errors.push(...mergeProblems(checkFlowReferences(draft, flow, path, self), checkItem(ids, 'flows', flow, path)));
  });
  if (errors.length > 0) return failed(...errors);

  draft.enterprises.push(enterprise);
  draft.flows.push(...flows);
  return done(bilingual('scenario:enterpriseAdded', { id: quote(enterprise.id), flows: flows.length }), {
    added: [
      ...refs('enterprise', [enterprise.id]),
      ...refs(
        'flow',
        flows.map((f) => f.id),
      ),
    ],
  });
}

/** Its fields set or left out; what they say is checked on the result, with every other rule. */
export function updateEnterprise(ctx: ChangeContext, change: UpdateEnterpriseChange): ChangeOutcome {
  return updateListedItem(ctx, 'enterprise', change.enterprise, change.set, change.unset);
}

/**
 * Closing keeps the enterprise (status `closed`, declarations intact, so the
 * model remembers what it did) and by default removes every flow from or to
 * it, boundary flows included: its imports and sales end with it. Partners
 * keep their declared streams, so what they lose shows up as open ends in the
 * analyses rather than being silently backfilled; `rerouteToBoundary` backfills
 * explicitly (see changeSet.ts).
 */
export function closeEnterprise(ctx: ChangeContext, change: CloseEnterpriseChange): ChangeOutcome {
  const { draft, at } = ctx;
  const id = change.enterprise;
  const index = draft.enterprises.findIndex((e) => e.id === id);
  const enterprise = draft.enterprises[index];
  if (!enterprise) return failed(unknownId('enterprise', id, [...at, 'enterprise']));
  if (enterprise.status === 'closed') {
    return failed(
      problem('error', 'already-closed', [...at, 'enterprise'], bilingual('scenario:alreadyClosed', { id: quote(id) })),
    );
  }
  const remove = (change.flows ?? 'remove') === 'remove';
  const touching = draft.flows.filter((f) => f.from === id || f.to === id);
  const replacements = remove && change.rerouteToBoundary === true ? reroute(ctx, id, touching) : [];
  const clash = checkGeneratedIds(
    draft,
    replacements.map((f) => f.id),
    at,
  );
  if (clash.length > 0) return failed(...clash);

  draft.enterprises[index] = { ...enterprise, status: 'closed' };
  if (remove) draft.flows = draft.flows.filter((f) => f.from !== id && f.to !== id);
  draft.flows.push(...replacements);
  const removed = remove ? touching.map((f) => f.id) : [];
  return done(
    // Only a closure that removes flows reroutes them (changeSet.ts).
    !remove
      ? bilingual('scenario:enterpriseClosedKeepingFlows', { id: quote(id) })
      : replacements.length > 0
        ? bilingual('scenario:enterpriseClosedRerouted', {
            id: quote(id),
            removed: removed.length,
            rerouted: replacements.length,
          })
        : bilingual('scenario:enterpriseClosed', { id: quote(id), removed: removed.length }),
    {
      changed: refs('enterprise', [id]),
      removed: refs('flow', removed),
      added: refs(
        'flow',
        replacements.map((f) => f.id),
      ),
    },
  );
}

/**
 * For each flow between the closing enterprise and a partner, the boundary
 * flow that takes its place on the partner's side, where
 * model/boundaryFallback.ts says one does (the rule the app's deletion and
 * the resilience analysis follow too).
 */
function reroute(ctx: ChangeContext, id: string, touching: readonly Flow[]): Flow[] {
  const { draft } = ctx;
  const lookup = {
    enterprise: (e: string) => findEnterprise(draft, e),
    material: (m: string) => findMaterial(draft, m),
  };
  const replacements: Flow[] = [];
  for (const flow of touching) {
    const target = rerouteOf(flow, id, lookup);
    if (target === null) continue;
    replacements.push({
      id: ctx.generatedFlowId(replacements.length),
      from: target.end === 'from' ? target.boundary : flow.from,
      to: target.end === 'to' ? target.boundary : flow.to,
      material: flow.material,
      quantity: flow.quantity,
      unit: flow.unit,
      status: flow.status,
      estimated: true,
      basis: `replaces flow "${flow.id}" with closed enterprise "${id}" (change set "${ctx.changeSetId}")`,
    });
  }
  return replacements;
}
