/**
 * remove-enterprise: the enterprise leaves the model (closing keeps it, as
 * closed: enterpriseChanges.ts). Nothing is left referring to it — its
 * flows go or, asked, are handed to the park boundary on the partner's
 * side, and its saved position goes too.
 */
import { rerouteOf } from '../model/boundaryFallback.ts';
import { quote } from '../model/problems.ts';
import { bilingual } from '../text/message.ts';
import type { Flow } from '../model/types.ts';
import type { RemoveEnterpriseChange } from './changeSchemas.ts';
import {
  done,
  failed,
  findEnterprise,
  findMaterial,
  refs,
  unknownId,
  type ChangeContext,
  type ChangeOutcome,
} from './draft.ts';

/**
 * A rerouted flow is the same exchange seen from the partner: it keeps its
 * id, quantity, years and citation, and only the end that was the removed
 * enterprise moves, to the boundary model/boundaryFallback.ts names (the
 * rule scenario closures and the resilience analysis follow). A flow the
 * rule gives no boundary goes.
 */
export function removeEnterprise(ctx: ChangeContext, change: RemoveEnterpriseChange): ChangeOutcome {
  const { draft, at } = ctx;
  const id = change.enterprise;
  const index = draft.enterprises.findIndex((e) => e.id === id);
  if (index < 0) return failed(unknownId('enterprise', id, [...at, 'enterprise']));
  const lookup = {
    enterprise: (e: string) => findEnterprise(draft, e),
    material: (m: string) => findMaterial(draft, m),
  };
  const removed: string[] = [];
  const moved: string[] = [];
  const flows: Flow[] = [];
  for (const flow of draft.flows) {
    if (flow.from !== id && flow.to !== id) {
      flows.push(flow);
      continue;
    }
    const target = change.flows === 'reroute' ? rerouteOf(flow, id, lookup) : null;
    if (target === null) {
      removed.push(flow.id);
      continue;
    }
    moved.push(flow.id);
    flows.push({ ...flow, [target.end]: target.boundary });
  }
  draft.enterprises.splice(index, 1);
  if (removed.length + moved.length > 0) draft.flows = flows;
  // A saved position of a removed enterprise would only earn a "stale position" warning.
  const positions = draft.view?.positions;
  if (draft.view && positions && id in positions) {
    draft.view = {
      ...draft.view,
      positions: Object.fromEntries(Object.entries(positions).filter(([key]) => key !== id)),
    };
  }
  return done(
    moved.length > 0
      ? bilingual('scenario:enterpriseRemovedMoved', { id: quote(id), removed: removed.length, moved: moved.length })
      : bilingual('scenario:enterpriseRemoved', { id: quote(id), removed: removed.length }),
    { removed: [...refs('enterprise', [id]), ...refs('flow', removed)], changed: refs('flow', moved) },
  );
}
