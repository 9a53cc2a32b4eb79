/**
 * The park named by `?model=`, downloaded and validated in a worker
 * (parkFetch.worker.ts); where a page can start no worker, here.
 */
import type { LoadedPark } from './loadPark.ts';
import { fetchPark } from './modelSource.ts';
import { shareRepeatedStrings } from '../../core/model/sharedStrings.ts';

export async function fetchParkOffThread(url: string, catalogueJson: unknown): Promise<LoadedPark> {
  const park = await fetchedPark(url, catalogueJson);
  // Neither a worker's message nor JSON.parse shares a repeated string (a flow's unit, an enterprise's id).
  if (park.ok) shareRepeatedStrings(park.model);
  return park;
}

function fetchedPark(url: string, catalogueJson: unknown): Promise<LoadedPark> {
  const onPage = () => fetchPark(url, (u) => fetch(u), catalogueJson);
  if (typeof Worker === 'undefined') return onPage();
  const worker = new Worker(new URL('./parkFetch.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<LoadedPark>((resolve) => {
    worker.onmessage = (event: MessageEvent<LoadedPark>) => resolve(event.data);
    // A worker that fails to start (a blocked script) must not leave the start waiting: try here instead.
    worker.onerror = () => resolve(onPage());
    worker.postMessage({ url, catalogueJson });
  }).finally(() => worker.terminate());
}
