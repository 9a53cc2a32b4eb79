/**
 * add-stream, update-stream and remove-stream: an enterprise's declared
 * inputs, outputs and capacities, one stream at a time. A stream is named
 * by its material: a list declares each material once (references.ts).
 */
import { problem, quote, type BilingualMessage, type PathSegment, type Problem } from '../model/problems.ts';
import type { Enterprise, Stream } from '../model/types.ts';
import { bilingual, message } from '../text/message.ts';
import type { AddStreamChange, RemoveStreamChange, UpdateStreamChange } from './changeSchemas.ts';
import { done, failed, refs, unknownId, type ChangeContext, type ChangeOutcome } from './draft.ts';
import { checkStream, idsOf, mergeProblems, type StreamList } from './itemChecks.ts';
import { updated } from './itemUpdate.ts';

/** A message about one declared stream, its list named (`label:streamList_…`) in each language. */
function aboutStream(
  key: 'streamDeclared' | 'streamAdded' | 'streamUpdated' | 'streamRemoved' | 'streamNotDeclared',
  enterprise: string,
  list: StreamList,
  material: string,
  fields = '',
): BilingualMessage {
  return bilingual(`scenario:${key}`, (language) => ({
    enterprise: quote(enterprise),
    list: message(language, `label:streamList_${list}`),
    material: quote(material),
    fields,
  }));
}

export function addStream(ctx: ChangeContext, change: AddStreamChange): ChangeOutcome {
  const { draft, at } = ctx;
  const { list, stream } = change;
  const index = draft.enterprises.findIndex((e) => e.id === change.enterprise);
  const enterprise = draft.enterprises[index];
  if (!enterprise) return failed(unknownId('enterprise', change.enterprise, [...at, 'enterprise']));
  const path = [...at, 'stream'];
  const own: Problem[] = enterprise[list].some((s) => s.material === stream.material)
    ? [
        problem(
          'error',
          'duplicate-stream',
          [...path, 'material'],
          aboutStream('streamDeclared', enterprise.id, list, stream.material),
        ),
      ]
    : [];
  const errors = mergeProblems(own, checkStream(idsOf(draft), list, stream, path));
  if (errors.length > 0) return failed(...errors);
  draft.enterprises[index] = { ...enterprise, [list]: [...enterprise[list], stream] };
  return done(aboutStream('streamAdded', enterprise.id, list, stream.material), {
    changed: refs('enterprise', [enterprise.id]),
  });
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
  return done(aboutStream('streamUpdated', enterprise.id, change.list, change.material, fields), {
    changed: refs('enterprise', [enterprise.id]),
  });
}

export function removeStream(ctx: ChangeContext, change: RemoveStreamChange): ChangeOutcome {
  const found = findStream(ctx, change);
  if (!found.ok) return found.outcome;
  const { index, enterprise, position } = found;
  ctx.draft.enterprises[index] = {
    ...enterprise,
    [change.list]: enterprise[change.list].filter((_, i) => i !== position),
  };
  return done(aboutStream('streamRemoved', enterprise.id, change.list, change.material), {
    changed: refs('enterprise', [enterprise.id]),
  });
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
    return {
      ok: false,
      outcome: failed(
        problem(
          'error',
          'unknown-reference',
          path,
          aboutStream('streamNotDeclared', enterprise.id, target.list, target.material),
        ),
      ),
    };
  }
  return { ok: true, index, enterprise, position };
}
