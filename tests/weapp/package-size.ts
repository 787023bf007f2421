import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { SourceMapConsumer } from 'source-map-js';

/**
 * What WeChat's own tooling says about a built mini-program, and which modules the main package's bytes
 * come from (the source maps that client/config keeps beside the package, in client/dist-maps/).
 */

/** 300 KiB: no heavier than a one-page Taro React app, which every worker downloads on first open. */
export const MAIN_PACKAGE_BUDGET = 300 * 1024;

export interface QualityItem {
  name: string;
  success: boolean;
  text?: string;
  detail?: unknown;
}

export interface PackageFile {
  path: string;
  size: number;
  /** Root of the subpackage the file belongs to, e.g. `packages/admin/`; null for the main package. */
  subPackage: string | null;
}

export interface CiOutput {
  compile: { ok: boolean; error: string | null };
  quality: QualityItem[];
  files: PackageFile[];
}

export interface Contributor {
  name: string;
  bytes: number;
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const script = path.join(root, 'tests/weapp/check-code-quality.cjs');

/** Compiles and scans a built mini-program with miniprogram-ci, in a child process (it leaves a watcher). */
export async function scanWeapp(dist: string): Promise<CiOutput> {
  if (!existsSync(path.join(dist, 'app.json'))) {
    throw new Error(`${dist}/app.json is missing: build the mini-program first (npm run build:weapp)`);
  }
  const { stdout } = await promisify(execFile)(process.execPath, [script, dist], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '') as CiOutput;
}

/** Bytes per package as WeChat's scan counts them: `__APP__` is the main package, the rest subpackages. */
export function packageBytes(output: CiOutput): Record<string, number> {
  const item = output.quality.find((entry) => entry.name === 'PACKAGE_SIZE_LIMIT');
  const detail = item?.detail as Record<string, number> | undefined;
  if (!detail || typeof detail.__APP__ !== 'number')
    throw new Error('the scan reported no PACKAGE_SIZE_LIMIT');
  return detail;
}

/** Who a source file belongs to: an npm package, one of our files, or webpack's own glue. */
function ownerOf(source: string | null): string {
  if (!source || !source.startsWith('/')) return 'webpack（运行时与模块包装）';
  const inPackage = source.split('/node_modules/').pop() as string;
  if (inPackage !== source) {
    const [scope, name] = inPackage.split('/');
    return scope.startsWith('@') ? `${scope}/${name}` : scope;
  }
  return path.relative(root, source);
}

/** Splits a minified file's bytes among the sources its map names; what no mapping covers is webpack's. */
function attribute(code: string, rawMap: string, totals: Map<string, number>): void {
  const lines = code.split('\n');
  const segments: { line: number; column: number; owner: string }[] = [];
  new SourceMapConsumer(JSON.parse(rawMap)).eachMapping(
    (mapping) => {
      segments.push({
        line: mapping.generatedLine - 1,
        column: mapping.generatedColumn,
        owner: ownerOf(mapping.source),
      });
    },
    null,
    SourceMapConsumer.GENERATED_ORDER,
  );
  const add = (owner: string, bytes: number) => totals.set(owner, (totals.get(owner) ?? 0) + bytes);
  const glue = ownerOf(null);
  let next = 0;
  lines.forEach((line, index) => {
    let column = 0;
    let owner = glue;
    for (; next < segments.length && segments[next].line === index; next += 1) {
      add(owner, Buffer.byteLength(line.slice(column, segments[next].column)));
      ({ column, owner } = segments[next]);
    }
    add(owner, Buffer.byteLength(line.slice(column)) + (index < lines.length - 1 ? 1 : 0));
  });
}

/**
 * The main package's bytes by origin, largest first: JavaScript by the module it was bundled from (npm
 * packages as a whole), every other file (templates, styles, icons, JSON) by its own name.
 */
export function mainPackageContributors(files: PackageFile[], dist: string, maps: string): Contributor[] {
  const totals = new Map<string, number>();
  for (const file of files.filter((entry) => entry.subPackage === null)) {
    const map = path.join(maps, `${file.path}.map`);
    const code = path.join(dist, file.path);
    if (file.path.endsWith('.js') && existsSync(map) && existsSync(code)) {
      attribute(readFileSync(code, 'utf8'), readFileSync(map, 'utf8'), totals);
    } else {
      totals.set(file.path, file.size);
    }
  }
  return [...totals]
    .map(([name, bytes]) => ({ name, bytes }))
    .sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name));
}

export function formatContributors(contributors: Contributor[], count: number): string {
  return contributors
    .slice(0, count)
    .map(({ name, bytes }) => `  ${bytes.toLocaleString('en-US').padStart(9)}  ${name}`)
    .join('\n');
}
