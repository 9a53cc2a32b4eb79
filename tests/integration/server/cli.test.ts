/**
 * The team server as a user drives it from the command line: `user add`
 * with the password on standard input, `serve` as a process with the built
 * app beside the API, the API's contract fetched as curl would, `push` and
 * `pull` round trips in two formats, a stale push refused, and — on the
 * embedded database — `user add` refused while the server holds the
 * directory, the server answering all the same.
 */
import { spawn } from 'node:child_process';
import { Readable } from 'node:stream';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { readModelFile } from '../../../src/cli/readModelFile.ts';
import { userCommand } from '../../../src/cli/commands/user.ts';
import type { Output } from '../../../src/cli/output.ts';
import { run } from '../cliRun.ts';
import { BACKENDS } from './backends.ts';
import { eachBackend } from './eachBackend.ts';
import { startServe, type ServeProcess } from './serveProcess.ts';
import { call } from './testServer.ts';

/** A `symbiograph` process with `input` on its standard input: its exit code and everything it printed. */
function symbiograph(
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  input = '',
): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, ['bin/symbiograph.mjs', ...args, '--lang', 'en'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stdin.end(input);
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

const work = mkdtempSync(join(tmpdir(), 'symbiograph-cli-server-'));
const app = join(work, 'app');
mkdirSync(app);
writeFileSync(join(app, 'index.html'), '<!doctype html><div id="root"></div>');
afterAll(() => rmSync(work, { recursive: true, force: true }));

async function readPark(path: string): Promise<ParkModel> {
  const format = path.endsWith('.xlsx') ? 'xlsx' : 'json';
  const read = await readModelFile(path, format);
  if (!read.ok) throw new Error(JSON.stringify(read.errors.slice(0, 3)));
  return read.model;
}

describe('the command line and the server', () => {
  eachBackend('adds accounts, serves, and pushes and pulls parks', 120_000, async (backend) => {
    const fresh = await backend.fresh();
    const cleanup: (() => Promise<unknown>)[] = [() => fresh.dispose()];
    try {
      const database = { ...fresh.env };
      const user = (input: string, ...args: string[]) => symbiograph(['user', ...args, ...fresh.args], database, input);

      const added = await user('a long password\n', 'add', 'ana');
      expect(added.output).toContain('✓ account ana added');
      expect(added.code).toBe(0);

      const serve: ServeProcess = await startServe(fresh.args, { ...database, SYMBIOGRAPH_APP_DIR: app });
      cleanup.push(() => serve.stop());
      const page = await fetch(serve.url);
      expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await page.text()).toContain('<div id="root">');

      if (backend.name === 'pglite') {
        const busy = await user('a long password', 'add', 'ben');
        expect(busy.code).toBe(1);
        expect(busy.output).toContain(`is in use by process ${serve.child.pid}`);
      }

      // The contract, as curl would fetch it.
      const spec = await call(serve.url, 'GET', '/api/openapi.json');
      expect((spec.json as { openapi: string }).openapi).toBe('3.1.0');
      const issued = await call(serve.url, 'POST', '/api/tokens', {
        json: { username: 'ana', password: 'a long password' },
      });
      expect(issued.status).toBe(201);
      const token = (issued.json as { token: string }).token;
      expect(token).toMatch(/^sgt_/);
      expect((await call(serve.url, 'GET', '/api/session', { token })).json).toEqual({ username: 'ana' });
      expect((await call(serve.url, 'GET', '/api/parks')).status).toBe(401);

      const remote = ['--server', serve.url, '--lang', 'en'];
      expect((await run('push', 'data/examples/kalundborg.csv', ...remote)).stderr).toContain('a token is needed');
      const pushed = await run(
        'push',
        'data/examples/kalundborg.csv',
        ...remote,
        '--token',
        token,
        '--message',
        '首次',
      );
      expect(pushed.code).toBe(0);
      const id = /new park ([\w-]+) on/.exec(pushed.stdout)?.[1];
      expect(id).toBeDefined();
      const again = await run('push', 'data/examples/kalundborg.csv', ...remote, '--token', token, '--park', id!);
      expect(again.stdout).toContain(`saved as revision 2 of park ${id}`);
      const stale = await run(
        'push',
        'data/examples/kalundborg.csv',
        ...remote,
        '--token',
        token,
        '--park',
        id!,
        '--revision',
        '1',
      );
      expect(stale.code).toBe(1);
      expect(stale.stderr).toContain('HTTP 409');
      expect(stale.stderr).toContain('kept as rejected save');

      const json = join(work, `${backend.name}.json`);
      const pulled = await run('pull', id!, ...remote, '--token', token, '-o', json);
      expect(pulled.stdout).toContain(`revision 2 of park ${id} written to ${json}`);
      const head = await call(serve.url, 'GET', `/api/parks/${id}`, { token });
      expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual(head.json);
      const xlsx = join(work, `${backend.name}.xlsx`);
      expect((await run('pull', id!, ...remote, '--token', token, '--revision', '1', '-o', xlsx)).code).toBe(0);
      const first = await call(serve.url, 'GET', `/api/parks/${id}/versions/1`, { token });
      expect(await readPark(xlsx)).toEqual(first.json);
      // Pushed back from the workbook: the same park, as a new version.
      const back = await run('push', xlsx, ...remote, '--token', token, '--park', id!, '--revision', '2');
      expect(back.stdout).toContain('saved as revision 3');
      const versions = await call(serve.url, 'GET', `/api/parks/${id}/versions`, { token });
      expect((versions.json as { message: string }[]).map((v) => v.message)).toEqual(['首次', '', '']);

      expect(await serve.stop()).toBe(0);
      expect(serve.output()).toContain('Stopped.');
      const listed = await user('', 'list');
      expect(listed.code).toBe(0);
      expect(listed.output).toMatch(/ana\s+\S+ \S+\s+1/);
    } finally {
      for (const step of cleanup.reverse()) await step();
    }
  });
});

describe('symbiograph user, in this process', () => {
  const cleanup: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const step of cleanup.reverse()) await step();
  });

  it('refuses a short password, a name taken and a name no one could tell apart, and lists accounts', async () => {
    const fresh = await BACKENDS[0]!.fresh();
    cleanup.push(() => fresh.dispose());
    const data = fresh.args[1]!;
    const lines: string[] = [];
    const out: Output = { stdout: (line) => lines.push(line), stderr: (line) => lines.push(line) };
    const user = (action: string, name: string | undefined, password: string) =>
      userCommand({ language: 'en', action, name, data }, out, Readable.from([password]));
    expect(await user('add', 'ben', 'short\n')).toBe(1);
    expect(lines.pop()).toContain('a password has 8 characters at least');
    expect(await user('add', '李伟', '一个足够长的密码\r\n')).toBe(0);
    expect(lines.pop()).toBe('✓ account 李伟 added');
    expect(await user('add', '李伟', 'another long one')).toBe(1);
    expect(lines.pop()).toBe('✗ there is already an account named 李伟');
    expect(await user('add', ' ben', 'a long password')).toBe(1);
    expect(lines.pop()).toContain('an account name is 1 to 64 characters');
    expect(await user('list', undefined, '')).toBe(0);
    expect(lines.pop()).toMatch(/^account +created +parks\n─+ +─+ +─+\n李伟 +\d{4}-\d\d-\d\d \d\d:\d\d +0$/);
    expect(await user('remove', 'ben', '')).toBe(2);
  });
});
