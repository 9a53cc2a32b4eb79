/**
 * Names of exported files, from the park's and the diagram's ids. Ids may
 * hold characters file systems refuse or misread (`/ : * ? . ` …): every run
 * of them becomes one `-`, so the names stay portable and predictable.
 */

/** Letters (Chinese included), digits, `_` and `-`; anything else becomes `-`, trimmed at the ends. */
export function safeFilePart(text: string): string {
  const safe = text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_-]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return safe.slice(0, 80) || 'untitled';
}

/** `park-part-part.ext`; a PNG scale is written as `@2x` before the extension. */
export function exportFileName(parts: readonly string[], extension: string, scale?: number): string {
  const stem = parts.map(safeFilePart).join('-');
  return `${stem}${scale !== undefined && scale !== 1 ? `@${scale}x` : ''}.${extension.replace(/[^a-z0-9]/gi, '')}`;
}

/** Today's date in the user's time zone as YYYY-MM-DD, printed under exported diagrams. */
export function localDate(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
