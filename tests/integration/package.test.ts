/**
 * The package a user installs: the tarball `npm pack` makes, installed
 * globally into a temporary prefix and run from a folder outside the
 * repository — the built CLI, the app, the bundled parks and the font
 * included, nothing from the sources or the development tools.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodePng } from '../unit/diagram/pngDecode.ts';
import { startOpen } from '../fixtures/openSession.ts';
import { startServe } from './server/serveProcess.ts';

const exec = promisify(execFile);
const root = resolve('.');
const temp = mkdtempSync(join(tmpdir(), 'symbiograph-package-'));
const prefix = join(temp, 'prefix');
const work = join(temp, 'elsewhere');
const installed = join(prefix, 'lib', 'node_modules', 'symbiograph');
/** The command on PATH as a global install puts it; the system's font folders hidden, as on a machine without them. */
const env = {
  ...process.env,
  PATH: `${join(prefix, 'bin')}${delimiter}${process.env.PATH ?? ''}`,
  SYMBIOGRAPH_FONT_DIRS: '',
  SYMBIOGRAPH_CJK_FONT: '',
};

function symbiograph(...args: string[]) {
  return exec('symbiograph', args, { cwd: work, env });
}

/** The newest modification time under the folders the built CLI comes from. */
function newestSource(): number {
  let newest = 0;
  for (const folder of ['src/cli', 'src/core', 'src/server'])
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true }))
      if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  return newest;
}

beforeAll(async () => {
  // `npm install` builds dist/ (the prepare script); build again only if a source changed since, so the tarball
  // never carries an old CLI. Packing itself runs no script: other tests read dist/ at the same time.
  const built = 'dist/cli/bin.js';
  if (!existsSync(built) || statSync(built).mtimeMs < newestSource() || !existsSync('dist/app/index.html'))
    await exec('npm', ['run', 'prepare'], { cwd: root });
  const { stdout } = await exec('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', temp], {
    cwd: root,
  });
  const [packed] = JSON.parse(stdout) as { filename: string }[];
  await exec(
    'npm',
    [
      'install',
      '--global',
      '--prefix',
      prefix,
      join(temp, packed!.filename),
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
    ],
    { cwd: temp },
  );
  mkdirSync(work);
}, 300_000);

describe('the installed package, run from another folder', { timeout: 60_000 }, () => {
  it('holds the built CLI, the app, the parks and the font, and no sources or development tools', () => {
    for (const file of [
      'bin/symbiograph.mjs',
      'dist/cli/bin.js',
      'dist/app/index.html',
      'dist/fonts/NotoSansSC-Regular.ttf',
      'dist/fonts/NotoSansSC-OFL.txt',
      'data/linyi-etdz.json',
      'data/technologies.json',
      'data/examples/kalundborg.csv',
    ])
      expect(existsSync(join(installed, file)), file).toBe(true);
    for (const absent of ['src', 'tests', 'node_modules/tsx', 'node_modules/vite', 'node_modules/react'])
      expect(existsSync(join(installed, absent)), absent).toBe(false);
  });

  it('starts and prints its help', async () => {
    const { stdout } = await symbiograph('--help', '--lang', 'en');
    expect(stdout).toContain('Usage: symbiograph');
  });

  it('writes out the reference park and an example, and validates and analyses them', async () => {
    expect((await symbiograph('example', 'linyi-etdz', '-o', 'park.json')).stdout).toContain('park.json');
    const park = JSON.parse(readFileSync(join(work, 'park.json'), 'utf8')) as { enterprises: unknown[] };
    expect(park.enterprises.length).toBe(35);
    expect((await symbiograph('validate', 'park.json', '--lang', 'en')).stdout).toContain('35 enterprises');
    const analysis = await symbiograph('analyze', 'park.json', '--json');
    expect(JSON.parse(analysis.stdout)).toHaveProperty('network');
    await symbiograph('example', 'kalundborg', '-o', 'kalundborg.csv');
    expect((await symbiograph('summary', 'kalundborg.csv', '--lang', 'en')).stdout).toContain(
      '10 enterprises, 15 materials, 18 flows',
    );
  });

  it('writes the empty workbook to fill in', async () => {
    await symbiograph('template', 'park.xlsx');
    const bytes = readFileSync(join(work, 'park.xlsx'));
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip, as every .xlsx is
  });

  it('draws a chain diagram as PNG with the font it carries', async () => {
    await symbiograph('example', 'linyi-etdz', '-o', 'park.json');
    await symbiograph('diagram', 'park.json', '--chain', 'copper-chain', '--format', 'png', '-o', 'copper.png');
    const png = decodePng(new Uint8Array(readFileSync(join(work, 'copper.png'))));
    let dark = 0;
    for (let i = 0; i < png.pixels.length; i += png.channels) if (png.pixels[i]! < 128) dark++;
    expect(dark).toBeGreaterThan(4000);
  });

  it('opens a park in the app it carries, served on a free local port', async () => {
    await symbiograph('example', 'kalundborg', '-o', 'open-me.csv');
    const session = await startOpen('open-me.csv', [], env, { command: 'symbiograph', args: [], cwd: work });
    try {
      const page = await fetch(session.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      const park = (await (await fetch(`${session.origin}/open/park.json`)).json()) as { flows: unknown[] };
      expect(park.flows).toHaveLength(18);
    } finally {
      expect(await session.stop()).toBe(0);
    }
  });

  it('runs the team server, its database embedded: an account, a park, its analysis in the worker', async () => {
    const data = join(temp, 'server');
    const add = spawn('symbiograph', ['user', 'add', 'pat', '--data', data], { cwd: work, env, stdio: 'pipe' });
    add.stdin.end('a long password\n');
    expect(await new Promise((resolve) => add.once('exit', resolve))).toBe(0);
    const serve = await startServe(['--data', data], env, { command: 'symbiograph', args: [], cwd: work });
    try {
      const spec = await fetch(`${serve.url}/api/openapi.json`);
      expect(spec.status).toBe(200);
      expect(((await spec.json()) as { openapi: string }).openapi).toBe('3.1.0');
      expect(await (await fetch(serve.url)).text()).toContain('<div id="root">');
      const json = { 'Content-Type': 'application/json' };
      const issued = await fetch(`${serve.url}/api/tokens`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ username: 'pat', password: 'a long password' }),
      });
      const { token } = (await issued.json()) as { token: string };
      const auth = { Authorization: `Bearer ${token}` };
      const park = readFileSync('data/linyi-etdz.json', 'utf8');
      const created = await fetch(`${serve.url}/api/parks`, {
        method: 'POST',
        headers: { ...auth, ...json },
        body: park,
      });
      const { id } = (await created.json()) as { id: string };
      const analysis = await fetch(`${serve.url}/api/parks/${id}/analysis`, { headers: auth });
      expect(analysis.status).toBe(200);
      expect(
        ((await analysis.json()) as { projects: { candidates: unknown[] } }).projects.candidates.length,
      ).toBeGreaterThan(0);
    } finally {
      expect(await serve.stop()).toBe(0);
    }
  });
});
