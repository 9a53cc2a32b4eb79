/**
 * Who may call what: every route of the API (API_ROUTES, so a new route
 * without its line here fails the type check and the test) for every kind
 * of caller — no one, a viewer, an editor and the owner of the park, and
 * the owner of another park — answers the status it must: 401 for no one,
 * 404 for a park one has no role on (the same answer as for a park that does
 * not exist), 403 for a role too weak; and what it answers when it may is
 * what API_ROUTES says it answers (the schema of its status). One test,
 * every pair.
 */
import { describe, expect } from 'vitest';
import {
  API_ROUTES,
  revisionTag,
  routePath,
  type ApiRoute,
  type ApiRouteName,
} from '../../../src/core/io/serverProtocol.ts';
import { validateModel } from '../../../src/core/model/validate.ts';
import { fourEnterprisePark } from '../../fixtures/fourEnterprisePark.ts';
import type { Backend } from './backends.ts';
import { eachBackend } from './eachBackend.ts';
import { call, PASSWORD, startTestServer, type Answer, type TestServer } from './testServer.ts';

const CALLERS = ['anonymous', 'viewer', 'editor', 'owner', 'stranger'] as const;
type CallerName = (typeof CALLERS)[number];
type Member = Exclude<CallerName, 'anonymous'>;

/** The status of a route for each caller: one for all, or by caller. */
type Expected = number | Readonly<Record<CallerName, number>>;

const forMembers = (ok: number, minimum: 'viewer' | 'editor' | 'owner'): Expected => ({
  anonymous: 401,
  viewer: minimum === 'viewer' ? ok : 403,
  editor: minimum === 'owner' ? 403 : ok,
  owner: ok,
  stranger: 404,
});
const forUsers = (ok: number): Expected => ({ anonymous: 401, viewer: ok, editor: ok, owner: ok, stranger: ok });

const EXPECTED: Readonly<Record<ApiRouteName, Expected>> = {
  openapi: 200,
  createToken: 201,
  login: 200,
  logout: forUsers(204),
  session: forUsers(200),
  listParks: forUsers(200),
  createPark: forUsers(201),
  getPark: forMembers(200, 'viewer'),
  savePark: forMembers(200, 'editor'),
  listVersions: forMembers(200, 'viewer'),
  getVersion: forMembers(200, 'viewer'),
  restoreVersion: forMembers(201, 'editor'),
  diff: forMembers(200, 'viewer'),
  analysis: forMembers(200, 'viewer'),
  events: forMembers(200, 'viewer'),
  listMembers: forMembers(200, 'viewer'),
  setMember: forMembers(200, 'owner'),
  audit: forMembers(200, 'owner'),
  getRejected: forMembers(200, 'editor'),
};

const USERS: Readonly<Record<Member, string>> = { viewer: 'vera', editor: 'edgar', owner: 'olga', stranger: 'stan' };

interface Scene {
  readonly server: TestServer;
  readonly park: string;
  /** A save refused as stale. */
  readonly rejected: number;
  readonly tokens: ReadonlyMap<CallerName, string>;
}

/** A park of Olga's, Vera its viewer and Edgar its editor; Stan owns a park of his own; revision 2 and a rejected save. */
async function scene(backend: Backend): Promise<Scene> {
  const server = await startTestServer(backend);
  const tokens = new Map<CallerName, string>();
  for (const [caller, name] of Object.entries(USERS)) {
    await server.addUser(name);
    tokens.set(caller as CallerName, await server.token(name));
  }
  const owner = tokens.get('owner')!;
  const created = await call(server.url, 'POST', '/api/parks', { token: owner, json: fourEnterprisePark() });
  const park = (created.json as { id: string }).id;
  for (const role of ['viewer', 'editor'] as const)
    await call(server.url, 'POST', routePath('setMember', { id: park }), {
      token: owner,
      json: { username: USERS[role], role },
    });
  await call(server.url, 'POST', '/api/parks', { token: tokens.get('stranger')!, json: fourEnterprisePark() });
  const edited = { ...fourEnterprisePark(), park: { ...fourEnterprisePark().park, name: { en: 'edited' } } };
  const path = routePath('savePark', { id: park });
  await call(server.url, 'PUT', path, { token: owner, json: edited, headers: { 'If-Match': '"1"' } });
  const stale = await call(server.url, 'PUT', path, { token: owner, json: edited, headers: { 'If-Match': '"1"' } });
  const rejected = (stale.json as { error: { rejected: { id: number } } }).error.rejected.id;
  return { server, park, rejected, tokens };
}

