/**
 * A park's life on the server: saves as numbered versions with their
 * author, time and message; the head served with its revision as ETag; a
 * stale save refused and kept; restores; two revisions compared exactly as
 * `symbiograph diff` compares two files, and a revision analysed exactly as
 * `analyze --json` prints it, each kept in the database; the event stream
 * telling of saves; members and roles; the audit log; browser sessions;
 * the OpenAPI document; the migrations.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { compareModels, comparisonDocument } from '../../../src/core/comparison/compareAnalyses.ts';
import { API_ROUTES, CSRF_HEADER, routePath, type ApiRouteName } from '../../../src/core/io/serverProtocol.ts';
import { compactAnalysis } from '../../../src/cli/analysisJson.ts';
import { loadCatalogueFile } from '../../../src/cli/loadCatalogue.ts';
import { analyzeParkInThreads } from '../../../src/cli/parallelBetweenness.ts';
import { DatabaseTooNewError, migrate } from '../../../src/server/database/migrate.ts';
import { MIGRATIONS } from '../../../src/server/migrations/index.ts';
import { BACKENDS, backendTitle } from './backends.ts';
import { call, errorCode, PASSWORD, startTestServer, type TestServer } from './testServer.ts';

const linyi = JSON.parse(readFileSync('data/linyi-etdz.json', 'utf8')) as ParkModel;
/** The park without one of its flows: a change the comparison and the analysis notice. */
const withoutFlow: ParkModel = { ...linyi, flows: linyi.flows.slice(1) };
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Reads server-sent events from a response until `wanted` of them have come. */
async function readEvents(response: Response, wanted: number): Promise<{ event: string; data: unknown }[]> {
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: { event: string; data: unknown }[] = [];
  let buffer = '';
  while (events.length < wanted) {
    const { done, value } = await reader.read();
    if (done) break;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event !== undefined && data !== undefined) events.push({ event, data: JSON.parse(data) });
    }
  }
  await reader.cancel();
  return events;
}

