/**
 * Who is calling: an API client by its bearer token, a browser by its
 * session cookie, or no one. A wrong token is refused outright (the client
 * meant to be someone); a stale or unknown cookie is only no one.
 */
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { CSRF_HEADER, SESSION_COOKIE } from '../../core/io/serverProtocol.ts';
import { bilingual } from '../../core/text/message.ts';
import { csrfTokenFor, hashSecret, sameSecret } from '../auth/secrets.ts';
import type { Queryable } from '../database/database.ts';
import { sessionHolder, tokenHolder } from '../store/credentials.ts';
import { ApiFailure } from './apiFailure.ts';

export type Caller =
  | { readonly via: 'token'; readonly userId: number; readonly username: string; readonly tokenHash: string }
  | { readonly via: 'session'; readonly userId: number; readonly username: string; readonly sessionId: string };

export async function identifyCaller(c: Context, db: Queryable): Promise<Caller | null> {
  const authorization = c.req.header('authorization');
  if (authorization !== undefined) {
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
    const tokenHash = token === undefined ? null : hashSecret(token);
    const holder = tokenHash === null ? null : await tokenHolder(db, tokenHash);
    if (holder === null || tokenHash === null) throw new ApiFailure('unauthenticated', bilingual('server:badToken'));
    return { via: 'token', ...holder, tokenHash };
  }
  const sessionId = getCookie(c, SESSION_COOKIE);
  if (sessionId === undefined) return null;
  const holder = await sessionHolder(db, hashSecret(sessionId));
  return holder === null ? null : { via: 'session', ...holder, sessionId };
}

/**
 * A browser session's writes carry its CSRF token: a page of another site
 * can make the browser send the cookie (were SameSite=Strict ever not
 * honoured) but can never read the token. API clients send no cookie, so
 * they need none.
 */
export function checkCsrf(c: Context, caller: Caller): void {
  if (caller.via !== 'session' || c.req.method === 'GET' || c.req.method === 'HEAD') return;
  const given = c.req.header(CSRF_HEADER);
  if (given === undefined || !sameSecret(given, csrfTokenFor(caller.sessionId)))
    throw new ApiFailure('csrf', bilingual('server:csrfMissing'));
}

/**
 * A write a browser sends from a page names that page's origin: one of
 * another site is refused, whatever it carries. (Clients that are not
 * browsers send no Origin.)
 */
export function checkOrigin(c: Context): void {
  if (c.req.method === 'GET' || c.req.method === 'HEAD') return;
  const origin = c.req.header('origin');
  if (origin === undefined) return;
  let host: string | null;
  try {
    host = new URL(origin).host;
  } catch {
    host = null;
  }
  if (host === null || host !== c.req.header('host'))
    throw new ApiFailure('forbidden', bilingual('server:originRefused', { origin }));
}
