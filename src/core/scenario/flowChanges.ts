/** add-flow, remove-flow and update-flow. */
import { quote } from '../model/problems.ts';
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

export function addFlow(ctx: ChangeContext, change: AddFlowChange): ChangeOutcome {
  const { draft, at } = ctx;
  const { flow } = change;
  const errors = [
    ...checkNewFlowIds(draft, [flow], () => [...at, 'flow', 'id']),
    ...checkFlowReferences(draft, flow, [...at, 'flow']),
  ];
  if (errors.length > 0) return failed(...errors);
  draft.flows.push(flow);
  return done(
    {
      zh: `新增物质流 ${quote(flow.id)}:${quote(flow.from)} → ${quote(flow.to)}`,
      en: `added flow ${quote(flow.id)}: ${quote(flow.from)} → ${quote(flow.to)}`,
    },
    { added: refs('flow', [flow.id]) },
  );
}

export function removeFlow(ctx: ChangeContext, change: RemoveFlowChange): ChangeOutcome {
  const { draft, at } = ctx;
  const index = findFlowIndex(draft, change.flow);
  if (index < 0) return failed(unknownId('flow', change.flow, [...at, 'flow']));
  draft.flows.splice(index, 1);
  return done(
    { zh: `移除物质流 ${quote(change.flow)}`, en: `removed flow ${quote(change.flow)}` },
    { removed: refs('flow', [change.flow]) },
  );
}

export function updateFlow(ctx: ChangeContext, change: UpdateFlowChange): ChangeOutcome {
  const { draft, at } = ctx;
  const index = findFlowIndex(draft, change.flow);
  const flow = draft.flows[index];
  if (!flow) return failed(unknownId('flow', change.flow, [...at, 'flow']));
  // Only the fields present are set; an absent key must not erase the flow's value.
  const set = Object.fromEntries(Object.entries(change.set).filter(([, v]) => v !== undefined));
  draft.flows[index] = { ...flow, ...set };
  const fields = Object.keys(set).join(', ');
  return done(
    { zh: `修改物质流 ${quote(change.flow)} 的 ${fields}`, en: `set ${fields} of flow ${quote(change.flow)}` },
    { changed: refs('flow', [change.flow]) },
  );
}
