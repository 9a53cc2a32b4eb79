/**
 * `analyze --json` sized for people and machines: complete, not bloated.
 * A provincial park's analysis written as core returns it was 479 MB
 * (20 000 enterprises, 100 000 flows), nearly all of it a thousand cycles of
 * eight thousand actors each, listed twice, and per-actor records repeating
 * every key 20 000 times. Here:
 * - per-actor tables (centrality, flow metrics, communities) are written
 *   column by column: `{ "id": [...], "throughflow": [...] }`;
 * - cycles are listed shortest first as core sorts them, up to LISTED_CYCLES
 *   and LISTED_CYCLE_ACTORS actor ids in all (a provincial park's cycles run
 *   through thousands of actors), with how many were found (`found`; and
 *   `truncated` when the search itself stopped) and every found cycle's
 *   length (`lengths`);
 * - `--fields a,b.c` keeps only those parts (dotted paths);
 * - a document over a megabyte is written without indentation.
 */

import { cycleCount, shortestCycles, type Cycles } from '../core/analysis/network/cycles.ts';

export const LISTED_CYCLES = 100;
const LISTED_CYCLE_ACTORS = 10_000;
const INDENT_LIMIT = 1_000_000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Rows of one shape → one array per key, in the rows' order (keys from the first row). */
export function columns(rows: readonly Record<string, Json>[]): Record<string, Json[]> {
  const table: Record<string, Json[]> = {};
  for (const key of Object.keys(rows[0] ?? {})) table[key] = rows.map((row) => row[key] ?? null);
  return table;
}

function listedCycles(found: Cycles): Json {
  const listed = shortestCycles(found, LISTED_CYCLES, LISTED_CYCLE_ACTORS);
  return {
    cycles: listed.cycles.map((cycle) => [...cycle]),
    truncated: listed.truncated,
    found: cycleCount(found),
    lengths: found.cycles.map((cycle) => cycle.length),
  };
}

/** The parts of the network report rewritten as above; everything else as it is. */
function compactNetwork(network: Record<string, Json>): Record<string, Json> {
  const table = (part: Json) => {
    const record = part as { actors?: Record<string, Json>[] } | null;
    return record?.actors ? { ...record, actors: columns(record.actors) } : part;
  };
  const commensurable = network['commensurable'] as Record<string, Json> | undefined;
  return {
    ...network,
    ...(network['centrality'] ? { centrality: table(network['centrality']) } : {}),
    ...(network['flows'] ? { flows: table(network['flows']) } : {}),
    ...(network['communities'] ? { communities: table(network['communities']) } : {}),
    ...(network['cycles'] ? { cycles: listedCycles(network['cycles'] as never) } : {}),
    ...(commensurable?.['cycles']
      ? { commensurable: { ...commensurable, cycles: listedCycles(commensurable['cycles'] as never) } }
      : {}),
  };
}

/** Keeps only the dotted paths asked for; an unknown path is returned so the caller can say so. */
function pickFields(document: Record<string, Json>, paths: readonly string[]) {
  const picked: Record<string, Json> = {};
  const unknown: string[] = [];
  for (const path of paths) {
    const keys = path.split('.');
    let value: Json | undefined = document;
    for (const key of keys)
      value = value !== null && typeof value === 'object' && !Array.isArray(value) ? value[key] : undefined;
    if (value === undefined) {
      unknown.push(path);
      continue;
    }
    let target = picked;
    for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Record<string, Json>;
    target[keys.at(-1)!] = value;
  }
  return { picked, unknown };
}

/**
 * The analysis (already a plain JSON document) compacted as above, with only
 * `fields` when given: what `--json` writes and the team server keeps per
 * revision (src/server/).
 */
export function compactAnalysis(document: object, fields?: readonly string[]) {
  // Plain data (core's results hold no class instances); read, never copied whole or changed.
  const plain = document as Record<string, Json>;
  const network = plain['network'];
  const compact =
    network && typeof network === 'object' && !Array.isArray(network)
      ? { ...plain, network: compactNetwork(network) }
      : plain;
  return fields ? pickFields(compact, fields) : { picked: compact, unknown: [] };
}

/** The analysis as `--json` writes it. */
export function analysisJson(document: object, fields?: readonly string[]) {
  const { picked, unknown } = compactAnalysis(document, fields);
  const text = JSON.stringify(picked);
  return { text: text.length > INDENT_LIMIT ? text : JSON.stringify(picked, null, 2), unknown };
}
