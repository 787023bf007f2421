import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowserHarness, type BrowserHarness } from '../support/browser';
import { APP_RED, collectPageErrors, modal, PHONE, screenshot } from '../support/screens';

const FEDERATION_ADMIN = '雷丽娟';
const SCHOOL_ADMIN = '董永刚';

let harness: BrowserHarness;
beforeAll(async () => {
  harness = await startBrowserHarness();
});
afterAll(() => harness?.close());

async function membersPageAs(name: string): Promise<{ page: Page; errors: string[] }> {
  const page = await harness.newPage();
  await page.setViewportSize(PHONE);
  await harness.loginAs(page, name);
  const errors = collectPageErrors(page);
  await harness.open(page, 'packages/admin/pages/members/index');
  await expect.poll(() => page.locator('.member-item').count(), { timeout: 30_000 }).toBeGreaterThan(0);
  return { page, errors };
}

const rowOf = (page: Page, name: string) =>
  page.locator('.member-item').filter({ has: page.locator('.member-item__name', { hasText: name }) });

/** Narrows the list to one person, as an admin of a large unit would. */
async function search(page: Page, name: string): Promise<void> {
  await page.locator('input.member-manager__keyword').fill(name);
  await page.getByText('搜索', { exact: true }).click();
  await expect.poll(() => rowOf(page, name).count(), { timeout: 30_000 }).toBe(1);
}

const sheetChoice = (page: Page, label: string) =>
  page.locator('.choice-sheet__choice').filter({ hasText: label });

