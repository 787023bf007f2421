import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBrowserHarness, type BrowserHarness } from '../support/browser';

const UNIT_ADMIN = '董永刚';
const FIRST_WORKER = '傅浩然';
const SECOND_WORKER = '蒋立新';
const TITLE = '端到端专题学习会';

let harness: BrowserHarness;
beforeAll(async () => {
  harness = await startBrowserHarness();
});
afterAll(async () => {
  harness?.stack.setClock(null);
  await harness?.close();
});

const displayed = async (display: Page) =>
  ((await display.locator('.display-screen__digits').textContent()) ?? '').trim();
const count = async (display: Page) =>
  Number((await display.locator('.display-screen__count-number').textContent()) ?? 'NaN');

async function typeCode(worker: Page, code: string) {
  const card = worker.locator('.my-sessions__open').filter({ hasText: TITLE });
  await card.waitFor({ timeout: 30_000 });
  await card.getByRole('spinbutton', { name: '输入屏幕上的 6 位签到码' }).fill(code);
  await card.getByText('签到', { exact: true }).click();
  return card;
}

describe('study sessions in the H5 build', () => {
  it('runs a check-in from the leader’s screen to the sheet, refusing a code from an older step', async () => {
    // The unit admin creates a session (the form starts at the next quarter hour: check-in is open).
    const admin = await harness.newPage();
    await harness.loginAs(admin, UNIT_ADMIN);
    await harness.open(admin, 'packages/admin/pages/session-form/index?unitId=unit-school-2');
    await admin
      .getByRole('textbox', { name: '如：学习贯彻座谈会精神专题学习会' })
      .fill(TITLE, { timeout: 30_000 });
    await admin.getByRole('textbox', { name: '如：行政楼三楼会议室' }).fill('二中报告厅');
    await admin.getByText('发起活动', { exact: true }).click();
    await admin.waitForURL((url) => url.hash.includes('session-sheet'), { timeout: 30_000 });
    const sessionId = /id=([^&]+)/.exec(admin.url())?.[1];
    expect(sessionId).toMatch(/^session-/);

    // It opens the display: six digits, a QR code drawn on the device, a countdown, the count.
    await harness.open(admin, `packages/admin/pages/session-display/index?id=${sessionId}`);
    await expect.poll(() => displayed(admin), { timeout: 30_000 }).toMatch(/^\d{6}$/);
    const firstCode = await displayed(admin);
    await expect
      .poll(() =>
        admin.locator('.display-screen__qr img, img.display-screen__qr').first().getAttribute('src'),
      )
      .toMatch(/^data:image\/gif;base64,/);
    expect(await count(admin)).toBe(0);

    // A demo worker types the displayed code on the 签到 tab and is counted.
    const first = await harness.newPage();
    await harness.loginAs(first, FIRST_WORKER);
    await harness.open(first, 'pages/checkin/index');
    await typeCode(first, firstCode);
    await expect
      .poll(() => first.locator('.session-card').filter({ hasText: TITLE }).textContent(), {
        timeout: 30_000,
      })
      .toContain('已签到');
    await expect.poll(() => count(admin), { timeout: 30_000 }).toBe(1);

    // Two steps later that code is stale: a second worker typing it is told to scan the newest one.
    harness.stack.setClock(new Date(Date.now() + 65_000));
    await expect.poll(() => displayed(admin), { timeout: 30_000 }).not.toBe(firstCode);
    const second = await harness.newPage();
    await harness.loginAs(second, SECOND_WORKER);
    await harness.open(second, 'pages/checkin/index');
    const card = await typeCode(second, firstCode);
    await expect
      .poll(() => card.locator('.check-in-panel__error').textContent(), { timeout: 30_000 })
      .toBe('签到码已过期，请扫描屏幕上最新的二维码');

    // With the code now on the screen, the second worker gets in, and the display counts two.
    await typeCode(second, await displayed(admin));
    await expect
      .poll(() => second.locator('.session-card').filter({ hasText: TITLE }).textContent(), {
        timeout: 30_000,
      })
      .toContain('已签到');
    await expect.poll(() => count(admin), { timeout: 30_000 }).toBe(2);
    await admin.screenshot({ path: 'tests/.output/session-display.png', fullPage: true });

    // The leader's sheet shows both.
    await harness.open(admin, `packages/admin/pages/session-sheet/index?id=${sessionId}`);
    await expect
      .poll(() => admin.locator('.sheet-row__name').allTextContents(), { timeout: 30_000 })
      .toEqual(expect.arrayContaining([FIRST_WORKER, SECOND_WORKER]));
    await admin.screenshot({ path: 'tests/.output/session-sheet.png', fullPage: true });
  }, 240_000);
});
