import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

/**
 * Runs the built WeChat package in a Node vm with stand-ins for `wx`, `App`, `Page` and `Component`: enough to
 * launch the app, load a page, apply its setData patches to a plain object and read what it rendered.
 */
export interface RenderedNode {
  nn?: string;
  cl?: string;
  v?: string;
  cn?: RenderedNode[];
  [key: string]: unknown;
}

export interface WeappRun {
  cloudCalls: Array<{ name: string; data: unknown }>;
  cloudInits: unknown[];
  root: () => RenderedNode;
  /** The page's whole data, e.g. `pageMeta` beside `root` on a page with page-meta. */
  pageData: () => Record<string, unknown>;
  texts: () => string[];
  textOfClass: (className: string) => string | undefined;
  /** Taps the first node with this class, as WeChat delivers a tap to the page's event handler. */
  tap: (className: string) => void;
  /** Resolves once the page renders `text`; rejects with what it did render after `timeoutMs`. */
  waitForText: (text: string, timeoutMs?: number) => Promise<void>;
}

type CallFunction = (options: { name: string; data: unknown }) => Promise<{ result: unknown }>;

interface PageConfig {
  eh?: (event: object) => void;
  onLoad?: (query: object) => void;
  onShow?: () => void;
  onReady?: () => void;
}

function applySetData(data: Record<string, unknown>, patch: Record<string, unknown>) {
  for (const [key, value] of Object.entries(patch)) {
    const parts = key
      .split('.')
      .flatMap((part) => part.split(/\[(\d+)\]/).filter((piece) => piece !== ''))
      .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    let target = data as Record<string | number, unknown>;
    for (let i = 0; i < parts.length - 1; i++) {
      if (target[parts[i]] == null) target[parts[i]] = typeof parts[i + 1] === 'number' ? [] : {};
      target = target[parts[i]] as Record<string | number, unknown>;
    }
    target[parts[parts.length - 1]] = value;
  }
}

function collectTexts(node: unknown, out: string[] = []): string[] {
  if (!node || typeof node !== 'object') return out;
  const n = node as RenderedNode;
  if (typeof n.v === 'string') out.push(n.v);
  for (const value of Object.values(n)) if (value && typeof value === 'object') collectTexts(value, out);
  return out;
}

function findByClass(node: unknown, className: string): RenderedNode | undefined {
  if (!node || typeof node !== 'object') return undefined;
  const n = node as RenderedNode;
  if (typeof n.cl === 'string' && n.cl.split(/\s+/).includes(className)) return n;
  for (const value of Object.values(n)) {
    const found = value && typeof value === 'object' ? findByClass(value, className) : undefined;
    if (found) return found;
  }
  return undefined;
}

export function runWeappPage(
  dist: string,
  pagePath: string,
  callFunction: CallFunction,
  query: Record<string, string> = {},
): WeappRun {
  const cloudCalls: WeappRun['cloudCalls'] = [];
  const cloudInits: unknown[] = [];
  let app: { onLaunch?: (o: object) => void; onShow?: (o: object) => void } | undefined;
  let pageConfig: PageConfig | undefined;
  const openPages: object[] = [];

  const wxTarget: Record<string, unknown> = {
    cloud: {
      init: (options: unknown) => cloudInits.push(options),
      callFunction: (options: { name: string; data: unknown }) => {
        cloudCalls.push({ name: options.name, data: JSON.parse(JSON.stringify(options.data)) });
        return callFunction(options);
      },
    },
    getSystemInfoSync: () => ({ windowWidth: 375, pixelRatio: 2, platform: 'devtools' }),
    getWindowInfo: () => ({ windowWidth: 375, pixelRatio: 2 }),
    getDeviceInfo: () => ({ platform: 'devtools' }),
    getAppBaseInfo: () => ({ SDKVersion: '3.3.4' }),
    canIUse: () => true,
    nextTick: (fn: () => void) => setTimeout(fn, 0),
  };
  // Any other wx API is a no-op; webpack's chunk registry must stay a real array.
  const wx = new Proxy(wxTarget, {
    get: (target, key) =>
      key in target || typeof key !== 'string' || key === 'then' || key === 'webpackJsonp'
        ? target[key as string]
        : () => undefined,
  });
  const context = vm.createContext({
    wx,
    console,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
    Promise,
    App: (config: typeof app) => {
      app = config;
    },
    Page: (config: PageConfig) => {
      pageConfig = config;
    },
    Component: () => undefined,
    getApp: () => app,
    // Elements rendered outside the root (page-meta) write to the current page.
    getCurrentPages: () => openPages,
    requirePlugin: () => ({}),
  });

  const cache = new Map<string, { exports: unknown }>();
  const load = (file: string): unknown => {
    const full = path.resolve(file.endsWith('.js') ? file : `${file}.js`);
    const cached = cache.get(full);
    if (cached) return cached.exports;
    const module = { exports: {} };
    cache.set(full, module);
    const code = readFileSync(full, 'utf8');
    const fn = vm.runInContext(`(function (require, module, exports) {${code}\n})`, context, {
      filename: full,
    });
    fn((request: string) => load(path.resolve(path.dirname(full), request)), module, module.exports);
    return module.exports;
  };

  load(path.join(dist, 'app.js'));
  if (!app) throw new Error('app.js did not call App()');
  const launch = { path: pagePath, query, scene: 1001 };
  app.onLaunch?.call(app, launch);
  app.onShow?.call(app, launch);

  load(path.join(dist, `${pagePath}.js`));
  if (!pageConfig) throw new Error(`${pagePath}.js did not call Page()`);
  const page = Object.assign(Object.create(pageConfig) as PageConfig & Record<string, unknown>, {
    data: {} as Record<string, unknown>,
    route: pagePath,
    setData(patch: Record<string, unknown>, callback?: () => void) {
      applySetData(page.data, patch);
      callback?.();
    },
  });
  openPages.push(page);
  page.onLoad?.(query);
  page.onShow?.();
  page.onReady?.();

  const root = () => (page.data as { root?: RenderedNode }).root ?? {};
  return {
    cloudCalls,
    cloudInits,
    root,
    pageData: () => page.data as Record<string, unknown>,
    texts: () => collectTexts(root()),
    textOfClass: (className) => {
      const node = findByClass(root(), className);
      return node ? collectTexts(node).join('') : undefined;
    },
    tap: (className) => {
      const node = findByClass(root(), className);
      if (!node || typeof node.sid !== 'string') throw new Error(`页面上没有 class 为 ${className} 的节点`);
      const target = { id: (node.uid as string | undefined) ?? node.sid, dataset: { sid: node.sid } };
      page.eh?.({ type: 'tap', timeStamp: Date.now(), target, currentTarget: target, detail: {} });
    },
    waitForText: async (text, timeoutMs = 15_000) => {
      const deadline = Date.now() + timeoutMs;
      while (!collectTexts(root()).includes(text)) {
        if (Date.now() > deadline)
          throw new Error(`页面没有渲染出“${text}”，实际: ${collectTexts(root()).join(' | ')}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    },
  };
}
