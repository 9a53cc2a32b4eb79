/**
 * A request's JSON body, read with care: JSON only (415 otherwise, which also
 * keeps cross-site HTML forms out — they cannot send it), no more than the
 * server's limit (413, counted as it arrives, whatever Content-Length
 * claims), UTF-8 and JSON that parses (400), and the shape the route expects
 * (400 with each field that is wrong, or for a park model core's validation:
 * 422 with every problem and its path).
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import type { ParkModel } from '../../core/model/types.ts';
import type { Problem } from '../../core/model/problems.ts';
import { formatPath } from '../../core/model/problems.ts';
import { validateModelText } from '../../core/model/validate.ts';
import { bilingual } from '../../core/text/message.ts';
import { ApiFailure } from './apiFailure.ts';

/** A park model that passed core's validation, with what a save stores of it. */
export interface CheckedModel {
  readonly model: ParkModel;
  /** The model as stored and served: JSON text. */
  readonly text: string;
  /** The park's name, JSON {zh, en}: what lists show. */
  readonly name: string;
  readonly warnings: readonly Problem[];
}

function tooLarge(limit: number): ApiFailure {
  const megabytes = Math.round((limit / 1024 / 1024) * 10) / 10;
  // The rest of an oversize body is not read: the connection closes after the answer.
  return new ApiFailure(
    'payload-too-large',
    bilingual('server:payloadTooLarge', { limit: megabytes }),
    {},
    {
      Connection: 'close',
    },
  );
}

/** The body as text, or a failure: not JSON, too large, not UTF-8. */
export async function readJsonText(c: Context, limit: number): Promise<string> {
  const type = c.req.header('content-type') ?? '';
  const media = type.split(';')[0]!.trim().toLowerCase();
  if (media !== 'application/json')
    throw new ApiFailure('unsupported-media-type', bilingual('server:unsupportedMediaType', { type: type || '—' }));
  const declared = Number(c.req.header('content-length') ?? 0);
  if (declared > limit) throw tooLarge(limit);
  const body = c.req.raw.body;
  if (body === null) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new ApiFailure('bad-json', bilingual('server:badJson', { detail: 'not UTF-8' }));
  }
}

/** JSON checked against a route's schema. */
export function parseBody<T>(text: string, schema: z.ZodType<T>): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ApiFailure('bad-json', bilingual('server:badJson', { detail: (error as Error).message }));
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const fields = [...new Set(parsed.error.issues.map((issue) => formatPath(issue.path as (string | number)[])))];
  throw new ApiFailure('bad-request', bilingual('server:badBody', { fields: fields.join(', ') }));
}

/** A park model checked by core: 400 when it is not JSON (with the line and column), 422 with every problem. */
export function checkModel(text: string): CheckedModel {
  const result = validateModelText(text);
  if (!result.ok) {
    const syntax = result.errors.find((p) => p.code === 'json-syntax');
    if (syntax) throw new ApiFailure('bad-json', syntax.message, { problems: [syntax] });
    throw new ApiFailure('invalid-model', bilingual('server:invalidModel', { n: result.errors.length }), {
      problems: [...result.errors],
    });
  }
  const { model } = result;
  return { model, text: JSON.stringify(model), name: JSON.stringify(model.park.name), warnings: result.warnings };
}
