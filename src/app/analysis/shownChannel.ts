/**
 * The shown analysis (shownAnalysis.ts) as it travels from the host to the
 * page: after an edit of one flow most of it is what the page already
 * holds, and taking it in again was the largest part of the analysis'
 * arrival at 20 000 enterprises (the structured clone of 20 000 actor ids
 * and a hundred closures with their dependants, at each edit).
 *
 * - The findings and the closures travel as what changed (listChanges.ts).
 * - The actors' ids are sent when they differ from the ids sent before
 *   (an edit seldom adds or removes an enterprise); otherwise the page
 *   reuses the array it holds, which also keeps its index of them.
 *
 * Both ends must see every message in order; the page takes in each one,
 * even one it no longer delivers. Either end starts again with a new
 * sender and receiver when the page sends the model whole.
 */
import type { Finding } from '../../core/analysis/finding.ts';
import type { ClosureRanking } from '../../core/analysis/resilience.ts';
import { sameItems } from '../../core/model/sameItems.ts';
import { createListReceiver, createListSender, type ListChanges } from './listChanges.ts';
import type { ActorColumns, ShownAnalysis, ShownNetwork } from './shownAnalysis.ts';

/** The shown analysis on the wire. */
export interface ShownAnalysisMessage extends Omit<ShownAnalysis, 'findings' | 'resilience' | 'network'> {
  readonly findings: ListChanges<Finding>;
  readonly resilience?: ListChanges<ClosureRanking>;
  /** The actors' ids are null when they are the ids sent before. */
  readonly network?: Omit<ShownNetwork, 'actors'> & {
    readonly actors: Omit<ActorColumns, 'ids'> & { readonly ids: readonly string[] | null };
  };
}

/** The host's end: each shown analysis as what the page does not hold yet. */
export function createShownSender(): (shown: ShownAnalysis) => ShownAnalysisMessage {
  const sendFindings = createListSender<Finding>((finding) => finding.id);
  const sendClosures = createListSender<ClosureRanking>((closure) => closure.enterprise);
  let sentIds: readonly string[] | null = null;
  return ({ findings, resilience, network, ...rest }) => {
    let shownNetwork: ShownAnalysisMessage['network'];
    if (network) {
      const { ids } = network.actors;
      const same = sentIds !== null && sameItems(sentIds, ids);
      sentIds = ids;
      shownNetwork = { ...network, actors: { ...network.actors, ids: same ? null : ids } };
    }
    return {
      ...rest,
      findings: sendFindings(findings),
      ...(resilience ? { resilience: sendClosures(resilience) } : {}),
      ...(shownNetwork ? { network: shownNetwork } : {}),
    };
  };
}

/** The page's end: the shown analysis whole again; throws when a message refers to what it was never sent. */
export function createShownReceiver(): (message: ShownAnalysisMessage) => ShownAnalysis {
  const receiveFindings = createListReceiver<Finding>();
  const receiveClosures = createListReceiver<ClosureRanking>();
  let heldIds: readonly string[] | null = null;
  return ({ findings, resilience, network, ...rest }) => {
    let shownNetwork: ShownNetwork | undefined;
    if (network) {
      const ids = network.actors.ids ?? heldIds;
      if (!ids) throw new Error('the analysis refers to actor ids it never sent');
      heldIds = ids;
      shownNetwork = { ...network, actors: { ...network.actors, ids } };
    }
    return {
      ...rest,
      findings: receiveFindings(findings),
      ...(resilience ? { resilience: receiveClosures(resilience) } : {}),
      ...(shownNetwork ? { network: shownNetwork } : {}),
    };
  };
}
