/**
 * The app's start, run once per page however often React mounts it
 * (StrictMode mounts twice in development, and a second start would store
 * the first-time park twice): open the library, then the model to show.
 */
import { localize } from '../../core/model/labels.ts';
import type { Language, ParkModel } from '../../core/model/types.ts';
import { openModelLibrary } from './modelLibrary.ts';
import { fetchParkOffThread } from './fetchParkOffThread.ts';
import type { ModelAddress } from './modelSource.ts';
import { storageUnavailableNotice } from './notices.ts';
import { startModel, type StartResult } from './startModel.ts';

export interface AppStartOptions {
  readonly reference: ParkModel;
  readonly catalogueJson: unknown;
  readonly address: ModelAddress | null;
  readonly language: () => Language;
}

export function appStarter(options: AppStartOptions): () => Promise<StartResult> {
  let started: Promise<StartResult> | null = null;
  return () => (started ??= startApp(options));
}

async function startApp({ reference, catalogueJson, address, language }: AppStartOptions): Promise<StartResult> {
  const { library, problem } = await openModelLibrary();
  const result = await startModel({
    library,
    reference,
    address,
    fetchModel: async (url) => {
      const fetched = await fetchParkOffThread(url, catalogueJson);
      return fetched.ok ? { ok: true, model: fetched.model } : { ok: false, errors: fetched.errors };
    },
    nameOf: (model) => localize(model.park.name, language()),
    legacyStorage: storage(),
  });
  if (!result.ok || !problem) return result;
  return { ...result, notices: [storageUnavailableNotice(problem), ...result.notices] };
}

/** localStorage, unless the browser forbids even touching it. */
function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
