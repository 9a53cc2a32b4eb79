/**
 * `symbiograph open FILE` as a user runs it: a process serving the built
 * app and the park on 127.0.0.1, read back over HTTP; saves that write the
 * file in its own format, and those that must not (an invalid model, a file
 * changed on disk since, a request without the session's token or from
 * another origin); paths outside the app; a file with problems serves
 * nothing. The parks are copies in a temporary folder: data/ is never written.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exportModel, importModel, type ModelFormat } from '../../src/core/io/formats.ts';
import { OPEN_TOKEN_HEADER, readOpenInfo, type OpenInfo } from '../../src/core/io/openProtocol.ts';
import type { ParkModel } from '../../src/core/model/types.ts';
import { runOpen, startOpen as startSession, type OpenSession } from '../fixtures/openSession.ts';

const dir = mkdtempSync(join(tmpdir(), 'symbiograph-open-'));

const running: OpenSession[] = [];

afterEach(async () => {
  for (const session of running.splice(0)) await session.stop();
});

async function startOpen(file: string): Promise<OpenSession> {
  const session = await startSession(file);
  running.push(session);
  return session;
}

async function readPark(path: string, format: ModelFormat): Promise<ParkModel> {
  const result = await importModel(readFileSync(path), format, { file: path });
  if (!result.ok) throw new Error(JSON.stringify(result.errors.slice(0, 3)));
  return result.model;
}

async function openInfo(session: OpenSession): Promise<OpenInfo> {
  const info = readOpenInfo(await (await fetch(`${session.origin}/open/info`)).json());
  if (!info) throw new Error('no session details at /open/info');
  return info;
}

async function servedPark(session: OpenSession): Promise<ParkModel> {
  return (await (await fetch(`${session.origin}/open/park.json`)).json()) as ParkModel;
}

/** A save as the app sends it: from the server's own origin, with the token, unless told otherwise. */
function save(
  session: OpenSession,
  body: string,
  headers: { token?: string; origin?: string | null },
): Promise<Response> {
  return fetch(`${session.origin}/open/park.json`, {
    method: 'PUT',
    body,
    headers: {
      'Content-Type': 'application/json',
      ...(headers.token === undefined ? {} : { [OPEN_TOKEN_HEADER]: headers.token }),
      ...(headers.origin === null ? {} : { Origin: headers.origin ?? session.origin }),
    },
  });
}

/** A GET with the path exactly as written (fetch would resolve `..` itself) and the Host given. */
function rawGet(session: OpenSession, path: string, host = session.url.host): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: session.url.port, path, headers: { Host: host } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    req.once('error', reject);
    req.end();
  });
}

function renamed(model: ParkModel, en: string): ParkModel {
  return { ...model, park: { ...model.park, name: { ...model.park.name, en } } };
}

