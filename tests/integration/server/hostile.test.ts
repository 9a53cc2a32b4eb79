/**
 * What a careless or hostile client may send: bodies over the limit (with
 * and without a Content-Length saying so), JSON that does not parse, models
 * that do not validate, names that look like SQL or script, wrong content
 * types, a browser session's write without its CSRF token or from another
 * site, passwords guessed too often. Each gets a 4xx with its code and a
 * message in both languages, nothing is stored, and the server goes on
 * answering.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER, routePath } from '../../../src/core/io/serverProtocol.ts';
import { listAccounts } from '../../../src/server/store/users.ts';
import { fourEnterprisePark } from '../../fixtures/fourEnterprisePark.ts';
import { BACKENDS, backendTitle } from './backends.ts';
import { call, errorCode, PASSWORD, startTestServer, type Answer, type TestServer } from './testServer.ts';

const LIMIT = 256 * 1024;

function expectBilingual(answer: Answer, status: number, code: string): void {
  expect(answer.status, answer.text).toBe(status);
  expect(errorCode(answer)).toBe(code);
  const message = (answer.json as { error: { message: { zh: string; en: string } } }).error.message;
  expect(message.zh).toMatch(/[\u4e00-\u9fff]/);
  expect(message.en).toMatch(/[a-z]{3}/);
}

/** A POST through Node's http, so the body can be streamed without a Content-Length, or with a false one. */
function rawPost(
  base: string,
  path: string,
  headers: Record<string, string>,
  chunks: number,
  chunk: Buffer,
): Promise<number> {
  const url = new URL(path, base);
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    // The server may answer and close before the whole body is sent: the answer is what counts.
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
    );
    let sent = 0;
    const more = () => {
      while (sent < chunks) {
        sent++;
        if (!req.write(chunk)) return void req.once('drain', more);
      }
      req.end();
    };
    more();
  });
}

