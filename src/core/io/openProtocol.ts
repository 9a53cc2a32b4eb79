/**
 * What `symbiograph open FILE` (src/cli/open/) and the app (src/app/outputs/)
 * say to each other: where the park and the session's details are served,
 * and what a save answers. Both sides build and read these shapes here, so
 * neither can drift from the other.
 *
 * The server puts the park at OPEN_PARK_PATH and the page is opened with
 * `?model=` naming it; the app asks OPEN_INFO_PATH (same origin only) for the
 * file's name, its format and the session's token, and saves by PUTting the
 * model to OPEN_PARK_PATH with the token in OPEN_TOKEN_HEADER.
 */
import { z } from 'zod';
import type { Problem } from '../model/problems.ts';
import { MODEL_FORMATS, type ModelFormat } from './modelFormats.ts';
import { problemSchema } from './problemSchema.ts';

export const OPEN_PARK_PATH = '/open/park.json';
export const OPEN_INFO_PATH = '/open/info';
/** Sent with a save: the token of OPEN_INFO_PATH, which only a page of the server's own origin can read. */
export const OPEN_TOKEN_HEADER = 'X-Symbiograph-Token';
/** The query parameter that makes each session's park address its own (see the CLI's openServer.ts). */
export const OPEN_SESSION_PARAMETER = 'session';

export interface OpenInfo {
  /** The file or directory as the user named it, made absolute: what a tooltip shows. */
  readonly file: string;
  /** Its last part (a directory with a trailing `/`): what the save button says. */
  readonly name: string;
  readonly format: ModelFormat;
  readonly token: string;
}

const infoSchema = z.object({
  file: z.string().min(1),
  name: z.string().min(1),
  format: z.enum(MODEL_FORMATS),
  token: z.string().min(16),
});

/** The body of OPEN_INFO_PATH, or null when it is not one (another server at that address). */
export function readOpenInfo(json: unknown): OpenInfo | null {
  const parsed = infoSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** The answer to a save; the HTTP status carries the kind (SAVE_STATUS). */
export type SaveAnswer =
  /** Written, in the file's own format; what the format could not carry. */
  | { readonly kind: 'saved'; readonly warnings: readonly Problem[] }
  /** The model sent is not valid: nothing was written. */
  | { readonly kind: 'invalid'; readonly errors: readonly Problem[] }
  /** The file changed on disk since it was opened (or last saved): nothing was written. */
  | { readonly kind: 'conflict' }
  /** The request was not allowed (token, origin, size): nothing was written. */
  | { readonly kind: 'refused'; readonly status: number }
  /** Writing failed (permissions, a full disk): `reason` as the system gave it. */
  | { readonly kind: 'failed'; readonly reason: string };

const SAVE_STATUS = { saved: 200, invalid: 422, conflict: 409, failed: 500 } as const;

/** The HTTP status and JSON body of a save's answer (`refused` carries its own status). */
export function saveAnswerReply(answer: SaveAnswer): { readonly status: number; readonly body: string } {
  const status = answer.kind === 'refused' ? answer.status : SAVE_STATUS[answer.kind];
  return { status, body: JSON.stringify(answer) };
}

const answerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), warnings: z.array(problemSchema) }),
  z.object({ kind: z.literal('invalid'), errors: z.array(problemSchema) }),
  z.object({ kind: z.literal('conflict') }),
  z.object({ kind: z.literal('failed'), reason: z.string() }),
]);

/** A save's answer as the app reads it: the body when it is one of ours, else `refused` with the status. */
export function readSaveAnswer(status: number, json: unknown): SaveAnswer {
  const parsed = answerSchema.safeParse(json);
  if (!parsed.success || status !== SAVE_STATUS[parsed.data.kind]) return { kind: 'refused', status };
  return parsed.data;
}
