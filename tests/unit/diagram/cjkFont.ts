/**
 * The CJK font for PNG and PDF tests: the system's, else the one the build
 * puts in dist/fonts/. Where neither is there (the build never ran) those
 * tests are skipped with a message; in CI (process.env.CI) a missing font
 * fails, because `npm ci` builds it and CI also installs fonts-noto-cjk.
 */
import { it } from 'vitest';
import { CJK_FONT_PACKAGE, findCjkFont, type CjkFont } from '../../../src/cli/render/findCjkFont.ts';

export async function cjkFontForTests(): Promise<CjkFont | undefined> {
  try {
    return await findCjkFont();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!process.env.CI) console.warn(`skipping CJK font tests: ${message}`);
    return undefined;
  }
}

/** Registers a failing test in CI when the font is missing. */
export function requireFontInCi(font: CjkFont | undefined): void {
  if (font !== undefined || !process.env.CI) return;
  it(`the CJK font (${CJK_FONT_PACKAGE}) is installed`, () => {
    throw new Error(`CI must install ${CJK_FONT_PACKAGE}: no CJK font was found`);
  });
}
