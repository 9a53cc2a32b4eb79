/// <reference lib="webworker" />
/**
 * A thin adapter: downloading, parsing and validating a park named by
 * `?model=` off the page's thread (modelSource.ts does the work). A
 * provincial park's JSON took the page 1.3 s to parse and validate, time in
 * which it could not draw or answer.
 */
import type { LoadedPark } from './loadPark.ts';
import { fetchPark } from './modelSource.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<{ readonly url: string; readonly catalogueJson: unknown }>) => {
  const { url, catalogueJson } = event.data;
  const loaded: LoadedPark = await fetchPark(url, (u) => fetch(u), catalogueJson);
  scope.postMessage(loaded);
};
