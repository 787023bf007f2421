// H5 first screen: headless Chromium with the CPU slowed 4× (a mid-range phone), a fresh browser context per
// load (nothing cached), from navigation start to the first paragraph of the seed notice on the notice page,
// median of 5 loads; beside the one-page Taro React app measured the same way (to its "Hello world!").
// Run alone: npm run bench:first-screen (needs npm run build:functions and build:h5 first).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { REPO_ROOT, startLocalStack } from '../../cloudfunctions/local/stack';
import { findBrowser, launchBrowser } from '../support/browser-executable';
import { PERSONAS } from '../support/personas';
import { buildOnePageApp } from './one-page-app';
import { runAlone } from './run-alone';
import { serveStatic } from './static-server';

export const FIRST_SCREEN_RATIO_BUDGET = 1.2;
const LOADS = 5;
const CPU_SLOWDOWN = 4;
const SEED_NOTICE = 'notice-qingdao-reform-study';
const FIRST_PARAGRAPH = '8月22日，习近平总书记对群团改革工作作出重要指示';

export interface FirstScreenFigures {
  productMs: number;
  onePageAppMs: number;
  ratio: number;
  productLoadsMs: number[];
  onePageAppLoadsMs: number[];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Milliseconds from navigation start until `text` is on the page, in a fresh context with the CPU slowed. */
async function timeLoad(
  browser: Browser,
  url: string,
  text: string,
  prepare: (context: BrowserContext) => Promise<void> = async () => undefined,
): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 375, height: 812 }, locale: 'zh-CN' });
  try {
    await prepare(context);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(url, { waitUntil: 'commit' });
    const shown = await page.waitForFunction(
      (wanted) => (document.body?.innerText.includes(wanted) ? performance.now() : 0),
      text,
      { polling: 'raf', timeout: 120_000 },
    );
    return (await shown.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

/** Measures both apps; the H5 build and the functions must be built (npm run bench builds them first). */
export async function runFirstScreenBench(): Promise<FirstScreenFigures> {
  for (const dir of ['client/dist-h5', 'cloudfunctions/dist']) {
    if (!existsSync(path.join(REPO_ROOT, dir))) throw new Error(`${dir} 不存在：请先运行 npm run build`);
  }
  const referenceDir = buildOnePageApp('h5');
  process.env.CLOUDBASE_LOCAL = '1';
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'union-first-screen-'));
  const stack = await startLocalStack({ dataDir, seed: true, gateway: true });
  const reference = await serveStatic(referenceDir);
  const browser = await launchBrowser(findBrowser());
  try {
    const gateway = stack.gateway!.url;
    const login = async (context: BrowserContext) => {
      const answer = await context.request.post(`${gateway}/dev/login`, {
        data: { openid: PERSONAS.member },
      });
      if (!answer.ok()) throw new Error(`dev login failed: ${answer.status()}`);
    };
    const productLoadsMs: number[] = [];
    const onePageAppLoadsMs: number[] = [];
    const referenceUrl = `http://127.0.0.1:${(reference.address() as AddressInfo).port}/`;
    const productUrl = `${gateway}/#/pages/notice/index?id=${SEED_NOTICE}`;
    // One unmeasured load of each first: the gateway compresses each file on its first request and a function
    // worker starts on its first call, costs a deployed site (CDN, warm functions) does not have.
    await timeLoad(browser, productUrl, FIRST_PARAGRAPH, login);
    await timeLoad(browser, referenceUrl, 'Hello world!');
    for (let load = 0; load < LOADS; load += 1) {
      productLoadsMs.push(await timeLoad(browser, productUrl, FIRST_PARAGRAPH, login));
      onePageAppLoadsMs.push(await timeLoad(browser, referenceUrl, 'Hello world!'));
    }
    const productMs = median(productLoadsMs);
    const onePageAppMs = median(onePageAppLoadsMs);
    const figures = {
      productMs,
      onePageAppMs,
      ratio: productMs / onePageAppMs,
      productLoadsMs,
      onePageAppLoadsMs,
    };
    console.log(
      [
        `H5 首屏（CPU 降速 ${CPU_SLOWDOWN}×，全新上下文，导航 → 种子通知第一段，${LOADS} 次中位数）`,
        `  本产品通知页      ${productMs.toFixed(0).padStart(6)} ms  (${productLoadsMs.map((v) => v.toFixed(0)).join(', ')})`,
        `  单页 Taro React 应用 ${onePageAppMs.toFixed(0).padStart(6)} ms  (${onePageAppLoadsMs.map((v) => v.toFixed(0)).join(', ')})`,
        `  比值 ${figures.ratio.toFixed(2)}（预算 ${FIRST_SCREEN_RATIO_BUDGET}）`,
      ].join('\n'),
    );
    return figures;
  } finally {
    await browser.close();
    reference.close();
    await stack.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

runAlone(module, runFirstScreenBench);
