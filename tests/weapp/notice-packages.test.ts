import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../client/dist');

interface AppJson {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
  subpackages?: { root: string; pages: string[] }[];
}

describe('where the notice pages ship in the WeChat build', () => {
  it('puts the reader in the main package and the leader’s pages in the admin subpackage', () => {
    const app = JSON.parse(readFileSync(path.join(dist, 'app.json'), 'utf8')) as AppJson;
    expect(app.pages).toEqual(expect.arrayContaining(['pages/home/index', 'pages/notice/index']));
    const admin = (app.subPackages ?? app.subpackages ?? []).find((pkg) => pkg.root === 'packages/admin');
    expect(admin?.pages).toEqual(
      expect.arrayContaining([
        'pages/notices/index',
        'pages/notice-reading/index',
        'pages/notice-publish/index',
      ]),
    );
    expect(existsSync(path.join(dist, 'pages/notice/index.js'))).toBe(true);
    expect(existsSync(path.join(dist, 'packages/admin/pages/notice-reading/index.js'))).toBe(true);
    // The parser and the publishing form stay out of the main package: only admins load them.
    const mainScripts = [
      'app.js',
      'common.js',
      'vendors.js',
      'taro.js',
      'pages/notice/index.js',
      'pages/home/index.js',
    ]
      .filter((file) => existsSync(path.join(dist, file)))
      .map((file) => readFileSync(path.join(dist, file), 'utf8'))
      .join('\n');
    const publishing = readFileSync(path.join(dist, 'packages/admin/pages/notice-publish/index.js'), 'utf8');
    for (const marker of ['parse-problems', 'notice-publisher', 'target-tree']) {
      expect(publishing).toContain(marker);
      expect(mainScripts).not.toContain(marker);
    }
  });
});
