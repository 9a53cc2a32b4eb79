/**
 * The server's Hono app: the API (every route of API_ROUTES, registerRoutes.ts),
 * a JSON 404 for any other /api path, and the built app for the rest; every
 * answer with the headers that keep a browser from sniffing, framing or
 * caching what it must not.
 */
import { Hono } from 'hono';
import { bilingual } from '../../core/text/message.ts';
import { openApiDocument } from '../openapi.ts';
import { accountHandlers } from '../routes/accounts.ts';
import { analysisHandlers } from '../routes/analyses.ts';
import { eventHandlers } from '../routes/events.ts';
import { memberHandlers } from '../routes/members.ts';
import { parkHandlers } from '../routes/parks.ts';
import { versionHandlers } from '../routes/versions.ts';
import { ApiFailure, failureResponse, internalFailure } from './apiFailure.ts';
import { appFile } from './appFiles.ts';
import { registerRoutes } from './registerRoutes.ts';
import type { ServerContext } from './routeTypes.ts';

export function serverApp(server: ServerContext, appDir: string | null, version: string): Hono {
  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    if (c.req.path.startsWith('/api/')) {
      // JSON is data, never a page: nothing in it may run or be framed, and no shared cache keeps it.
      c.header('Content-Security-Policy', "default-src 'none'; frame-ancestors 'none'");
      if (!c.res.headers.has('Cache-Control')) c.header('Cache-Control', 'no-store');
    }
  });
  const document = JSON.stringify(openApiDocument(version));
  registerRoutes(app, server, {
    ...accountHandlers,
    ...parkHandlers,
    ...versionHandlers,
    ...memberHandlers,
    ...analysisHandlers,
    ...eventHandlers,
    openapi: async ({ c }) => c.body(document, 200, { 'Content-Type': 'application/json; charset=utf-8' }),
  });
  const noRoute = (method: string, path: string) =>
    failureResponse(new ApiFailure('not-found', bilingual('server:pathNotFound', { method, path })));
  app.all('/api/*', (c) => noRoute(c.req.method, c.req.path));
  app.on(['GET', 'HEAD'], '*', (c) => appFile(c, appDir));
  app.notFound((c) => noRoute(c.req.method, c.req.path));
  app.onError((error) => failureResponse(internalFailure(error)));
  return app;
}
