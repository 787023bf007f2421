import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness } from '../support/browser';

let harness: BrowserHarness;
beforeAll(async () => {
  harness = await startBrowserHarness();
});
afterAll(() => harness?.close());

const confirmModal = (page: Awaited<ReturnType<BrowserHarness['newPage']>>) =>
  page.locator('.taro-model__confirm').filter({ visible: true }).click();

describe('a unit admin in the H5 build', () => {
  it('removes a member after confirming, and the member leaves the list', async () => {
    const admin = await harness.newPage();
    await harness.loginAs(admin, '董永刚');
    await harness.open(admin, 'packages/admin/pages/members/index');
    const names = () => admin.locator('.member-item__name').allTextContents();
    await expect
      .poll(names, { timeout: 30_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining('秦静怡')]));

    const row = admin.locator('.member-item').filter({ hasText: '秦静怡' });
    await row.getByText('移除', { exact: true }).click();
    await expect
      .poll(() => admin.locator('.taro-modal__text').filter({ visible: true }).textContent())
      .toContain('秦静怡');
    await confirmModal(admin);
    await expect
      .poll(names, { timeout: 30_000 })
      .not.toEqual(expect.arrayContaining([expect.stringContaining('秦静怡')]));

    await harness.open(admin, 'packages/admin/pages/audit/index');
    await expect
      .poll(() => admin.getByText('移除成员：秦静怡', { exact: false }).count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
  });

  it('shows an invite’s mini-program code and revokes the invite', async () => {
    const admin = await harness.newPage();
    await harness.loginAs(admin, '董永刚');
    await harness.open(admin, 'packages/admin/pages/invites/index');
    await expect
      .poll(() => admin.locator('.unit-picker__value').first().textContent(), { timeout: 30_000 })
      .toBe('青岛第二中学工会');
    await admin.getByText('生成邀请码', { exact: true }).last().click();
    const created = admin.locator('.invite-item--new');
    await expect.poll(() => created.count(), { timeout: 30_000 }).toBe(1);

    await created.getByText('小程序码', { exact: true }).click();
    const image = created.locator('.invite-item__qr-image img, img.invite-item__qr-image').first();
    await expect
      .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth), {
        timeout: 30_000,
      })
      .toBeGreaterThan(0);

    await created.getByText('撤销', { exact: true }).click();
    await confirmModal(admin);
    await expect.poll(() => created.textContent(), { timeout: 30_000 }).toContain('已撤销');
  });
});
