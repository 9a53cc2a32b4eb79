/**
 * Referential integrity: unique ids, every reference resolves, boundary
 * actors only where they are allowed.
 */
import { BOUNDARY_IDS } from './schema.ts';
import { itemsOf, numberField, stringField, isLooseObject, type LooseItem, type LooseObject } from './loose.ts';
import { bilingual, message } from '../text/message.ts';
import { formatPath, problem, quote, type PathSegment, type Problem } from './problems.ts';

export interface IdIndex {
  readonly clusters: ReadonlyMap<string, LooseItem>;
  readonly materials: ReadonlyMap<string, LooseItem>;
  readonly enterprises: ReadonlyMap<string, LooseItem>;
  readonly sources: ReadonlySet<string>;
}

/** What a reference names; each kind's word is the catalogue's `label:kind_…`. */
type ReferenceKind = 'cluster' | 'material' | 'enterprise' | 'source' | 'flow';

/**
 * Indexes each collection by id, reporting duplicates (the first occurrence
 * wins). `unreferenced: false` leaves out the flows and chains, which no
 * item refers to (a caller that checks their ids itself).
 */
export function indexIds(doc: LooseObject, problems: Problem[], { unreferenced = true } = {}): IdIndex {
  const park = isLooseObject(doc['park']) ? doc['park'] : undefined;
  const sources = new Set(indexCollection(itemsOf(park, 'sources', ['park']), problems).keys());
  if (unreferenced) for (const field of ['flows', 'chains']) indexCollection(itemsOf(doc, field), problems);
  return {
    clusters: indexCollection(itemsOf(doc, 'clusters'), problems),
    materials: indexCollection(itemsOf(doc, 'materials'), problems),
    enterprises: indexCollection(itemsOf(doc, 'enterprises'), problems),
    sources,
  };
}

function indexCollection(items: readonly LooseItem[], problems: Problem[]): Map<string, LooseItem> {
  const byId = new Map<string, LooseItem>();
  for (const item of items) {
    const id = stringField(item.value, 'id');
    if (id === undefined) continue;
    const first = byId.get(id);
    if (first) problems.push(duplicateId(id, item.path, first.path));
    else byId.set(id, item);
  }
  return byId;
}

/** The item at `path` has the id of the one at `first`. */
export function duplicateId(id: string, path: readonly PathSegment[], first: readonly PathSegment[]): Problem {
  return problem(
    'error',
    'duplicate-id',
    [...path, 'id'],
    bilingual('model:duplicateId', { id: quote(id), first: formatPath(first) }),
  );
}

/** `unknown material "x"`: a reference that names nothing (also the technology catalogue's). */
export function unknownReference(kind: ReferenceKind, id: string, path: readonly PathSegment[]): Problem {
  return problem(
    'error',
    'unknown-reference',
    path,
    bilingual('model:unknownReference', (language) => ({
      kind: message(language, `label:kind_${kind}`),
      id: quote(id),
    })),
  );
}

function checkReference(
  object: LooseObject,
  field: string,
  path: readonly PathSegment[],
  known: ReadonlyMap<string, unknown> | ReadonlySet<string>,
  kind: ReferenceKind,
  problems: Problem[],
): void {
  const id = stringField(object, field);
  if (id !== undefined && !known.has(id)) problems.push(unknownReference(kind, id, [...path, field]));
}

const STREAM_LISTS = ['inputs', 'outputs', 'capacities'] as const;

