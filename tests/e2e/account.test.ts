import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowserHarness, type BrowserHarness } from '../support/browser';
import { addInvite } from '../support/fixtures/org';
import { collectPageErrors, linesOfParts, modal, PHONE, screenshot } from '../support/screens';

let harness: BrowserHarness;
beforeAll(async () => {
  harness = await startBrowserHarness();
});
afterAll(() => harness?.close());

async function mePageAs(name: string | null): Promise<{ page: Page; errors: string[] }> {
  const page = await harness.newPage();
  await page.setViewportSize(PHONE);
  await harness.loginAs(page, name);
  const errors = collectPageErrors(page);
  await harness.open(page, 'pages/me/index');
  return { page, errors };
}

describe('我的 at 375 px', () => {
  it('shows a 工号 already used in the unit by the field, and keeps the old one', async () => {
    const { page, errors } = await mePageAs('傅浩然');
    await page.getByText('编辑个人信息', { exact: true }).click();
    const staffNo = page.getByRole('textbox', { name: '单位内的工号，可不填' });
    await staffNo.fill('QD10007');
    await page.getByText('保存', { exact: true }).click();
    await expect
      .poll(() => page.locator('.field__error').allTextContents(), { timeout: 30_000 })
      .toEqual(['本单位已有成员使用这个工号']);
    await screenshot(page, 'me-duplicate-staff-number');
    await page.getByText('取消', { exact: true }).click();
    await expect.poll(() => page.locator('.profile-card').textContent()).toContain('QD10006');
    expect(errors).toEqual([]);
  });

  it('keeps unit names whole when the unit path wraps', async () => {
    const { page, errors } = await mePageAs('傅浩然');
    await page.locator('.profile-card__unit').waitFor({ timeout: 30_000 });
    const names = ['青岛市总工会', '市直工会', '市教育系统工会', '青岛第二中学工会'];
    expect(await linesOfParts(page.locator('.profile-card__unit'), names)).toEqual([1, 1, 1, 1]);
    await screenshot(page, 'me-profile');
    expect(errors).toEqual([]);
  });

  it('leaves the 注销 confirmation box looking empty until the phrase is typed', async () => {
    const { page, errors } = await mePageAs('姚慧敏');
    await page.getByText('注销账号', { exact: true }).first().click();
    const box = page.locator('.delete-account input');
    await box.waitFor({ timeout: 30_000 });
    expect(await box.getAttribute('placeholder')).not.toContain('确认注销');
    await box.scrollIntoViewIfNeeded();
    await screenshot(page, 'me-delete-account');
    expect(errors).toEqual([]);
  });

  it('puts joining and deleting an account in the unit’s audit log, in the buttons’ words', async () => {
    const invite = await addInvite(harness.stack.db, 'unit-school-2');
    const { page: visitor } = await mePageAs(null);
    await harness.open(visitor, `pages/join/index?code=${invite.code}`);
    await visitor.getByRole('textbox', { name: '请输入真实姓名' }).fill('孙审计', { timeout: 30_000 });
    await visitor.getByText('加入', { exact: true }).click();
    await visitor.waitForURL((current) => current.hash.includes('pages/me/index'), { timeout: 30_000 });

    await visitor.getByText('注销账号', { exact: true }).first().click({ timeout: 30_000 });
    await visitor.locator('.delete-account input').fill('确认注销');
    await visitor.locator('.delete-account').getByText('注销账号', { exact: true }).click();
    await expect.poll(() => modal(visitor).title()).toBe('确认注销账号');
    await modal(visitor).confirm();
    await expect.poll(() => visitor.getByText('您还没有加入单位').count(), { timeout: 30_000 }).toBe(1);

    const admin = await harness.newPage();
    await admin.setViewportSize(PHONE);
    await harness.loginAs(admin, '董永刚');
    const errors = collectPageErrors(admin);
    await harness.open(admin, 'packages/admin/pages/audit/index');
    const entries = admin.locator('.audit-entry');
    await expect.poll(() => entries.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    const [deleted, joined] = await entries.evaluateAll((rows) =>
      rows.slice(0, 2).map((row) => ({
        label: row.querySelector('.chip')?.textContent,
        summary: row.querySelector('.audit-entry__summary')?.textContent,
        actor: row.querySelector('.audit-entry__actor')?.textContent,
      })),
    );
    expect(deleted).toEqual({
      label: '注销账号',
      summary: '注销账号：已注销用户，青岛第二中学工会',
      actor: '操作人：已注销用户',
    });
    expect(joined).toEqual({
      label: '加入单位',
      summary: `加入单位：已注销用户，邀请码 ${invite.code}，青岛第二中学工会`,
      actor: '操作人：已注销用户',
    });
    await screenshot(admin, 'audit-join-and-deletion');
    expect(errors).toEqual([]);
  });
});
