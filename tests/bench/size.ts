// Sizes of everything people download, from fresh builds: the WeChat main package and subpackages (WeChat's own
// scan) against a one-page Taro React app built in the same run, the H5 first load, each function bundle.
// Run: npm run bench:size. Prints a table and writes tests/.output/size.json.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildFunctions, bundleSizes } from '../../cloudfunctions/build';
import {
  MAIN_PACKAGE_BUDGET,
  formatContributors,
  mainPackageContributors,
  packageBytes,
  scanWeapp,
} from '../weapp/package-size';
import { measureFirstLoad } from './h5-first-load';
import { buildOnePageApp } from './one-page-app';
import { runAlone } from './run-alone';

const root = path.resolve(__dirname, '../..');
const outFile = path.join(root, 'tests/.output/size.json');

function npmRun(script: string): void {
  const run = spawnSync('npm', ['run', script], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`npm run ${script} failed:\n${run.stdout}\n${run.stderr}`);
}

const figure = (bytes: number) => bytes.toLocaleString('en-US').padStart(9);

export interface SizeFigures {
  weapp: { mainBytes: number; budgetBytes: number; subpackages: Record<string, number> };
  onePageApp: { mainBytes: number };
  ratio: number;
  h5FirstLoad: { bytes: number; gzipBytes: number };
  functions: { name: string; bytes: number }[];
}

/** Builds everything afresh, prints the sizes and returns them (npm run bench collects them). */
export async function runSizeBench(): Promise<SizeFigures> {
  // One build at a time: each takes one to two minutes on two cores.
  console.log('构建云函数、小程序、H5 与单页对照应用…');
  const functionNames = await buildFunctions();
  npmRun('build:weapp');
  npmRun('build:h5');
  const referenceDist = buildOnePageApp();

  const dist = path.join(root, 'client/dist');
  const weapp = await scanWeapp(dist);
  const { __APP__: mainBytes, ...subpackages } = packageBytes(weapp);
  const contributors = mainPackageContributors(weapp.files, dist, path.join(root, 'client/dist-maps'));
  const referenceBytes = packageBytes(await scanWeapp(referenceDist)).__APP__;
  const ratio = mainBytes / referenceBytes;
  const firstLoad = await measureFirstLoad(path.join(root, 'client/dist-h5'));
  const functions = bundleSizes(undefined, functionNames);

  console.log(
    [
      '',
      '微信小程序（微信代码质量扫描的字节数）',
      `  主包                ${figure(mainBytes)}  预算 ${MAIN_PACKAGE_BUDGET.toLocaleString('en-US')}`,
      ...Object.entries(subpackages).map(([name, bytes]) => `  分包 ${name.padEnd(15)}${figure(bytes)}`),
      `  单页 Taro React 应用 ${figure(referenceBytes)}`,
      `  主包 / 单页应用      ${ratio.toFixed(3).padStart(9)}`,
      '主包最大的来源',
      formatContributors(contributors, 15),
      `H5 首屏 JavaScript（${firstLoad.files.length} 个文件）`,
      `  原始                ${figure(firstLoad.bytes)}`,
      `  gzip                ${figure(firstLoad.gzipBytes)}`,
      '云函数包',
      ...functions.map(({ name, bytes }) => `  ${name.padEnd(20)}${figure(bytes)}`),
    ].join('\n'),
  );

  mkdirSync(path.dirname(outFile), { recursive: true });
  const report = {
    weapp: { mainBytes, budgetBytes: MAIN_PACKAGE_BUDGET, subpackages, contributors },
    onePageApp: { mainBytes: referenceBytes },
    ratio,
    h5FirstLoad: firstLoad,
    functions,
  };
  writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\n→ ${path.relative(process.cwd(), outFile)}`);
  return report;
}

runAlone(module, runSizeBench);
