/** add-enterprise and close-enterprise. */
import { problem, quote, type Problem } from '../model/problems.ts';
import { isBoundaryId } from '../model/references.ts';
import type { BoundaryId, Flow, ParkModel } from '../model/types.ts';
import type { AddEnterpriseChange, CloseEnterpriseChange } from './changeSet.ts';
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

export function addEnterprise(ctx: ChangeContext, change: AddEnterpriseChange): ChangeOutcome {
  const { draft, at } = ctx;
  const { enterprise } = change;
  const flows = change.flows ?? [];
  const errors: Problem[] = [];
  if (findEnterprise(draft, enterprise.id))
    errors.push(duplicateId('enterprise', enterprise.id, [...at, 'enterprise', 'id']));
  if (!draft.clusters.some((c) => c.id === enterprise.cluster)) {
    errors.push(unknownId('cluster', enterprise.cluster, [...at, 'enterprise', 'cluster']));
  }
  for (const list of ['inputs', 'outputs', 'capacities'] as const) {
    enterprise[list].forEach((stream, k) => {
      if (!findMaterial(draft, stream.material)) {
        errors.push(unknownId('material', stream.material, [...at, 'enterprise', list, k, 'material']));
      }
    });
  }
  errors.push(...checkNewFlowIds(draft, flows, (k) => [...at, 'flows', k, 'id']));
  const self = new Set([enterprise.id]);
  flows.forEach((flow, k) => errors.push(...checkFlowReferences(draft, flow, [...at, 'flows', k], self)));
  if (errors.length > 0) return failed(...errors);

  draft.enterprises.push(enterprise);
  draft.flows.push(...flows);
  return done(
    {
      zh: `新增企业 ${quote(enterprise.id)} 及物质流 ${flows.length} 条`,
      en: `added enterprise ${quote(enterprise.id)} with ${flows.length} flow(s)`,
    },
    {
      added: [
        ...refs('enterprise', [enterprise.id]),
        ...refs(
          'flow',
          flows.map((f) => f.id),
        ),
      ],
    },
  );
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
      problem('error', 'already-closed', [...at, 'enterprise'], {
        zh: `企业 ${quote(id)} 已经关停`,
        en: `enterprise ${quote(id)} is already closed`,
      }),
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
    {
      zh: `关停企业 ${quote(id)}${remove ? `,移除物质流 ${removed.length} 条` : ',保留其物质流'}${replacements.length > 0 ? `,合作企业改由园区边界承接 ${replacements.length} 条` : ''}`,
      en: `closed enterprise ${quote(id)}${remove ? `, removing ${removed.length} flow(s)` : ', keeping its flows'}${replacements.length > 0 ? `; ${replacements.length} partner flow(s) rerouted to the boundary` : ''}`,
    },
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

/** Materials a partner would throw away rather than sell when its customer closes. */
const DISPOSED_CATEGORIES: ReadonlySet<string> = new Set(['waste', 'by-product', 'water']);

/**
 * For each committed flow between the closing enterprise and an operating
 * (or planned) partner, the boundary flow that takes its place on the
 * partner's side. Potential flows were never real, so nothing replaces them.
 */
function reroute(ctx: ChangeContext, id: string, touching: readonly Flow[]): Flow[] {
  const { draft } = ctx;
  const replacements: Flow[] = [];
  for (const flow of touching) {
    const sent = flow.from === id;
    const partner = sent ? flow.to : flow.from;
    if (flow.status === 'potential' || partner === id || isBoundaryId(partner)) continue;
    if (findEnterprise(draft, partner)?.status === 'closed') continue;
    // What cannot be bought from outside the park (steam, district heat) is not backfilled: the partner's
    // declared input stays unmet, and the analyses report it as unmet demand.
    if (sent && findMaterial(draft, flow.material)?.importable === false) continue;
    // A plant that treats the material as a service (a wastewater plant) loses load, not a supply to replace.
    if (sent && findEnterprise(draft, partner)?.capacities.some((c) => c.material === flow.material)) continue;
    const boundary: BoundaryId = sent ? '@supply' : disposalOrMarket(draft, flow.material);
    replacements.push({
      id: ctx.generatedFlowId(replacements.length),
      from: sent ? boundary : partner,
      to: sent ? partner : boundary,
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

function disposalOrMarket(draft: ParkModel, material: string): BoundaryId {
  const category = findMaterial(draft, material)?.category;
  return category !== undefined && DISPOSED_CATEGORIES.has(category) ? '@disposal' : '@market';
}
