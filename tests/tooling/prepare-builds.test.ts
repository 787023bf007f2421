import { existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareBuilds } from '../../cloudfunctions/local/prepare-builds';
import { makeTempDir } from '../support/backend';

/** Stands in for both builds: wipes its output as the real ones do, logs that it ran, fails on request. */
const FAKE_BUILD = `
const fs = require('node:fs');
const [target, output] = process.argv.slice(2);
if (fs.existsSync('fail-' + target)) {
  console.log('编译错误：示例源码第 1 行');
  process.exit(1);
}
fs.rmSync(output, { recursive: true, force: true });
fs.mkdirSync(output, { recursive: true });
fs.writeFileSync(output + '/index.js', 'built');
fs.appendFileSync('builds.log', target + '\\n');
`;

let root: string;
const write = (relative: string, content: string) => {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
};
const builds = () =>
  existsSync(path.join(root, 'builds.log')) ? readFileSync(path.join(root, 'builds.log'), 'utf8') : '';

async function prepare() {
  const before = builds().length;
  const report = { progress: '', failure: '' };
  const outcome = await prepareBuilds(root, {
    progress: (text) => (report.progress += text),
    failure: (output) => (report.failure += output),
  }).then(
    () => null,
    (error: Error) => error,
  );
  return { ...report, error: outcome, built: builds().slice(before).trim().split('\n').filter(Boolean) };
}

beforeAll(() => {
  root = makeTempDir('prepare-builds');
  write(
    'package.json',
    JSON.stringify({
      private: true,
      scripts: {
        'build:functions': 'node fake-build.js functions cloudfunctions/dist',
        'build:h5': 'node fake-build.js h5 client/dist-h5',
      },
    }),
  );
  write('fake-build.js', FAKE_BUILD);
  write('package-lock.json', '{}');
  write('cloudfunctions/build.ts', 'build');
  write('cloudfunctions/src/functions/notices/index.ts', 'export const main = 1;');
  write('cloudfunctions/shared/errors.ts', 'export const ERRORS = 1;');
  write('client/src/app.ts', 'export default 1;');
  write('client/config/index.ts', 'export default {};');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm start reuses up-to-date builds', () => {
  it('builds both the first time, with a short Chinese progress line each, then neither', async () => {
    const first = await prepare();
    expect(first.built).toEqual(['functions', 'h5']);
    expect(first.progress).toMatch(
      /^正在打包云函数（约 10 秒）… 完成（\d+ 秒）\n正在构建 H5 客户端（约 1 分钟）… 完成（\d+ 秒）\n$/,
    );
    const second = await prepare();
    expect(second).toMatchObject({ built: [], progress: '', error: null });
  });

  it('rebuilds only what a changed input feeds, and nothing for a touch that changes no content', async () => {
    write('client/src/app.ts', 'export default 2;');
    expect((await prepare()).built).toEqual(['h5']);
    write('cloudfunctions/src/functions/notices/index.ts', 'export const main = 2;');
    expect((await prepare()).built).toEqual(['functions']);
    write('cloudfunctions/shared/errors.ts', 'export const ERRORS = 2;');
    expect((await prepare()).built).toEqual(['functions', 'h5']);
    const later = new Date(Date.now() + 60_000);
    utimesSync(path.join(root, 'client/src/app.ts'), later, later);
    expect((await prepare()).built).toEqual([]);
  });

  it('rebuilds the H5 client when CLOUD_ENV, which it folds in, changes', async () => {
    const saved = process.env.CLOUD_ENV;
    try {
      process.env.CLOUD_ENV = 'another-env';
      expect((await prepare()).built).toEqual(['h5']);
    } finally {
      if (saved === undefined) delete process.env.CLOUD_ENV;
      else process.env.CLOUD_ENV = saved;
    }
    expect((await prepare()).built).toEqual(['h5']);
  });

  it('does not trust an output that a build started elsewhere replaced', async () => {
    spawnSync('npm', ['run', '--silent', 'build:h5'], { cwd: root });
    expect((await prepare()).built).toEqual(['h5']);
  });

  it('shows the held-back output of a failed build, fails, and tries again next time', async () => {
    write('fail-h5', '');
    write('client/src/app.ts', 'export default 3;');
    const failed = await prepare();
    expect(failed.error?.message).toContain('npm run build:h5 失败');
    expect(failed.progress).toContain('正在构建 H5 客户端（约 1 分钟）… 失败');
    expect(failed.failure).toContain('编译错误：示例源码第 1 行');
    rmSync(path.join(root, 'fail-h5'));
    expect((await prepare()).built).toEqual(['h5']);
  });
});
