/** add-chain, update-chain and remove-chain: nothing in a model refers to a chain template. */
import { quote, type Problem } from '../model/problems.ts';
import { bilingual } from '../text/message.ts';

import type { AddChainChange, RemoveChainChange, UpdateChainChange } from './changeSchemas.ts';
import { done, duplicateId, failed, refs, unknownId, type ChangeContext, type ChangeOutcome } from './draft.ts';
import { checkItem, idsOf, mergeProblems } from './itemChecks.ts';
import { updateListedItem } from './itemUpdate.ts';

export function addChain(ctx: ChangeContext, change: AddChainChange): ChangeOutcome {
  const { draft, at } = ctx;
  const { chain } = change;
  const path = [...at, 'chain'];
  const taken = draft.chains.some((c) => c.id === chain.id);
  const own: Problem[] = taken ? [duplicateId('chain', chain.id, [...path, 'id'])] : [];
  const errors = mergeProblems(own, checkItem(idsOf(draft), 'chains', chain, path));
  if (errors.length > 0) return failed(...errors);
  draft.chains.push(chain);
  return done(bilingual('scenario:chainAdded', { id: quote(chain.id) }), { added: refs('chain', [chain.id]) });
}

/** Its fields set or left out (its stages are one field: the whole ordered list), checked on the result. */
export function updateChain(ctx: ChangeContext, change: UpdateChainChange): ChangeOutcome {
  return updateListedItem(ctx, 'chain', change.chain, change.set, change.unset);
}

export function removeChain(ctx: ChangeContext, change: RemoveChainChange): ChangeOutcome {
  const { draft, at } = ctx;
  if (!draft.chains.some((c) => c.id === change.chain))
    return failed(unknownId('chain', change.chain, [...at, 'chain']));
  draft.chains = draft.chains.filter((c) => c.id !== change.chain);
  return done(bilingual('scenario:chainRemoved', { id: quote(change.chain) }), {
    removed: refs('chain', [change.chain]),
  });
}
