import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DigestResult } from '../../cloudfunctions/shared/reports/report';
import { startBrowserHarness, type BrowserHarness } from '../support/browser';

let harness: BrowserHarness;
beforeAll(async () => {
  harness = await startBrowserHarness();
});
afterAll(() => harness?.close());

const NOTICE = 'notice-qingdao-reform-study';
const UNIT_ADMIN = '董永刚';
const FEDERATION_ADMIN = '雷丽娟';
const HIGHLIGHT = '青年教师宣讲小分队走进各年级组，教职工反响热烈。';

const modalText = (page: Page) => page.locator('.taro-modal__text').filter({ visible: true }).textContent();
const confirmModal = (page: Page) => page.locator('.taro-model__confirm').filter({ visible: true }).click();

describe('unit reports end to end in the H5 build', () => {
  it('a unit admin submits the report; the federation sees it 已提交, another unit 未提交, and gets the digest', async () => {
    const admin = await harness.newPage();
    await harness.loginAs(admin, UNIT_ADMIN);
    // The way in: the notices admin page offers the unit's report for a notice with a deadline.
    await harness.open(admin, 'packages/admin/pages/notices/index');
    await admin.getByText('单位报告', { exact: true }).first().click({ timeout: 30_000 });
    await admin.waitForURL((url) => url.hash.includes('packages/admin/pages/report/index'), {
      timeout: 30_000,
    });
    await expect
      .poll(() => admin.locator('.report-figures').filter({ visible: true }).count(), { timeout: 30_000 })
      .toBe(1);
    await expect
      .poll(() => admin.locator('.report-form__deadline').textContent())
      .toContain('12月11日 24:00');
    await admin
      .locator('textarea[placeholder*="组织了哪些学习"]')
      .fill('召开专题学习会两次，组织教职工逐段学习通知全文。');
    await admin.locator('textarea[placeholder*="亮点与职工反响"]').fill(HIGHLIGHT);
    await admin.locator('textarea[placeholder*="存在的问题"]').fill('无');
    await admin.getByText('保存草稿', { exact: true }).click();
    await expect
      .poll(() => admin.locator('.card__extra').first().textContent(), { timeout: 30_000 })
      .toBe('草稿');
    await admin.getByText('提交', { exact: true }).click();
    await expect.poll(() => modalText(admin), { timeout: 30_000 }).toContain('不能再修改');
    await confirmModal(admin);
    await expect
      .poll(() => admin.locator('.card__extra').first().textContent(), { timeout: 30_000 })
      .toBe('已提交');
    await expect.poll(() => admin.locator('textarea').count()).toBe(0);
    await expect.poll(() => admin.locator('.report-form__read').nth(1).textContent()).toBe(HIGHLIGHT);

    const federation = await harness.newPage();
    await harness.loginAs(federation, FEDERATION_ADMIN);
    await harness.open(federation, `packages/admin/pages/report-status/index?noticeId=${NOTICE}`);
    // By the unit's own name: a row also names the unit above it.
    const row = (name: string) =>
      federation
        .locator('.report-row')
        .filter({ has: federation.locator('.report-row__name').getByText(name, { exact: true }) });
    await expect
      .poll(() => row('青岛第二中学工会').locator('.report-row__standing').textContent(), { timeout: 30_000 })
      .toBe('已提交');
    await expect
      .poll(() => row('市教育系统工会').locator('.report-row__standing').textContent())
      .toBe('未提交');
    await expect
      .poll(() => row('青岛市市立医院工会').locator('.report-row__standing').textContent())
      .toBe('已提交');

    const answered = federation.waitForResponse(
      (response) =>
        response.url().includes('/functions/reports') &&
        (response.request().postData() ?? '').includes('digest'),
      { timeout: 60_000 },
    );
    await federation.getByText('生成反响体悟汇编', { exact: true }).click();
    const result = (await (await answered).json()) as { ok: boolean; data: DigestResult };
    expect(result.ok).toBe(true);
    await expect
      .poll(() => federation.locator('.digest-card__result').textContent(), { timeout: 30_000 })
      .toContain('份报告');
    const download = await fetch(encodeURI(result.data.url));
    expect(download.status).toBe(200);
    const xml = strFromU8(unzipSync(new Uint8Array(await download.arrayBuffer()))['word/document.xml']);
    for (const text of ['青岛第二中学工会', '市教育系统工会', HIGHLIGHT, '白衣宣讲团', '把“娘家人”做实做真'])
      expect(xml).toContain(text);

    // The federation opens the school's report from the board and can return it.
    await row('青岛第二中学工会').click();
    await federation.waitForURL((url) => url.hash.includes('packages/admin/pages/report/index'), {
      timeout: 30_000,
    });
    await expect
      .poll(() => federation.getByText('退回修改', { exact: true }).count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
  });
});
