/**
 * `push` and `pull` talking to a team server: its address (--server or
 * SYMBIOGRAPH_SERVER) and a token (--token or SYMBIOGRAPH_TOKEN) sent as
 * `Authorization: Bearer`; its refusals printed in the user's language from
 * the bilingual message every error carries (core/io/serverProtocol.ts),
 * with each problem of a model it found invalid.
 */
import { readApiError } from '../core/io/serverProtocol.ts';
import { formatProblem } from '../core/model/problems.ts';
import type { Language } from '../core/model/types.ts';
import { t } from './i18n.ts';
import type { Output } from './output.ts';

export interface RemoteOptions {
  readonly server?: string;
  readonly token?: string;
  readonly language: Language;
}

export interface ServerClient {
  readonly server: string;
  /** The answer, or null after printing why there is none (the server cannot be reached, or refused). */
  request(
    method: string,
    path: string,
    body?: string,
    headers?: Readonly<Record<string, string>>,
  ): Promise<Response | null>;
}

/** A client, or null after printing what is missing (wrong usage: exit 2). */
export function serverClient(options: RemoteOptions, out: Output): ServerClient | null {
  const { language } = options;
  const server = (options.server ?? process.env['SYMBIOGRAPH_SERVER'] ?? '').replace(/\/+$/, '');
  if (server === '') {
    out.stderr(t(language, 'remoteNoServer'));
    return null;
  }
  const token = options.token ?? process.env['SYMBIOGRAPH_TOKEN'] ?? '';
  if (token === '') {
    out.stderr(t(language, 'remoteNoToken', { server }));
    return null;
  }
  return {
    server,
    request: async (method, path, body, headers = {}) => {
      let response: Response;
      try {
        response = await fetch(`${server}${path}`, {
          method,
          headers: {
            Authorization: `Bearer ${token}`,
            ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
            ...headers,
          },
          ...(body === undefined ? {} : { body }),
        });
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        const reason = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
        out.stderr(t(language, 'remoteUnreachable', { server, reason }));
        return null;
      }
      if (response.ok) return response;
      await printRefusal(response, server, language, out);
      return null;
    },
  };
}

async function printRefusal(response: Response, server: string, language: Language, out: Output): Promise<void> {
  const error = readApiError(await response.json().catch(() => null));
  if (error === null) {
    out.stderr(t(language, 'remoteUnexpected', { status: response.status, server }));
    return;
  }
  out.stderr(t(language, 'remoteRefused', { status: response.status, message: error.message[language] }));
  for (const p of error.problems ?? []) out.stderr(`  ${formatProblem(p, language)}`);
}

/** `--revision`: a positive whole number, or undefined; null (printed) when it is not one. */
export function readRevisionOption(
  given: string | undefined,
  language: Language,
  out: Output,
): number | undefined | null {
  if (given === undefined) return undefined;
  if (/^[1-9]\d{0,8}$/.test(given)) return Number(given);
  out.stderr(t(language, 'remoteBadRevision', { value: given }));
  return null;
}
