/**
 * Finds a font that covers Chinese for PNG and PDF exports. Core never
 * reads files: the CLI finds the font here and passes its path (to resvg)
 * or bytes (to the PDF export). SYMBIOGRAPH_CJK_FONT overrides the search.
 */
import { readdir, readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, join } from 'node:path';
import * as fontkit from 'fontkit';
import { pickFace } from '../../core/diagram/pdfFont.ts';

export interface CjkFont {
  readonly path: string;
  /** The family name resvg matches against the SVG's font stack. */
  readonly family: string;
  /** The face to use when the file is a collection (.ttc). */
  readonly postscriptName?: string;
}

/** The Debian package that provides the font CI and the docs expect. */
export const CJK_FONT_PACKAGE = 'fonts-noto-cjk';

/** Known files, best first: Debian's fonts-noto-cjk ships the first one. */
const CANDIDATES: readonly { readonly file: string; readonly family: string; readonly postscriptName?: string }[] = [
  { file: 'NotoSansCJK-Regular.ttc', family: 'Noto Sans CJK SC', postscriptName: 'NotoSansCJKsc-Regular' },
  { file: 'NotoSansCJKsc-Regular.otf', family: 'Noto Sans CJK SC' },
  { file: 'NotoSansSC-Regular.otf', family: 'Noto Sans SC' },
  { file: 'SourceHanSansSC-Regular.otf', family: 'Source Han Sans SC' },
  { file: 'SourceHanSans-Regular.ttc', family: 'Source Han Sans SC', postscriptName: 'SourceHanSansSC-Regular' },
];

function fontDirectories(): string[] {
  const home = homedir();
  return [
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    join(home, '.local/share/fonts'),
    join(home, '.fonts'),
    '/Library/Fonts',
    join(home, 'Library/Fonts'),
    '/System/Library/Fonts',
  ];
}

const INSTALL_HINT =
  `On Debian or Ubuntu install it with: apt-get install ${CJK_FONT_PACKAGE}; ` +
  `or set SYMBIOGRAPH_CJK_FONT to a .ttf, .otf or .ttc file that covers Chinese.`;

/** No usable CJK font: none found, or the one named by SYMBIOGRAPH_CJK_FONT cannot be read. */
export class CjkFontNotFoundError extends Error {
  constructor(problem: string) {
    super(`${problem}. ${INSTALL_HINT}`);
    this.name = 'CjkFontNotFoundError';
  }
}

export async function findCjkFont(
  directories: readonly string[] = fontDirectories(),
  override: string | undefined = process.env.SYMBIOGRAPH_CJK_FONT,
): Promise<CjkFont> {
  if (override) return describeFontFile(override);
  const found = new Map<string, string>();
  for (const dir of directories) {
    let entries: string[];
    try {
      entries = await readdir(dir, { recursive: true });
    } catch {
      continue; // A missing font directory is normal.
    }
    for (const entry of entries.sort()) {
      const name = basename(entry);
      if (!found.has(name)) found.set(name, join(dir, entry));
    }
  }
  for (const candidate of CANDIDATES) {
    const path = found.get(candidate.file);
    if (!path) continue;
    return {
      path,
      family: candidate.family,
      ...(candidate.postscriptName ? { postscriptName: candidate.postscriptName } : {}),
    };
  }
  throw new CjkFontNotFoundError(
    `no font covering Chinese was found (looked for ${CANDIDATES.map((c) => c.file).join(', ')} in ${directories.join(', ')})`,
  );
}

/** A font file named by the user: its family (and face, for a collection) read from the file. */
async function describeFontFile(path: string): Promise<CjkFont> {
  let opened: ReturnType<typeof fontkit.create>;
  try {
    opened = fontkit.create(new Uint8Array(await readFile(path)));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new CjkFontNotFoundError(`SYMBIOGRAPH_CJK_FONT=${path} cannot be read as a font (${reason})`);
  }
  const face = 'fonts' in opened ? pickFace(opened) : opened;
  return 'fonts' in opened
    ? { path, family: face.familyName, postscriptName: face.postscriptName }
    : { path, family: face.familyName };
}