for (const backend of BACKENDS) {
  describe.skipIf(backend.skipped !== null)(`hostile requests, on ${backendTitle(backend)}`, () => {
    let server: TestServer;
    let token = '';
    let park = '';

    beforeAll(async () => {
      server = await startTestServer(backend, {
        maxBodyBytes: LIMIT,
        loginLimits: { perName: 3, perAddress: 6, windowMs: 60_000 },
      });
      await server.addUser('hana');
      token = await server.token('hana');
      const created = await call(server.url, 'POST', '/api/parks', { token, json: fourEnterprisePark() });
      park = (created.json as { id: string }).id;
    }, 120_000);

    afterAll(() => server?.close());

    /** The park's versions, and the proof that the server still answers. */
    async function versions(): Promise<number> {
      const answer = await call(server.url, 'GET', routePath('listVersions', { id: park }), { token });
      expect(answer.status).toBe(200);
      return (answer.json as unknown[]).length;
    }

    it('refuses bodies over the limit, declared or streamed, and stores nothing', async () => {
      const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' };
      const big = Buffer.alloc(64 * 1024, 0x20);
      const declared = await rawPost(
        server.url,
        '/api/parks',
        { ...headers, 'Content-Length': String(LIMIT * 4) },
        4 * 4,
        big,
      );
      expect(declared).toBe(413);
      const streamed = await rawPost(server.url, '/api/parks', headers, 8, big);
      expect(streamed).toBe(413);
      const answer = await call(server.url, 'PUT', routePath('savePark', { id: park }), {
        token,
        body: ' '.repeat(LIMIT + 1),
        headers: { 'Content-Type': 'application/json', 'If-Match': '"1"' },
      });
      expectBilingual(answer, 413, 'payload-too-large');
      expect(await versions()).toBe(1);
      const parks = await call(server.url, 'GET', '/api/parks', { token });
      expect(parks.json).toHaveLength(1);
    });

    it('refuses JSON that does not parse, with the place, and models that do not validate, with every problem', async () => {
      const broken = await call(server.url, 'PUT', routePath('savePark', { id: park }), {
        token,
        body: '{"schemaVersion": 2,\n "park": {',
        headers: { 'Content-Type': 'application/json', 'If-Match': '"1"' },
      });
      expectBilingual(broken, 400, 'bad-json');
      expect(
        (broken.json as { error: { problems: { location: { line: number } }[] } }).error.problems[0]!.location.line,
      ).toBe(2);
      const model = fourEnterprisePark();
      const invalid = {
        ...model,
        flows: [{ ...model.flows[0]!, material: 'unobtainium', quantity: -5 }, ...model.flows.slice(1)],
      };
      const refused = await call(server.url, 'PUT', routePath('savePark', { id: park }), {
        token,
        json: invalid,
        headers: { 'If-Match': '"1"' },
      });
      expectBilingual(refused, 422, 'invalid-model');
      const paths = (refused.json as { error: { problems: { path: unknown[] }[] } }).error.problems.map((p) => p.path);
      expect(paths).toContainEqual(['flows', 0, 'material']);
      expect(paths).toContainEqual(['flows', 0, 'quantity']);
      expectBilingual(await call(server.url, 'POST', '/api/parks', { token, json: [1, 2] }), 422, 'invalid-model');
      const credentials = await call(server.url, 'POST', '/api/tokens', {
        body: '{"username": "hana", ',
        headers: { 'Content-Type': 'application/json' },
      });
      expectBilingual(credentials, 400, 'bad-json');
      expectBilingual(await call(server.url, 'POST', '/api/login', { json: { username: 5 } }), 400, 'bad-request');
      expect(await versions()).toBe(1);
    });

    it('refuses what is not JSON', async () => {
      const text = JSON.stringify(fourEnterprisePark());
      for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
        const answer = await call(server.url, 'POST', '/api/parks', {
          token,
          body: text,
          headers: { 'Content-Type': type },
        });
        expectBilingual(answer, 415, 'unsupported-media-type');
      }
      expectBilingual(
        await call(server.url, 'POST', '/api/parks', { token, body: text }),
        415,
        'unsupported-media-type',
      );
      expect((await call(server.url, 'GET', '/api/parks', { token })).json).toHaveLength(1);
    });

    it('keeps names that look like SQL or script as the text they are', async () => {
      const name = "'; DROP TABLE users;--";
      await server.addUser(name);
      const sqlToken = await server.token(name);
      const script = '<script>alert(1)</script>';
      const model = fourEnterprisePark();
      const created = await call(
        server.url,
        'POST',
        `/api/parks?message=${encodeURIComponent("'); DELETE FROM parks;--")}`,
        {
          token: sqlToken,
          json: { ...model, park: { ...model.park, name: { zh: script, en: script } } },
        },
      );
      expect(created.status).toBe(201);
      const id = (created.json as { id: string }).id;
      const listed = await call(server.url, 'GET', '/api/parks', { token: sqlToken });
      expect(listed.headers.get('content-type')).toMatch(/^application\/json\b/);
      expect(listed.headers.get('x-content-type-options')).toBe('nosniff');
      expect(listed.json).toMatchObject([{ id, name: { zh: script, en: script }, head: { author: name } }]);
      const stored = await call(server.url, 'GET', routePath('getPark', { id }), { token: sqlToken });
      expect((stored.json as typeof model).park.name.en).toBe(script);
      const history = await call(server.url, 'GET', routePath('listVersions', { id }), { token: sqlToken });
      expect(history.json).toMatchObject([{ author: name, message: "'); DELETE FROM parks;--" }]);
      const members = await call(server.url, 'GET', routePath('listMembers', { id }), { token: sqlToken });
      expect(members.json).toEqual([{ username: name, role: 'owner' }]);
      expect((await listAccounts(server.db)).map((a) => a.username)).toEqual([name, 'hana']);
      expect(await versions()).toBe(1);
    });

    it("refuses a browser session's writes without its CSRF token, or from another site", async () => {
      const login = await call(server.url, 'POST', '/api/login', { json: { username: 'hana', password: PASSWORD } });
      expect(login.status).toBe(200);
      const cookie = login.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^symbiograph_session=[\w-]+;/);
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Strict');
      expect(cookie).toContain('Path=/');
      const session = cookie.split(';')[0]!;
      const csrf = (login.json as { csrfToken: string }).csrfToken;
      const model = fourEnterprisePark();
      const save = (headers: Record<string, string>) =>
        call(server.url, 'POST', '/api/parks', { json: model, headers: { Cookie: session, ...headers } });
      expectBilingual(await save({}), 403, 'csrf');
      expectBilingual(await save({ [CSRF_HEADER]: 'forged' }), 403, 'csrf');
      expectBilingual(await save({ [CSRF_HEADER]: csrf, Origin: 'http://evil.example' }), 403, 'forbidden');
      expect((await call(server.url, 'GET', '/api/parks', { headers: { Cookie: session } })).json).toHaveLength(1);
      expect((await save({ [CSRF_HEADER]: csrf, Origin: server.url })).status).toBe(201);
      expect((await call(server.url, 'GET', '/api/parks', { token })).json).toHaveLength(2);
    });

    it('asks for the revision a save started from, and refuses one that is not a revision', async () => {
      const path = routePath('savePark', { id: park });
      expectBilingual(
        await call(server.url, 'PUT', path, { token, json: fourEnterprisePark() }),
        428,
        'precondition-required',
      );
      const bad = await call(server.url, 'PUT', path, {
        token,
        json: fourEnterprisePark(),
        headers: { 'If-Match': '*' },
      });
      expectBilingual(bad, 400, 'bad-request');
      const query = await call(server.url, 'GET', `${routePath('diff', { id: park })}?from=one&to=2`, { token });
      expectBilingual(query, 400, 'bad-request');
      expect(await versions()).toBe(1);
    });

    it('answers unknown routes and paths outside the app with 404', async () => {
      expectBilingual(await call(server.url, 'GET', '/api/nothing', { token }), 404, 'not-found');
      expectBilingual(
        await call(server.url, 'DELETE', routePath('getPark', { id: park }), { token }),
        404,
        'not-found',
      );
      expect((await call(server.url, 'GET', '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
      expect(await versions()).toBe(1);
    });

    it('limits wrong passwords per name and per address, with 429 and how long to wait', async () => {
      await server.addUser('ivan');
      const guess = (username: string, password: string) =>
        call(server.url, 'POST', '/api/login', { json: { username, password } });
      for (let i = 0; i < 3; i++) expectBilingual(await guess('ivan', `guess ${i}`), 401, 'bad-credentials');
      const limited = await guess('ivan', PASSWORD);
      expectBilingual(limited, 429, 'rate-limited');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      // Unknown names count against the address too: three more failures and this address must wait for any name.
      for (let i = 0; i < 3; i++) expectBilingual(await guess(`nobody ${i}`, 'x'), 401, 'bad-credentials');
      expectBilingual(await guess('hana', PASSWORD), 429, 'rate-limited');
      expectBilingual(
        await call(server.url, 'POST', '/api/tokens', { json: { username: 'hana', password: PASSWORD } }),
        429,
        'rate-limited',
      );
      expect(await versions()).toBe(1);
    });
  });
}
