/**
 * The working copy a change set is applied to, and what each change reports.
 * The draft copies the model's arrays once and replaces (never edits) the
 * objects it changes, so the caller's model is shared, not touched: a
 * deep-frozen input goes through unharmed.
 */
import type { TechnologyCatalogue } from '../catalogue/schema.ts';
import { problem, quote, type BilingualMessage, type PathSegment, type Problem } from '../model/problems.ts';
import { isBoundaryId } from '../model/references.ts';
import { ID_PATTERN } from '../model/schema.ts';
import type { Enterprise, Flow, Material, ParkModel } from '../model/types.ts';
import { bilingual, message } from '../text/message.ts';
import type { ChangeKind } from './changeSet.ts';

export type EntityType = 'enterprise' | 'flow' | 'material' | 'source' | 'chain';

export interface EntityRef {
  readonly type: EntityType;
  readonly id: string;
}

/** What one change did, so a UI can highlight it and a report can list it. */
export interface AppliedChange {
  /** Position in `changeSet.changes`. */
  readonly index: number;
  readonly kind: ChangeKind;
  /** One sentence in each language. */
  readonly summary: BilingualMessage;
  readonly added: readonly EntityRef[];
  readonly removed: readonly EntityRef[];
  readonly changed: readonly EntityRef[];
}

export type ChangeEffect = Omit<AppliedChange, 'index' | 'kind'>;

export type ChangeOutcome =
  { readonly ok: true; readonly effect: ChangeEffect } | { readonly ok: false; readonly errors: readonly Problem[] };

export interface ChangeContext {
  /** Mutable shallow copy: handlers push, splice and replace items, never edit them in place. */
  readonly draft: ParkModel;
  readonly catalogue: TechnologyCatalogue | undefined;
  /** `['changes', i]`: every problem of this change is reported under it. */
  readonly at: readonly PathSegment[];
  /** Deterministic id of the k-th flow this change generates. */
  readonly generatedFlowId: (k: number) => string;
  readonly changeSetId: string;
}

export function startDraft(model: ParkModel): ParkModel {
  return {
    ...model,
    park: { ...model.park },
    clusters: [...model.clusters],
    materials: [...model.materials],
    enterprises: [...model.enterprises],
    flows: [...model.flows],
    chains: [...model.chains],
  };
}

export function failed(...errors: Problem[]): ChangeOutcome {
  return { ok: false, errors };
}

export function done(
  summary: BilingualMessage,
  parts: { added?: EntityRef[]; removed?: EntityRef[]; changed?: EntityRef[] },
): ChangeOutcome {
  return {
    ok: true,
    effect: { summary, added: parts.added ?? [], removed: parts.removed ?? [], changed: parts.changed ?? [] },
  };
}

export const refs = (type: EntityType, ids: readonly string[]): EntityRef[] => ids.map((id) => ({ type, id }));

export function findEnterprise(draft: ParkModel, id: string): Enterprise | undefined {
  return draft.enterprises.find((e) => e.id === id);
}

export function findMaterial(draft: ParkModel, id: string): Material | undefined {
  return draft.materials.find((m) => m.id === id);
}

export function findFlowIndex(draft: ParkModel, id: string): number {
  return draft.flows.findIndex((f) => f.id === id);
}

/** A kind of item a change names; what each is called is the catalogue's `label:kind_…`. */
export type ReferenceKind = 'enterprise' | 'flow' | 'material' | 'cluster' | 'technology' | 'chain';

/** A message about one item, the item's kind named in each language. */
export function aboutItem(
  key: 'scenario:unknownId' | 'scenario:duplicateId' | 'scenario:updated',
  kind: ReferenceKind,
  params: Readonly<Record<string, string>>,
): BilingualMessage {
  return bilingual(key, (language) => ({ ...params, kind: message(language, `label:kind_${kind}`) }));
}

export function unknownId(kind: ReferenceKind, id: string, path: readonly PathSegment[]): Problem {
  return problem('error', 'unknown-reference', path, aboutItem('scenario:unknownId', kind, { id: quote(id) }));
}

export function duplicateId(kind: ReferenceKind, id: string, path: readonly PathSegment[]): Problem {
  return problem('error', 'duplicate-id', path, aboutItem('scenario:duplicateId', kind, { id: quote(id) }));
}

/** A flow end names an enterprise that exists at this point of the change set, or a boundary actor. */
export function checkFlowReferences(
  draft: ParkModel,
  flow: Pick<Flow, 'from' | 'to' | 'material'>,
  path: readonly PathSegment[],
  extraEnterprises: ReadonlySet<string> = new Set(),
): Problem[] {
  const problems: Problem[] = [];
  // A field that is not text at all is the schema's to report (itemChecks.ts), not an unknown id.
  for (const end of ['from', 'to'] as const) {
    const id: unknown = flow[end];
    if (typeof id === 'string' && !isBoundaryId(id) && !extraEnterprises.has(id) && !findEnterprise(draft, id)) {
      problems.push(unknownId('enterprise', id, [...path, end]));
    }
  }
  const material: unknown = flow.material;
  if (typeof material === 'string' && !findMaterial(draft, material))
    problems.push(unknownId('material', material, [...path, 'material']));
  return problems;
}

/** Flow ids already taken: a change may not reuse one (later changes address flows by id). */
export function checkNewFlowIds(
  draft: ParkModel,
  flows: readonly Pick<Flow, 'id'>[],
  pathOf: (k: number) => readonly PathSegment[],
): Problem[] {
  const taken = new Set(draft.flows.map((f) => f.id));
  const problems: Problem[] = [];
  flows.forEach((flow, k) => {
    if (taken.has(flow.id)) problems.push(duplicateId('flow', flow.id, pathOf(k)));
    taken.add(flow.id);
  });
  return problems;
}

/** Generated ids must be valid and free; a clash means the user reused the change set id. */
export function checkGeneratedIds(draft: ParkModel, ids: readonly string[], at: readonly PathSegment[]): Problem[] {
  const clash = ids.find((id) => !ID_PATTERN.test(id) || findFlowIndex(draft, id) >= 0);
  if (clash === undefined) return [];
  return [problem('error', 'generated-id-clash', at, bilingual('scenario:generatedIdClash', { id: quote(clash) }))];
}
