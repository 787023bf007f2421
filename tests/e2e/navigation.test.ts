import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowserHarness, type BrowserHarness } from '../support/browser';
import { collectPageErrors, linesOfParts, PHONE, screenshot } from '../support/screens';

let harness: BrowserHarness;
beforeAll(async () => {
  harness = await startBrowserHarness();
});
afterAll(() => harness?.close());

async function signedIn(name: string): Promise<{ page: Page; errors: string[] }> {
  const page = await harness.newPage();
  await page.setViewportSize(PHONE);
  await harness.loginAs(page, name);
  return { page, errors: collectPageErrors(page) };
}

const onMePage = (page: Page) =>
  page.waitForURL((url) => url.hash.includes('pages/me/index'), { timeout: 30_000 });

describe('H5 page frame at 375 px', () => {
  it('gives sub-pages a back control in the header: back where one came from, else to 我的', async () => {
    const { page, errors } = await signedIn('董永刚');
    await harness.open(page, 'pages/me/index');
    await page.getByText('成员管理', { exact: true }).click({ timeout: 30_000 });
    const back = page.locator('.page-header__back');
    await expect.poll(() => back.textContent(), { timeout: 30_000 }).toBe('‹ 返回');
    await expect.poll(() => page.locator('.member-item').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await screenshot(page, 'frame-back-control');
    await back.click();
    await onMePage(page);
    await expect.poll(() => page.locator('.profile-card__name').filter({ visible: true }).count()).toBe(1);
    // The page left behind is hidden once the router has finished going back.
    await expect.poll(() => page.locator('.page-header__back').filter({ visible: true }).count()).toBe(0);

    await harness.open(page, 'packages/admin/pages/invites/index');
    await expect.poll(() => back.textContent(), { timeout: 30_000 }).toBe('‹ 我的');
    await back.click();
    await onMePage(page);
    expect(errors).toEqual([]);
  });

  it('fits every invite button on its line, 收起小程序码 included', async () => {
    const { page, errors } = await signedIn('董永刚');
    await harness.open(page, 'packages/admin/pages/invites/index');
    await page.getByText('生成邀请码', { exact: true }).last().click({ timeout: 30_000 });
    const created = page.locator('.invite-item--new');
    await created.getByText('小程序码', { exact: true }).click({ timeout: 30_000 });
    await created.getByText('收起小程序码', { exact: true }).waitFor({ timeout: 30_000 });
    // Each label on one line and inside its button, the three buttons side by side.
    const overflowing = await created.locator('.invite-item__actions .btn').evaluateAll((buttons) =>
      buttons
        .filter((button) => {
          const box = button.getBoundingClientRect();
          const words = document.createRange();
          words.selectNodeContents(button);
          const lines = new Set(Array.from(words.getClientRects(), (rect) => Math.round(rect.top))).size;
          const text = words.getBoundingClientRect();
          return lines !== 1 || text.left < box.left || text.right > box.right;
        })
        .map((button) => button.textContent),
    );
    const rows = await created
      .locator('.invite-item__actions .btn')
      .evaluateAll(
        (buttons) => new Set(buttons.map((button) => Math.round(button.getBoundingClientRect().top))).size,
      );
    expect(rows).toBe(1);
    expect(overflowing).toEqual([]);
    await created.locator('.invite-item__actions').scrollIntoViewIfNeeded();
    await screenshot(page, 'invites-code-shown');
    expect(errors).toEqual([]);
  });

  it('keeps long unit names whole in the unit tree', async () => {
    const { page, errors } = await signedIn('雷丽娟');
    await harness.open(page, 'packages/admin/pages/units/index');
    const name = page.locator('.unit-row__name', { hasText: '青岛市市立医院工会' });
    await name.waitFor({ timeout: 30_000 });
    expect(await linesOfParts(name, ['青岛市市立医院工会'])).toEqual([1]);
    await name.scrollIntoViewIfNeeded();
    await screenshot(page, 'units-tree');
    expect(errors).toEqual([]);
  });
});
