/**
 * Whether this page was started by `symbiograph open FILE`, and for which
 * file. Only when the park's address is that server's park (OPEN_PARK_PATH
 * on the page's own origin) does the app ask the server for the file
 * (OPEN_INFO_PATH); served any other way (`vite preview`, a park on another
 * site, no `?model=`) it asks nothing and works as it always has.
 */
import { OPEN_INFO_PATH, OPEN_PARK_PATH, readOpenInfo, type OpenInfo } from '../../core/io/openProtocol.ts';

export interface OpenFile extends OpenInfo {
  /** The park's address (`?model=`): the library entry made from it (its `origin`) is the model the file holds. */
  readonly modelUrl: string;
}

/** The part of `fetch` used here, so tests can pass their own. */
export type InfoFetcher = (url: string) => Promise<{ readonly ok: boolean; json(): Promise<unknown> }>;

/** The file behind `modelUrl`, or null when there is none: not such an address, no answer, or not ours. */
export async function discoverOpenFile(
  modelUrl: string | null,
  pageUrl: string,
  fetcher: InfoFetcher,
): Promise<OpenFile | null> {
  if (modelUrl === null) return null;
  const model = new URL(modelUrl);
  const page = new URL(pageUrl);
  if (model.origin !== page.origin || model.pathname !== OPEN_PARK_PATH) return null;
  try {
    const response = await fetcher(new URL(OPEN_INFO_PATH, page).href);
    const info = response.ok ? readOpenInfo(await response.json()) : null;
    return info && { ...info, modelUrl };
  } catch {
    return null;
  }
}
