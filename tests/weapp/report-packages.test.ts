import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../client/dist');

interface AppJson {
  pages: string[];
  subPackages?: { root: string; pages: string[] }[];
  subpackages?: { root: string; pages: string[] }[];
}

describe('where the report pages ship in the WeChat build', () => {
  it('puts them in the admin subpackage and nothing of them in the main package', () => {
    const app = JSON.parse(readFileSync(path.join(dist, 'app.json'), 'utf8')) as AppJson;
    expect(app.pages.filter((page) => page.includes('report'))).toEqual([]);
    const admin = (app.subPackages ?? app.subpackages ?? []).find((pkg) => pkg.root === 'packages/admin');
    expect(admin?.pages).toEqual(expect.arrayContaining(['pages/report/index', 'pages/report-status/index']));
    const mainScripts = ['app.js', 'common.js', 'vendors.js', 'taro.js', 'pages/home/index.js']
      .filter((file) => existsSync(path.join(dist, file)))
      .map((file) => readFileSync(path.join(dist, file), 'utf8'))
      .join('\n');
    const admins = adminScripts();
    expect(existsSync(path.join(dist, 'packages/admin/pages/report/index.js'))).toBe(true);
    expect(existsSync(path.join(dist, 'packages/admin/pages/report-status/index.js'))).toBe(true);
    for (const marker of ['report-form__', 'report-board__', 'digest-card__', 'returnForRevision']) {
      expect(admins).toContain(marker);
      expect(mainScripts).not.toContain(marker);
    }
  });
});

/** Every script of the admin subpackage, its pages and the chunks they share. */
function adminScripts(): string {
  const root = path.join(dist, 'packages/admin');
  return (readdirSync(root, { recursive: true }) as string[])
    .filter((file) => file.endsWith('.js'))
    .map((file) => readFileSync(path.join(root, file), 'utf8'))
    .join('\n');
}
