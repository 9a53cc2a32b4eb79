/**
 * add-stream, update-stream and remove-stream: an enterprise's declared
 * inputs, outputs and capacities, one stream at a time. A stream is named
 * by its material: a list declares each material once (references.ts).
 */
import { problem, quote, type PathSegment, type Problem } from '../model/problems.ts';
import type { Enterprise, Stream } from '../model/types.ts';
import type { AddStreamChange, RemoveStreamChange, UpdateStreamChange } from './changeSchemas.ts';
import { done, failed, refs, unknownId, type ChangeContext, type ChangeOutcome } from './draft.ts';
import { checkStream, idsOf, mergeProblems, type StreamList } from './itemChecks.ts';
import { updated } from './itemUpdate.ts';

const LIST_NAMES: Readonly<Record<StreamList, { zh: string; en: string }>> = {
  inputs: { zh: '输入', en: 'input' },
  outputs: { zh: '输出', en: 'output' },
  capacities: { zh: '能力', en: 'capacity' },
};

export function addStream(ctx: ChangeContext, change: AddStreamChange): ChangeOutcome {
  const { draft, at } = ctx;
  const { list, stream } = change;
  const index = draft.enterprises.findIndex((e) => e.id === change.enterprise);
  const enterprise = draft.enterprises[index];
  if (!enterprise) return failed(unknownId('enterprise', change.enterprise, [...at, 'enterprise']));
  const path = [...at, 'stream'];
  const own: Problem[] = enterprise[list].some((s) => s.material === stream.material)
    ? [
        problem('error', 'duplicate-stream', [...path, 'material'], {
          zh: `企业 ${quote(enterprise.id)} 已声明${LIST_NAMES[list].zh} ${quote(stream.material)}:请修改那一项`,
          en: `enterprise ${quote(enterprise.id)} already declares the ${LIST_NAMES[list].en} ${quote(stream.material)}: edit that one`,
        }),
      ]
    : [];
  const errors = mergeProblems(own, checkStream(idsOf(draft), list, stream, path));
  if (errors.length > 0) return failed(...errors);
  draft.enterprises[index] = { ...enterprise, [list]: [...enterprise[list], stream] };
  return done(
    {
      zh: `为企业 ${quote(enterprise.id)} 新增${LIST_NAMES[list].zh} ${quote(stream.material)}`,
      en: `added the ${LIST_NAMES[list].en} ${quote(stream.material)} to enterprise ${quote(enterprise.id)}`,
    },
    { changed: refs('enterprise', [enterprise.id]) },
  );
}

/** Its fields set or left out (a new material too), checked on the result with every other rule. */
export function updateStream(ctx: ChangeContext, change: UpdateStreamChange): ChangeOutcome {
  const found = findStream(ctx, change);
  if (!found.ok) return found.outcome;
  const { index, enterprise, position } = found;
  const streams = enterprise[change.list].map((s, i) =>
    i === position ? updated<Stream>(s, change.set, change.unset) : s,
  );
  ctx.draft.enterprises[index] = { ...enterprise, [change.list]: streams };
  const fields = [...Object.keys(change.set ?? {}), ...(change.unset ?? [])].join(', ');
  const name = LIST_NAMES[change.list];
  return done(
    {
      zh: `修改企业 ${quote(enterprise.id)} 的${name.zh} ${quote(change.material)} 的 ${fields}`,
      en: `set ${fields} of the ${name.en} ${quote(change.material)} of enterprise ${quote(enterprise.id)}`,
    },
    { changed: refs('enterprise', [enterprise.id]) },
  );
}

export function removeStream(ctx: ChangeContext, change: RemoveStreamChange): ChangeOutcome {
  const found = findStream(ctx, change);
  if (!found.ok) return found.outcome;
  const { index, enterprise, position } = found;
  ctx.draft.enterprises[index] = {
    ...enterprise,
    [change.list]: enterprise[change.list].filter((_, i) => i !== position),
  };
  const name = LIST_NAMES[change.list];
  return done(
    {
      zh: `移除企业 ${quote(enterprise.id)} 的${name.zh} ${quote(change.material)}`,
      en: `removed the ${name.en} ${quote(change.material)} of enterprise ${quote(enterprise.id)}`,
    },
    { changed: refs('enterprise', [enterprise.id]) },
  );
}

type FoundStream =
  | { readonly ok: true; readonly index: number; readonly enterprise: Enterprise; readonly position: number }
  | { readonly ok: false; readonly outcome: ChangeOutcome };

function findStream(
  ctx: ChangeContext,
  target: { readonly enterprise: string; readonly list: StreamList; readonly material: string },
): FoundStream {
  const { draft, at } = ctx;
  const index = draft.enterprises.findIndex((e) => e.id === target.enterprise);
  const enterprise = draft.enterprises[index];
  if (!enterprise)
    return { ok: false, outcome: failed(unknownId('enterprise', target.enterprise, [...at, 'enterprise'])) };
  const position = enterprise[target.list].findIndex((s) => s.material === target.material);
  if (position < 0) {
    const path: PathSegment[] = [...at, 'material'];
    const name = LIST_NAMES[target.list];
    return {
      ok: false,
      outcome: failed(
        problem('error', 'unknown-reference', path, {
          zh: `企业 ${quote(enterprise.id)} 没有声明${name.zh} ${quote(target.material)}`,
          en: `enterprise ${quote(enterprise.id)} declares no ${name.en} ${quote(target.material)}`,
        }),
      ),
    };
  }
  return { ok: true, index, enterprise, position };
}
