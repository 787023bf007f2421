import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../cloudfunctions/local/stack';
import { startBrowserHarness, type BrowserHarness } from '../support/browser';

const SEED_NOTICE = 'notice-qingdao-reform-study';
const SEED_TITLE = '青岛市总工会关于深入学习宣传贯彻习近平总书记重要指示和群团改革工作座谈会精神的通知';
/** Screenshots kept as test artefacts (tests/.output is ignored by git). */
const SCREENSHOTS = path.join(REPO_ROOT, 'tests/.output/screenshots');

let harness: BrowserHarness;
beforeAll(async () => {
  harness = await startBrowserHarness();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(() => harness?.close());

async function phone(): Promise<Page> {
  const page = await harness.newPage();
  await page.setViewportSize({ width: 375, height: 812 });
  return page;
}

const visible = (page: Page, text: string) => page.getByText(text, { exact: true }).filter({ visible: true });
/** Taro's H5 pages scroll inside their own container, not the window: the reader's page here. */
const scrollTop = (page: Page) =>
  page.evaluate(() => document.querySelector('.reader')?.closest('.taro_page')?.scrollTop ?? 0);

describe('the notice, end to end in the H5 build', () => {
  it('a worker reads it with the contents and elder mode, confirms 已学习; their admin sees it and reminds the rest', async () => {
    const worker = await phone();
    const calls: string[] = [];
    worker.on('request', (request) => {
      if (request.url().includes('/functions/')) calls.push(request.postData() ?? '');
    });
    await harness.loginAs(worker, '傅浩然');
    await harness.open(worker, 'pages/home/index');
    const card = worker.locator('.notice-card').filter({ hasText: SEED_TITLE });
    await expect
      .poll(() => card.locator('.notice-card__state').textContent(), { timeout: 30_000 })
      .toBe('未读');
    await card.click();

    await expect
      .poll(() => worker.locator('.notice-body__title').filter({ visible: true }).textContent(), {
        timeout: 30_000,
      })
      .toBe(SEED_TITLE);
    // Not on a 375 px phone: nothing may stick out sideways.
    expect(await worker.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await worker.screenshot({ path: path.join(SCREENSHOTS, 'notice-reader-375.png') });

    // The contents jump to section 三.
    const heading = worker.locator('#section-3 .notice-body__heading').filter({ visible: true });
    await worker
      .locator('.reader-contents__item')
      .filter({ hasText: '加强组织领导' })
      .filter({ visible: true })
      .first()
      .click();
    await expect
      .poll(async () => (await heading.boundingBox())?.y ?? Number.POSITIVE_INFINITY, { timeout: 10_000 })
      .toBeLessThan(120);
    expect(await scrollTop(worker)).toBeGreaterThan(1000);

    // Elder mode: larger type, remembered on the phone.
    const paragraphSize = () =>
      worker
        .locator('#section-3 .notice-body__lead')
        .filter({ visible: true })
        .first()
        .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    const before = await paragraphSize();
    await visible(worker, '字号').click();
    await worker.locator('.type-settings .segmented__item').filter({ hasText: '开启' }).click();
    await visible(worker, '关闭').last().click();
    await expect.poll(() => worker.locator('.reader--elder').count()).toBe(1);
    expect(await paragraphSize()).toBeGreaterThan(before * 1.3);
    expect(await worker.evaluate(() => localStorage.getItem('notice-reader-prefs'))).toContain(
      '"elder":true',
    );
    await worker.locator('#section-3').scrollIntoViewIfNeeded();
    await worker.screenshot({ path: path.join(SCREENSHOTS, 'notice-reader-elder-375.png') });

    // 已学习 waits for the end of the text.
    const confirm = worker.locator('.confirm-panel .btn').filter({ visible: true });
    expect(await confirm.getAttribute('class')).toContain('btn--disabled');
    await worker.evaluate(() => {
      const scroller = document.querySelector('.reader')?.closest('.taro_page');
      scroller?.scrollTo(0, scroller.scrollHeight);
    });
    await expect
      .poll(() => confirm.getAttribute('class'), { timeout: 15_000 })
      .not.toContain('btn--disabled');
    await confirm.click();
    await expect
      .poll(() => worker.locator('.confirm-panel__done').filter({ visible: true }).count(), {
        timeout: 30_000,
      })
      .toBe(1);
    expect(calls.some((body) => body.includes('"recordReading"'))).toBe(true);
    expect(calls.some((body) => body.includes('"confirmRead"'))).toBe(true);

    // Back home, the notice reads 已学习.
    await harness.open(worker, 'pages/home/index');
    await expect
      .poll(() => card.locator('.notice-card__state').textContent(), { timeout: 30_000 })
      .toBe('已学习');
    // Opened again, the reader is where the worker left off: at the end, still in elder mode.
    await card.click();
    await expect.poll(() => scrollTop(worker), { timeout: 30_000 }).toBeGreaterThan(3000);
    expect(await worker.locator('.reader--elder').count()).toBe(1);

    // The worker's unit admin.
    const admin = await phone();
    await harness.loginAs(admin, '董永刚');
    await harness.open(
      admin,
      `packages/admin/pages/notice-reading/index?noticeId=${SEED_NOTICE}&unitId=unit-school-2`,
    );
    const tile = (label: string) =>
      admin.locator('.reading-figures__tile').filter({ hasText: label }).locator('.reading-figures__value');
    await expect.poll(() => tile('已学习').textContent(), { timeout: 30_000 }).toBe('3');
    expect(await tile('应学习').textContent()).toBe('8');
    const notYet = () => admin.locator('.not-yet-row__name').allTextContents();
    await expect.poll(notYet).toEqual(expect.arrayContaining(['阎淑芬', '汪海涛']));
    expect(await notYet()).not.toContain('傅浩然');

    await admin.getByText('提醒未学习的人（5 人）', { exact: true }).click();
    await admin.locator('.taro-model__confirm').filter({ visible: true }).click();
    await expect
      .poll(() => admin.locator('.reminder-panel__result').first().textContent(), { timeout: 30_000 })
      .toMatch(/^已向 \d 人发送学习提醒$/);
    const unreachable = admin.locator('.unreachable-row');
    await expect.poll(() => unreachable.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await unreachable.first().textContent()).toContain('未订阅消息提醒');
    await expect
      .poll(() => admin.locator('.reminder-panel__limit').textContent(), { timeout: 30_000 })
      .toContain('后可再次提醒');
    await admin.screenshot({ path: path.join(SCREENSHOTS, 'notice-reading-status-375.png'), fullPage: true });
  }, 240_000);

  it('a shared link asks for its notice once, as the app starts, and shows the opening with the contents after it', async () => {
    const worker = await phone();
    await harness.loginAs(worker, '傅浩然');
    const noticeGets: string[] = [];
    worker.on('request', (request) => {
      const body = request.postData() ?? '';
      if (request.url().endsWith('/functions/notices') && body.includes('"action":"get"'))
        noticeGets.push(body);
    });
    for (const visit of [1, 2]) {
      // A fresh load of the link (the second one a reload): the notice is asked for once each time.
      if (visit === 1) await harness.open(worker, `pages/notice/index?id=${SEED_NOTICE}`);
      else await worker.reload();
      await expect
        .poll(() => worker.locator('.notice-body__title').filter({ visible: true }).textContent(), {
          timeout: 30_000,
        })
        .toBe(SEED_TITLE);
      await worker.locator('.reader-contents').filter({ visible: true }).waitFor();
      expect(noticeGets).toHaveLength(visit);
    }
    expect(JSON.parse(noticeGets[0])).toEqual({ action: 'get', payload: { noticeId: SEED_NOTICE } });
    // The first screen is the notice's own opening: addressees and preamble come before the contents.
    const top = (selector: string) =>
      worker
        .locator(selector)
        .filter({ visible: true })
        .first()
        .evaluate((e) => e.getBoundingClientRect().top);
    expect(await top('.notice-body__addressees')).toBeLessThan(await top('.reader-contents'));
    expect(await top('#notice-preamble .notice-body__paragraph')).toBeLessThan(await top('.reader-contents'));
  }, 120_000);

  it('the federation pastes a notice, sees a problem on its line, fixes it and publishes it to a unit', async () => {
    const federation = await phone();
    await harness.loginAs(federation, '雷丽娟');
    await harness.open(federation, 'packages/admin/pages/notice-publish/index');
    const text = [
      '关于开展职工读书月活动的通知',
      '各市直工会：',
      '',
      '为丰富职工精神文化生活，现将有关事项通知如下。',
      '',
      '一、活动安排',
      '',
      '一要组织集中阅读。各单位安排时间集中阅读。',
      '三要做好总结。活动结束后报送总结。',
    ];
    const field = federation.locator('.notice-publisher__text textarea').first();
    await field.waitFor({ timeout: 30_000 });
    await field.fill(text.join('\n'));
    await expect
      .poll(() => federation.locator('.parse-problems__item').first().textContent(), { timeout: 10_000 })
      .toContain('第 9 行');
    expect(await federation.locator('.parse-problems__message').first().textContent()).toBe(
      '要点编号不连续：这里应为“二要”，实际是“三要”',
    );
    text[8] = '二要做好总结。活动结束后报送总结。';
    await field.fill(text.join('\n'));
    await expect.poll(() => federation.locator('.parse-problems__item').count()).toBe(0);
    await expect
      .poll(() => federation.locator('.notice-publisher__ok').textContent())
      .toBe('格式正确：关于开展职工读书月活动的通知');

    await federation.locator('.target-tree__row').filter({ hasText: '青岛第二中学工会' }).click();
    await visible(federation, '预览').click();
    await expect
      .poll(() => federation.locator('.notice-publisher__preview .notice-body__lead').first().textContent(), {
        timeout: 30_000,
      })
      .toBe('一要组织集中阅读。');
    await visible(federation, '发布').click();
    await federation.locator('.taro-model__confirm').filter({ visible: true }).click();
    await federation.waitForURL((current) => current.hash.includes('packages/admin/pages/notices/index'), {
      timeout: 30_000,
    });

    // The worker of that unit finds it on the home page, unread.
    const worker = await phone();
    await harness.loginAs(worker, '傅浩然');
    await harness.open(worker, 'pages/home/index');
    const card = worker.locator('.notice-card').filter({ hasText: '关于开展职工读书月活动的通知' });
    await expect
      .poll(() => card.locator('.notice-card__state').textContent(), { timeout: 30_000 })
      .toBe('未读');
    // They allow study reminders (the H5 build's stand-in for WeChat's prompt), and the offer goes away.
    const optIn = worker.locator('.reminder-opt-in');
    await optIn.getByText('开启', { exact: true }).click();
    await worker.locator('.taro-model__confirm').filter({ visible: true }).click();
    await expect.poll(() => optIn.count(), { timeout: 30_000 }).toBe(0);
  }, 240_000);

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
