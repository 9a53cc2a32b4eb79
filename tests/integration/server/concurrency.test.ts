/**
 * No lost update: fifty editors on loopback, each saving twenty times
 * against one park, every save naming the revision it last knew of (read
 * once, then from each answer: the revision saved, or the head a 409 gives). Every
 * acknowledged save must be a version holding what that editor sent, every
 * other save a 409 kept as a rejected save, the revisions 1, 2, 3 … with no
 * gap and none twice, each editor's in the order it saved them.
 */
import { describe, expect } from 'vitest';
import { routePath } from '../../../src/core/io/serverProtocol.ts';
import { fourEnterprisePark } from '../../fixtures/fourEnterprisePark.ts';
import { eachBackend } from './eachBackend.ts';
import { call, startTestServer, type TestServer } from './testServer.ts';

const EDITORS = 50;
const SAVES = 20;

describe('fifty editors at once', () => {
  eachBackend('acknowledges each save it keeps and refuses each stale one, losing none', 180_000, async (backend) => {
    const server = await startTestServer(backend);
    try {
      await checkNoLostUpdate(server);
    } finally {
      await server.close();
    }
  });
});

async function checkNoLostUpdate(server: TestServer): Promise<void> {
  await server.addUser('owner');
  const owner = await server.token('owner');
  const created = await call(server.url, 'POST', '/api/parks', { token: owner, json: fourEnterprisePark() });
  const park = (created.json as { id: string }).id;
  const editors = Array.from({ length: EDITORS }, (_, i) => `editor-${i}`);
  await Promise.all(editors.map((name) => server.addUser(name)));
  for (const name of editors)
    await call(server.url, 'POST', routePath('setMember', { id: park }), {
      token: owner,
      json: { username: name, role: 'editor' },
    });
  const tokens = await Promise.all(editors.map((name) => server.token(name)));

  const acknowledged: { revision: number; name: string; editor: number }[] = [];
  let stale = 0;
  const unexpected: string[] = [];
  const editor = async (i: number) => {
    const mine: number[] = [];
    // Read once; then, as a client does, start again from what each answer says the head is.
    const read = await call(server.url, 'GET', routePath('getPark', { id: park }), { token: tokens[i]! });
    let base = read.headers.get('etag')!;
    for (let j = 0; j < SAVES; j++) {
      const name = `editor ${i}, save ${j}`;
      const model = fourEnterprisePark();
      const saved = await call(server.url, 'PUT', routePath('savePark', { id: park }), {
        token: tokens[i]!,
        json: { ...model, park: { ...model.park, name: { en: name } } },
        headers: { 'If-Match': base },
      });
      if (saved.status === 200) {
        const { revision } = saved.json as { revision: number };
        acknowledged.push({ revision, name, editor: i });
        mine.push(revision);
        base = `"${revision}"`;
      } else if (saved.status === 409) {
        stale++;
        const head = (saved.json as { error: { head: { revision: number } } }).error.head.revision;
        if (head <= Number(base.replaceAll('"', ''))) unexpected.push(`409 with head ${head} for base ${base}`);
        base = `"${head}"`;
      } else unexpected.push(`${saved.status} ${saved.text}`);
    }
    for (let k = 1; k < mine.length; k++)
      if (mine[k]! <= mine[k - 1]!) unexpected.push(`editor ${i}: ${mine.join(',')}`);
  };
  await Promise.all(Array.from({ length: EDITORS }, (_, i) => editor(i)));

  expect(unexpected).toEqual([]);
  expect(acknowledged.length + stale).toBe(EDITORS * SAVES);
  // Fifty at once: some saves get through, many find the park moved on.
  expect(acknowledged.length).toBeGreaterThan(0);
  expect(stale).toBeGreaterThan(0);
  const versions = await server.db.query<{ revision: number; park_name: string; username: string; saved_at: Date }>(
    `SELECT v.revision, v.park_name, u.username, v.saved_at FROM park_versions v JOIN users u ON u.id = v.author_id
      WHERE v.park_id = $1 ORDER BY v.revision`,
    [park],
  );
  expect(versions).toHaveLength(acknowledged.length + 1);
  expect(versions.map((v) => v.revision)).toEqual(Array.from({ length: versions.length }, (_, k) => k + 1));
  const byRevision = new Map(versions.map((v) => [v.revision, v]));
  for (const save of acknowledged) {
    const version = byRevision.get(save.revision)!;
    expect(JSON.parse(version.park_name)).toEqual({ en: save.name });
    expect(version.username).toBe(`editor-${save.editor}`);
  }
  for (let k = 1; k < versions.length; k++)
    expect(versions[k]!.saved_at.getTime()).toBeGreaterThanOrEqual(versions[k - 1]!.saved_at.getTime());
  const [rejected] = await server.db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM rejected_saves WHERE park_id = $1',
    [park],
  );
  expect(rejected!.n).toBe(stale);
  const head = await call(server.url, 'GET', routePath('getPark', { id: park }), { token: tokens[0]! });
  expect(head.headers.get('etag')).toBe(`"${versions.length}"`);
}
