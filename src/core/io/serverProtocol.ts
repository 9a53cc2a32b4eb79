/**
 * What the team server (`symbiograph serve`, src/server/) and its clients —
 * the CLI's `push` and `pull`, the app (src/app/team/) — say to each other: every
 * route of the JSON API with who may call it, the zod schemas its requests
 * are checked with and its answers have, the error codes and the headers.
 * The server registers one handler per entry of API_ROUTES and writes its
 * OpenAPI document from the same entries, so a route, its checks and its
 * documentation cannot drift apart; a client reads a route's schemas there
 * too (`API_ROUTES.listVersions.responses[200].schema`). Pure: no node imports, like
 * openProtocol.ts, so the app can use it too.
 *
 * Conventions: every error is `{ error: { code, message: { zh, en }, … } }`
 * with the status of API_ERROR_STATUS; a park's revision is its ETag
 * (`"3"`), and a save names the revision it started from in `If-Match`;
 * a save's or a restore's message is the query parameter `message` (a
 * header cannot carry Chinese); a browser session is a cookie that
 * JavaScript cannot read, and every request it authenticates that is not a
 * GET must carry the session's CSRF token in CSRF_HEADER; an API client
 * sends `Authorization: Bearer TOKEN` instead and needs no CSRF token.
 */
import { z } from 'zod';
import { bilingualSchema, problemSchema } from './problemSchema.ts';

/** The header every non-GET request authenticated by the session cookie must carry, with `csrfToken` of the session. */
export const CSRF_HEADER = 'X-CSRF-Token';
/** The session cookie: HTTP-only, SameSite=Strict. */
export const SESSION_COOKIE = 'symbiograph_session';
/** The event a park's event stream sends when anyone saves it (and `head` once, on connecting: the revision then). */
export const SAVED_EVENT = 'saved';
export const HEAD_EVENT = 'head';

/** A member's role in one park, weakest first: a viewer reads, an editor also saves and restores, an owner also manages members and reads the audit log. */
export const ROLES = ['viewer', 'editor', 'owner'] as const;
export type Role = (typeof ROLES)[number];

export function roleAtLeast(role: Role, minimum: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(minimum);
}

/** Every error the API answers, with its HTTP status. */
export const API_ERROR_STATUS = {
  'bad-request': 400,
  'bad-json': 400,
  unauthenticated: 401,
  'bad-credentials': 401,
  forbidden: 403,
  csrf: 403,
  'not-found': 404,
  'stale-revision': 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'invalid-model': 422,
  'unknown-user': 422,
  'last-owner': 422,
  'precondition-required': 428,
  'rate-limited': 429,
  internal: 500,
} as const;
export type ApiErrorCode = keyof typeof API_ERROR_STATUS;
const API_ERROR_CODES = Object.keys(API_ERROR_STATUS) as ApiErrorCode[];

/** Who saved a revision, and when: a park's head in a list, a conflict, an event. */
export const revisionStampSchema = z.object({
  revision: z.number().int().positive(),
  author: z.string(),
  /** ISO 8601. */
  time: z.string(),
});
export type RevisionStamp = z.infer<typeof revisionStampSchema>;

export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum(API_ERROR_CODES as [ApiErrorCode, ...ApiErrorCode[]]),
    message: bilingualSchema,
    /** invalid-model: every problem of the model sent, with its JSON path. */
    problems: z.array(problemSchema).optional(),
    /** stale-revision: the park's head now. */
    head: revisionStampSchema.optional(),
    /** stale-revision: where the model that was not saved is kept (ROUTE `getRejected`). */
    rejected: z.object({ id: z.number().int() }).optional(),
  }),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

const username = z.string().min(1).max(200);
const roleSchema = z.enum(ROLES);
const localizedName = z.object({ zh: z.string().optional(), en: z.string().optional() });
const time = z.string().describe('ISO 8601');
const revision = z.coerce.number().int().positive();
/** What a park's id looks like; anything else is no park. */
export const PARK_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

const credentialsSchema = z.object({ username, password: z.string().min(1).max(1024) });
const tokenAnswerSchema = z.object({ token: z.string() });
const sessionAnswerSchema = z.object({
  username: z.string(),
  /** Present for a browser session: send it in CSRF_HEADER with every request that is not a GET. */
  csrfToken: z.string().optional(),
});

export const parkSummarySchema = z.object({
  id: z.string(),
  name: localizedName,
  role: roleSchema,
  head: revisionStampSchema,
});
export type ParkSummary = z.infer<typeof parkSummarySchema>;

const warnings = z.array(problemSchema);
const createdAnswerSchema = z.object({ id: z.string(), revision: z.number().int(), warnings });
const savedAnswerSchema = z.object({ revision: z.number().int(), warnings });

