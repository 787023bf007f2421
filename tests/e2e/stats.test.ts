import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFirstSheet } from '../../cloudfunctions/src/platform/spreadsheet/read-sheet';
import { startBrowserHarness, type BrowserHarness } from '../support/browser';

const FEDERATION_ADMIN = '雷丽娟';

let harness: BrowserHarness;
beforeAll(async () => {
  harness = await startBrowserHarness();
});
afterAll(async () => {
  await harness?.close();
});

/** Whether the canvas has anything drawn on it (some pixel not fully transparent). */
const drawn = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const canvas = (
        element.tagName === 'CANVAS' ? element : element.querySelector('canvas')
      ) as HTMLCanvasElement | null;
      const context = canvas?.getContext('2d');
      if (!canvas || !context || canvas.width === 0) return false;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let index = 3; index < data.length; index += 4) if (data[index] !== 0) return true;
      return false;
    });

describe('participation statistics in the H5 build', () => {
  it('shows a unit admin the dashboard with a chart, and exports a session’s 签到台账', async () => {
    // The admin of 市教育系统工会 (the first member of the unit in the demo).
    const { data } = (await harness.stack.db
      .collection('members')
      .where({ openid: 'demo-openid-education-1' })
      .get()) as unknown as { data: { name: string }[] };
    const admin = await harness.newPage();
    await harness.loginAs(admin, data[0].name);
    await harness.open(admin, 'packages/admin/pages/stats/index');
    await admin.getByText('参与概况').waitFor({ timeout: 30_000 });
    await expect.poll(() => admin.locator('.unit-dashboard__value').count()).toBeGreaterThanOrEqual(6);
    const members = Number(await admin.locator('.unit-dashboard__value').first().textContent());
    expect(members).toBeGreaterThan(0);
    await admin.getByText('在册成员 ›').waitFor();
    await expect.poll(() => drawn(admin, '#stats-trend'), { timeout: 30_000 }).toBe(true);
    await expect.poll(() => drawn(admin, '#stats-children'), { timeout: 30_000 }).toBe(true);

    // A past session of the subtree opens its sheet, which exports to a workbook.
    await admin.getByText('党组理论学习中心组专题学习（扩大）').first().click({ timeout: 30_000 });
    await admin.waitForURL((url) => url.hash.includes('stats-sheet'), { timeout: 30_000 });
    await admin.getByText('应到人员').waitFor({ timeout: 30_000 });
    const answer = admin.waitForResponse((response) => response.url().includes('/functions/stats'), {
      timeout: 30_000,
    });
    await admin.getByText('导出签到台账（Excel，A4）').click();
    const exported = (await (await answer).json()) as { ok: boolean; data: { url: string } };
    expect(exported.ok).toBe(true);
    const workbook = Buffer.from(await (await fetch(encodeURI(exported.data.url))).arrayBuffer());
    const rows = readFirstSheet(workbook, { maxRows: 500, maxColumns: 10, maxUncompressedBytes: 5_000_000 });
    expect(rows[0][0]).toContain('市教育系统工会 签到台账');
    expect(rows[1]).toContain('到会');
    await expect
      .poll(() => admin.locator('.attendance-sheet__done').textContent(), { timeout: 30_000 })
      .toMatch(/^已导出 \d+ 人的签到台账/);
  });

  it('highlights lagging units to the federation admin', async () => {
    const federation = await harness.newPage();
    await harness.loginAs(federation, FEDERATION_ADMIN);
    await harness.open(federation, 'packages/admin/pages/stats-federation/index');
    await federation.getByText('督查标准', { exact: true }).waitFor({ timeout: 30_000 });
    await expect
      .poll(() => federation.locator('.federation-board__row--lagging').count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    expect(await federation.locator('.federation-board__row--lagging').first().textContent()).toContain(
      '落后：',
    );
    await expect.poll(() => drawn(federation, '#stats-federation'), { timeout: 30_000 }).toBe(true);
  });
});