/** A request to the route as a client would make it, valid in everything but, perhaps, who makes it. */
async function request({ server, park, rejected, tokens }: Scene, name: ApiRouteName, caller: CallerName) {
  const route = API_ROUTES[name];
  const headers: Record<string, string> = {};
  if ('ifMatch' in route) {
    const head = await call(server.url, 'GET', routePath('getPark', { id: park }), { token: tokens.get('owner')! });
    headers['If-Match'] = head.headers.get('etag') ?? revisionTag(1);
  }
  let token = tokens.get(caller);
  // Signing out revokes the token it is made with: a token of its own for that.
  if (name === 'logout' && caller !== 'anonymous') token = await server.token(USERS[caller]);
  const credentials = { username: caller === 'anonymous' ? USERS.owner : USERS[caller], password: PASSWORD };
  const bodies: Partial<Record<ApiRouteName, unknown>> = {
    createToken: credentials,
    login: credentials,
    createPark: fourEnterprisePark(),
    savePark: fourEnterprisePark(),
    setMember: { username: USERS.viewer, role: 'viewer' },
  };
  const query: Partial<Record<ApiRouteName, string>> = { diff: '?from=1&to=2', analysis: '?revision=1' };
  const path = routePath(name, { id: park, n: name === 'getRejected' ? rejected : 1 }) + (query[name] ?? '');
  if (name === 'events') {
    const response = await fetch(`${server.url}${path}`, {
      headers: token === undefined ? {} : { Authorization: `Bearer ${token}` },
    });
    await response.body?.cancel();
    return { status: response.status, shape: null };
  }
  const answer = await call(server.url, route.method.toUpperCase(), path, {
    ...(token === undefined ? {} : { token }),
    ...(bodies[name] === undefined ? {} : { json: bodies[name] }),
    headers,
  });
  return { status: answer.status, shape: shapeProblem(route, answer) };
}

/** Why a successful answer is not what its route says it answers, or null when it is. */
function shapeProblem(route: ApiRoute, answer: Answer): string | null {
  const declared = route.responses[answer.status]?.schema;
  if (declared === undefined) return null;
  if (declared === 'park-model') return validateModel(answer.json).ok ? null : 'not a valid park model';
  const parsed = declared.safeParse(answer.json);
  return parsed.success ? null : parsed.error.message;
}

describe('who may call what', () => {
  eachBackend('answers every route as each caller must', 120_000, async (backend) => {
    const current = await scene(backend);
    try {
      const wrong: string[] = [];
      for (const name of Object.keys(API_ROUTES) as ApiRouteName[]) {
        for (const caller of CALLERS) {
          const expected = EXPECTED[name];
          const status = typeof expected === 'number' ? expected : expected[caller];
          const got = await request(current, name, caller);
          if (got.status !== status) wrong.push(`${name} as ${caller}: ${got.status}, not ${status}`);
          if (got.shape !== null) wrong.push(`${name} as ${caller}: not the declared answer: ${got.shape}`);
        }
      }
      expect(wrong).toEqual([]);
      // A park one has no role on is answered as one that does not exist: its existence is not given away.
      const { server, park, tokens } = current;
      const stranger = tokens.get('stranger')!;
      const hidden = await call(server.url, 'GET', routePath('getPark', { id: park }), { token: stranger });
      const missing = await call(server.url, 'GET', routePath('getPark', { id: 'no-such-park' }), { token: stranger });
      expect(hidden.status).toBe(404);
      expect(hidden.text).toBe(missing.text);
    } finally {
      await current.server.close();
    }
  });
});
