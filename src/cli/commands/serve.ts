/**
 * `symbiograph serve [--data DIR] [--port N] [--host H] [--max-body MB]`:
 * the team server (src/server/) on its database (../serverDatabase.ts),
 * with the built app when there is one. Runs until Ctrl-C or SIGTERM, then
 * closes the server and the database and exits 0. Exit codes: 1 the
 * database cannot be opened or the port is taken; 2 wrong usage.
 */
import type { Language } from '../../core/model/types.ts';
import { startServer, DEFAULT_MAX_BODY_BYTES, type RunningServer } from '../../server/startServer.ts';
import { listAccounts } from '../../server/store/users.ts';
import { t } from '../i18n.ts';
import type { Output } from '../output.ts';
import { databaseChoice, openServerDatabase } from '../serverDatabase.ts';
import { appFolder, builtApp, readPort, signalled } from '../serving.ts';

export const DEFAULT_SERVE_PORT = 4180;
const LOOPBACK = '127.0.0.1';

export interface ServeArgs {
  readonly language: Language;
  readonly data?: string;
  readonly port?: string;
  readonly host?: string;
  /** `--max-body`: megabytes. */
  readonly maxBody?: string;
}

function readMegabytes(given: string | undefined): number | null {
  if (given === undefined) return DEFAULT_MAX_BODY_BYTES;
  const megabytes = Number(given);
  return /^\d+(\.\d+)?$/.test(given) && megabytes > 0 ? Math.round(megabytes * 1024 * 1024) : null;
}

export async function serveCommand(
  args: ServeArgs,
  out: Output,
  stopped: () => Promise<void> = signalled,
): Promise<number> {
  const { language } = args;
  const port = readPort(args.port, DEFAULT_SERVE_PORT);
  if (port === null) {
    out.stderr(t(language, 'openBadPort', { port: args.port ?? '' }));
    return 2;
  }
  const maxBodyBytes = readMegabytes(args.maxBody);
  if (maxBodyBytes === null) {
    out.stderr(t(language, 'serveBadMaxBody', { value: args.maxBody ?? '' }));
    return 2;
  }
  const choice = databaseChoice(args.data, language, out);
  if (choice === null) return 2;
  const db = await openServerDatabase(choice, language, out);
  if (db === null) return 1;
  const host = args.host ?? LOOPBACK;
  const appDir = await builtApp();
  let server: RunningServer;
  try {
    server = await startServer(db, { host, port, appDir, maxBodyBytes });
  } catch (error) {
    await db.close();
    const reason = (error as NodeJS.ErrnoException).code ?? String(error);
    out.stderr(t(language, 'serveListenFailed', { address: `${host}:${port}`, reason }));
    return 1;
  }
  out.stdout(t(language, 'serveListening', { url: server.url }));
  out.stdout(
    db.kind === 'pglite'
      ? t(language, 'serveDatabasePglite', { dir: db.location })
      : t(language, 'serveDatabasePostgres', { where: db.location }),
  );
  out.stdout(t(language, 'serveApi', { url: server.url }));
  if (appDir === null) out.stdout(t(language, 'serveNoApp', { dir: appFolder() }));
  if (host === LOOPBACK) out.stdout(t(language, 'serveLocalOnly'));
  if ((await listAccounts(db)).length === 0) out.stdout(t(language, 'serveNoAccounts'));
  await stopped();
  await server.close();
  await db.close();
  out.stdout(t(language, 'openStopped'));
  return 0;
}
