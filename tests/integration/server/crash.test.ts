/**
 * Crash safety: the real server process (`symbiograph serve`) killed with
 * SIGKILL in the middle of a burst of saves, then started again on the same
 * data. The database must open (PGlite taking over the lock the dead process
 * left), every save that was acknowledged must be there with what it
 * carried, the revisions must run 1, 2, 3 … without a gap, every version
 * must be a whole, valid model, and the park must take the next save.
 */
import { readFileSync } from 'node:fs';
import { describe, expect } from 'vitest';
import { routePath } from '../../../src/core/io/serverProtocol.ts';
import { validateModel } from '../../../src/core/model/validate.ts';
import type { ParkModel } from '../../../src/core/model/types.ts';
import { addAccount } from '../../../src/server/accounts.ts';
import { openDatabase } from '../../../src/server/database/openDatabase.ts';
import type { FreshDatabase } from './backends.ts';
import { eachBackend } from './eachBackend.ts';
import { startServe, type ServeProcess } from './serveProcess.ts';
import { call, PASSWORD, TEST_SCRYPT_COST } from './testServer.ts';

/** The reference park: large enough (285 kB) that a kill often lands inside a write. */
const linyi = JSON.parse(readFileSync('data/linyi-etdz.json', 'utf8')) as ParkModel;
const named = (name: string): ParkModel => ({ ...linyi, park: { ...linyi.park, name: { en: name } } });
const CLIENTS = 6;

describe('killed mid-burst', () => {
  eachBackend('opens again with every acknowledged save whole and nothing half-written', 120_000, async (backend) => {
    const fresh: FreshDatabase = await backend.fresh();
    const cleanup: (() => Promise<unknown>)[] = [() => fresh.dispose()];
    try {
      const db = await openDatabase(fresh.choice);
      await addAccount(db, 'kim', PASSWORD, TEST_SCRYPT_COST);
      await db.close();

      let serve: ServeProcess = await startServe(fresh.args, fresh.env);
      cleanup.push(() => serve.stop());
      const token = (
        (await call(serve.url, 'POST', '/api/tokens', { json: { username: 'kim', password: PASSWORD } })).json as {
          token: string;
        }
      ).token;
      const park = ((await call(serve.url, 'POST', '/api/parks', { token, json: linyi })).json as { id: string }).id;
      const path = routePath('savePark', { id: park });

      const acknowledged = new Map<number, string>();
      let killed = false;
      let inFlight = 0;
      const client = async (i: number) => {
        let base = 1;
        for (let j = 0; !killed; j++) {
          const name = `client ${i}, save ${j}`;
          inFlight++;
          try {
            const answer = await call(serve.url, 'PUT', path, {
              token,
              json: named(name),
              headers: { 'If-Match': `"${base}"` },
            });
            inFlight--;
            if (answer.status === 200) {
              base = (answer.json as { revision: number }).revision;
              acknowledged.set(base, name);
            } else base = (answer.json as { error: { head: { revision: number } } }).error.head.revision;
          } catch {
            return; // the connection died with the server: this save was never acknowledged
          }
        }
      };
      const burst = Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)));
      while (acknowledged.size < 8) await new Promise((resolve) => setTimeout(resolve, 20));
      killed = true;
      // Killed with saves on their way: none of them is acknowledged, and none may be left half-written.
      expect(inFlight).toBeGreaterThan(0);
      expect(await serve.stop('SIGKILL')).toBeNull();
      await burst;

      serve = await startServe(fresh.args, fresh.env);
      const versions = (await call(serve.url, 'GET', routePath('listVersions', { id: park }), { token })).json as {
        revision: number;
      }[];
      const revisions = versions.map((v) => v.revision);
      expect(revisions).toEqual(Array.from({ length: revisions.length }, (_, k) => k + 1));
      for (const revision of acknowledged.keys()) expect(revisions).toContain(revision);
      for (const revision of revisions) {
        const version = await call(serve.url, 'GET', routePath('getVersion', { id: park, n: revision }), { token });
        expect(version.status).toBe(200);
        const checked = validateModel(version.json);
        expect(checked.ok, `revision ${revision}`).toBe(true);
        const expected = acknowledged.get(revision);
        if (expected !== undefined) expect((version.json as ParkModel).park.name.en).toBe(expected);
      }
      const head = revisions.at(-1)!;
      const next = await call(serve.url, 'PUT', path, { token, json: linyi, headers: { 'If-Match': `"${head}"` } });
      expect(next.json).toEqual({ revision: head + 1, warnings: [] });
      expect(await serve.stop()).toBe(0);
    } finally {
      for (const step of cleanup.reverse()) await step();
    }
  });
});
