/**
 * The app's client of the team server (`symbiograph serve`, the API of
 * src/core/io/serverProtocol.ts), same origin only: whether the page is
 * served by one and who is signed in (`detectTeamServer`), then one call per
 * route the app uses. Like openFile.ts, anything that is not the server's
 * own answer (vite, `symbiograph open`, a network error, a proxy's page)
 * reads as "no server", and the app works as it does without one. Pure over
 * the `fetch` it is given, so tests pass a fake one; every failure is a
 * value carrying the server's bilingual message when it sent one.
 */
import {
  API_ROUTES,
  CSRF_HEADER,
  readApiError,
  PARK_ID_PATTERN,
  readRevisionTag,
  revisionStampSchema,
  revisionTag,
  routePath,
  type ApiError,
  type ParkSummary,
  type RevisionStamp,
  type Version,
} from '../../core/io/serverProtocol.ts';
import type { BilingualMessage } from '../../core/text/language.ts';
import type { Problem } from '../../core/model/problems.ts';
import type { ParkModel } from '../../core/model/types.ts';
import { validateModel } from '../../core/model/validate.ts';

/** The part of `fetch` used here. */
export type TeamFetch = (url: string, init?: RequestInit) => Promise<Response>;

export interface TeamUser {
  readonly username: string;
  /** Sent in CSRF_HEADER with every write; kept in memory only. */
  readonly csrfToken: string;
}

export type TeamDetection =
  { readonly kind: 'none' } | { readonly kind: 'anonymous' } | { readonly kind: 'signed-in'; readonly user: TeamUser };

/** A request that did not do what was asked: the server's words when it sent some. */
export interface TeamFailure {
  readonly ok: false;
  readonly status: number;
  readonly code: ApiError['error']['code'] | 'network' | 'bad-answer';
  readonly message: BilingualMessage | null;
  readonly problems: readonly Problem[];
  /** stale-revision: the park's head now. */
  readonly head?: RevisionStamp;
  /** rate-limited: seconds to wait (Retry-After). */
  readonly retryAfter?: number;
}

export type TeamResult<T> = { readonly ok: true; readonly value: T } | TeamFailure;

/** A park's model as the server holds it, at one revision. */
export interface ServedPark {
  readonly model: ParkModel;
  readonly revision: number;
}

const sessionSchema = API_ROUTES.session.responses[200].schema;
const parksSchema = API_ROUTES.listParks.responses[200].schema;
const versionsSchema = API_ROUTES.listVersions.responses[200].schema;
const savedSchema = API_ROUTES.savePark.responses[200].schema;
const createdSchema = API_ROUTES.createPark.responses[201].schema;
const restoredSchema = API_ROUTES.restoreVersion.responses[201].schema;

/** Asks GET /api/session: the server's own answer (a session, or its 401) or nothing. */
export async function detectTeamServer(fetcher: TeamFetch): Promise<TeamDetection> {
  try {
    const response = await fetcher(routePath('session'), { credentials: 'same-origin' });
    const json: unknown = await response.json();
    if (response.status === 200) {
      const session = sessionSchema.safeParse(json);
      if (session.success && session.data.csrfToken !== undefined)
        return { kind: 'signed-in', user: { username: session.data.username, csrfToken: session.data.csrfToken } };
      return { kind: 'none' };
    }
    return response.status === 401 && readApiError(json)?.code === 'unauthenticated'
      ? { kind: 'anonymous' }
      : { kind: 'none' };
  } catch {
    return { kind: 'none' };
  }
}

async function failure(response: Response): Promise<TeamFailure> {
  let json: unknown = null;
  try {
    json = await response.json();
  } catch {
    // not JSON: a proxy's page
  }
  const error = readApiError(json);
  const retry = Number(response.headers.get('Retry-After'));
  return {
    ok: false,
    status: response.status,
    code: error?.code ?? 'bad-answer',
    message: error?.message ?? null,
    problems: error?.problems ?? [],
    ...(error?.head ? { head: error.head } : {}),
    ...(Number.isFinite(retry) && retry > 0 ? { retryAfter: retry } : {}),
  };
}

const NETWORK: TeamFailure = { ok: false, status: 0, code: 'network', message: null, problems: [] };
const BAD_ANSWER = (status: number): TeamFailure => ({
  ok: false,
  status,
  code: 'bad-answer',
  message: null,
  problems: [],
});

