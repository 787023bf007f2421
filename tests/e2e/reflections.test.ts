import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserHarness, type BrowserHarness } from '../support/browser';

let harness: BrowserHarness;
beforeAll(async () => {
  harness = await startBrowserHarness();
});
afterAll(() => harness?.close());

const WORKER = '傅浩然';
const UNIT_ADMIN = '董永刚';
const FEDERATION_ADMIN = '雷丽娟';
const TITLE = '把学习成果用在班主任工作里';
const TEXT =
  '这次学习让我认识到，工会工作要直面职工身边的难事。我们年级的班主任普遍反映晚自习后回家太晚、顾不上自己的孩子。' +
  '我准备把大家的意见整理成建议交给校工会，争取弹性安排和教师子女托管，让改革成果落到每一位老师身上。';

const visibleModal = (page: Page) => page.locator('.taro-modal__content').filter({ visible: true });
const modalText = (page: Page) => page.locator('.taro-modal__text').filter({ visible: true }).textContent();
const confirmModal = (page: Page) => page.locator('.taro-model__confirm').filter({ visible: true }).click();
const cancelModal = (page: Page) => page.locator('.taro-model__cancel').filter({ visible: true }).click();

/** The local stand-in of WeChat's subscribe prompt comes first on a submission; the worker declines it. */
async function declineSubscription(page: Page) {
  await expect.poll(() => modalText(page), { timeout: 30_000 }).toContain('订阅消息授权');
  await cancelModal(page);
  // The submission's own dialog may follow at once, so wait for the prompt to go, not for no dialog at all.
  await expect
    .poll(async () => ((await visibleModal(page).count()) === 0 ? '' : await modalText(page)), {
      timeout: 30_000,
    })
    .not.toContain('订阅消息授权');
}

async function reviewItem(page: Page) {
  return page.locator('.review-item').filter({ hasText: WORKER }).filter({ hasText: TITLE });
}

describe('reflections end to end in the H5 build', () => {
  it('goes from writing to the unit feed, the city feed and the worker’s study record', async () => {
    const worker = await harness.newPage();
    await harness.loginAs(worker, WORKER);
    // The page loads the person's message allowance ahead, so the prompt can open within the tap.
    const allowanceLoaded = worker.waitForResponse(
      (response) =>
        response.url().endsWith('/functions/account') &&
        /notificationSettings/.test(response.request().postData() ?? ''),
      { timeout: 60_000 },
    );
    await harness.open(worker, 'packages/reflections/pages/write/index');
    const text = worker.locator('textarea[placeholder*="结合本职工作"]');
    await text.waitFor({ timeout: 30_000 });
    await allowanceLoaded;
    await worker.locator('input[placeholder="给心得起个标题"]').fill(TITLE);

    // A phrase of the local rule list: refused with a message, nothing submitted.
    await text.fill(`${TEXT}违禁词测试`);
    await worker.getByText('提交', { exact: true }).click();
    await declineSubscription(worker);
    await expect.poll(() => modalText(worker), { timeout: 30_000 }).toContain('未通过微信内容安全检测');
    await confirmModal(worker);
    await expect
      .poll(() => worker.locator('.form-error').filter({ visible: true }).textContent(), { timeout: 30_000 })
      .toContain('没有提交');

    await text.fill(TEXT);
    await worker.getByText('提交', { exact: true }).click();
    await declineSubscription(worker);
    await expect
      .poll(() => modalText(worker), { timeout: 30_000 })
      .toContain('审核通过后会在本单位心得中发布');
    await confirmModal(worker);
    await worker.waitForURL((url) => url.hash.includes('packages/reflections/pages/detail'), {
      timeout: 30_000,
    });
    await expect
      .poll(() => worker.locator('.reflection-status').first().textContent(), { timeout: 30_000 })
      .toBe('待审核');

    // The unit admin publishes it.
    const admin = await harness.newPage();
    await harness.loginAs(admin, UNIT_ADMIN);
    await harness.open(admin, 'packages/admin/pages/reflections/index');
    const waiting = await reviewItem(admin);
    await expect.poll(() => waiting.count(), { timeout: 30_000 }).toBe(1);
    await waiting.getByText('发布', { exact: true }).click();
    await expect.poll(() => modalText(admin), { timeout: 30_000 }).toContain(WORKER);
    await confirmModal(admin);
    await expect.poll(() => waiting.count(), { timeout: 30_000 }).toBe(0);

    // It appears in the unit feed.
    await harness.open(worker, 'packages/reflections/pages/feed/index?scope=unit');
    const inFeed = worker.locator('.reflection-card').filter({ hasText: TITLE });
    await expect.poll(() => inFeed.count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => inFeed.textContent()).toContain(`${WORKER} · 青岛第二中学工会`);

    // The federation admin features it; it appears in the city feed.
    const federation = await harness.newPage();
    await harness.loginAs(federation, FEDERATION_ADMIN);
    await harness.open(federation, 'packages/admin/pages/reflections/index');
    await federation.locator('.segmented__item').filter({ hasText: '已发布' }).click({ timeout: 30_000 });
    const published = await reviewItem(federation);
    await expect.poll(() => published.count(), { timeout: 30_000 }).toBe(1);
    await published.getByText('设为精选', { exact: true }).click();
    await expect.poll(() => modalText(federation), { timeout: 30_000 }).toContain('全市');
    await confirmModal(federation);
    await expect.poll(() => published.count(), { timeout: 30_000 }).toBe(0);

    await harness.open(worker, 'packages/reflections/pages/feed/index?scope=city');
    const featured = worker.locator('.reflection-card').filter({ hasText: TITLE });
    await expect.poll(() => featured.count(), { timeout: 30_000 }).toBe(1);

    // The worker sees it in 学习档案, with its state.
    await harness.open(worker, 'pages/study/index');
    const mine = worker.locator('.reflection-card').filter({ hasText: TITLE });
    await expect.poll(() => mine.count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => mine.locator('.reflection-status').textContent()).toBe('精选');
    await expect
      .poll(() => worker.locator('.study-record__figures').textContent(), { timeout: 30_000 })
      .toMatch(/本年度心得\s*1\s*篇，已发布 1 篇，其中 1 篇入选全市精选/);
  });

  it('keeps what is being typed on the phone when the page is closed and opened again', async () => {
    const worker = await harness.newPage();
    await harness.loginAs(worker, '蒋立新');
    await harness.open(worker, 'packages/reflections/pages/write/index');
    const text = worker.locator('textarea[placeholder*="结合本职工作"]');
    await text.waitFor({ timeout: 30_000 });
    await text.fill('还没写完的心得，先记下几句：学习通知后，我想到');
    await expect.poll(() => worker.getByText(/\d+ \/ 3000 字/).textContent()).toContain('23 / 3000 字');
    await harness.open(worker, 'pages/home/index');
    await harness.open(worker, 'packages/reflections/pages/write/index');
    await expect
      .poll(() => worker.locator('textarea[placeholder*="结合本职工作"]').inputValue(), { timeout: 30_000 })
      .toBe('还没写完的心得，先记下几句：学习通知后，我想到');
  });
});
