/** What e2e tests do through the table view, as a user does it. */
import type { Page } from 'playwright-core';

/** Renames an enterprise in English through its row's edit form, opening the tables if they are closed. */
export async function renameEnterprise(page: Page, id: string, nameEn: string): Promise<void> {
  if ((await page.locator('[data-testid="table-view"]').count()) === 0)
    await page.click('[data-testid="tables-button"]');
  await page.click('[data-testid="table-tab-enterprises"]');
  await page.fill('[data-testid="table-filter"]', id);
  await page.locator(`[data-testid="table-row"][data-row-id="${id}"] [data-testid="edit-row"]`).click();
  await page.waitForSelector('[data-testid="enterprise-form"][open]');
  await page.fill('[data-testid="enterprise-form"] [data-testid="field-nameEn"]', nameEn);
  await page.click('[data-testid="enterprise-form"] [data-testid="form-save"]');
  await page.waitForSelector('[data-testid="enterprise-form"]', { state: 'detached' });
}
