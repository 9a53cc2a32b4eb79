/**
 * PNG and PDF work after `npm install` alone: with the system's font folders
 * hidden (SYMBIOGRAPH_FONT_DIRS empty) the CLI draws Chinese with the Noto
 * Sans SC it carries in dist/fonts/; a system font or SYMBIOGRAPH_CJK_FONT
 * still wins when there is one; a PDF embeds only the glyphs it uses.
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FONT, findCjkFont, fontDirectories } from '../../src/cli/render/findCjkFont.ts';
import { svgToPng } from '../../src/cli/render/svgToPng.ts';
import { decodePng, type DecodedPng } from '../unit/diagram/pngDecode.ts';

const bundled = resolve('dist/fonts', BUNDLED_FONT.file);
const dir = mkdtempSync(join(tmpdir(), 'symbiograph-font-'));
const noSystemFonts = { ...process.env, SYMBIOGRAPH_FONT_DIRS: '', SYMBIOGRAPH_CJK_FONT: '' };

/** The installed command as a user runs it, in its own process. */
function cli(args: readonly string[], env: NodeJS.ProcessEnv) {
  return promisify(execFile)(process.execPath, ['bin/symbiograph.mjs', ...args], { env });
}

/** One line of text drawn by resvg with the given font. */
async function drawText(text: string, font = { path: bundled, family: BUNDLED_FONT.family }): Promise<DecodedPng> {
  const svg =
    '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="40"><rect width="240" height="40" fill="#fff"/>' +
    `<text x="8" y="28" font-size="24" font-family="'Noto Sans CJK SC', sans-serif">${text}</text></svg>`;
  return decodePng(await svgToPng(svg, 1, font));
}

function darkPixels(png: DecodedPng): number {
  let dark = 0;
  for (let i = 0; i < png.pixels.length; i += png.channels) if (png.pixels[i]! < 128) dark++;
  return dark;
}

/** Pixels whose red channel differs by more than a faint anti-aliasing step. */
function differingPixels(a: DecodedPng, b: DecodedPng): number {
  expect([a.width, a.height]).toEqual([b.width, b.height]);
  let differ = 0;
  for (let i = 0; i < a.pixels.length; i += a.channels) if (Math.abs(a.pixels[i]! - b.pixels[i]!) > 40) differ++;
  return differ;
}

describe('the CJK font that comes with Symbiograph', { timeout: 60_000 }, () => {
  it('is built into dist/fonts/ with its licence', () => {
    expect(existsSync(bundled), 'npm install (npm run build:cli) copies it').toBe(true);
    expect(statSync(bundled).size).toBeGreaterThan(5_000_000);
    expect(readFileSync(resolve('dist/fonts/NotoSansSC-OFL.txt'), 'utf8')).toContain('SIL Open Font License');
  });

  it('is used when no system font is found, and a system font or SYMBIOGRAPH_CJK_FONT wins', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-fonts-'));
    expect(await findCjkFont([empty], undefined)).toEqual({ path: bundled, family: 'Noto Sans SC' });
    const system = mkdtempSync(join(tmpdir(), 'system-fonts-'));
    copyFileSync(bundled, join(system, 'NotoSansSC-Regular.otf'));
    expect((await findCjkFont([empty, system], undefined)).path).toBe(join(system, 'NotoSansSC-Regular.otf'));
    const chosen = join(dir, 'chosen.ttf');
    copyFileSync(bundled, chosen);
    expect(await findCjkFont([system], chosen)).toEqual({ path: chosen, family: 'Noto Sans SC' });
  });

  it('says how to get a font when even the bundled one is missing', async () => {
    await expect(findCjkFont([], undefined, join(dir, 'gone.ttf'))).rejects.toThrow(/npm install.*apt-get install/);
  });

  it('reads SYMBIOGRAPH_FONT_DIRS as a path list, empty for none', () => {
    expect(fontDirectories('')).toEqual([]);
    expect(fontDirectories(['/a', '/b'].join(process.platform === 'win32' ? ';' : ':'))).toEqual(['/a', '/b']);
    expect(fontDirectories(undefined)).toContain('/usr/share/fonts');
  });

  it('draws the ideographs themselves, not empty boxes', async () => {
    const words = await drawText('缺失环节');
    // Code points no font assigns: resvg draws the font's .notdef box for each.
    const boxes = await drawText('\u{F0001}\u{F0002}\u{F0003}\u{F0004}');
    expect(darkPixels(words)).toBeGreaterThan(150);
    expect(differingPixels(words, boxes)).toBeGreaterThan(150);
  });

  it('matches Noto Sans CJK SC, the same design, where the system has it', async (context) => {
    const system = await findCjkFont(fontDirectories(undefined), undefined, join(dir, 'none.ttf')).catch(() => null);
    if (system === null || !system.family.startsWith('Noto Sans CJK')) return context.skip();
    const text = '废线路板 19,400 t/a 金升集团';
    const ours = await drawText(text);
    const theirs = await drawText(text, system);
    expect(differingPixels(ours, theirs) / (ours.width * ours.height)).toBeLessThan(0.02);
  });
});

describe('diagram PNG and PDF with the system font folders hidden', { timeout: 120_000 }, () => {
  it('writes a legible PNG of the copper chain', async () => {
    const file = join(dir, 'c.png');
    const { stdout } = await cli(
      ['diagram', 'data/linyi-etdz.json', '--chain', 'copper-chain', '--format', 'png', '-o', file],
      noSystemFonts,
    );
    expect(stdout).toContain(file);
    const png = decodePng(new Uint8Array(readFileSync(file)));
    expect(png.width).toBeGreaterThan(1000);
    // Text and lines: a few thousand dark pixels on white, as the system font gives (8 221 measured with it).
    expect(darkPixels(png)).toBeGreaterThan(4000);
  });

  it('writes a PDF whose Chinese text is real text in a subset of the font', async () => {
    const file = join(dir, 'c.pdf');
    await cli(
      ['diagram', 'data/linyi-etdz.json', '--chain', 'copper-chain', '--format', 'pdf', '-o', file],
      noSystemFonts,
    );
    const bytes = new Uint8Array(readFileSync(file));
    const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false }).promise;
    const content = await (await pdf.getPage(1)).getTextContent();
    const text = content.items.map((item) => ('str' in item ? item.str : '')).join('');
    expect(text).toContain('废线路板');
    expect(text).toContain('金升集团');
    const fontFiles = await embeddedFontSizes(bytes);
    expect(fontFiles.length).toBe(1);
    // The whole font is 10.5 MB; the diagram uses a few hundred glyphs.
    expect(fontFiles[0]!).toBeLessThan(statSync(bundled).size / 20);
  });
});

/** The byte length of every embedded font program (FontFile2/FontFile3) in a PDF. */
async function embeddedFontSizes(bytes: Uint8Array): Promise<number[]> {
  const pdf = await PDFDocument.load(bytes);
  const sizes: number[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('FontDescriptor')) continue;
    for (const key of ['FontFile', 'FontFile2', 'FontFile3']) {
      const ref = object.get(PDFName.of(key));
      const stream = ref instanceof PDFRef ? pdf.context.lookup(ref) : undefined;
      if (stream instanceof PDFRawStream) sizes.push(stream.contents.length);
    }
  }
  return sizes;
}
