/**
 * A team server in the test's own process, on a fresh database of one
 * backend, on 127.0.0.1 and any free port; with accounts made directly in
 * its database (a cheap scrypt cost: the tests make dozens) and a small
 * fetch helper that speaks the API.
 */
import { addAccount } from '../../../src/server/accounts.ts';
import type { Database } from '../../../src/server/database/database.ts';
import { openDatabase } from '../../../src/server/database/openDatabase.ts';
import { startServer, type RunningServer, type ServerOptions } from '../../../src/server/startServer.ts';
import type { Backend, FreshDatabase } from './backends.ts';

/** Enough work to be a real scrypt hash, little enough for fifty accounts in a test. */
export const TEST_SCRYPT_COST = { N: 1024, r: 8, p: 1 };
export const PASSWORD = 'correct horse battery';

export interface TestServer {
  readonly url: string;
  readonly db: Database;
  /** A new account with PASSWORD. */
  addUser(name: string): Promise<void>;
  /** A token for the account, from POST /api/tokens. */
  token(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function startTestServer(backend: Backend, options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const fresh: FreshDatabase = await backend.fresh();
  const db = await openDatabase(fresh.choice);
  let server: RunningServer;
  try {
    server = await startServer(db, { host: '127.0.0.1', port: 0, appDir: null, ...options });
  } catch (error) {
    await db.close();
    throw error;
  }
  return {
    url: server.url,
    db,
    addUser: async (name) => {
      const outcome = await addAccount(db, name, PASSWORD, TEST_SCRYPT_COST);
      if (outcome.kind !== 'added') throw new Error(`${name}: ${outcome.kind}`);
    },
    token: async (name) => {
      const answer = await call(server.url, 'POST', '/api/tokens', { json: { username: name, password: PASSWORD } });
      if (answer.status !== 201) throw new Error(`token for ${name}: ${answer.status} ${answer.text}`);
      return (answer.json as { token: string }).token;
    },
    close: async () => {
      await server.close();
      await db.close();
      await fresh.dispose();
    },
  };
}

export interface CallOptions {
  readonly token?: string;
  /** Sent as JSON, with Content-Type application/json. */
  readonly json?: unknown;
  /** Sent as it is. */
  readonly body?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The body parsed, when it is JSON. */
  readonly json: unknown;
}

export async function call(base: string, method: string, path: string, options: CallOptions = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers['Authorization'] = `Bearer ${options.token}`;
  let body = options.body;
  if (options.json !== undefined) {
    headers['Content-Type'] ??= 'application/json';
    body = JSON.stringify(options.json);
  }
  const response = await fetch(`${base}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  let json: unknown = undefined;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: the text is the answer.
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** The error code of an error answer. */
export function errorCode(answer: Answer): string | undefined {
  return (answer.json as { error?: { code?: string } } | undefined)?.error?.code;
}