export const versionSchema = revisionStampSchema.extend({
  message: z.string(),
  /** Set when the version is a restore: the revision whose content it holds. */
  restoredFrom: z.number().int().optional(),
});
export type Version = z.infer<typeof versionSchema>;

const memberSchema = z.object({ username: z.string(), role: roleSchema });
/** `none` takes a member's role away. */
const memberChangeSchema = z.object({ username, role: z.enum([...ROLES, 'none']) });

const auditEntrySchema = z.object({
  id: z.number().int(),
  time,
  /** Who did it (null: an account since removed). */
  username: z.string().nullable(),
  action: z.string(),
  revision: z.number().int().optional(),
  detail: z.record(z.string(), z.unknown()),
});

const rejectedSaveSchema = z.object({
  id: z.number().int(),
  author: z.string(),
  time,
  /** The revision the save started from … */
  baseRevision: z.number().int(),
  /** … and the park's head when it arrived. */
  headRevision: z.number().int(),
  message: z.string(),
  model: z.unknown(),
});

/** The answer of `diff`: core's comparison (what `symbiograph diff --json` prints) of two revisions. */
const diffAnswerSchema = z.looseObject({
  from: z.number().int(),
  to: z.number().int(),
  model: z.unknown().describe('structural changes: park, clusters, materials, enterprises, flows, chains'),
  closed: z.array(z.string()),
  today: z.object({ findings: z.unknown(), kpis: z.array(z.unknown()) }),
  withPlanned: z.object({ findings: z.unknown(), kpis: z.array(z.unknown()) }).optional(),
});

/** The answer of `analysis`: core's analysis of one revision as `symbiograph analyze --json` prints it. */
const analysisAnswerSchema = z.looseObject({
  park: z.string(),
  kpis: z.record(z.string(), z.unknown()),
  findings: z.array(z.unknown()),
});

const saveQuery = z.object({ message: z.string().max(2000).optional() });

/** A response: what it means, and its JSON body's schema (absent: no body, or not JSON). */
interface ApiResponse {
  readonly description: string;
  readonly schema?: z.ZodType | 'park-model';
  /** Not JSON: the event stream. */
  readonly contentType?: string;
}

export interface ApiRoute {
  readonly method: 'get' | 'post' | 'put';
  /** Hono's form: `/api/parks/:id`. */
  readonly path: string;
  readonly summary: string;
  /** Who may call it: anyone, anyone signed in, or a member of the park (`:id`) with at least this role. */
  readonly access: 'anyone' | 'user' | Role;
  /** The JSON body: checked with this schema, or as a park model by core's validation (`park-model`). */
  readonly body?: z.ZodType | 'park-model';
  readonly query?: z.ZodObject;
  /** `If-Match: "<revision>"`: required (428 without), or read when given. */
  readonly ifMatch?: 'required' | 'optional';
  readonly responses: Readonly<Record<number, ApiResponse>>;
}

const MODEL_ANSWER: ApiResponse = { description: 'the park model, with its revision as ETag', schema: 'park-model' };

