/**
 * The databases the team server's tests run on: the embedded PGlite always,
 * and PostgreSQL when SYMBIOGRAPH_TEST_DATABASE_URL names a server to create
 * throwaway databases on (scripts/testPostgres.sh starts one; .ci/run does).
 * Without it the PostgreSQL tests are skipped with the reason in their name,
 * except in CI, where they run and fail.
 *
 * Each test gets a fresh, empty database: for PGlite a copy of one freshly
 * initialised data directory, made once per machine and PGlite version
 * (initialising takes seconds; copying, milliseconds); for PostgreSQL a new
 * database, dropped afterwards.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { DatabaseChoice } from '../../../src/server/database/openDatabase.ts';

export interface FreshDatabase {
  readonly choice: DatabaseChoice;
  /** How a `symbiograph serve` or `user` process is pointed at it: arguments and environment. */
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  dispose(): Promise<void>;
}

export interface Backend {
  readonly name: 'pglite' | 'postgres';
  /** Why the backend's tests are skipped here, or null when they run. */
  readonly skipped: string | null;
  fresh(): Promise<FreshDatabase>;
}

/** The package exports no package.json: read beside its entry (dist/index.cjs). */
const PGLITE_VERSION = (
  JSON.parse(
    readFileSync(
      join(dirname(createRequire(import.meta.url).resolve('@electric-sql/pglite')), '..', 'package.json'),
      'utf8',
    ),
  ) as { version: string }
).version;

/** A data directory PGlite has initialised and closed: made once, by whichever test gets there first. */
async function pgliteTemplate(): Promise<string> {
  const template = join(tmpdir(), `symbiograph-pglite-template-${PGLITE_VERSION}`);
  if (existsSync(join(template, 'PG_VERSION'))) return template;
  const making = mkdtempSync(join(tmpdir(), 'symbiograph-pglite-making-'));
  const db = await PGlite.create(join(making, 'postgres'));
  await db.close();
  try {
    renameSync(join(making, 'postgres'), template);
  } catch {
    // Another test file made it meanwhile: theirs is as good.
  }
  rmSync(making, { recursive: true, force: true });
  return template;
}

const pglite: Backend = {
  name: 'pglite',
  skipped: null,
  fresh: async () => {
    const dir = mkdtempSync(join(tmpdir(), 'symbiograph-server-'));
    cpSync(await pgliteTemplate(), join(dir, 'postgres'), { recursive: true });
    return {
      choice: { kind: 'pglite', dir },
      args: ['--data', dir],
      env: {},
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

const POSTGRES_URL = process.env['SYMBIOGRAPH_TEST_DATABASE_URL'];
const IN_CI = Boolean(process.env['CI']);

async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const postgres: Backend = {
  name: 'postgres',
  skipped:
    POSTGRES_URL === undefined && !IN_CI
      ? 'SYMBIOGRAPH_TEST_DATABASE_URL is not set (scripts/testPostgres.sh starts a PostgreSQL for the tests)'
      : null,
  fresh: async () => {
    if (POSTGRES_URL === undefined)
      throw new Error('CI must run the PostgreSQL tests: set SYMBIOGRAPH_TEST_DATABASE_URL (.ci/run does)');
    const name = `symbiograph_test_${randomBytes(6).toString('hex')}`;
    await onServer((client) => client.query(`CREATE DATABASE ${name}`));
    const url = new URL(POSTGRES_URL);
    url.pathname = `/${name}`;
    return {
      choice: { kind: 'postgres', url: url.href },
      args: [],
      env: { DATABASE_URL: url.href },
      dispose: () => onServer(async (client) => void (await client.query(`DROP DATABASE ${name} WITH (FORCE)`))),
    };
  },
};

export const BACKENDS: readonly Backend[] = [pglite, postgres];

/** The suite's title for a backend: its name, and why it is skipped when it is. */
export function backendTitle(backend: Backend): string {
  return backend.skipped === null ? backend.name : `${backend.name} (skipped: ${backend.skipped})`;
}
