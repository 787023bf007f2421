import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowserHarness, type BrowserHarness } from '../support/browser';
import { encodeGbk } from '../support/gbk';
import { collectPageErrors, modal, PHONE, screenshot } from '../support/screens';

let harness: BrowserHarness;
beforeAll(async () => {
  harness = await startBrowserHarness();
});
afterAll(() => harness?.close());

async function importScreen(): Promise<{ page: Page; errors: string[] }> {
  const page = await harness.newPage();
  await page.setViewportSize(PHONE);
  await harness.loginAs(page, '雷丽娟');
  const errors = collectPageErrors(page);
  await harness.open(page, 'packages/admin/pages/units/index');
  await page.locator('.unit-import').waitFor({ timeout: 30_000 });
  return { page, errors };
}

async function choose(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page
    .locator('.unit-import')
    .getByText(/选择文件$/)
    .click();
  await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer });
}

describe('导入单位 at 375 px', () => {
  it('reads a GBK CSV as Excel on Chinese Windows saves it; child rows need no 类型; the preview names each parent', async () => {
    const { page, errors } = await importScreen();
    const hints = await page.locator('.unit-import__hint').allTextContents();
    expect(hints.join('')).toContain('GBK');
    expect(hints.join('')).toContain('其他单位留空，随上级');
    const template = (await page.locator('.unit-import__template').textContent()) ?? '';
    expect(
      template
        .split('\n')
        .slice(1)
        .every((row) => row.split(',')[1] === ''),
    ).toBe(true);

    const csv = [
      '名称,类型,上级,编码',
      '青岛第三中学工会,,市教育系统工会,SZ-JY-03',
      '青岛第三中学退休教师分会,,青岛第三中学工会,',
    ].join('\r\n');
    await choose(page, '单位.csv', encodeGbk(csv));
    await expect
      .poll(() => page.locator('.unit-import__row').allTextContents(), { timeout: 30_000 })
      .toEqual([
        '青岛第三中学工会（SZ-JY-03）上级：市教育系统工会',
        '青岛第三中学退休教师分会上级：青岛第三中学工会',
      ]);
    await page.locator('.unit-import__preview').scrollIntoViewIfNeeded();
    await screenshot(page, 'import-preview');

    await page.getByText('确认导入', { exact: true }).click();
    await expect.poll(() => modal(page).text()).toContain('2 个单位');
    await modal(page).confirm();
    await expect
      .poll(() => page.locator('.unit-row__name').allTextContents(), { timeout: 30_000 })
      .toEqual(expect.arrayContaining(['青岛第三中学工会', '青岛第三中学退休教师分会']));
    expect(errors).toEqual([]);
  });

  it('refuses an old .xls file with what to do instead', async () => {
    const { page, errors } = await importScreen();
    await choose(page, '单位.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    await expect
      .poll(() => page.locator('.unit-import .form-error').textContent(), { timeout: 30_000 })
      .toContain('另存为 .xlsx');
    await screenshot(page, 'import-xls-refused');
    expect(errors).toEqual([]);
  });
});
