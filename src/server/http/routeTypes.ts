/**
 * What a route's handler is given once the checks every route shares have
 * passed (registerRoutes.ts): the caller, their role on the park, the body
 * and query checked against the route's schemas — typed from the route's own
 * entry in API_ROUTES, so a handler cannot read what its route does not check.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import type { API_ROUTES, ApiRouteName, Role } from '../../core/io/serverProtocol.ts';
import type { RevisionAnalyses } from '../analysis/revisionAnalyses.ts';
import type { LoginLimiter } from '../auth/loginLimiter.ts';
import type { Database } from '../database/database.ts';
import type { Caller } from './caller.ts';
import type { CheckedModel } from './requestBody.ts';
import type { SavedEvents } from './savedEvents.ts';
import type { VersionCache } from '../store/versionCache.ts';

/** What the handlers share for the server's life. */
export interface ServerContext {
  readonly db: Database;
  readonly limiter: LoginLimiter;
  readonly analyses: RevisionAnalyses;
  readonly events: SavedEvents;
  /** The versions last read or saved (versions never change). */
  readonly versions: VersionCache;
  readonly maxBodyBytes: number;
  readonly sessionLifetimeMs: number;
}

type BodyOf<R> = R extends { body: 'park-model' }
  ? CheckedModel
  : R extends { body: infer S extends z.ZodType }
    ? z.output<S>
    : undefined;
type QueryOf<R> = R extends { query: infer Q extends z.ZodType } ? z.output<Q> : Record<string, never>;
type CallerOf<R> = R extends { access: 'anyone' } ? null : Caller;
type ParkOf<R> = R extends { access: Role } ? { readonly id: string; readonly role: Role } : null;

export interface RouteRequest<R> {
  readonly c: Context;
  readonly server: ServerContext;
  readonly caller: CallerOf<R>;
  /** The park (`:id`) and the caller's role on it, for the routes of a park. */
  readonly park: ParkOf<R>;
  readonly body: BodyOf<R>;
  readonly query: QueryOf<R>;
  /** `:n` of the path: a revision, or a rejected save's id. */
  readonly n: number | null;
  /** The revision If-Match names. */
  readonly ifMatch: number | null;
  /** The client's address, for the audit log and the sign-in limits. */
  readonly address: string;
}

export type RouteHandlers = {
  readonly [K in ApiRouteName]: (request: RouteRequest<(typeof API_ROUTES)[K]>) => Promise<Response>;
};
