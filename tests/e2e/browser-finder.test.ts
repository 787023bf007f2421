import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findBrowser, launchBrowser } from '../support/browser-executable';

describe('the browser of the end-to-end tests', () => {
  it('takes CHROMIUM_PATH first, and says so clearly when it points nowhere', () => {
    expect(findBrowser({ CHROMIUM_PATH: process.execPath })).toMatchObject({
      executablePath: process.execPath,
      source: 'CHROMIUM_PATH',
    });
    expect(() => findBrowser({ CHROMIUM_PATH: '/no/such/chromium' })).toThrow(
      'CHROMIUM_PATH 指向的浏览器不存在',
    );
    expect(() => findBrowser({ UNION_BROWSER: 'firefox' })).toThrow('UNION_BROWSER 只能是 bundled');
  });

  it('launches the Chromium that @sparticuz/chromium ships, with its own NSS libraries', async () => {
    const bundled = findBrowser({ UNION_BROWSER: 'bundled' });
    expect(bundled.source).toBe('bundled');
    expect(bundled.executablePath).toMatch(/node_modules\/\.cache\/union-study-chromium\/[^/]+\/chromium$/);
    const libraries = bundled.env.LD_LIBRARY_PATH.split(':')[0];
    expect(existsSync(`${libraries}/libnss3.so`)).toBe(true);

    const browser = await launchBrowser(bundled);
    try {
      const page = await browser.newPage();
      await page.setContent('<p id="greeting">学习贯彻</p>');
      expect(await page.textContent('#greeting')).toBe('学习贯彻');
      expect(browser.version()).toMatch(/^\d{3}\./);
    } finally {
      await browser.close();
    }
  });
});
