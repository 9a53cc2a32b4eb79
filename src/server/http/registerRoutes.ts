/**
 * Every route of API_ROUTES on the Hono app, each behind the same checks in
 * the same order, cheapest first and nothing read before it must be: a
 * write from another site's page (403); who is calling (401 when the route
 * needs someone); a browser session's CSRF token on writes (403); the
 * caller's role on the park (404 when none — a park one may not see is not
 * said to exist — and 403 when too weak); the revision in the path and in
 * If-Match (404, 428, 400); the query (400); the body (415, 413, 400, 422).
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import {
  API_ROUTES,
  PARK_ID_PATTERN,
  readRevisionTag,
  roleAtLeast,
  type ApiRoute,
  type ApiRouteName,
  type Role,
} from '../../core/io/serverProtocol.ts';
import { bilingual, message } from '../../core/text/message.ts';
import { roleOn } from '../store/parks.ts';
import { ApiFailure, failureResponse, internalFailure } from './apiFailure.ts';
import { checkCsrf, checkOrigin, identifyCaller } from './caller.ts';
import { checkModel, parseBody, readJsonText } from './requestBody.ts';
import type { RouteHandlers, RouteRequest, ServerContext } from './routeTypes.ts';

async function parkAccess(c: Context, server: ServerContext, userId: number, minimum: Role) {
  const id = c.req.param('id') ?? '';
  const role = PARK_ID_PATTERN.test(id) ? await roleOn(server.db, id, userId) : null;
  if (role === null) throw new ApiFailure('not-found', bilingual('server:parkNotFound'));
  if (!roleAtLeast(role, minimum))
    throw new ApiFailure(
      'forbidden',
      bilingual('server:forbiddenRole', (language) => ({
        role: message(language, `server:role_${role}`),
        needed: message(language, `server:role_${minimum}`),
      })),
    );
  return { id, role };
}

function pathNumber(c: Context): number | null {
  const given = c.req.param('n');
  if (given === undefined) return null;
  if (!/^[1-9]\d{0,8}$/.test(given))
    throw new ApiFailure('not-found', bilingual('server:versionNotFound', { revision: given }));
  return Number(given);
}

function ifMatch(c: Context, route: ApiRoute): number | null {
  const header = c.req.header('if-match');
  if (header === undefined) {
    if (route.ifMatch === 'required')
      throw new ApiFailure('precondition-required', bilingual('server:ifMatchRequired'));
    return null;
  }
  const revision = readRevisionTag(header);
  if (revision === null) throw new ApiFailure('bad-request', bilingual('server:badIfMatch', { value: header }));
  return revision;
}

function query(c: Context, schema: z.ZodObject | undefined): unknown {
  if (!schema) return {};
  const parsed = schema.safeParse(c.req.query());
  if (parsed.success) return parsed.data;
  const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? '?')))];
  throw new ApiFailure('bad-request', bilingual('server:badQuery', { fields: fields.join(', ') }));
}

/** What a body other than a park model (credentials, a member's role) may weigh: no reason to read megabytes of one. */
const SMALL_BODY_BYTES = 64 * 1024;

async function body(c: Context, route: ApiRoute, limit: number): Promise<unknown> {
  if (route.body === undefined) return undefined;
  if (route.body === 'park-model') return checkModel(await readJsonText(c, limit));
  return parseBody(await readJsonText(c, Math.min(limit, SMALL_BODY_BYTES)), route.body);
}

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

async function prepare(c: Context, route: ApiRoute, server: ServerContext): Promise<RouteRequest<ApiRoute>> {
  checkOrigin(c);
  const caller = route.access === 'anyone' ? null : await identifyCaller(c, server.db);
  if (route.access !== 'anyone') {
    if (caller === null) throw new ApiFailure('unauthenticated', bilingual('server:unauthenticated'));
    checkCsrf(c, caller);
  }
  const park =
    route.access === 'anyone' || route.access === 'user'
      ? null
      : await parkAccess(c, server, caller!.userId, route.access);
  return {
    c,
    server,
    caller,
    park,
    n: pathNumber(c),
    ifMatch: ifMatch(c, route),
    query: query(c, route.query),
    body: await body(c, route, server.maxBodyBytes),
    address: clientAddress(c),
  } as RouteRequest<ApiRoute>;
}

export function registerRoutes(app: Hono, server: ServerContext, handlers: RouteHandlers): void {
  for (const name of Object.keys(API_ROUTES) as ApiRouteName[]) {
    const route: ApiRoute = API_ROUTES[name];
    const handler = handlers[name] as (request: RouteRequest<ApiRoute>) => Promise<Response>;
    app.on(route.method.toUpperCase(), route.path, async (c) => {
      try {
        return await handler(await prepare(c, route, server));
      } catch (error) {
        return failureResponse(error instanceof ApiFailure ? error : internalFailure(error));
      }
    });
  }
}
