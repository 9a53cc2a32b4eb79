/**
 * An answer other than success, as every route gives it: thrown anywhere in
 * a request's handling, answered as `{ error: { code, message: { zh, en }, … } }`
 * with the status of its code (core/io/serverProtocol.ts). Anything else
 * thrown is a bug: answered `internal`, written to the server's log.
 */
import { API_ERROR_STATUS, type ApiErrorCode, type RevisionStamp } from '../../core/io/serverProtocol.ts';
import type { Problem } from '../../core/model/problems.ts';
import type { BilingualMessage } from '../../core/text/language.ts';
import { bilingual } from '../../core/text/message.ts';

/** What some errors carry besides their message (core/io/serverProtocol.ts, apiErrorSchema). */
interface Extra {
  readonly problems?: readonly Problem[];
  readonly head?: RevisionStamp;
  readonly rejected?: { readonly id: number };
}

export class ApiFailure extends Error {
  constructor(
    readonly code: ApiErrorCode,
    readonly text: BilingualMessage,
    readonly extra: Extra = {},
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(`${code}: ${text.en}`);
  }
}

const JSON_TYPE = 'application/json; charset=utf-8';

export function failureResponse(failure: ApiFailure): Response {
  const body = { error: { code: failure.code, message: failure.text, ...failure.extra } };
  return new Response(JSON.stringify(body), {
    status: API_ERROR_STATUS[failure.code],
    headers: { 'Content-Type': JSON_TYPE, ...failure.headers },
  });
}

/** What is answered for a bug: the details go to the log, not to the caller. */
export function internalFailure(error: unknown): ApiFailure {
  process.stderr.write(
    `${new Date().toISOString()} ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return new ApiFailure('internal', bilingual('server:internal'));
}