for (const backend of BACKENDS) {
  describe.skipIf(backend.skipped !== null)(`versions, members and sessions, on ${backendTitle(backend)}`, () => {
    let server: TestServer;
    let alice = '';
    let bob = '';
    let park = '';

    beforeAll(async () => {
      server = await startTestServer(backend);
      for (const name of ['alice', 'bob', 'carol']) await server.addUser(name);
      alice = await server.token('alice');
      bob = await server.token('bob');
      const created = await call(server.url, 'POST', `/api/parks?message=${encodeURIComponent('初版')}`, {
        token: alice,
        json: linyi,
      });
      expect(created.status).toBe(201);
      expect(created.headers.get('etag')).toBe('"1"');
      park = (created.json as { id: string }).id;
      expect(created.json).toEqual({ id: park, revision: 1, warnings: [] });
    }, 120_000);

    afterAll(() => server?.close());

    const get = (name: ApiRouteName, params: Record<string, string | number> = {}, query = '', token = alice) =>
      call(server.url, 'GET', routePath(name, { id: park, ...params }) + query, { token });

    it('keeps every save as a version, refuses a stale one and keeps what it carried', async () => {
      const path = routePath('savePark', { id: park });
      const save = (base: number, model: ParkModel, message: string, token = alice) =>
        call(server.url, 'PUT', `${path}?message=${encodeURIComponent(message)}`, {
          token,
          json: model,
          headers: { 'If-Match': `"${base}"` },
        });
      await call(server.url, 'POST', routePath('setMember', { id: park }), {
        token: alice,
        json: { username: 'bob', role: 'editor' },
      });
      const saved = await save(1, withoutFlow, 'one flow less');
      expect(saved.status).toBe(200);
      expect(saved.json).toEqual({ revision: 2, warnings: [] });
      expect(saved.headers.get('etag')).toBe('"2"');
      // Bob started from revision 1 too: his save is refused, with the head now and where his model is kept.
      const renamed = { ...linyi, park: { ...linyi.park, name: { zh: '鲍勃的园区', en: "Bob's park" } } };
      const stale = await save(1, renamed, 'from an old copy', bob);
      expect(stale.status).toBe(409);
      const error = (stale.json as { error: { head: unknown; rejected: { id: number }; message: { en: string } } })
        .error;
      expect(error.head).toMatchObject({ revision: 2, author: 'alice' });
      expect(error.message.en).toContain('revision 2');
      const kept = await get('getRejected', { n: error.rejected.id }, '', bob);
      expect(kept.json).toMatchObject({ author: 'bob', baseRevision: 1, headRevision: 2, message: 'from an old copy' });
      expect((kept.json as { model: ParkModel }).model).toEqual(renamed);

      const head = await get('getPark');
      expect(head.headers.get('etag')).toBe('"2"');
      expect(head.json).toEqual(withoutFlow);
      const cached = await call(server.url, 'GET', routePath('getPark', { id: park }), {
        token: alice,
        headers: { 'If-None-Match': '"2"' },
      });
      expect(cached.status).toBe(304);
      expect((await get('getVersion', { n: 1 })).json).toEqual(linyi);
      expect(errorCode(await get('getVersion', { n: 9 }))).toBe('not-found');
      const versions = (await get('listVersions')).json as { revision: number; author: string; message: string }[];
      expect(versions.map(({ revision, author, message }) => ({ revision, author, message }))).toEqual([
        { revision: 1, author: 'alice', message: '初版' },
        { revision: 2, author: 'alice', message: 'one flow less' },
      ]);
    });

    it('restores an old version as a new one', async () => {
      const restored = await call(
        server.url,
        'POST',
        `${routePath('restoreVersion', { id: park, n: 1 })}?message=back`,
        {
          token: bob,
        },
      );
      expect(restored.status).toBe(201);
      expect(restored.json).toEqual({ revision: 3, warnings: [] });
      expect((await get('getPark')).json).toEqual(linyi);
      const versions = (await get('listVersions')).json as { revision: number; restoredFrom?: number }[];
      expect(versions.at(-1)).toMatchObject({ revision: 3, author: 'bob', message: 'back', restoredFrom: 1 });
      // A restore that names a head that is not the head is as stale as a save.
      const stale = await call(server.url, 'POST', routePath('restoreVersion', { id: park, n: 2 }), {
        token: bob,
        headers: { 'If-Match': '"2"' },
      });
      expect(stale.status).toBe(409);
      expect((await get('listVersions')).json).toHaveLength(3);
    });

    it(
      "compares two revisions as 'symbiograph diff' compares two files, and analyses one as 'analyze --json'",
      { timeout: 60_000 },
      async () => {
        const diff = await get('diff', {}, '?from=1&to=2');
        expect(diff.status).toBe(200);
        expect(diff.json).toEqual({
          from: 1,
          to: 2,
          ...(plain(comparisonDocument(compareModels(linyi, withoutFlow))) as object),
        });
        expect((diff.json as { model: { flows: { removed: string[] } } }).model.flows.removed).toEqual([
          linyi.flows[0]!.id,
        ]);
        const analysis = await get('analysis', {}, '?revision=2');
        expect(analysis.status).toBe(200);
        const read = await loadCatalogueFile();
        if (!read.ok) throw new Error('the bundled catalogue does not load');
        const expected = compactAnalysis(await analyzeParkInThreads(withoutFlow, { catalogue: read.catalogue })).picked;
        expect(analysis.json).toEqual(plain(expected));
        // Each revision's analyses are kept: the head (revision 3) has none until asked for.
        const kept = await server.db.query<{ revision: number; kind: string }>(
          'SELECT revision, kind FROM revision_analyses WHERE park_id = $1 ORDER BY revision, kind',
          [park],
        );
        expect(kept.map((row) => `${row.revision} ${row.kind}`)).toEqual([
          '1 compared-today',
          '2 compared-today',
          '2 full',
        ]);
        expect((await get('analysis', {}, '?revision=2')).text).toBe(analysis.text);
        expect(errorCode(await get('analysis', {}, '?revision=7'))).toBe('not-found');
      },
    );

    it('tells listeners of every save as it happens', async () => {
      const response = await fetch(`${server.url}${routePath('events', { id: park })}`, {
        headers: { Authorization: `Bearer ${bob}` },
      });
      expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
      const events = readEvents(response, 2);
      // The head event comes once the stream listens; the save after it must arrive too.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const saved = await call(server.url, 'PUT', routePath('savePark', { id: park }), {
        token: alice,
        json: withoutFlow,
        headers: { 'If-Match': '"3"' },
      });
      expect(saved.status).toBe(200);
      const [head, save] = await events;
      expect(head).toMatchObject({ event: 'head', data: { revision: 3, author: 'bob' } });
      expect(save).toMatchObject({ event: 'saved', data: { revision: 4, author: 'alice' } });
    });

    it('gives, changes and takes away roles, keeping one owner, and logs who did what', async () => {
      const set = (username: string, role: string, token = alice) =>
        call(server.url, 'POST', routePath('setMember', { id: park }), { token, json: { username, role } });
      expect((await set('carol', 'viewer')).json).toEqual([
        { username: 'alice', role: 'owner' },
        { username: 'bob', role: 'editor' },
        { username: 'carol', role: 'viewer' },
      ]);
      expect(errorCode(await set('nobody', 'viewer'))).toBe('unknown-user');
      expect(errorCode(await set('alice', 'editor'))).toBe('last-owner');
      expect(errorCode(await set('alice', 'none'))).toBe('last-owner');
      expect((await set('bob', 'owner')).status).toBe(200);
      expect((await set('alice', 'editor', bob)).status).toBe(200);
      expect((await set('carol', 'none', bob)).json).toEqual([
        { username: 'alice', role: 'editor' },
        { username: 'bob', role: 'owner' },
      ]);
      const carol = await server.token('carol');
      expect((await get('getPark', {}, '', carol)).status).toBe(404);
      expect((await call(server.url, 'GET', '/api/parks', { token: carol })).json).toEqual([]);
      const audit = (await get('audit', {}, '', bob)).json as { username: string; action: string; detail: object }[];
      const actions = audit.map((entry) => `${entry.username} ${entry.action}`).reverse();
      expect(actions).toEqual([
        'alice park-created',
        'alice member-changed',
        'alice park-saved',
        'bob save-rejected',
        'bob park-restored',
        'bob save-rejected',
        'alice park-saved',
        'alice member-changed',
        'alice member-changed',
        'bob member-changed',
        'bob member-changed',
      ]);
      expect(audit[0]!.detail).toEqual({ member: 'carol', before: 'viewer', after: 'none' });
      expect((await get('audit', {}, '', alice)).status).toBe(403);
    });

    it('signs a browser in with a cookie and out again', async () => {
      const login = await call(server.url, 'POST', '/api/login', { json: { username: 'alice', password: PASSWORD } });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
      const { csrfToken } = login.json as { csrfToken: string };
      const session = await call(server.url, 'GET', '/api/session', { headers: { Cookie: cookie } });
      expect(session.json).toEqual({ username: 'alice', csrfToken });
      expect((await call(server.url, 'GET', '/api/session', { token: alice })).json).toEqual({ username: 'alice' });
      const parks = await call(server.url, 'GET', '/api/parks', { headers: { Cookie: cookie } });
      expect(parks.json).toMatchObject([{ id: park, role: 'editor', head: { revision: 4, author: 'alice' } }]);
      const out = await call(server.url, 'POST', '/api/logout', {
        headers: { Cookie: cookie, [CSRF_HEADER]: csrfToken },
      });
      expect(out.status).toBe(204);
      expect(out.headers.get('set-cookie')).toMatch(/^symbiograph_session=;/);
      expect((await call(server.url, 'GET', '/api/session', { headers: { Cookie: cookie } })).status).toBe(401);
      const wrong = await call(server.url, 'POST', '/api/login', { json: { username: 'alice', password: 'wrong' } });
      expect(errorCode(wrong)).toBe('bad-credentials');
      expect(wrong.headers.get('set-cookie')).toBeNull();
    });

    it('describes every route in its OpenAPI document', async () => {
      const answer = await call(server.url, 'GET', '/api/openapi.json');
      const document = answer.json as {
        openapi: string;
        paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
        components: { schemas: Record<string, { properties?: object }> };
      };
      expect(document.openapi).toBe('3.1.0');
      for (const [name, route] of Object.entries(API_ROUTES)) {
        const operation = document.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method];
        expect(operation?.operationId, name).toBe(name);
        expect(Object.keys(operation!.responses), name).toContain(Object.keys(route.responses)[0]);
      }
      expect(document.paths['/api/parks/{id}']!['put']!.responses).toHaveProperty('409');
      expect(document.paths['/api/parks/{id}']!['put']!.responses).toHaveProperty('428');
      expect(Object.keys(document.components.schemas['ParkModel']!.properties!)).toContain('flows');
    });

    it('has applied each migration once, records it, and refuses a database newer than itself', async () => {
      expect(await migrate(server.db)).toEqual([]);
      const applied = await server.db.query<{ version: number; name: string }>(
        'SELECT version, name FROM schema_migrations ORDER BY version',
      );
      expect(applied).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })));
      await expect(migrate(server.db, MIGRATIONS.slice(0, 0))).rejects.toBeInstanceOf(DatabaseTooNewError);
      // A migration that fails leaves nothing of itself: the transaction is rolled back.
      const failing = [...MIGRATIONS, { version: 99, name: 'broken', sql: 'CREATE TABLE half (x int); SELECT 1/0;' }];
      await expect(migrate(server.db, failing)).rejects.toThrow();
      const tables = await server.db.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'half'`,
      );
      expect(tables[0]!.n).toBe(0);
      expect(await server.db.query('SELECT version FROM schema_migrations')).toHaveLength(MIGRATIONS.length);
    });
  });
}