export function checkReferences(doc: LooseObject, ids: IdIndex, problems: Problem[]): void {
  const sourceHolders: LooseItem[] = [];

  const park = isLooseObject(doc['park']) ? doc['park'] : undefined;
  const policy = isLooseObject(park?.['policy']) ? park['policy'] : undefined;
  for (const list of ['negativeList', 'caps'])
    for (const item of itemsOf(policy, list, ['park', 'policy'])) sourceHolders.push(item);

  for (const material of itemsOf(doc, 'materials')) {
    for (const nested of ['emissionFactor', 'useEmissionFactor', 'price']) {
      const value = material.value[nested];
      if (isLooseObject(value)) sourceHolders.push({ index: 0, path: [...material.path, nested], value });
    }
  }

  for (const enterprise of itemsOf(doc, 'enterprises')) {
    checkReference(enterprise.value, 'cluster', enterprise.path, ids.clusters, 'cluster', problems);
    sourceHolders.push(enterprise);
    const figures = enterprise.value['figures'];
    if (isLooseObject(figures)) sourceHolders.push({ index: 0, path: [...enterprise.path, 'figures'], value: figures });
    for (const list of STREAM_LISTS) {
      const seen = new Map<string, readonly PathSegment[]>();
      for (const stream of itemsOf(enterprise.value, list, enterprise.path)) {
        sourceHolders.push(stream);
        checkReference(stream.value, 'material', stream.path, ids.materials, 'material', problems);
        const inHouse = numberField(stream.value, 'inHouse');
        const quantity = numberField(stream.value, 'quantity');
        if (inHouse !== undefined && quantity !== undefined && inHouse > quantity) {
          problems.push(
            problem(
              'error',
              'in-house-exceeds',
              [...stream.path, 'inHouse'],
              bilingual('model:inHouseExceeds', { inHouse, quantity }),
            ),
          );
        }
        checkCovers(stream, list, ids, problems);
        const material = stringField(stream.value, 'material');
        if (material === undefined) continue;
        const first = seen.get(material);
        if (first) {
          problems.push(
            problem(
              'error',
              'duplicate-stream',
              [...stream.path, 'material'],
              bilingual('model:duplicateStream', { material: quote(material), list, first: formatPath(first) }),
            ),
          );
        } else seen.set(material, stream.path);
      }
    }
  }

  // Only a flow another replaces needs every flow's status: built on first need, not a map of 500 000 flows each time.
  let flowStatus: ReadonlyMap<string | undefined, string | undefined> | undefined;
  const statusOf = () =>
    (flowStatus ??= new Map(
      itemsOf(doc, 'flows').map((f) => [stringField(f.value, 'id'), stringField(f.value, 'status')] as const),
    ));
  for (const flow of itemsOf(doc, 'flows')) {
    sourceHolders.push(flow);
    checkReplacement(flow, statusOf, problems);
    checkReference(flow.value, 'material', flow.path, ids.materials, 'material', problems);
    checkFlowEnd(flow, 'from', ids, problems);
    checkFlowEnd(flow, 'to', ids, problems);
    const from = stringField(flow.value, 'from');
    const to = stringField(flow.value, 'to');
    const boundaryEnd = (from !== undefined && isBoundaryId(from)) || (to !== undefined && isBoundaryId(to));
    if (flow.value['counterparty'] !== undefined && !boundaryEnd) {
      problems.push(
        problem('error', 'counterparty-inside', [...flow.path, 'counterparty'], bilingual('model:counterpartyInside')),
      );
    }
    if (from !== undefined && to !== undefined && isBoundaryId(from) && isBoundaryId(to)) {
      problems.push(
        problem(
          'error',
          'boundary-to-boundary',
          flow.path,
          bilingual('model:boundaryToBoundary', { from: quote(from), to: quote(to) }),
        ),
      );
    }
  }

  for (const chain of itemsOf(doc, 'chains')) {
    sourceHolders.push(chain);
    checkReference(chain.value, 'cluster', chain.path, ids.clusters, 'cluster', problems);
    for (const stage of itemsOf(chain.value, 'stages', chain.path)) {
      const materials = stage.value['materials'];
      if (!Array.isArray(materials)) continue;
      materials.forEach((id: unknown, k) => {
        if (typeof id === 'string' && !ids.materials.has(id)) {
          problems.push(unknownReference('material', id, [...stage.path, 'materials', k]));
        }
      });
    }
  }

  for (const holder of sourceHolders)
    checkReference(holder.value, 'source', holder.path, ids.sources, 'source', problems);

  const view = doc['view'];
  const positions = isLooseObject(view) ? view['positions'] : undefined;
  if (isLooseObject(positions)) {
    for (const key of Object.keys(positions)) {
      if (!ids.enterprises.has(key) && !isBoundaryId(key)) {
        problems.push(
          problem(
            'warning',
            'stale-position',
            ['view', 'positions', key],
            bilingual('model:stalePosition', { id: quote(key) }),
          ),
        );
      }
    }
  }
}

/** `replacedBy` names a planned flow: what replaces an existing flow is, by definition, not yet real. */
function checkReplacement(
  flow: LooseItem,
  statuses: () => ReadonlyMap<string | undefined, string | undefined>,
  problems: Problem[],
): void {
  const by = stringField(flow.value, 'replacedBy');
  if (by === undefined) return;
  const statusOf = statuses();
  const path = [...flow.path, 'replacedBy'];
  if (!statusOf.has(by)) {
    problems.push(unknownReference('flow', by, path));
  } else if (statusOf.get(by) !== 'planned' || by === stringField(flow.value, 'id')) {
    problems.push(
      problem('error', 'replacement-not-planned', path, bilingual('model:replacementNotPlanned', { id: quote(by) })),
    );
  }
}

/** `covers` and `rating` describe capacities; elsewhere they would be silently meaningless, so they are refused. */
function checkCovers(stream: LooseItem, list: string, ids: IdIndex, problems: Problem[]): void {
  for (const field of ['covers', 'rating'] as const) {
    if (stream.value[field] !== undefined && list !== 'capacities') {
      problems.push(
        problem('error', 'capacity-field', [...stream.path, field], bilingual('model:capacityField', { field, list })),
      );
    }
  }
  const covers = stream.value['covers'];
  if (!Array.isArray(covers)) return;
  covers.forEach((id: unknown, k) => {
    if (typeof id === 'string' && !ids.materials.has(id))
      problems.push(unknownReference('material', id, [...stream.path, 'covers', k]));
  });
}

export function isBoundaryId(id: string): boolean {
  return (BOUNDARY_IDS as readonly string[]).includes(id);
}

/** `@supply` may only send; `@market` and `@disposal` may only receive. */
function checkFlowEnd(flow: LooseItem, end: 'from' | 'to', ids: IdIndex, problems: Problem[]): void {
  const id = stringField(flow.value, end);
  if (id === undefined) return;
  const path = [...flow.path, end];
  if (isBoundaryId(id)) {
    const allowed = end === 'from' ? id === '@supply' : id !== '@supply';
    if (!allowed) {
      problems.push(
        problem(
          'error',
          'boundary-misuse',
          path,
          end === 'from'
            ? bilingual('model:boundaryReceivesOnly', { id: quote(id) })
            : bilingual('model:supplySendsOnly'),
        ),
      );
    }
    return;
  }
  if (!ids.enterprises.has(id)) {
    problems.push(problem('error', 'unknown-reference', path, bilingual('model:unknownFlowEnd', { id: quote(id) })));
  }
}
