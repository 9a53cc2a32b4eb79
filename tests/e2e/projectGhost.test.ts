/**
 * The ghost of a shown project is inspectable like an enterprise: clicking
 * it opens its planned flows and throughflow, marked as a proposal, and the
 * pointer over the middle of a dashed planned flow gets that flow's tooltip,
 * not the park flow drawn underneath. Screenshot: project-ghost.png.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ARTIFACTS, chromiumAvailable, collectErrors, launchBrowser } from './browser.ts';

const enabled = chromiumAvailable();
type Point = { x: number; y: number };

describe.runIf(enabled)('the ghost of a shown project', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  /** Page coordinates of a point of the network's viewport. */
  const onPage = async (at: Point): Promise<Point> => {
    const box = (await page.locator('[data-testid="network"]').boundingBox())!;
    return { x: box.x + at.x, y: box.y + at.y };
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    collectErrors(page, errors);
    await page.goto(inject('baseUrl'));
    await page.waitForSelector('[data-testid="network"] canvas');
    await page.waitForFunction(() => (window.__symbiographNetwork?.viewportOf('jinsheng') ?? null) !== null);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens its planned flows and throughflow, and a dashed flow’s own tooltip', async () => {
    await page.click('[data-testid="tab-projects"]');
    const show = page.locator('[data-testid="show-project"]').first();
    await show.waitFor({ timeout: 60_000 });
    await show.click();
    await page.waitForFunction(() => window.__symbiograph?.project() !== null);
    const project = await page.evaluate(() => window.__symbiograph!.project()!);
    // The before/after table counts the dashed flows, less the flows they replace.
    expect(await page.locator('[data-testid="flow-change"]').innerText()).toContain(
      `新增规划流 ${project.planned.length} 条`,
    );
    // Let the camera settle on the project's partners.
    await page.waitForTimeout(900);

    const ghost = (await page.evaluate((id) => window.__symbiographNetwork!.viewportOf(id), project.ghost))!;
    const at = await onPage(ghost);
    // Hovered, the ghost counts its planned flows and its throughflow, and says it is a proposal.
    await page.mouse.move(at.x - 20, at.y);
    await page.mouse.move(at.x, at.y);
    const tooltip = page.locator('[data-testid="tooltip"]');
    await tooltip.waitFor({ timeout: 5000 });
    const inflows = project.planned.filter((f) => f.to === project.ghost).length;
    const ghostTip = await tooltip.innerText();
    expect(ghostTip).toContain(`流入 ${inflows} · 流出 ${project.planned.length - inflows}`);
    expect(ghostTip).toContain('未纳入模型');
    expect(ghostTip).not.toMatch(/通量 0 t\/a/);
    await page.mouse.click(at.x, at.y);
    const inspector = page.locator('[data-testid="inspector"][data-proposal="true"]');
    await inspector.waitFor({ timeout: 5000 });
    const rows =
      (await inspector.locator('[data-testid="project-inputs"] tbody tr').count()) +
      (await inspector.locator('[data-testid="project-outputs"] tbody tr').count());
    expect(rows).toBe(project.planned.length);
    const throughflow = await inspector.locator('[data-testid="project-throughflow"]').innerText();
    expect(Number(/^([\d,.]+)/.exec(throughflow)![1]!.replace(/,/g, ''))).toBeGreaterThan(0);
    expect(await inspector.locator('[data-testid="project-proposal"]').innerText()).toContain('未纳入模型');
    expect(await inspector.locator('[data-testid="project-economics"]').innerText()).toMatch(/投资约|目录未给出/);

    // The middle of a planned flow from a park enterprise, away from every actor drawn.
    const target = await page.evaluate(
      ({ planned, ghostId }) => {
        const net = window.__symbiographNetwork!;
        const points = net.drawn().nodes.flatMap((n) => {
          const p = net.viewportOf(n);
          return p ? [p] : [];
        });
        for (const flow of planned) {
          if (flow.from.startsWith('@') || flow.to !== ghostId) continue;
          const a = net.viewportOf(flow.from);
          const b = net.viewportOf(flow.to);
          if (!a || !b) continue;
          const middle = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
          if (points.every((p) => Math.hypot(p.x - middle.x, p.y - middle.y) > 24)) return { flow, middle };
        }
        return null;
      },
      { planned: project.planned, ghostId: project.ghost },
    );
    expect(target).not.toBeNull();
    const middle = await onPage(target!.middle);
    await page.mouse.move(middle.x - 6, middle.y - 6);
    await page.mouse.move(middle.x, middle.y);
    await tooltip.waitFor({ timeout: 5000 });
    const lines = (await tooltip.innerText()).split('\n');
    // That flow, partner → plant with its quantity: no park flow drawn underneath ends at the ghost.
    const ghostName = await inspector.locator('h2').innerText();
    const input = inspector.locator('[data-testid="project-inputs"] tbody tr', {
      has: page.locator('td', { hasText: lines[1]!.split(' → ')[0]! }),
    });
    expect(await input.count()).toBeGreaterThan(0);
    expect(lines[1]!.endsWith(` → ${ghostName}`)).toBe(true);
    expect(lines[2]).toContain((await input.first().locator('td').last().innerText()).trim());
    expect(lines).toContain('规划');
    expect(lines.join(' ')).toContain('未纳入模型');
    await page.screenshot({ path: `${ARTIFACTS}/project-ghost.png` });
    expect(errors).toEqual([]);
  });
});
