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

export type ReferenceKind = 'enterprise' | 'flow' | 'material' | 'cluster' | 'technology' | 'chain';

/** What each kind of item is called, in both languages. */
export const KIND_NAMES: Readonly<Record<ReferenceKind, BilingualMessage>> = {
  enterprise: { zh: '企业', en: 'enterprise' },
  flow: { zh: '物质流', en: 'flow' },
  material: { zh: '物料', en: 'material' },
  cluster: { zh: '集群', en: 'cluster' },
  technology: { zh: '工艺', en: 'technology' },
  chain: { zh: '产业链模板', en: 'chain template' },
};

export function unknownId(kind: ReferenceKind, id: string, path: readonly PathSegment[]): Problem {
  const name = KIND_NAMES[kind];
  return problem('error', 'unknown-reference', path, {
    zh: `模型中没有${name.zh} ${quote(id)}`,
    en: `the model has no ${name.en} ${quote(id)}`,
  });
}

export function duplicateId(kind: ReferenceKind, id: string, path: readonly PathSegment[]): Problem {
  const name = KIND_NAMES[kind];
  return problem('error', 'duplicate-id', path, {
    zh: `${name.zh}标识符 ${quote(id)} 已被占用`,
    en: `${name.en} id ${quote(id)} is already taken`,
  });
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
  return [
    problem('error', 'generated-id-clash', at, {
      zh: `生成的物质流标识符 ${quote(clash)} 无效或已被占用,请更换变更集的 id`,
      en: `the generated flow id ${quote(clash)} is invalid or already taken; give the change set another id`,
    }),
  ];
}
