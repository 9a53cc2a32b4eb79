/** add-flow, remove-flow and update-flow. */
import { quote } from '../model/problems.ts';
import { bilingual } from '../text/message.ts';
import type { Flow } from '../model/types.ts';
import type { AddFlowChange, RemoveFlowChange, UpdateFlowChange } from './changeSet.ts';
import {
  checkFlowReferences,
  checkNewFlowIds,
  done,
  failed,
  findFlowIndex,
  refs,
  unknownId,
  type ChangeContext,
  type ChangeOutcome,
} from './draft.ts';
import { checkItem, idsOf, mergeProblems } from './itemChecks.ts';
import { updated, updateSummary } from './itemUpdate.ts';

export function addFlow(ctx: ChangeContext, change: AddFlowChange): ChangeOutcome {
  const { draft, at } = ctx;
  const { flow } = change;
  const path = [...at, 'flow'];
  const errors = [
    ...checkNewFlowIds(draft, [flow], () => [...path, 'id']),
    ...mergeProblems(checkFlowReferences(draft, flow, path), checkItem(idsOf(draft), 'flows', flow, path)),
  ];
  if (errors.length > 0) return failed(...errors);
  draft.flows.push(flow);
  return done(bilingual('scenario:flowAdded', { id: quote(flow.id), from: quote(flow.from), to: quote(flow.to) }), {
    added: refs('flow', [flow.id]),
  });
}

export function removeFlow(ctx: ChangeContext, change: RemoveFlowChange): ChangeOutcome {
  const { draft, at } = ctx;
  const index = findFlowIndex(draft, change.flow);
  if (index < 0) return failed(unknownId('flow', change.flow, [...at, 'flow']));
  draft.flows.splice(index, 1);
  return done(bilingual('scenario:flowRemoved', { id: quote(change.flow) }), { removed: refs('flow', [change.flow]) });
}

/** Its fields set or left out (no quantity: a structural exchange); checked on the result, with every other rule. */
export function updateFlow(ctx: ChangeContext, change: UpdateFlowChange): ChangeOutcome {
  const { draft, at } = ctx;
  const index = findFlowIndex(draft, change.flow);
  const flow = draft.flows[index];
  if (!flow) return failed(unknownId('flow', change.flow, [...at, 'flow']));
  draft.flows[index] = updated<Flow>(flow, change.set, change.unset);
  return done(updateSummary('flow', change.flow, change.set, change.unset), {
    changed: refs('flow', [change.flow]),
  });
}
