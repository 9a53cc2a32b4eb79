/**
 * Where the park comes from: the reference park bundled with the app, or a
 * park JSON named by `?model=<url>`. Every failure (bad address, network,
 * JSON syntax, invalid model) becomes a list of problems, never an exception.
 */
import { validateCatalogue } from '../../core/catalogue/validate.ts';
import { problem, type Problem } from '../../core/model/problems.ts';
import { appBilingual } from '../i18n/appMessage.ts';
import { validateModelText } from '../../core/model/validate.ts';
import type { LoadedPark } from './loadPark.ts';

const MODEL_PARAMETER = 'model';

export type ModelAddress =
  { readonly ok: true; readonly url: string } | { readonly ok: false; readonly problem: Problem };

/** The model URL asked for in the query string, resolved against the page; null when there is none. */
export function modelAddress(search: string, pageUrl: string): ModelAddress | null {
  const raw = new URLSearchParams(search).get(MODEL_PARAMETER);
  if (raw === null || raw.trim() === '') return null;
  let url: URL;
  try {
    url = new URL(raw.trim(), pageUrl);
  } catch {
    return { ok: false, problem: addressProblem(raw) };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, problem: addressProblem(raw) };
  return { ok: true, url: url.href };
}

function addressProblem(raw: string): Problem {
  return {
    ...problem('error', 'bad-model-url', [], appBilingual('libraryProblem.badModelUrl')),
    location: { file: raw },
  };
}

function networkProblem(url: string, detail: string): Problem {
  return {
    ...problem('error', 'model-fetch-failed', [], appBilingual('libraryProblem.fetchFailed', { detail })),
    location: { file: url },
  };
}

/** The part of `fetch` used here, so tests can pass their own. */
export type Fetcher = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;

/** Downloads, parses and validates the park at `url`, with the bundled catalogue. */
export async function fetchPark(url: string, fetcher: Fetcher, catalogueJson: unknown): Promise<LoadedPark> {
  let text: string;
  try {
    const response = await fetcher(url);
    if (!response.ok) return { ok: false, source: 'model', errors: [networkProblem(url, `HTTP ${response.status}`)] };
    text = await response.text();
  } catch (error) {
    return {
      ok: false,
      source: 'model',
      errors: [networkProblem(url, error instanceof Error ? error.message : String(error))],
    };
  }
  const model = validateModelText(text, url);
  if (!model.ok) return { ok: false, source: 'model', errors: model.errors };
  const catalogue = validateCatalogue(catalogueJson);
  if (!catalogue.ok) return { ok: false, source: 'catalogue', errors: catalogue.errors };
  return { ok: true, model: model.model, catalogue: catalogue.catalogue };
}