/** Signs in: the session's cookie is set by the answer, its CSRF token is handed back. */
export async function signIn(fetcher: TeamFetch, username: string, password: string): Promise<TeamResult<TeamUser>> {
  let response: Response;
  try {
    response = await fetcher(routePath('login'), {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
  } catch {
    return NETWORK;
  }
  if (!response.ok) return failure(response);
  const session = sessionSchema.safeParse(await response.json().catch(() => null));
  if (!session.success || session.data.csrfToken === undefined) return BAD_ANSWER(response.status);
  return { ok: true, value: { username: session.data.username, csrfToken: session.data.csrfToken } };
}

export interface TeamClient {
  readonly user: TeamUser;
  signOut(): Promise<TeamResult<null>>;
  listParks(): Promise<TeamResult<readonly ParkSummary[]>>;
  /** The head, or `revision` when given. */
  readPark(id: string, revision?: number): Promise<TeamResult<ServedPark>>;
  createPark(model: ParkModel, message?: string): Promise<TeamResult<{ id: string; revision: number }>>;
  /** A new version on top of `base`: 409 (`stale-revision`, with the head) when someone saved in between. */
  savePark(id: string, model: ParkModel, base: number, message?: string): Promise<TeamResult<number>>;
  listVersions(id: string): Promise<TeamResult<readonly Version[]>>;
  /** A new version holding `revision`'s content, on top of `head`. */
  restore(id: string, revision: number, head: number): Promise<TeamResult<number>>;
}

function withMessage(path: string, message: string | undefined): string {
  return message ? `${path}?${new URLSearchParams({ message }).toString()}` : path;
}

export function teamClient(fetcher: TeamFetch, user: TeamUser): TeamClient {
  const request = async (path: string, init: RequestInit = {}): Promise<Response | TeamFailure> => {
    const headers = new Headers(init.headers);
    if (init.method && init.method !== 'GET') headers.set(CSRF_HEADER, user.csrfToken);
    try {
      return await fetcher(path, { ...init, headers, credentials: 'same-origin' });
    } catch {
      return NETWORK;
    }
  };
  /** The JSON of a successful answer read with `read`, or the failure. */
  const json = async <T>(answer: Response | TeamFailure, read: (json: unknown) => T | null): Promise<TeamResult<T>> => {
    if (!(answer instanceof Response)) return answer;
    if (!answer.ok) return failure(answer);
    const value = read(await answer.json().catch(() => null));
    return value === null ? BAD_ANSWER(answer.status) : { ok: true, value };
  };
  const jsonBody = (model: unknown): RequestInit => ({
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(model),
  });
  return {
    user,
    async signOut() {
      const answer = await request(routePath('logout'), { method: 'POST' });
      if (!(answer instanceof Response)) return answer;
      return answer.ok ? { ok: true, value: null } : failure(answer);
    },
    async listParks() {
      return json(await request(routePath('listParks')), (j) => parksSchema.safeParse(j).data ?? null);
    },
    async readPark(id, revision) {
      const path = revision === undefined ? routePath('getPark', { id }) : routePath('getVersion', { id, n: revision });
      const answer = await request(path);
      if (!(answer instanceof Response)) return answer;
      const served = readRevisionTag(answer.headers.get('ETag')) ?? revision ?? null;
      return json(answer, (j) => {
        const checked = validateModel(j);
        return checked.ok && served !== null ? { model: checked.model, revision: served } : null;
      });
    },
    async createPark(model, message) {
      const answer = await request(withMessage(routePath('createPark'), message), {
        method: 'POST',
        ...jsonBody(model),
      });
      return json(answer, (j) => createdSchema.safeParse(j).data ?? null);
    },
    async savePark(id, model, base, message) {
      const answer = await request(withMessage(routePath('savePark', { id }), message), {
        method: 'PUT',
        ...jsonBody(model),
        headers: { 'Content-Type': 'application/json', 'If-Match': revisionTag(base) },
      });
      return json(answer, (j) => savedSchema.safeParse(j).data?.revision ?? null);
    },
    async listVersions(id) {
      return json(await request(routePath('listVersions', { id })), (j) => versionsSchema.safeParse(j).data ?? null);
    },
    async restore(id, revision, head) {
      const answer = await request(routePath('restoreVersion', { id, n: revision }), {
        method: 'POST',
        headers: { 'If-Match': revisionTag(head) },
      });
      return json(answer, (j) => restoredSchema.safeParse(j).data?.revision ?? null);
    },
  };
}

/** The address of a shared park, kept as the origin of its offline copy in the library. */
export function parkOrigin(serverOrigin: string, id: string): string {
  return `${serverOrigin}${routePath('getPark', { id })}`;
}

/** The park id of a library entry's origin, when it is a park of this server. */
export function parkIdOf(origin: string | undefined, serverOrigin: string): string | null {
  const prefix = `${serverOrigin}${routePath('getPark', { id: '' })}`;
  if (!origin?.startsWith(prefix)) return null;
  const id = decodeURIComponent(origin.slice(prefix.length));
  return PARK_ID_PATTERN.test(id) ? id : null;
}

/** A `saved` or `head` event's data, or null when it is not one. */
export function readStamp(data: string): RevisionStamp | null {
  try {
    return revisionStampSchema.safeParse(JSON.parse(data)).data ?? null;
  } catch {
    return null;
  }
}
