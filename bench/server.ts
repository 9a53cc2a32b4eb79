/**
 * `npm run bench:server`: the team server as users meet it — `symbiograph
 * serve` as a process of its own (built first, as `npm install` leaves it),
 * driven over loopback from this one — on the embedded PGlite, and on
 * PostgreSQL too when SYMBIOGRAPH_TEST_DATABASE_URL names a server to make a
 * throwaway database on (scripts/testPostgres.sh starts one). The park is the
 * reference park (data/linyi-etdz.json, 285 kB of JSON). For each of reads of
 * the head, saves, analyses of new revisions and analyses already kept: how
 * many a second, and the median and 95th-percentile latency. Printed, never
 * asserted.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { routePath } from '../src/core/io/serverProtocol.ts';
import type { ParkModel } from '../src/core/model/types.ts';
import { addAccount } from '../src/server/accounts.ts';
import { openDatabase } from '../src/server/database/openDatabase.ts';
import { BACKENDS, type Backend } from '../tests/integration/server/backends.ts';
import { startServe } from '../tests/integration/server/serveProcess.ts';

const PARK = JSON.parse(readFileSync('data/linyi-etdz.json', 'utf8')) as ParkModel;
const BODY = JSON.stringify(PARK);
const PASSWORD = 'a bench password';

interface Figures {
  readonly count: number;
  readonly seconds: number;
  readonly latencies: number[];
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function line(name: string, { count, seconds, latencies }: Figures): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  const rate = (count / seconds).toFixed(1).padStart(8);
  const p50 = percentile(sorted, 50).toFixed(1).padStart(8);
  const p95 = percentile(sorted, 95).toFixed(1).padStart(8);
  return `  ${name.padEnd(34)} ${String(count).padStart(5)} ${rate}/s ${p50} ms ${p95} ms`;
}

/** `clients` at once, each doing `each` requests one after the other; every latency, and the time for all. */
async function measure(clients: number, each: number, request: (client: number, i: number) => Promise<void>) {
  const latencies: number[] = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = 0; i < each; i++) {
        const begun = performance.now();
        await request(client, i);
        latencies.push(performance.now() - begun);
      }
    }),
  );
  return { count: clients * each, seconds: (performance.now() - start) / 1000, latencies };
}

async function expectOk(response: Response, what: string): Promise<Response> {
  if (!response.ok) throw new Error(`${what}: ${response.status} ${await response.text()}`);
  return response;
}

async function bench(backend: Backend): Promise<void> {
  const fresh = await backend.fresh();
  const db = await openDatabase(fresh.choice);
  await addAccount(db, 'bench', PASSWORD);
  await db.close();
  const serve = await startServe(fresh.args, fresh.env);
  try {
    const url = serve.url;
    const issued = await fetch(`${url}/api/tokens`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'bench', password: PASSWORD }),
    });
    const { token } = (await (await expectOk(issued, 'token')).json()) as { token: string };
    const auth = { Authorization: `Bearer ${token}` };
    const json = { ...auth, 'Content-Type': 'application/json' };
    const CLIENTS = 4;
    // A park per client, so that saves measure writing, not conflicts.
    const parks: string[] = [];
    for (let i = 0; i < CLIENTS; i++) {
      const created = await fetch(`${url}/api/parks`, { method: 'POST', headers: json, body: BODY });
      parks.push(((await (await expectOk(created, 'create')).json()) as { id: string }).id);
    }
    console.log(`\n${backend.name} (${serve.output().match(/database: (.*)/)?.[1] ?? ''})`);
    console.log(
      `  ${'what'.padEnd(34)} ${'n'.padStart(5)} ${'rate'.padStart(10)} ${'p50'.padStart(11)} ${'p95'.padStart(11)}`,
    );

    const reads = await measure(CLIENTS * 2, 50, async (client) => {
      const response = await fetch(`${url}${routePath('getPark', { id: parks[client % CLIENTS]! })}`, {
        headers: auth,
      });
      await (await expectOk(response, 'read')).arrayBuffer();
    });
    console.log(line(`read the head (${CLIENTS * 2} clients)`, reads));

    const heads = parks.map(() => 1);
    const saves = await measure(CLIENTS, 25, async (client) => {
      const response = await fetch(`${url}${routePath('savePark', { id: parks[client]! })}`, {
        method: 'PUT',
        headers: { ...json, 'If-Match': `"${heads[client]}"` },
        body: BODY,
      });
      heads[client] = ((await (await expectOk(response, 'save')).json()) as { revision: number }).revision;
    });
    console.log(line(`save a version (${CLIENTS} clients)`, saves));

    // Each revision analysed once, in the server's analysis worker, then kept.
    const analyse = (client: number, revision: number) =>
      fetch(`${url}${routePath('analysis', { id: parks[client]! })}?revision=${revision}`, { headers: auth }).then(
        async (response) => void (await (await expectOk(response, 'analysis')).arrayBuffer()),
      );
    const cold = await measure(1, 10, (_, i) => analyse(0, i + 1));
    console.log(line('analyse a new revision (1 client)', cold));
    const kept = await measure(CLIENTS, 25, (_, i) => analyse(0, (i % 10) + 1));
    console.log(line(`read a kept analysis (${CLIENTS} clients)`, kept));
    const diff = await measure(1, 5, async (_, i) => {
      const response = await fetch(`${url}${routePath('diff', { id: parks[0]! })}?from=${i + 1}&to=${i + 2}`, {
        headers: auth,
      });
      await (await expectOk(response, 'diff')).arrayBuffer();
    });
    // Each comparison's later revision has not been compared before: one analysis to make, one kept.
    console.log(line('compare two revisions (1 client)', diff));
  } finally {
    await serve.stop();
    await fresh.dispose();
  }
}

execFileSync(process.execPath, ['scripts/buildCli.mjs'], { stdio: 'inherit' });
console.log(
  `Team server on the reference park (${(BODY.length / 1024).toFixed(0)} kB), ${availableParallelism()} CPUs, load ${loadavg()[0]!.toFixed(1)}`,
);
for (const backend of BACKENDS) {
  if (backend.skipped !== null) console.log(`\n${backend.name}: skipped, ${backend.skipped}`);
  else await bench(backend);
}
