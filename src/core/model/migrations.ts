/**
 * Old files keep loading: each migration lifts a document by one schema
 * version. Files from a future version are refused, never guessed at.
 *
 * Version 0 is the unversioned, hand-written form that predates
 * `schemaVersion`: names may be plain strings, collections and declared
 * streams may be missing, and flow status defaults to existing.
 */
import { CURRENT_SCHEMA_VERSION } from './schema.ts';
import { bilingual } from '../text/message.ts';
import { problem, quote, type Problem } from './problems.ts';

type JsonObject = Record<string, unknown>;

export interface MigrationResult {
  /** The document at the current version, or undefined when it cannot be migrated. */
  readonly document?: JsonObject;
  /** The version the document was written in. */
  readonly fromVersion?: number;
  readonly problems: readonly Problem[];
}

type Migration = (doc: JsonObject) => JsonObject;

/** MIGRATIONS[v] lifts a document from version v to v + 1. */
const MIGRATIONS: Readonly<Record<number, Migration>> = {
  0: migrateUnversioned,
  1: migrateFlowYears,
};

export function migrateToCurrent(doc: JsonObject): MigrationResult {
  const declared = doc['schemaVersion'];
  if (declared !== undefined && (typeof declared !== 'number' || !Number.isInteger(declared) || declared < 0)) {
    return {
      problems: [
        problem(
          'error',
          'schema-version',
          ['schemaVersion'],
          bilingual('model:schemaVersionNotWhole', { value: quote(declared) }),
        ),
      ],
    };
  }
  const fromVersion = declared ?? 0;
  if (fromVersion > CURRENT_SCHEMA_VERSION) {
    return {
      fromVersion,
      problems: [
        problem(
          'error',
          'schema-version-future',
          ['schemaVersion'],
          bilingual('model:schemaVersionFuture', { version: fromVersion, current: CURRENT_SCHEMA_VERSION }),
        ),
      ],
    };
  }
  let document = doc;
  for (let version = fromVersion; version < CURRENT_SCHEMA_VERSION; version++) {
    const migration = MIGRATIONS[version];
    if (!migration) throw new Error(`no migration from schema version ${version}`);
    document = migration(document);
  }
  return { document, fromVersion, problems: [] };
}

const CJK = /[\u3400-\u9fff]/;

function liftName(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return CJK.test(value) ? { zh: value } : { en: value };
}

function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function mapItems(value: unknown, lift: (item: JsonObject) => JsonObject): unknown {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return value;
  return value.map((item) => (isObject(item) ? lift(item) : item));
}

function withName(item: JsonObject): JsonObject {
  return 'name' in item ? { ...item, name: liftName(item['name']) } : item;
}

function migrateUnversioned(doc: JsonObject): JsonObject {
  const park = isObject(doc['park'])
    ? { ...withName(doc['park']), region: liftName(doc['park']['region']) }
    : doc['park'];
  if (isObject(park) && park['region'] === undefined) delete park['region'];
  return {
    ...doc,
    schemaVersion: 1,
    park,
    clusters: mapItems(doc['clusters'], withName),
    materials: mapItems(doc['materials'], withName),
    enterprises: mapItems(doc['enterprises'], (e) => ({
      ...withName(e),
      inputs: e['inputs'] ?? [],
      outputs: e['outputs'] ?? [],
      capacities: e['capacities'] ?? [],
    })),
    flows: mapItems(doc['flows'], (f) => ({ ...f, status: f['status'] ?? 'existing' })),
    chains: mapItems(doc['chains'], (c) => ({
      ...withName(c),
      // Unversioned chains listed stages as bare material ids.
      stages: Array.isArray(c['stages'])
        ? c['stages'].map((s: unknown) => (typeof s === 'string' ? { materials: [s] } : s))
        : c['stages'],
    })),
  };
}

/**
 * Version 1 → 2: a flow's `year` was the one year a flow carried; version 2
 * gives exchanges a start and an end year, and `year` is the start.
 */
function migrateFlowYears(doc: JsonObject): JsonObject {
  return {
    ...doc,
    schemaVersion: 2,
    flows: Array.isArray(doc['flows'])
      ? doc['flows'].map((f: unknown) => {
          if (!isObject(f) || !('year' in f)) return f;
          const { year, ...rest } = f;
          return { ...rest, startYear: year };
        })
      : doc['flows'],
  };
}
