/**
 * Sends the open model to the `symbiograph open` server that served it, to
 * be written over its file (the server validates it with core and writes the
 * file's own format): a PUT of the model's JSON with the session's token.
 * Every outcome is a value — saved, refused and why, or no server to answer.
 */
import { formatLimits } from '../../core/io/modelFormats.ts';
import { OPEN_PARK_PATH, OPEN_TOKEN_HEADER, readSaveAnswer, type SaveAnswer } from '../../core/io/openProtocol.ts';
import type { Problem } from '../../core/model/problems.ts';
import type { ParkModel } from '../../core/model/types.ts';
import type { OpenFile } from './openFile.ts';

/** A save's answer, or `unreachable` when no server answered (it was stopped, or the network failed). */
export type SaveOutcome = SaveAnswer | { readonly kind: 'unreachable'; readonly detail: string };

/** The part of `fetch` used here, so tests can pass their own. */
export type SaveFetcher = (
  url: string,
  init: { readonly method: 'PUT'; readonly headers: Readonly<Record<string, string>>; readonly body: string },
) => Promise<{ readonly status: number; json(): Promise<unknown> }>;

export async function saveToFile(file: OpenFile, model: ParkModel, fetcher: SaveFetcher): Promise<SaveOutcome> {
  let response;
  try {
    response = await fetcher(new URL(OPEN_PARK_PATH, file.modelUrl).href, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', [OPEN_TOKEN_HEADER]: file.token },
      body: JSON.stringify(model),
    });
  } catch (error) {
    return { kind: 'unreachable', detail: error instanceof Error ? error.message : String(error) };
  }
  const json: unknown = await response.json().catch(() => null);
  return readSaveAnswer(response.status, json);
}

/** A saved file's warnings the user was not told of before saving (those of formatLimits they were). */
export function newWarnings(outcome: SaveOutcome, file: OpenFile): readonly Problem[] {
  if (outcome.kind !== 'saved') return [];
  const told = new Set(formatLimits(file.format).map((p) => p.code));
  return outcome.warnings.filter((w) => !told.has(w.code));
}
