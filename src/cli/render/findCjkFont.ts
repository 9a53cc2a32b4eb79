/**
 * Finds a font that covers Chinese for PNG and PDF exports. Core never
 * reads files: the CLI finds the font here and passes its path (to resvg)
 * or bytes (to the PDF export). In order: the file SYMBIOGRAPH_CJK_FONT
 * names; a CJK font installed on the system (the user's choice, and Noto
 * Sans CJK where Debian's fonts-noto-cjk is installed); else the Noto Sans SC
 * that comes with Symbiograph (copied from npm into dist/fonts/ by the build,
 * scripts/buildCli.mjs), so PNG and PDF work after `npm install` alone.
 */
import { homedir } from 'node:os';
import { access, readdir, readFile } from 'node:fs/promises';
import { basename, delimiter, join } from 'node:path';
import * as fontkit from 'fontkit';
import { pickFace } from '../../core/diagram/pdfFont.ts';
import { packageFile } from '../packageFile.ts';

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

/**
 * Where system fonts are looked for: SYMBIOGRAPH_FONT_DIRS (a PATH-style list;
 * empty for none, so only the bundled font is used and every machine draws
 * alike) or the standard folders of Linux and macOS.
 */
export function fontDirectories(list: string | undefined = process.env.SYMBIOGRAPH_FONT_DIRS): string[] {
  if (list !== undefined) return list.split(delimiter).filter((dir) => dir !== '');
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

/** The font that comes with Symbiograph: Google's Noto Sans SC (SIL Open Font License), one static weight. */
export const BUNDLED_FONT: Omit<CjkFont, 'path'> & { readonly file: string } = {
  file: 'NotoSansSC-Regular.ttf',
  family: 'Noto Sans SC',
};

const INSTALL_HINT =
  `The Noto Sans SC font that comes with Symbiograph is built into dist/fonts/ by npm install (npm run build:cli); ` +
  `or install one on the system (Debian or Ubuntu: apt-get install ${CJK_FONT_PACKAGE}), ` +
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
  bundled: string = packageFile(`dist/fonts/${BUNDLED_FONT.file}`),
): Promise<CjkFont> {
  if (override) return describeFontFile(override);
  const system = await findSystemFont(directories);
  if (system) return system;
  try {
    await access(bundled);
    return { path: bundled, family: BUNDLED_FONT.family };
  } catch {
    throw new CjkFontNotFoundError(
      `no font covering Chinese was found (looked for ${CANDIDATES.map((c) => c.file).join(', ')} in ` +
        `${directories.join(', ') || 'no system folder'}, and for ${bundled})`,
    );
  }
}

/** The best known CJK font file in the given folders, or undefined. */
async function findSystemFont(directories: readonly string[]): Promise<CjkFont | undefined> {
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
  return undefined;
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
