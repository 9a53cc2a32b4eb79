/**
 * Signing in: API tokens (POST /api/tokens) and browser sessions
 * (POST /api/login, /api/logout, GET /api/session). Every attempt passes
 * the sign-in limits first (429 with Retry-After), and an unknown name costs
 * as much time as a wrong password, so neither says which names exist.
 */
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { SESSION_COOKIE } from '../../core/io/serverProtocol.ts';
import { bilingual } from '../../core/text/message.ts';
import { DEFAULT_SCRYPT_COST, hashPassword, verifyPassword } from '../auth/passwords.ts';
import { csrfTokenFor, hashSecret, newApiToken, newSecret } from '../auth/secrets.ts';
import { recordAudit } from '../store/audit.ts';
import { createApiToken, createSession, endSession, revokeApiToken } from '../store/credentials.ts';
import { findAccount, type Account } from '../store/users.ts';
import { ApiFailure } from '../http/apiFailure.ts';
import type { RouteHandlers, ServerContext } from '../http/routeTypes.ts';

/** A hash of no one's password, checked against when the name is unknown: the same work as a real check. */
let decoy: Promise<string> | undefined;

async function signIn(
  server: ServerContext,
  credentials: { readonly username: string; readonly password: string },
  address: string,
): Promise<Account> {
  const { username, password } = credentials;
  const wait = server.limiter.retryAfter(username, address);
  if (wait !== null)
    throw new ApiFailure(
      'rate-limited',
      bilingual('server:rateLimited', { seconds: wait }),
      {},
      {
        'Retry-After': String(wait),
      },
    );
  const account = await findAccount(server.db, username);
  const stored = account?.passwordHash ?? (await (decoy ??= hashPassword(newSecret(), DEFAULT_SCRYPT_COST)));
  const right = await verifyPassword(password, stored);
  if (account === null || !right) {
    server.limiter.failed(username, address);
    await recordAudit(server.db, {
      action: 'login-failed',
      userId: account?.id ?? null,
      address,
      detail: { username },
    });
    throw new ApiFailure('bad-credentials', bilingual('server:badCredentials'));
  }
  server.limiter.succeeded(username);
  return account;
}

/** The cookie is marked Secure when the page came over HTTPS (directly, or through a proxy that says so). */
function overHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

export const accountHandlers: Pick<RouteHandlers, 'createToken' | 'login' | 'logout' | 'session'> = {
  createToken: async ({ c, server, body, address }) => {
    const account = await signIn(server, body, address);
    const token = newApiToken();
    await server.db.transaction(async (tx) => {
      await createApiToken(tx, hashSecret(token), account.id);
      await recordAudit(tx, { action: 'token-created', userId: account.id, address });
    });
    return c.json({ token }, 201);
  },

  login: async ({ c, server, body, address }) => {
    const account = await signIn(server, body, address);
    const sessionId = newSecret();
    await server.db.transaction(async (tx) => {
      await createSession(tx, hashSecret(sessionId), account.id, server.sessionLifetimeMs);
      await recordAudit(tx, { action: 'login', userId: account.id, address });
    });
    setCookie(c, SESSION_COOKIE, sessionId, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: overHttps(c),
      path: '/',
      maxAge: Math.floor(server.sessionLifetimeMs / 1000),
    });
    return c.json({ username: account.username, csrfToken: csrfTokenFor(sessionId) });
  },

  logout: async ({ c, server, caller, address }) => {
    await server.db.transaction(async (tx) => {
      // A token signs out by being revoked: the client asked to be no one.
      if (caller.via === 'session') await endSession(tx, hashSecret(caller.sessionId));
      else await revokeApiToken(tx, caller.tokenHash);
      await recordAudit(tx, { action: 'logout', userId: caller.userId, address });
    });
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  },

  session: async ({ c, caller }) =>
    c.json({
      username: caller.username,
      ...(caller.via === 'session' ? { csrfToken: csrfTokenFor(caller.sessionId) } : {}),
    }),
};
