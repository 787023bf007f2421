import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serveStatic } from './static-server';

export interface FirstLoad {
  files: { file: string; bytes: number; gzipBytes: number }[];
  bytes: number;
  gzipBytes: number;
}

/**
 * The JavaScript a browser fetches before the home page shows: what index.html loads, then the chunks the
 * home route asks for. Sizes are the files' own; gzip at zlib's default level, as a server would send them.
 */
export async function measureFirstLoad(distH5: string, route = 'pages/home/index'): Promise<FirstLoad> {
  const dir = path.resolve(distH5);
  const server = await serveStatic(dir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
    ],
  });
  try {
    const page = await browser.newPage();
    const scripts = new Set<string>();
    page.on('response', (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.endsWith('.js') && response.ok()) scripts.add(pathname);
    });
    const { port } = server.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/#/${route}`);
    // Network quiet alone can come before the router asks for the page's chunks on a busy machine: wait for
    // the page to show (Taro's router marks it), then for the network to settle.
    await page.locator('.taro_page_show').first().waitFor({ state: 'attached', timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const files = [...scripts].sort().map((pathname) => {
      const content = readFileSync(path.join(dir, pathname));
      return { file: pathname.slice(1), bytes: content.length, gzipBytes: gzipSync(content).length };
    });
    return {
      files,
      bytes: files.reduce((sum, file) => sum + file.bytes, 0),
      gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
    };
  } finally {
    await browser.close();
    server.close();
  }
}
