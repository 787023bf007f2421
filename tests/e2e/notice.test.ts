import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness } from '../support/browser';

const SEED_TITLE = '青岛市总工会关于深入学习宣传贯彻习近平总书记重要指示和群团改革工作座谈会精神的通知';

let harness: BrowserHarness;
beforeAll(async () => {
  harness = await startBrowserHarness();
});
afterAll(() => harness?.close());

describe('H5 build end to end', () => {
  it('shows the seed notice title loaded through the notices function', async () => {
    const page = await harness.newPage();
    const calls: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/functions/')) calls.push(new URL(request.url()).pathname);
    });
    await harness.loginAs(page, '雷丽娟');
    await harness.open(page, 'pages/home/index');
    await expect
      .poll(() => page.locator('.notice-title').first().textContent(), { timeout: 30_000 })
      .toBe(SEED_TITLE);
    expect(calls).toContain('/functions/notices');
  });

  it('answers /favicon.ico with the brand icon, not the page', async () => {
    const page = await harness.newPage();
    const response = await page.request.get(`${harness.url}/favicon.ico`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/x-icon');
    expect([...(await response.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  });

  it('sends a fresh browser opening / to the identity page, since nobody acts without an identity', async () => {
    const page = await harness.newPage();
    await page.goto(`${harness.url}/`, { waitUntil: 'load' });
    await page.waitForURL((current) => current.hash.includes('pages/dev-login/index'), { timeout: 30_000 });
    await expect
      .poll(() => page.getByText('选择演示身份').filter({ visible: true }).count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await expect.poll(() => page.getByText('以新用户身份进入').count(), { timeout: 30_000 }).toBe(1);
  });
});
