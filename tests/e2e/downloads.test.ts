/**
 * Every export the app offers, downloaded from a real headless Chromium and
 * read back with core in Node: JSON, GraphML, the CSV tables (one download
 * per table) and XLSX carry the whole model, so each reads back deep-equal
 * to the JSON download (the reference park with an edit made in the app,
 * a name with markup and a formula trigger);
 * the XLSX template is a workbook with one sheet per table and bilingual
 * headers, and empty.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { exportModel, importModel, type ImportInput, type ModelFormat } from '../../src/core/io/formats.ts';
import type { ParkModel } from '../../src/core/model/types.ts';
import { validateModelText } from '../../src/core/model/validate.ts';
import { ARTIFACTS, chromiumAvailable, launchBrowser, openInFreshContext } from './browser.ts';

const enabled = chromiumAvailable();
const DOWNLOADS = `${ARTIFACTS}/downloads`;

describe.runIf(enabled)('downloading every export format', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  let reference: ParkModel;

  beforeAll(async () => {
    browser = await launchBrowser();
    mkdirSync(DOWNLOADS, { recursive: true });
    ({ context, page } = await openInFreshContext(browser, inject('baseUrl'), errors));
    // One edit first, so the downloads are of the model as edited, not of the file the app started from.
    await page.click('[data-testid="tables-button"]');
    await page.fill('[data-testid="table-filter"]', 'volvo-ce');
    await page.click('[data-testid="table-row"][data-row-id="volvo-ce"] [data-testid="edit-row"]');
    await page.fill('[data-testid="enterprise-form"] [data-testid="field-nameEn"]', 'Volvo CE <Linyi> =1+1');
    await page.click('[data-testid="enterprise-form"] [data-testid="form-save"]');
    await page.waitForSelector('[data-testid="enterprise-form"]', { state: 'detached' });
    await page.click('[data-testid="table-close"]');
    const [json] = await download('json');
    const read = validateModelText(readFileSync(json!.path, 'utf8'), 'download.json');
    if (!read.ok) throw new Error(read.errors.map((e) => e.message.en).join('; '));
    reference = read.model;
  }, 120_000);
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  /** Clicks one export and keeps every file it downloads (the CSV tables are several). */
  async function download(choice: string, count = 1): Promise<{ path: string; name: string }[]> {
    if (!(await page.locator('[data-testid="export-dialog"]').isVisible()))
      await page.click('[data-testid="export-button"]');
    const downloads: Download[] = [];
    const done = new Promise<void>((resolve) => {
      const take = (file: Download) => {
        downloads.push(file);
        if (downloads.length === count) {
          page.off('download', take);
          resolve();
        }
      };
      page.on('download', take);
    });
    await page.click(`[data-testid="export-${choice}"]`);
    await done;
    await page.waitForSelector('[data-testid="export-done"]');
    return Promise.all(
      downloads.map(async (file) => {
        const path = `${DOWNLOADS}/${file.suggestedFilename()}`;
        await file.saveAs(path);
        return { path, name: file.suggestedFilename() };
      }),
    );
  }

  async function readBack(input: ImportInput, format: ModelFormat, file: string): Promise<ParkModel> {
    const result = await importModel(input, format, { file });
    if (!result.ok) throw new Error(result.errors.map((e) => e.message.en).join('; '));
    return result.model;
  }

  it('the JSON download is the reference data file with the one edit', () => {
    const data = validateModelText(readFileSync('data/linyi-etdz.json', 'utf8'));
    if (!data.ok) throw new Error('reference data must be valid');
    const enterprises = data.model.enterprises.map((e) =>
      e.id === 'volvo-ce' ? { ...e, name: { ...e.name, en: 'Volvo CE <Linyi> =1+1' } } : e,
    );
    expect(reference).toEqual({ ...data.model, enterprises });
  });

  it('GraphML and XLSX read back equal to the JSON download', async () => {
    const [graphml] = await download('graphml');
    expect(graphml!.name).toMatch(/\.graphml$/);
    expect(await readBack(readFileSync(graphml!.path), 'graphml', graphml!.name)).toEqual(reference);
    const [xlsx] = await download('xlsx');
    expect(await readBack(readFileSync(xlsx!.path), 'xlsx', xlsx!.name)).toEqual(reference);
  }, 120_000);

  it('the CSV tables are one download per table, and read back together equal to the JSON download', async () => {
    const tableCount = await exportModel(reference, 'tables-csv').then(({ output }) =>
      output.kind === 'files' ? output.files.size : 0,
    );
    expect(tableCount).toBeGreaterThanOrEqual(5);
    const files = await download('tables-csv', tableCount);
    const names = files.map((f) => f.name).sort();
    expect(names.every((n) => n.startsWith('linyi-etdz-') && n.endsWith('.csv'))).toBe(true);
    // Core names the tables; the app prefixes the park id.
    const tables = new Map(files.map((f) => [f.name.replace(/^linyi-etdz-/, ''), readFileSync(f.path)]));
    expect(await readBack(tables, 'tables-csv', 'downloads')).toEqual(reference);
  }, 120_000);

  it('the XLSX template has one sheet per table with bilingual headers, and no rows', async () => {
    const [template] = await download('xlsx-template');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(readFileSync(template!.path)).buffer, { ignoreNodes: ['dataValidations'] });
    const sheets = workbook.worksheets.map((s) => s.name);
    for (const sheet of ['Enterprises', 'Materials', 'Flows', 'Streams', 'Chains'])
      expect(sheets.some((name) => name.includes(sheet))).toBe(true);
    const flows = workbook.worksheets.find((s) => s.name.includes('Flows'))!;
    const headers = (flows.getRow(1).values as unknown[]).filter((v) => typeof v === 'string').join(' ');
    expect(headers).toMatch(/来源/);
    expect(headers).toMatch(/from/i);
    // Imported as it is, the empty template says what a park needs first, at its sheet, row and column.
    const read = await importModel(readFileSync(template!.path), 'xlsx', { file: template!.name });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.errors[0]!.location).toMatchObject({ sheet: expect.stringContaining('Park'), row: 3 });
    expect(errors).toEqual([]);
  }, 120_000);
});
