/**
 * One string per repeated value in a model that has just crossed a
 * structured clone (a worker's message, an IndexedDB read). The clone writes
 * every string anew: a park of 100 000 flows arrives with 100 000 copies of
 * "t/a" and of "existing", and a copy of an enterprise's id in every flow
 * that names it — measured in Chromium at 20 000 enterprises / 100 000
 * flows, the park took 32 MB on the page as received and 17 MB once its
 * repeated strings were shared, and every garbage collection after marks
 * 650 000 objects fewer.
 *
 * It rewrites the fields in place (the same text, so nothing that reads the
 * model can tell): call it on a model just received, before anything else
 * holds it. Only the fields whose values repeat across items are shared —
 * references, units, statuses, provenance — not names or notes.
 */
import type { Enterprise, Flow, ParkModel, Stream } from './types.ts';

const FLOW_FIELDS = ['from', 'to', 'material', 'unit', 'status', 'source', 'basis'] as const;
const ENTERPRISE_FIELDS = ['cluster', 'role', 'status', 'source', 'basis'] as const;
const STREAM_FIELDS = ['material', 'unit', 'rating', 'source', 'basis'] as const;

export function shareRepeatedStrings(model: ParkModel): void {
  const kept = new Map<string, string>();
  const shareFields = <T extends object>(item: T, fields: readonly (keyof T & string)[]) => {
    const fieldsOf = item as Record<string, unknown>;
    for (const field of fields) {
      const value = fieldsOf[field];
      // Absent fields stay absent: writing one would add a property to every item.
      if (typeof value !== 'string') continue;
      const shared = kept.get(value);
      if (shared === undefined) kept.set(value, value);
      else fieldsOf[field] = shared;
    }
  };
  for (const flow of model.flows) shareFields<Flow>(flow, FLOW_FIELDS);
  for (const enterprise of model.enterprises) {
    shareFields<Enterprise>(enterprise, ENTERPRISE_FIELDS);
    for (const list of [enterprise.inputs, enterprise.outputs, enterprise.capacities])
      for (const stream of list) shareFields<Stream>(stream, STREAM_FIELDS);
  }
}
