import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { REPO_ROOT } from '../../cloudfunctions/local/stack';

/** The narrow phone the screens are checked at. */
export const PHONE = { width: 375, height: 812 };

const SCREENSHOTS = path.join(REPO_ROOT, 'tests/.output/screens');

/** Saves what the page shows now, for a person to look at; tests/.output stays out of the repo. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

/** Every console error and uncaught exception of the page from now on. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
  return errors;
}

/** Taro's H5 stand-in for wx.showModal: one dialog element, reused and hidden between uses. */
export function modal(page: Page) {
  // The wrapper has no box of its own (its parts are fixed-position), so visibility is read on the dialog.
  const shown = page.locator('.taro-modal__content').filter({ visible: true });
  const confirmButton = shown.locator('.taro-model__confirm');
  return {
    title: () => shown.locator('.taro-modal__title').textContent(),
    text: () => shown.locator('.taro-modal__text').textContent(),
    confirmText: () => confirmButton.textContent(),
    confirmColor: () => confirmButton.evaluate((button) => getComputedStyle(button).color),
    confirm: () => confirmButton.click(),
    cancel: () => shown.locator('.taro-model__cancel').click(),
  };
}

/** The app's red (client/src/styles/variables.scss $color-primary) as the browser reports it. */
export const APP_RED = 'rgb(200, 22, 29)';

/**
 * How many lines each of `parts` takes inside the element's text: 1 means it was not broken across lines.
 * Measured on the rendered text, so it tells what a person sees.
 */
export function linesOfParts(element: Locator, parts: string[]): Promise<number[]> {
  return element.evaluate((element, wanted) => {
    const text = element.textContent ?? '';
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    while (walker.nextNode()) nodes.push(walker.currentNode as Text);
    const locate = (offset: number) => {
      let rest = offset;
      for (const node of nodes) {
        if (rest <= node.length) return { node, offset: rest };
        rest -= node.length;
      }
      throw new Error(`offset ${offset} outside the text`);
    };
    return wanted.map((part) => {
      const start = text.indexOf(part);
      if (start < 0) throw new Error(`“${part}” not in “${text}”`);
      const range = document.createRange();
      const from = locate(start);
      const to = locate(start + part.length);
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      const tops = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)));
      return tops.size;
    });
  }, parts);
}
