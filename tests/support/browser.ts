import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT, startLocalStack, type LocalStack } from '../../cloudfunctions/local/stack';
import { findBrowser, launchBrowser } from './browser-executable';

export interface BrowserHarness {
  stack: LocalStack;
  url: string;
  newPage(): Promise<Page>;
  /** Loads a route as a fresh document, so no navigation of the previous page can race with it. */
  open(page: Page, route: string): Promise<void>;
  /** Chooses a person on the development login page, as a developer would. */
  loginAs(page: Page, name: string | null): Promise<void>;
  close(): Promise<void>;
}

const H5_DIR = path.join(REPO_ROOT, 'client/dist-h5');
const FUNCTIONS_DIR = path.join(REPO_ROOT, 'cloudfunctions/dist');

/**
 * The H5 build in headless Chromium against the whole local product: gateway → runtime → functions → real
 * SDK → backend → SQLite, on a private seeded database.
 */
export async function startBrowserHarness(): Promise<BrowserHarness> {
  for (const [dir, command] of [
    [H5_DIR, 'npm run build:h5'],
    [FUNCTIONS_DIR, 'npm run build:functions'],
  ]) {
    if (!existsSync(dir)) throw new Error(`${dir} 不存在：请先运行 ${command}（npm test 会先构建）`);
  }
  process.env.CLOUDBASE_LOCAL = '1';
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'union-e2e-'));
  const stack = await startLocalStack({ dataDir, seed: true, gateway: true });
  const browser = await launchBrowser(findBrowser());
  const url = stack.gateway!.url;
  let visits = 0;
  const open = async (page: Page, route: string) => {
    visits += 1;
    await page.goto(`${url}/?visit=${visits}#/${route.replace(/^\//, '')}`, { waitUntil: 'load' });
  };
  return {
    stack,
    url,
    async newPage() {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
      return context.newPage();
    },
    open,
    async loginAs(page, name) {
      await open(page, 'pages/dev-login/index');
      const choice =
        name === null ? page.getByText('以新用户身份进入') : page.getByText(name, { exact: true }).first();
      await choice.click({ timeout: 30_000 });
      await page.waitForURL((current) => !current.hash.includes('dev-login'), { timeout: 30_000 });
    },
    async close() {
      await browser.close();
      await stack.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
