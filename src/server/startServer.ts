/**
 * The team server on an open, migrated database: the Hono app
 * (http/serverApp.ts) on Node's http server, the analysis worker, the
 * sign-in limits and the event listeners; closed in the reverse order,
 * event streams first, so no connection holds the process open. The
 * database is the caller's to open and close (database/openDatabase.ts).
 */
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { packageFile } from '../cli/packageFile.ts';
import { AnalysisWorker } from './analysis/analysisWorker.ts';
import { RevisionAnalyses } from './analysis/revisionAnalyses.ts';
import { DEFAULT_LOGIN_LIMITS, LoginLimiter, type LoginLimits } from './auth/loginLimiter.ts';
import type { Database } from './database/database.ts';
import { SavedEvents } from './http/savedEvents.ts';
import { serverApp } from './http/serverApp.ts';
import { VersionCache } from './store/versionCache.ts';

/** Far above a 100 000-flow park's JSON (about 40 MB), far below what would exhaust the server's memory. */
export const DEFAULT_MAX_BODY_BYTES = 128 * 1024 * 1024;
const SESSION_LIFETIME_MS = 14 * 24 * 3600_000;

export interface ServerOptions {
  /** 127.0.0.1 (this machine only) unless the team is to reach it: 0.0.0.0, or one of the machine's addresses. */
  readonly host: string;
  /** 0: any free port. */
  readonly port: number;
  /** The built app's folder (a real path), or null to serve the API only. */
  readonly appDir: string | null;
  readonly maxBodyBytes?: number;
  readonly loginLimits?: LoginLimits;
}

export interface RunningServer {
  /** http://HOST:PORT, as a browser on this machine reaches it. */
  readonly url: string;
  close(): Promise<void>;
}

/** The Symbiograph version: the OpenAPI document's, and the key of the analyses it keeps. */
function packageVersion(): string {
  return (JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version;
}

export async function startServer(db: Database, options: ServerOptions): Promise<RunningServer> {
  const version = packageVersion();
  const worker = new AnalysisWorker();
  const events = new SavedEvents();
  const app = serverApp(
    {
      db,
      limiter: new LoginLimiter(options.loginLimits ?? DEFAULT_LOGIN_LIMITS),
      analyses: new RevisionAnalyses(db, worker, version),
      events,
      versions: new VersionCache(),
      maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      sessionLifetimeMs: SESSION_LIFETIME_MS,
    },
    options.appDir,
    version,
  );
  const server = await new Promise<Server>((resolve, reject) => {
    const started = serve(
      { fetch: app.fetch, port: options.port, hostname: options.host, overrideGlobalObjects: false },
      () => {
        started.off('error', reject);
        resolve(started as Server);
      },
    );
    started.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host === '0.0.0.0' || options.host === '::' ? '127.0.0.1' : options.host;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    close: async () => {
      events.endAll();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await worker.close();
    },
  };
}
