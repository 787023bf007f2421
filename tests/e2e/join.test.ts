import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness } from '../support/browser';
import { addInvite } from '../support/fixtures/org';
import { collectPageErrors, PHONE, screenshot } from '../support/screens';

const UNIT = '青岛第二中学工会';
const UNIT_ADMIN = '董永刚';
const NEW_MEMBER = '测试职工';

let harness: BrowserHarness;
beforeAll(async () => {
  harness = await startBrowserHarness();
});
afterAll(() => harness?.close());

describe('joining a unit with an invite code', () => {
  it('lets a unit admin create a code that a new visitor uses to join, and shows them in the member list', async () => {
    // The unit admin creates an invite for their unit in the UI and reads the code from the page.
    const admin = await harness.newPage();
    await harness.loginAs(admin, UNIT_ADMIN);
    await harness.open(admin, 'packages/admin/pages/invites/index');
    await expect
      .poll(() => admin.locator('.unit-picker__value').first().textContent(), { timeout: 30_000 })
      .toBe(UNIT);
    await admin.getByText('生成邀请码', { exact: true }).last().click();
    const newCode = admin.locator('.invite-item--new .invite-item__code');
    await expect.poll(() => newCode.count(), { timeout: 30_000 }).toBe(1);
    const code = ((await newCode.textContent()) ?? '').trim();
    expect(code).toMatch(/^[A-Z2-9]{8}$/);

    // A new visitor (fresh browser context, fresh identity) joins with it.
    const visitor = await harness.newPage();
    await harness.loginAs(visitor, null);
    await harness.open(visitor, 'pages/join/index');
    const codeInput = visitor.getByRole('textbox', { name: '请输入邀请码' });
    await codeInput.waitFor({ timeout: 30_000 });
    await codeInput.fill(code.toLowerCase());
    await visitor.getByText('下一步', { exact: true }).click();
    await expect
      .poll(() => visitor.locator('.join-flow__unit').textContent(), { timeout: 30_000 })
      .toBe(UNIT);
    await visitor.getByRole('textbox', { name: '请输入真实姓名' }).fill(NEW_MEMBER);
    await visitor.getByText('加入', { exact: true }).click();
    await visitor.waitForURL((current) => current.hash.includes('pages/me/index'), { timeout: 30_000 });
    await expect
      .poll(() => visitor.locator('.profile-card__name').textContent(), { timeout: 30_000 })
      .toBe(NEW_MEMBER);
    await expect.poll(() => visitor.locator('.profile-card__unit').textContent()).toContain(UNIT);

    // Back as the unit admin: the new member is in the unit's list.
    await harness.open(admin, 'packages/admin/pages/members/index');
    await expect
      .poll(() => admin.locator('.member-item__name').allTextContents(), { timeout: 30_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining(NEW_MEMBER)]));
  });

  it('shows the server’s reason for a code that does not exist', async () => {
    const visitor = await harness.newPage();
    await harness.loginAs(visitor, null);
    await harness.open(visitor, 'pages/join/index?code=ABCDEFGH');
    await expect
      .poll(() => visitor.locator('.join-flow__error').textContent(), { timeout: 30_000 })
      .toContain('邀请码');
    await expect.poll(() => visitor.locator('.join-flow__unit').count()).toBe(0);
  });

  it('opens from an invite link without console errors, straight to the unit the code is for', async () => {
    const invite = await addInvite(harness.stack.db, 'unit-school-58');
    const visitor = await harness.newPage();
    await visitor.setViewportSize(PHONE);
    await harness.loginAs(visitor, null);
    const errors = collectPageErrors(visitor);
    await harness.open(visitor, `pages/join/index?code=${invite.code}`);
    await expect
      .poll(() => visitor.locator('.join-flow__unit').textContent(), { timeout: 30_000 })
      .toBe('青岛第五十八中学工会');
    await visitor.getByRole('textbox', { name: '请输入真实姓名' }).waitFor();
    await screenshot(visitor, 'join-from-link');
    expect(errors).toEqual([]);
  });

  it('tells someone who already belongs to a unit so, instead of showing a form they cannot send', async () => {
    const invite = await addInvite(harness.stack.db, 'unit-school-58');
    const member = await harness.newPage();
    await member.setViewportSize(PHONE);
    await harness.loginAs(member, '傅浩然');
    const errors = collectPageErrors(member);
    await harness.open(member, `pages/join/index?code=${invite.code}`);
    await expect
      .poll(() => member.locator('.already-member__unit').textContent(), { timeout: 30_000 })
      .toBe(UNIT);
    expect(await member.getByText('填写个人信息').count()).toBe(0);
    expect(await member.locator('input').count()).toBe(0);
    await screenshot(member, 'join-already-member');
    await member.getByText('查看我的信息', { exact: true }).click();
    await member.waitForURL((current) => current.hash.includes('pages/me/index'), { timeout: 30_000 });
    expect(errors).toEqual([]);
  });
});