describe('symbiograph open', () => {
  it('serves the app and the park, saves an edit back as JSON, and stops cleanly on SIGTERM', async () => {
    const file = join(dir, 'linyi.json');
    copyFileSync('data/linyi-etdz.json', file);
    const session = await startOpen(file);
    expect(session.url.searchParams.get('model')).toMatch(/^\/open\/park\.json\?session=[0-9a-f]+$/);
    expect(session.output()).toContain(`✓ ${file} is valid`);

    const page = await fetch(session.origin);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${session.origin}${script}`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');

    const loaded = await readPark(file, 'json');
    expect(await servedPark(session)).toEqual(loaded);
    const info = await openInfo(session);
    expect(info).toMatchObject({ file, name: 'linyi.json', format: 'json' });

    const edited = renamed(loaded, 'Linyi ETDZ, saved from the app');
    const saved = await save(session, JSON.stringify(edited), { token: info.token });
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({ kind: 'saved', warnings: [] });
    expect(await readPark(file, 'json')).toEqual(edited);
    expect(await servedPark(session)).toEqual(edited);
    expect(session.output()).toContain(`✓ saved to ${file}`);

    // Saved twice in a row: the server's own write is not taken for someone else's change.
    const again = await save(session, JSON.stringify(renamed(edited, 'second save')), { token: info.token });
    expect(again.status).toBe(200);
    expect((await readPark(file, 'json')).park.name.en).toBe('second save');

    expect(await session.stop()).toBe(0);
    expect(session.output()).toContain('Stopped.');
  });

  it('refuses an invalid model, a file changed on disk, another origin and a wrong token, and writes nothing', async () => {
    const file = join(dir, 'guarded.json');
    copyFileSync('data/linyi-etdz.json', file);
    const session = await startOpen(file);
    const { token } = await openInfo(session);
    const before = readFileSync(file);
    const model = await servedPark(session);

    const broken = { ...model, flows: [{ ...model.flows[0], quantity: -5, material: 'unobtainium' }] };
    const invalid = await save(session, JSON.stringify(broken), { token });
    expect(invalid.status).toBe(422);
    const answer = (await invalid.json()) as { kind: string; errors: { path: unknown[] }[] };
    expect(answer.kind).toBe('invalid');
    expect(answer.errors.map((e) => e.path)).toContainEqual(['flows', 0, 'material']);
    expect(await save(session, '{"schemaVersion": 2,', { token }).then((r) => r.status)).toBe(422);

    const edit = JSON.stringify(renamed(model, 'not written'));
    expect((await save(session, edit, { token: 'x'.repeat(token.length) })).status).toBe(403);
    expect((await save(session, edit, {})).status).toBe(403);
    expect((await save(session, edit, { token, origin: 'http://evil.example' })).status).toBe(403);
    expect((await save(session, edit, { token, origin: null })).status).toBe(403);
    expect(readFileSync(file)).toEqual(before);

    // Another program writes the file: the app's save must not overwrite what it has not seen.
    const elsewhere = `${before.toString('utf8')}\n`;
    writeFileSync(file, elsewhere);
    const conflict = await save(session, edit, { token });
    expect(conflict.status).toBe(409);
    expect(await conflict.json()).toEqual({ kind: 'conflict' });
    expect(readFileSync(file, 'utf8')).toBe(elsewhere);
    expect(session.output()).toContain('changed on disk since it was opened: not overwritten');
  });

  it('serves nothing outside the built app, and answers only to its own host name', async () => {
    const file = join(dir, 'paths.json');
    copyFileSync('data/linyi-etdz.json', file);
    const session = await startOpen(file);
    for (const path of [
      '/../package.json',
      '/..%2f..%2fpackage.json',
      '/assets/..%2f..%2f..%2fpackage.json',
      '/%2e%2e/%2e%2e/package.json',
      '/assets/%00.js',
      '/assets',
      '/nothing-here.js',
    ])
      expect([path, await rawGet(session, path)]).toEqual([path, 404]);
    expect(await rawGet(session, '/')).toBe(200);
    expect(await rawGet(session, '/', `localhost:${session.url.port}`)).toBe(200);
    // A page whose own DNS name was pointed at 127.0.0.1 (DNS rebinding) sends its own name.
    expect(await rawGet(session, '/open/info', `attacker.example:${session.url.port}`)).toBe(403);
    expect(await rawGet(session, '/open/park.json', `attacker.example:${session.url.port}`)).toBe(403);
  });

  it('writes an exchange list back as an exchange list', async () => {
    const file = join(dir, 'kalundborg.csv');
    copyFileSync('data/examples/kalundborg.csv', file);
    const session = await startOpen(file);
    expect(session.output()).toContain('an exchange list holds flows only');
    const loaded = await readPark(file, 'flows-csv');
    expect(await servedPark(session)).toEqual(loaded);
    const info = await openInfo(session);
    expect(info).toMatchObject({ name: 'kalundborg.csv', format: 'flows-csv' });

    const flow = loaded.flows[1]!;
    const edited = {
      ...loaded,
      flows: loaded.flows.map((f) => (f.id === flow.id ? { ...f, note: 'checked on site' } : f)),
    };
    const saved = await save(session, JSON.stringify(edited), { token: info.token });
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as { warnings: { code: string }[] }).warnings.map((w) => w.code)).toEqual([
      'export-flows-only',
    ]);
    expect(readFileSync(file, 'utf8').split('\r\n')[0]).toContain('from,to,material');
    const reread = await readPark(file, 'flows-csv');
    expect(reread.flows).toHaveLength(loaded.flows.length);
    expect(reread.flows.filter((f) => f.note === 'checked on site')).toHaveLength(1);
    expect(reread.enterprises.map((e) => e.name)).toEqual(loaded.enterprises.map((e) => e.name));
    expect(await servedPark(session)).toEqual(reread);
  });

  it('writes a workbook back as a workbook', async () => {
    const file = join(dir, 'linyi.xlsx');
    const reference = await readPark('data/linyi-etdz.json', 'json');
    const { output } = await exportModel(reference, 'xlsx');
    if (output.kind !== 'bytes') throw new Error('an XLSX export is bytes');
    writeFileSync(file, output.bytes);
    const session = await startOpen(file);
    expect(await servedPark(session)).toEqual(reference);
    const info = await openInfo(session);
    expect(info.format).toBe('xlsx');

    const edited = renamed(reference, 'Linyi ETDZ (workbook)');
    expect((await save(session, JSON.stringify(edited), { token: info.token })).status).toBe(200);
    expect(readFileSync(file).subarray(0, 2).toString('latin1')).toBe('PK');
    expect(await readPark(file, 'xlsx')).toEqual(edited);
  });

  it('writes a folder of CSV tables back table by table', async () => {
    const folder = join(dir, 'tables');
    const reference = await readPark('data/linyi-etdz.json', 'json');
    const { output } = await exportModel(reference, 'tables-csv');
    if (output.kind !== 'files') throw new Error('a CSV tables export is files');
    mkdirSync(folder);
    for (const [name, text] of output.files) writeFileSync(join(folder, name), text);
    const session = await startOpen(folder);
    const info = await openInfo(session);
    expect(info).toMatchObject({ name: 'tables/', format: 'tables-csv' });
    const edited = renamed(reference, 'Linyi ETDZ (tables)');
    expect((await save(session, JSON.stringify(edited), { token: info.token })).status).toBe(200);
    const files = new Map(readdirSync(folder).map((name) => [name, readFileSync(join(folder, name))]));
    expect([...files.keys()].sort()).toEqual([...output.files.keys()].sort());
    const reread = await importModel(files, 'tables-csv', { file: folder });
    expect(reread.ok && reread.model).toEqual(edited);
  });

  it('lists the problems of an invalid file with their places and serves nothing', async () => {
    const file = join(dir, 'broken.csv');
    writeFileSync(file, 'from,to,material,quantity,unit\nA,B,slag,10,t/a\nA,,slag,abc,t/a\n');
    const { code, output } = await runOpen(file);
    expect(code).toBe(1);
    expect(output).toContain(`${file}, row 3, column to: required value is missing`);
    expect(output).toContain(`${file}, row 3, column quantity: quantity "abc" is not a number`);
    expect(output).toContain('nothing is served');
    expect(output).not.toContain('http://');
  });

  it('says to build the app when it is not built, and refuses a port taken or that is none', async () => {
    const file = join(dir, 'unbuilt.json');
    copyFileSync('data/linyi-etdz.json', file);
    const unbuilt = await runOpen(file, [], { SYMBIOGRAPH_APP_DIR: join(dir, 'no-app-here') });
    expect(unbuilt.code).toBe(1);
    expect(unbuilt.output).toContain('run npm run build');
    expect(unbuilt.output).not.toContain('http://');
    const first = await startOpen(file);
    const taken = await runOpen(file, ['--port', first.url.port]);
    expect(taken.code).toBe(1);
    expect(taken.output).toContain(`port ${first.url.port} is in use`);
    const badPort = await runOpen(file, ['--port', '70000']);
    expect(badPort.code).toBe(2);
    expect(badPort.output).toContain('--port must be a whole number from 0 to 65535');
  });
});
