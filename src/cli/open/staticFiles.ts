/**
 * The built app's files (dist/app, what `vite build` writes) as `open`
 * serves them: a request's path → a file inside that folder, never outside
 * it, with the content type a browser needs to run it (JavaScript modules
 * and workers are refused under a wrong type; WebAssembly streams only as
 * application/wasm).
 */
import { realpath, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
};

export function contentType(file: string): string {
  return CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a URL path names under `root` (already a real path), or null when
 * there is none there: a path that leaves the folder (`..`, encoded or not,
 * or a link pointing out), a folder, a malformed escape.
 */
export async function staticFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const inside = (path: string) => path.startsWith(root + sep);
  const candidate = resolve(root, `.${decoded}`);
  if (!inside(candidate)) return null;
  try {
    const real = await realpath(candidate);
    return inside(real) && (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}
