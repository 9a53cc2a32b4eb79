/**
 * The ELK the park views lay out with in the browser: one backed by a Web
 * Worker (elkLayout.worker.ts), so the page stays responsive while a big
 * park is laid out. Without `Worker` (Node, jsdom) there is none and the
 * layout takes core's in-thread ELK.
 */
import ELK from 'elkjs/lib/elk-api.js';
import type { ELK as ElkApi } from 'elkjs/lib/elk-api.js';

let shared: ElkApi | undefined;

export function viewElk(): ElkApi | undefined {
  if (typeof Worker === 'undefined') return undefined;
  // This exact `new Worker(new URL(…, import.meta.url))` form is what Vite recognises and bundles.
  return (shared ??= new ELK({
    workerFactory: () => new Worker(new URL('./elkLayout.worker.ts', import.meta.url), { type: 'module' }),
  }));
}
