/**
 * The built app (dist/app) beside the API: the same files, checks and
 * content types as `symbiograph open` serves (src/cli/open/staticFiles.ts).
 * Without a built app the API still runs; the page says where to find it.
 */
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { Context } from 'hono';
import { contentType, staticFile } from '../../cli/open/staticFiles.ts';
import { bilingual } from '../../core/text/message.ts';

export async function appFile(c: Context, appDir: string | null): Promise<Response> {
  const path = new URL(c.req.url).pathname;
  const file = appDir === null ? null : await staticFile(appDir, path);
  if (file === null) {
    if (appDir !== null || path !== '/') return c.text('not found\n', 404);
    const { zh, en } = bilingual('server:appMissing');
    return c.text(`${zh}\n${en}\n`, 404);
  }
  const body = c.req.method === 'HEAD' ? null : (Readable.toWeb(createReadStream(file)) as ReadableStream);
  return new Response(body, {
    headers: {
      'Content-Type': contentType(file),
      // Vite names what it builds by content (assets/index-3f9a.js): only the page itself can change.
      'Cache-Control': path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    },
  });
}