/** Every route of the API. The keys name the server's handlers. */
export const API_ROUTES = {
  openapi: {
    method: 'get',
    path: '/api/openapi.json',
    summary: 'This document',
    access: 'anyone',
    responses: { 200: { description: 'OpenAPI 3.1' } },
  },
  createToken: {
    method: 'post',
    path: '/api/tokens',
    summary: 'A new API token for an account (send it as Authorization: Bearer TOKEN)',
    access: 'anyone',
    body: credentialsSchema,
    responses: { 201: { description: 'the token, shown this once', schema: tokenAnswerSchema } },
  },
  login: {
    method: 'post',
    path: '/api/login',
    summary: 'Starts a browser session (an HTTP-only cookie) and gives its CSRF token',
    access: 'anyone',
    body: credentialsSchema,
    responses: { 200: { description: 'signed in', schema: sessionAnswerSchema } },
  },
  logout: {
    method: 'post',
    path: '/api/logout',
    summary: 'Ends the browser session',
    access: 'user',
    responses: { 204: { description: 'signed out' } },
  },
  session: {
    method: 'get',
    path: '/api/session',
    summary: 'Who is calling (and, for a browser session, its CSRF token)',
    access: 'user',
    responses: { 200: { description: 'the caller', schema: sessionAnswerSchema } },
  },
  listParks: {
    method: 'get',
    path: '/api/parks',
    summary: 'The parks the caller has a role on, with the head revision: who saved it last, and when',
    access: 'user',
    responses: { 200: { description: 'the parks', schema: z.array(parkSummarySchema) } },
  },
  createPark: {
    method: 'post',
    path: '/api/parks',
    summary: 'Stores a park model as revision 1 of a new park; the caller becomes its owner',
    access: 'user',
    body: 'park-model',
    query: saveQuery,
    responses: { 201: { description: 'created', schema: createdAnswerSchema } },
  },
  getPark: {
    method: 'get',
    path: '/api/parks/:id',
    summary: 'The head revision of a park',
    access: 'viewer',
    responses: { 200: MODEL_ANSWER },
  },
  savePark: {
    method: 'put',
    path: '/api/parks/:id',
    summary:
      'Saves a new version. If-Match names the revision the edit started from: another revision is 409 (the model sent is kept as a rejected save), none is 428',
    access: 'editor',
    body: 'park-model',
    query: saveQuery,
    ifMatch: 'required',
    responses: { 200: { description: 'saved', schema: savedAnswerSchema } },
  },
  listVersions: {
    method: 'get',
    path: '/api/parks/:id/versions',
    summary: 'Every version of a park, oldest first',
    access: 'viewer',
    responses: { 200: { description: 'the versions', schema: z.array(versionSchema) } },
  },
  getVersion: {
    method: 'get',
    path: '/api/parks/:id/versions/:n',
    summary: 'One version of a park',
    access: 'viewer',
    responses: { 200: MODEL_ANSWER },
  },
  restoreVersion: {
    method: 'post',
    path: '/api/parks/:id/versions/:n/restore',
    summary: "A new version with an old version's content (If-Match, when given, must name the head)",
    access: 'editor',
    query: saveQuery,
    ifMatch: 'optional',
    responses: { 201: { description: 'restored as a new revision', schema: savedAnswerSchema } },
  },
  diff: {
    method: 'get',
    path: '/api/parks/:id/diff',
    summary:
      "Two revisions compared: structure, findings and headline figures, as 'symbiograph diff' compares two files",
    access: 'viewer',
    query: z.object({ from: revision, to: revision }),
    responses: { 200: { description: 'the comparison', schema: diffAnswerSchema } },
  },
  analysis: {
    method: 'get',
    path: '/api/parks/:id/analysis',
    summary:
      "The analysis of the head, or of ?revision=, as 'symbiograph analyze --json' prints it (kept per revision)",
    access: 'viewer',
    query: z.object({ revision: revision.optional() }),
    responses: { 200: { description: 'the analysis', schema: analysisAnswerSchema } },
  },
  events: {
    method: 'get',
    path: '/api/parks/:id/events',
    summary: `Server-sent events: '${HEAD_EVENT}' on connecting, then '${SAVED_EVENT}' {revision, author, time} whenever anyone saves the park`,
    access: 'viewer',
    responses: { 200: { description: 'the event stream', contentType: 'text/event-stream' } },
  },
  listMembers: {
    method: 'get',
    path: '/api/parks/:id/members',
    summary: "The park's members and their roles",
    access: 'viewer',
    responses: { 200: { description: 'the members', schema: z.array(memberSchema) } },
  },
  setMember: {
    method: 'post',
    path: '/api/parks/:id/members',
    summary:
      "Gives an account a role on the park, changes it, or takes it away ('none'); a park keeps one owner at least",
    access: 'owner',
    body: memberChangeSchema,
    responses: { 200: { description: 'the members now', schema: z.array(memberSchema) } },
  },
  audit: {
    method: 'get',
    path: '/api/parks/:id/audit',
    summary: 'Who did what to the park, newest first',
    access: 'owner',
    responses: { 200: { description: 'the audit log', schema: z.array(auditEntrySchema) } },
  },
  getRejected: {
    method: 'get',
    path: '/api/parks/:id/rejected/:n',
    summary: 'A save refused as stale (409), kept with its model so nothing sent is lost',
    access: 'editor',
    responses: { 200: { description: 'the rejected save', schema: rejectedSaveSchema } },
  },
} as const satisfies Record<string, ApiRoute>;

export type ApiRouteName = keyof typeof API_ROUTES;

/** A route's path with its `:parameters` filled in (encoded). */
export function routePath(name: ApiRouteName, parameters: Readonly<Record<string, string | number>> = {}): string {
  return API_ROUTES[name].path.replace(/:(\w+)/g, (whole, key: string) =>
    Object.hasOwn(parameters, key) ? encodeURIComponent(String(parameters[key])) : whole,
  );
}

/** A revision as an ETag: `"3"`. */
export function revisionTag(revision: number): string {
  return `"${revision}"`;
}

/** The revision an If-Match (or ETag) names: `"3"`, `W/"3"` or `3`; null when it names none. */
export function readRevisionTag(header: string | null | undefined): number | null {
  const match = /^\s*(?:W\/)?"?([1-9]\d{0,9})"?\s*$/.exec(header ?? '');
  return match ? Number(match[1]) : null;
}

/** An error body as the server sends it, or null when the body is not one (a proxy's page, say). */
export function readApiError(json: unknown): ApiError['error'] | null {
  const parsed = apiErrorSchema.safeParse(json);
  return parsed.success ? parsed.data.error : null;
}
