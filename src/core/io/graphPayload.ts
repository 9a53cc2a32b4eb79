/**
 * The parts of a park model that are not a graph (the park record,
 * clusters, materials, chain templates and the saved view) travel in GEXF
 * and GraphML exports as one JSON text at graph level:
 *
 * - GraphML: a graph `<data>` under the key `symbiograph.model`
 *   (`<key for="graph" attr.name="symbiograph.model" attr.type="string">`),
 *   which is standard GraphML;
 * - GEXF: GEXF 1.3 has no graph-level attributes, so the JSON is an element
 *   `<model>` in our own namespace (PAYLOAD_NAMESPACE) inside `<meta>`, which
 *   Gephi and other readers skip.
 *
 * Enterprises and flows are the nodes and edges themselves. Tools that
 * rewrite the file (Gephi, yEd) drop the payload; importing their output
 * then rebuilds what it can from the graph, as for any foreign file.
 */
import type { ParkModel } from '../model/types.ts';
import { isLooseObject, type LooseObject } from '../model/loose.ts';

export const PAYLOAD_KEY = 'symbiograph.model';
export const PAYLOAD_NAMESPACE = 'urn:symbiograph:model:1';
const FORMAT = 'symbiograph';

export function writePayload(model: ParkModel): string {
  const { schemaVersion, park, clusters, materials, chains, view } = model;
  return JSON.stringify({
    format: FORMAT,
    schemaVersion,
    park,
    clusters,
    materials,
    chains,
    ...(view ? { view } : {}),
  });
}

/** The payload object, or a reason it cannot be used. */
export function readPayload(text: string): { ok: true; payload: LooseObject } | { ok: false; reason: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  if (!isLooseObject(value) || value['format'] !== FORMAT) return { ok: false, reason: 'not a Symbiograph payload' };
  return { ok: true, payload: value };
}