describe('成员管理 at 375 px', () => {
  it('loads every page of members without a console error and keeps one unit chooser for the page', async () => {
    const { page, errors } = await membersPageAs(FEDERATION_ADMIN);
    const rows = page.locator('.member-item');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(20);
    for (const shown of [40, 60, 64]) {
      await page.getByText('加载更多', { exact: false }).click();
      await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(shown);
    }
    await expect.poll(() => page.getByText('加载更多', { exact: false }).count()).toBe(0);
    // The unit filter at the top is the page's only picker; rows open one shared chooser on demand.
    expect(await page.locator('.unit-picker').count()).toBe(1);
    expect(await page.locator('.choice-sheet').count()).toBe(0);
    await screenshot(page, 'members-all-loaded');
    expect(errors).toEqual([]);
  }, 180_000);

  it('shows who is an admin of what, and offers no role a member already holds', async () => {
    const { page, errors } = await membersPageAs(SCHOOL_ADMIN);
    const self = rowOf(page, SCHOOL_ADMIN);
    await expect
      .poll(() => self.locator('.member-item__role').allTextContents(), { timeout: 30_000 })
      .toEqual(['单位管理员 · 青岛第二中学工会']);
    // The only role this admin can give is the one he holds: no 设为管理员 on his own row.
    expect(await self.getByText('设为管理员', { exact: true }).count()).toBe(0);
    expect(await rowOf(page, '傅浩然').getByText('设为管理员', { exact: true }).count()).toBe(1);
    await screenshot(page, 'members-admin-marked');

    const federation = await membersPageAs(FEDERATION_ADMIN);
    const palace = rowOf(federation.page, '田秀英');
    await expect
      .poll(() => palace.locator('.member-item__role').allTextContents(), { timeout: 30_000 })
      .toEqual(['单位管理员 · 青岛市工人文化宫']);
    await palace.getByText('设为管理员', { exact: true }).click();
    const held = sheetChoice(federation.page, '“青岛市工人文化宫”的单位管理员');
    await expect.poll(() => held.textContent()).toContain('已是该单位的管理员');
    expect(await held.getAttribute('class')).toContain('choice-sheet__choice--disabled');
    // Choosing closes the chooser; a held role cannot be chosen, so it stays open.
    await held.click();
    expect(await federation.page.locator('.choice-sheet').count()).toBe(1);
    await screenshot(federation.page, 'members-grant-sheet-held');
    expect([...errors, ...federation.errors]).toEqual([]);
  }, 180_000);

  it('asks in words of their own before a grant above the member’s unit, and before a city-wide one', async () => {
    const { page, errors } = await membersPageAs(FEDERATION_ADMIN);
    await search(page, '蒋立新');
    const row = rowOf(page, '蒋立新');
    await row.getByText('设为管理员', { exact: true }).click();
    await expect
      .poll(() => page.locator('.choice-sheet__label').allTextContents(), { timeout: 30_000 })
      .toEqual([
        '“青岛第二中学工会”的单位管理员',
        '“市教育系统工会”的单位管理员',
        '“市直工会”的单位管理员',
        '市总工会管理员（全市）',
      ]);
    await screenshot(page, 'members-grant-sheet');

    await sheetChoice(page, '“市教育系统工会”的单位管理员').click();
    const dialog = modal(page);
    await expect.poll(() => dialog.title()).toBe('授予上级单位管理权限');
    expect(await dialog.text()).toContain('共 3 个单位');
    expect(await dialog.confirmColor()).toBe(APP_RED);
    await screenshot(page, 'members-grant-above-confirm');
    await dialog.cancel();

    await row.getByText('设为管理员', { exact: true }).click();
    await sheetChoice(page, '市总工会管理员（全市）').click();
    await expect.poll(() => dialog.title()).toBe('授予全市管理权限');
    expect(await dialog.text()).toContain('全市');
    await dialog.confirm();
    await expect
      .poll(() => row.locator('.member-item__role').allTextContents(), { timeout: 30_000 })
      .toEqual(['市总工会管理员']);
    expect(errors).toEqual([]);
  }, 180_000);

  it('moves members only into units, and logs the move under the unit left as well', async () => {
    const { page, errors } = await membersPageAs(FEDERATION_ADMIN);
    await search(page, '阎淑芬');
    const row = rowOf(page, '阎淑芬');
    await row.getByText('调动', { exact: true }).click();
    for (const group of ['青岛市总工会', '市直工会', '市总工会机关各部门', '各直属事业单位']) {
      const choice = page.locator('.choice-sheet__choice').filter({
        has: page.locator('.choice-sheet__label', { hasText: new RegExp(`^${group}$`) }),
      });
      expect(await choice.getAttribute('class')).toContain('choice-sheet__choice--disabled');
    }
    await page
      .locator('.choice-sheet__choice', {
        has: page.locator('.choice-sheet__label', { hasText: /^市直工会$/ }),
      })
      .click();
    expect(await page.locator('.choice-sheet').count()).toBe(1);
    await screenshot(page, 'members-move-sheet');

    await sheetChoice(page, '青岛第五十八中学工会').click();
    await expect.poll(() => modal(page).title()).toBe('调动成员');
    await modal(page).confirm();
    await expect
      .poll(() => row.locator('.member-item__unit').textContent(), { timeout: 30_000 })
      .toContain('青岛第五十八中学工会');

    // The admin of the unit the member left sees the move in that unit's log.
    const school = await harness.newPage();
    await school.setViewportSize(PHONE);
    await harness.loginAs(school, SCHOOL_ADMIN);
    await harness.open(school, 'packages/admin/pages/audit/index');
    await expect
      .poll(() => school.locator('.audit-entry__summary').allTextContents(), { timeout: 30_000 })
      .toContain('调动：阎淑芬，青岛第二中学工会 → 青岛第五十八中学工会');
    expect(errors).toEqual([]);
  }, 180_000);

  it('keeps a unit from losing its last admin, shows the server’s reason, and drops admin buttons once the admin is no longer one', async () => {
    const { page, errors } = await membersPageAs(SCHOOL_ADMIN);
    const dialog = modal(page);
    const ownGrant = page.locator('.role-list__item').filter({ hasText: `${SCHOOL_ADMIN}（我）` });
    await ownGrant.getByText('撤销', { exact: true }).click();
    await expect.poll(() => dialog.title()).toBe('不能撤销');
    expect(await dialog.text()).toContain('唯一的管理员');
    await dialog.confirm();

    // Removing himself is refused by the server: its reason is shown, in the app's red.
    await rowOf(page, SCHOOL_ADMIN).getByText('移除', { exact: true }).click();
    await expect.poll(() => dialog.title()).toBe('移出自己');
    expect(await dialog.text()).toContain('管理员角色将一并撤销');
    await dialog.confirm();
    await expect.poll(() => dialog.title(), { timeout: 30_000 }).toBe('移除失败');
    expect(await dialog.text()).toContain('唯一的管理员');
    expect(await dialog.confirmColor()).toBe(APP_RED);
    await screenshot(page, 'members-refused-self-removal');
    await dialog.confirm();
    expect(await rowOf(page, SCHOOL_ADMIN).count()).toBe(1);

    // With a second admin in place he may step down; the page then stops offering admin work.
    await rowOf(page, '汪海涛').getByText('设为管理员', { exact: true }).click();
    await sheetChoice(page, '“青岛第二中学工会”的单位管理员').click();
    await expect.poll(() => dialog.title()).toBe('设为管理员');
    await dialog.confirm();
    await expect
      .poll(() => rowOf(page, '汪海涛').locator('.member-item__role').allTextContents(), { timeout: 30_000 })
      .toEqual(['单位管理员 · 青岛第二中学工会']);
    await ownGrant.getByText('撤销', { exact: true }).click();
    await expect.poll(() => dialog.title()).toBe('撤销自己的管理员角色');
    await dialog.confirm();
    await expect.poll(() => page.getByText('您没有可管理的单位').count(), { timeout: 30_000 }).toBe(1);
    expect(await page.locator('.member-item__action, .role-list__item').count()).toBe(0);
    await screenshot(page, 'members-after-stepping-down');
    expect(errors).toEqual([]);
  }, 180_000);
});
