/**
 * Screenshots compared with committed baselines (docs/screenshots/, which the
 * README shows, so its pictures are the app as it is today), so a
 * hairball, a label pile-up or a broken grid fails the suite instead of
 * passing because the canvas is not blank. A screenshot may differ from its
 * baseline in up to `maxDiffRatio` of its pixels (anti-aliasing, a font
 * hinting change), not more. `UPDATE_BASELINES=1` writes the baselines
 * afterwards a change was looked at and judged right; a missing baseline
 * fails the test otherwise, so CI never passes on a picture nobody saw.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { ARTIFACTS } from './browser.ts';

const BASELINES = 'docs/screenshots';
const SHOTS = join(ARTIFACTS, 'visual');
/** pixelmatch's per-pixel colour distance below which two pixels count as the same. */
const PIXEL_THRESHOLD = 0.15;

export interface VisualResult {
  readonly name: string;
  /** Share of the pixels that differ from the baseline (0 when it was just written). */
  readonly diffRatio: number;
  readonly written: boolean;
}

/** A picture once two consecutive ones agree: animations (the camera's, a fade) have ended. */
export async function settledPicture(
  page: Page,
  take: () => Promise<Buffer> = () => page.screenshot(),
): Promise<Buffer> {
  let last = await take();
  for (let attempt = 0; attempt < 6; attempt++) {
    await page.waitForTimeout(400);
    const next = await take();
    if (next.equals(last)) return next;
    last = next;
  }
  return last;
}

export async function compareWithBaseline(page: Page, name: string, maxDiffRatio = 0.02): Promise<VisualResult> {
  mkdirSync(SHOTS, { recursive: true });
  const shot = await settledPicture(page);
  writeFileSync(join(SHOTS, `${name}.png`), shot);
  const baselinePath = join(BASELINES, `${name}.png`);
  if (process.env['UPDATE_BASELINES'] === '1') {
    mkdirSync(BASELINES, { recursive: true });
    writeFileSync(baselinePath, shot);
    return { name, diffRatio: 0, written: true };
  }
  if (!existsSync(baselinePath))
    throw new Error(
      `no baseline ${baselinePath}: look at ${join(SHOTS, `${name}.png`)}, then run with UPDATE_BASELINES=1`,
    );
  const actual = PNG.sync.read(shot);
  const expected = PNG.sync.read(readFileSync(baselinePath));
  if (actual.width !== expected.width || actual.height !== expected.height)
    throw new Error(
      `${name}: ${actual.width}×${actual.height} against a ${expected.width}×${expected.height} baseline`,
    );
  const diff = new PNG({ width: actual.width, height: actual.height });
  const different = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, {
    threshold: PIXEL_THRESHOLD,
  });
  const diffRatio = different / (actual.width * actual.height);
  if (diffRatio > maxDiffRatio) writeFileSync(join(SHOTS, `${name}.diff.png`), PNG.sync.write(diff));
  return { name, diffRatio, written: false };
}
