/**
 * The local server of `symbiograph open`: Node's own http, on 127.0.0.1
 * only. It serves the built app, the park (OPEN_PARK_PATH) and the
 * session's details (OPEN_INFO_PATH), and takes the app's saves (a PUT of
 * the model to OPEN_PARK_PATH), one at a time.
 *
 * Who may write the user's file: a page of this server's own origin, nothing
 * else. Every request must name this server in its Host header (a page that
 * rebinds its own DNS name to 127.0.0.1 reaches the port, but with its own
 * name as Host); a save must also come with an Origin of this server, and
 * with the token that only OPEN_INFO_PATH gives — which another origin's page
 * cannot read, as no response here allows cross-origin reading.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { basename, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import {
  OPEN_INFO_PATH,
  OPEN_PARK_PATH,
  OPEN_SESSION_PARAMETER,
  OPEN_TOKEN_HEADER,
  saveAnswerReply,
  type OpenInfo,
  type SaveAnswer,
} from '../../core/io/openProtocol.ts';
import { validateModelText } from '../../core/model/validate.ts';
import { MAX_FILE_BYTES } from '../readModelFile.ts';
import { writeParkFile, type ParkFile } from './parkFile.ts';
import { contentType, staticFile } from './staticFiles.ts';

export interface OpenServerOptions {
  /** The built app's folder, as a real path (realpath). */
  readonly appDir: string;
  readonly park: ParkFile;
  /** 0: any free port. */
  readonly port: number;
  /** Told of each save, for the terminal. */
  readonly onSave: (answer: SaveAnswer) => void;
}

export interface OpenServer {
  /** The address that opens the app with the park: what is printed and given to the browser. */
  readonly url: string;
  /** The file's name as the app's save button says it. */
  readonly name: string;
  close(): Promise<void>;
}

const HOST = '127.0.0.1';

export async function startOpenServer(options: OpenServerOptions): Promise<OpenServer> {
  const token = randomBytes(24).toString('base64url');
  // A new park address for each session: the app keeps a park opened by address in its library and reopens that
  // entry on a reload (with its unsaved edits). Another session — the file changed meanwhile, or another file
  // served on the same --port, which is the same origin and so the same library — must load the file afresh.
  const session = randomBytes(6).toString('hex');
  let park = options.park;
  let writing: Promise<unknown> = Promise.resolve();
  const server = createServer((request, response) => {
    // A handler that throws is a bug: answered 500 rather than left hanging or ending the server.
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', String(error));
      else response.destroy();
    });
  });

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const port = (server.address() as AddressInfo).port;
    const host = request.headers.host ?? '';
    if (host !== `${HOST}:${port}` && host !== `localhost:${port}`) return send(response, 403, TEXT, 'forbidden\n');
    const path = new URL(request.url ?? '/', `http://${host}`).pathname;
    const method = request.method ?? 'GET';
    if (path === OPEN_PARK_PATH && method === 'PUT') {
      const answer = await save(request, host);
      if (answer.kind !== 'refused') options.onSave(answer);
      const reply = saveAnswerReply(answer);
      // A refused body may still be arriving: the connection closes after the answer instead of reading it.
      const close: Record<string, string> = answer.kind === 'refused' ? { Connection: 'close' } : {};
      return send(response, reply.status, JSON_TYPE, reply.body, close);
    }
    if (method !== 'GET' && method !== 'HEAD')
      return send(response, 405, TEXT, 'method not allowed\n', { Allow: 'GET, HEAD' });
    if (path === OPEN_PARK_PATH) return send(response, 200, JSON_TYPE, JSON.stringify(park.model));
    if (path === OPEN_INFO_PATH) return send(response, 200, JSON_TYPE, JSON.stringify(info(park, token)));
    const file = await staticFile(options.appDir, path);
    if (file === null) return send(response, 404, TEXT, 'not found\n');
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': contentType(file),
      // Vite names what it builds by content (assets/index-3f9a.js): only the page itself can change.
      'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    if (method === 'HEAD') return void response.end();
    // A reader gone midway (a closed tab) is no error of ours: the stream is dropped, the server goes on.
    pipeline(createReadStream(file), response, () => undefined);
  };

  /** A save: refused, read and checked as it comes; written one at a time, each over the file the last one wrote. */
  const save = async (request: IncomingMessage, host: string): Promise<SaveAnswer> => {
    const refused = refusal(request, host, token);
    if (refused !== null) return { kind: 'refused', status: refused };
    const body = await readBody(request);
    if (body === null) return { kind: 'refused', status: 413 };
    const checked = validateModelText(body, basename(park.path));
    if (!checked.ok) return { kind: 'invalid', errors: checked.errors };
    const write = writing.then(async () => {
      const written = await writeParkFile(park, checked.model);
      park = written.park;
      return written.answer;
    });
    writing = write.catch(() => undefined);
    return write;
  };

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, () => {
      server.off('error', reject);
      resolveListen();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${HOST}:${port}/?model=${OPEN_PARK_PATH}?${OPEN_SESSION_PARAMETER}=${session}`,
    name: info(park, token).name,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => resolveClose());
        // The browser's keep-alive connections would hold the server open: close them, idle or not.
        server.closeAllConnections();
      }),
  };
}

const TEXT = 'text/plain; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const SECURITY_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Referrer-Policy': 'no-referrer' };

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string,
  headers: Readonly<Record<string, string>> = {},
): void {
  response.writeHead(status, { ...SECURITY_HEADERS, ...headers, 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

function info(park: ParkFile, token: string): OpenInfo {
  const name = basename(park.path) + (park.format === 'tables-csv' ? '/' : '');
  return { file: resolve(park.path), name, format: park.format, token };
}

/** Why a save is not allowed (an HTTP status), or null: from this server's own page, with its token. */
function refusal(request: IncomingMessage, host: string, token: string): number | null {
  if (request.headers.origin !== `http://${host}`) return 403;
  const given = request.headers[OPEN_TOKEN_HEADER.toLowerCase()];
  if (typeof given !== 'string' || !sameSecret(given, token)) return 403;
  const length = Number(request.headers['content-length'] ?? 0);
  return length > MAX_FILE_BYTES ? 413 : null;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The request's body as text, or null once it grows past MAX_FILE_BYTES (the rest is left unread). */
function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_FILE_BYTES) return void chunks.push(chunk);
      request.off('data', onData);
      request.pause();
      resolveBody(null);
    };
    request.on('data', onData);
    request.once('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    request.once('error', reject);
  });
}
