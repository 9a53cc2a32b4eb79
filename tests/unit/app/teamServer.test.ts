/**
 * The app's client of the team server, over a fake fetch: only the server's
 * own answers count as a server (anything else leaves the app as it is),
 * writes carry the CSRF token and If-Match, and every refusal is a value
 * with the server's bilingual words; the offline copies' links read back
 * safely from storage.
 */
import { describe, expect, it } from 'vitest';
import { CSRF_HEADER } from '../../../src/core/io/serverProtocol.ts';
import { failureText } from '../../../src/app/team/failureText.ts';
import { readTeamLinks, withTeamLink } from '../../../src/app/team/teamLinks.ts';
import {
  detectTeamServer,
  parkIdOf,
  parkOrigin,
  readStamp,
  signIn,
  teamClient,
  type TeamFetch,
} from '../../../src/app/team/teamServer.ts';
import { buildPark } from '../../fixtures/parkBuilder.ts';

interface Asked {
  readonly url: string;
  readonly init: RequestInit | undefined;
}

/** A fetch answering every request with `answer(url, init)`; what was asked is kept. */
function fakeServer(answer: (url: string, init?: RequestInit) => Response | Promise<Response>) {
  const asked: Asked[] = [];
  const fetcher: TeamFetch = (url, init) => {
    asked.push({ url, init });
    return Promise.resolve(answer(url, init));
  };
  return { asked, fetcher };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
const apiError = (code: string, status: number, extra: object = {}) =>
  json({ error: { code, message: { zh: `中文 ${code}`, en: `English ${code}` }, ...extra } }, status);
const USER = { username: 'ana', csrfToken: 'c'.repeat(32) };

describe('detectTeamServer', () => {
  it('finds a signed-in session, with its CSRF token', async () => {
    const { fetcher, asked } = fakeServer(() => json(USER));
    expect(await detectTeamServer(fetcher)).toEqual({ kind: 'signed-in', user: USER });
    expect(asked[0]!.url).toBe('/api/session');
  });

  it('finds the server with nobody signed in only in its own 401', async () => {
    expect(await detectTeamServer(fakeServer(() => apiError('unauthenticated', 401)).fetcher)).toEqual({
      kind: 'anonymous',
    });
    expect(await detectTeamServer(fakeServer(() => json({ message: 'log in' }, 401)).fetcher)).toEqual({
      kind: 'none',
    });
  });

  it('reads anything else as no server: a 404, a page, a network error, a session without a CSRF token', async () => {
    const answers: (() => Response | Promise<Response>)[] = [
      () => new Response('not found\n', { status: 404 }),
      () => new Response('<!doctype html><div id="root">', { status: 200 }),
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => json({ username: 'ana' }),
    ];
    for (const answer of answers) expect(await detectTeamServer(fakeServer(answer).fetcher)).toEqual({ kind: 'none' });
  });
});

describe('signIn', () => {
  it('posts the credentials and keeps the CSRF token', async () => {
    const { fetcher, asked } = fakeServer(() => json(USER));
    expect(await signIn(fetcher, 'ana', 'secret')).toEqual({ ok: true, value: USER });
    expect(asked[0]!.init?.method).toBe('POST');
    expect(JSON.parse(asked[0]!.init?.body as string)).toEqual({ username: 'ana', password: 'secret' });
  });

  it('gives the server’s words for a refusal, and the wait for a rate limit', async () => {
    const wrong = await signIn(fakeServer(() => apiError('bad-credentials', 401)).fetcher, 'ana', 'x');
    expect(wrong).toMatchObject({ ok: false, code: 'bad-credentials', status: 401 });
    if (!wrong.ok) expect(failureText(wrong, 'zh')).toBe('中文 bad-credentials');
    const limited = await signIn(
      fakeServer(() => new Response('slow down', { status: 429, headers: { 'Retry-After': '42' } })).fetcher,
      'ana',
      'x',
    );
    expect(limited).toMatchObject({ ok: false, code: 'bad-answer', retryAfter: 42 });
    const offline = await signIn(fakeServer(() => Promise.reject(new TypeError('offline'))).fetcher, 'ana', 'x');
    expect(offline).toMatchObject({ ok: false, code: 'network' });
    if (!offline.ok) expect(failureText(offline, 'en')).toContain('cannot be reached');
  });
});

describe('teamClient', () => {
  const model = buildPark({
    materials: { slag: 'by-product' },
    enterprises: { a: { out: { slag: 5 } }, b: { in: { slag: 5 } } },
    flows: [['a', 'b', 'slag', 5]],
  });

  it('reads a park with its revision from the ETag, validated by core', async () => {
    const { fetcher, asked } = fakeServer(() => json(model, 200, { ETag: '"4"' }));
    const read = await teamClient(fetcher, USER).readPark('p1');
    expect(read.ok && read.value.revision).toBe(4);
    expect(asked[0]!.url).toBe('/api/parks/p1');
    expect(new Headers(asked[0]!.init?.headers).has(CSRF_HEADER)).toBe(false);
    const broken = await teamClient(
      fakeServer(() => json({ not: 'a park' }, 200, { ETag: '"4"' })).fetcher,
      USER,
    ).readPark('p1');
    expect(broken).toMatchObject({ ok: false, code: 'bad-answer' });
  });

  it('saves with If-Match, the CSRF token and the message as a query parameter', async () => {
    const { fetcher, asked } = fakeServer(() => json({ revision: 5, warnings: [] }));
    expect(await teamClient(fetcher, USER).savePark('p1', model, 4, '二〇二四 survey')).toEqual({ ok: true, value: 5 });
    const headers = new Headers(asked[0]!.init?.headers);
    expect(asked[0]!.init?.method).toBe('PUT');
    expect(headers.get('If-Match')).toBe('"4"');
    expect(headers.get(CSRF_HEADER)).toBe(USER.csrfToken);
    expect(new URL(asked[0]!.url, 'http://x').searchParams.get('message')).toBe('二〇二四 survey');
  });

  it('hands back a stale save’s head and an invalid model’s problems', async () => {
    const head = { revision: 6, author: 'bo', time: '2026-12-07T09:00:00.000Z' };
    const stale = await teamClient(
      fakeServer(() => apiError('stale-revision', 409, { head, rejected: { id: 1 } })).fetcher,
      USER,
    ).savePark('p1', model, 4);
    expect(stale).toMatchObject({ ok: false, code: 'stale-revision', head });
    const problems = [{ severity: 'error', code: 'x', path: ['flows', 0], message: { zh: '坏', en: 'bad' } }];
    const invalid = await teamClient(
      fakeServer(() => apiError('invalid-model', 422, { problems })).fetcher,
      USER,
    ).savePark('p1', model, 4);
    expect(invalid).toMatchObject({ ok: false, code: 'invalid-model' });
    expect(invalid.ok ? [] : invalid.problems).toHaveLength(1);
  });

  it('restores on top of the head, and lists parks and versions checked against the protocol', async () => {
    const { fetcher, asked } = fakeServer((url) => {
      if (url.endsWith('/restore')) return json({ revision: 7, warnings: [] }, 201);
      if (url.endsWith('/versions'))
        return json([{ revision: 1, author: 'ana', time: '2026-12-07T09:00:00.000Z', message: '' }]);
      return json([
        { id: 'p1', name: { zh: '园区' }, role: 'viewer', head: { revision: 1, author: 'ana', time: 't' } },
      ]);
    });
    const client = teamClient(fetcher, USER);
    expect(await client.restore('p1', 2, 6)).toEqual({ ok: true, value: 7 });
    expect(new Headers(asked[0]!.init?.headers).get('If-Match')).toBe('"6"');
    expect((await client.listVersions('p1')).ok).toBe(true);
    expect(await client.listParks()).toMatchObject({ ok: true, value: [{ id: 'p1', role: 'viewer' }] });
  });
});

describe('links between library entries and team parks', () => {
  it('names a park by the entry’s origin, on this server only', () => {
    const origin = parkOrigin('http://127.0.0.1:4180', 'abc_1');
    expect(origin).toBe('http://127.0.0.1:4180/api/parks/abc_1');
    expect(parkIdOf(origin, 'http://127.0.0.1:4180')).toBe('abc_1');
    expect(parkIdOf(origin, 'http://127.0.0.1:9999')).toBeNull();
    expect(parkIdOf('reference', 'http://127.0.0.1:4180')).toBeNull();
    expect(parkIdOf(undefined, 'http://127.0.0.1:4180')).toBeNull();
  });

  it('reads the stored links back, ignoring a damaged record', () => {
    const links = withTeamLink({}, 'e1', { parkId: 'p1', base: 3, role: 'editor' });
    expect(readTeamLinks(JSON.stringify(links))).toEqual(links);
    expect(withTeamLink(links, 'e1', { parkId: 'p1', base: 3, role: 'editor' })).toBe(links);
    const clean = withTeamLink(links, 'e1', { parkId: 'p1', base: 3, role: 'editor', edited: false });
    expect(clean).not.toBe(links);
    expect(readTeamLinks(JSON.stringify(clean))['e1']?.edited).toBe(false);
    expect(readTeamLinks('{not json')).toEqual({});
    expect(readTeamLinks(JSON.stringify({ e1: { parkId: 'p1', base: -1, role: 'editor' } }))).toEqual({});
    expect(readTeamLinks(null)).toEqual({});
  });

  it('reads an event’s revision stamp, or nothing', () => {
    const stamp = { revision: 2, author: 'ana', time: '2026-12-07T09:00:00.000Z' };
    expect(readStamp(JSON.stringify(stamp))).toEqual(stamp);
    expect(readStamp('not json')).toBeNull();
    expect(readStamp('{"revision":0}')).toBeNull();
  });
});
