import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { REPO_ROOT } from '../../cloudfunctions/local/stack';

export interface BrowserExecutable {
  executablePath: string;
  /** Variables the browser process needs beyond ours (the bundled one's own libraries and fonts). */
  env: Record<string, string>;
  source: 'CHROMIUM_PATH' | 'system' | 'bundled';
}

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const require = createRequire(import.meta.url);
const BUNDLED_PACKAGE_DIR = path.resolve(path.dirname(require.resolve('@sparticuz/chromium')), '../..');

/**
 * @sparticuz/chromium unpacks into os.tmpdir() (a shared /tmp/chromium that it trusts if merely present)
 * and unpacks its NSS libraries only when it believes it runs on AWS Lambda. A child process with its own
 * TMPDIR and the Lambda marker lets the package unpack everything into a private folder, which then appears
 * under its final name in one rename, so parallel test files never see half a browser.
 */
function unpackBundledChromium(): string {
  const { version } = JSON.parse(readFileSync(path.join(BUNDLED_PACKAGE_DIR, 'package.json'), 'utf8')) as {
    version: string;
  };
  const target = path.join(REPO_ROOT, 'node_modules/.cache/union-study-chromium', version);
  if (existsSync(path.join(target, 'chromium'))) return target;
  mkdirSync(path.dirname(target), { recursive: true });
  const staging = mkdtempSync(`${target}.unpacking-`);
  const unpack = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      "const { default: chromium } = await import('@sparticuz/chromium'); await chromium.executablePath();",
    ],
    {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: staging, AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs20.x' },
    },
  );
  if (unpack.status !== 0 || !existsSync(path.join(staging, 'al2023/lib/libnss3.so'))) {
    rmSync(staging, { recursive: true, force: true });
    throw new Error(
      `无法解压 @sparticuz/chromium 自带的 Chromium：${unpack.stderr || unpack.error?.message}`,
    );
  }
  // The package's own fonts.conf names /tmp/fonts; this one names the unpacked fonts and the system's.
  writeFileSync(
    path.join(staging, 'fonts.conf'),
    `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>${target}/fonts/fonts</dir>
  <dir>/usr/share/fonts</dir>
  <dir>/usr/local/share/fonts</dir>
  <dir prefix="xdg">fonts</dir>
  <cachedir>${target}/fonts-cache</cachedir>
</fontconfig>
`,
  );
  try {
    renameSync(staging, target);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // Another test file unpacked the same version first.
    if (!existsSync(path.join(target, 'chromium'))) throw error;
  }
  return target;
}

function bundledChromium(): BrowserExecutable {
  const folder = unpackBundledChromium();
  const libraryPath = [path.join(folder, 'al2023/lib'), process.env.LD_LIBRARY_PATH]
    .filter(Boolean)
    .join(':');
  return {
    executablePath: path.join(folder, 'chromium'),
    env: {
      LD_LIBRARY_PATH: libraryPath,
      // A machine with fontconfig set up (and fonts-noto-cjk for Chinese) keeps its own configuration.
      ...(existsSync('/etc/fonts/fonts.conf') ? {} : { FONTCONFIG_FILE: path.join(folder, 'fonts.conf') }),
    },
    source: 'bundled',
  };
}

/**
 * The browser for the end-to-end tests: CHROMIUM_PATH, else an installed Chromium or Chrome, else the
 * Chromium that the @sparticuz/chromium devDependency ships, so `npm install && npm test` needs no apt.
 * UNION_BROWSER=bundled forces the shipped one.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): BrowserExecutable {
  if (env.UNION_BROWSER !== undefined && env.UNION_BROWSER !== 'bundled') {
    throw new Error(
      `UNION_BROWSER 只能是 bundled（强制使用 @sparticuz/chromium 自带的 Chromium），收到：${env.UNION_BROWSER}`,
    );
  }
  if (env.UNION_BROWSER === 'bundled') return bundledChromium();
  if (env.CHROMIUM_PATH) {
    if (!existsSync(env.CHROMIUM_PATH))
      throw new Error(`CHROMIUM_PATH 指向的浏览器不存在：${env.CHROMIUM_PATH}`);
    return { executablePath: env.CHROMIUM_PATH, env: {}, source: 'CHROMIUM_PATH' };
  }
  const installed = SYSTEM_BROWSERS.find((candidate) => existsSync(candidate));
  return installed ? { executablePath: installed, env: {}, source: 'system' } : bundledChromium();
}

/** Headless, and quiet: this machine's closed network refuses Chromium's background connections. */
export function launchBrowser(executable: BrowserExecutable): Promise<Browser> {
  return chromium.launch({
    executablePath: executable.executablePath,
    env: { ...process.env, ...executable.env },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}
