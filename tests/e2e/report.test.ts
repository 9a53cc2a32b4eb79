/**
 * The HTML report of the reference park in a real headless Chromium: opened
 * from disk (file://) as a park manager would open an e-mailed report, with
 * no console errors, no request beyond the file itself, every section
 * visible, chain diagrams drawn, and a print layout with one section per
 * page. Screenshots go to test-artifacts/e2e/.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';
import { REPORT_SECTIONS } from '../../src/core/report/reportLabels.ts';
import { ARTIFACTS, chromiumAvailable, launchBrowser, openApp } from './browser.ts';
import { compareWithBaseline } from './visualBaseline.ts';

const enabled = chromiumAvailable();

describe.runIf(enabled)('the HTML report in a browser', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'symbiograph-report-e2e-')), 'linyi-report.html');
    const quiet = { stdout: () => {}, stderr: (line: string) => errors.push(line) };
    const code = await runCli(['report', 'data/linyi-etdz.json', '--format', 'html', '-o', path], quiet);
    expect(code).toBe(0);
    browser = await launchBrowser();
    page = await openApp(browser, pathToFileURL(path).href, errors);
    page.on('request', (request) => requests.push(request.url()));
    await page.reload();
    await page.waitForSelector('#projects');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens without errors and fetches nothing but itself', async () => {
    expect(errors).toEqual([]);
    expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([]);
    expect(await page.title()).toContain('临沂经济技术开发区');
    await page.screenshot({ path: `${ARTIFACTS}/report.png` });
  });

  it('looks as its committed picture does at 1440 × 900 (the README shows it)', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    // The key figures and the first findings: what a reader looks for first.
    await page.evaluate(() => document.getElementById('kpis')!.scrollIntoView({ block: 'start' }));
    expect((await compareWithBaseline(page, 'report')).diffRatio).toBeLessThanOrEqual(0.02);
    await page.setViewportSize({ width: 1400, height: 900 });
  });

  it('shows every section and links to it from the table of contents', async () => {
    for (const id of REPORT_SECTIONS) {
      const section = page.locator(`section#${id}`);
      await section.scrollIntoViewIfNeeded();
      expect(await section.isVisible(), id).toBe(true);
      expect(await page.locator(`nav#contents a[href="#${id}"]`).isVisible(), id).toBe(true);
    }
  });

  it('draws the chain diagrams, chains with a weak stage first', async () => {
    const figures = page.locator('#diagrams figure.diagram');
    expect(await figures.count()).toBe(11);
    const first = figures.first();
    // No chain of the reference park is broken; the first with a single-performer stage leads.
    expect(await first.getAttribute('id')).toBe('diagram-machinery-lifecycle');
    await first.scrollIntoViewIfNeeded();
    // A split diagram holds its whole picture (on screen) before the tiles it prints as.
    const box = await first.locator('svg').first().boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(box?.height).toBeGreaterThan(100);
    await first.screenshot({ path: `${ARTIFACTS}/report-diagram.png` });
  });

  it('asks for the CJK font stack and prints one section per page with unsplit rows', async () => {
    const font = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
    expect(font).toContain('Noto Sans CJK SC');
    await page.emulateMedia({ media: 'print' });
    const print = await page.evaluate(() => ({
      sectionBreak: getComputedStyle(document.getElementById('kpis')!).breakBefore,
      rowBreak: getComputedStyle(document.querySelector('#findings tbody tr')!).breakInside,
    }));
    expect(print).toEqual({ sectionBreak: 'page', rowBreak: 'avoid' });
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
  });
});
