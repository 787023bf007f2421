// npm run bench: every bench in one run, one table, each row with its budget and whether it holds. Writes
// the table as JSON to tests/.output/bench-results.json (ignored by git) for comparing commits.
// A bench that is not there (npm run bench:summaries lives on another branch until it is merged) shows '—'.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BackendFigures } from './backend';
import type { CheckinFigures } from './checkin';
import { FIRST_SCREEN_RATIO_BUDGET, type FirstScreenFigures } from './first-screen';
import type { NoticesFigures } from './notices';
import type { SizeFigures } from './size';

const root = path.resolve(__dirname, '../..');
const outFile = path.join(root, 'tests/.output/bench-results.json');

export interface BenchRow {
  row: string;
  figure: string;
  beside: string;
  budget: string;
  /** true or false; null when the row has no budget or its bench did not run. */
  holds: boolean | null;
}

const bytes = (n: number) => n.toLocaleString('en-US');
const WECHAT_SUBPACKAGE_LIMIT = 2 * 1024 * 1024;

/**
 * Runs one bench file in a process of its own (as its npm script would) and reads back the figures its
 * exported function returned; null when it failed.
 */
function attempt<T>(file: string): T | null {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'union-bench-'));
  const json = path.join(dir, 'figures.json');
  try {
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, file)], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, TZ: 'UTC', UNION_BENCH_JSON: json },
    });
    if (!existsSync(json)) {
      console.error(`bench ${file} ended without figures (exit ${run.status ?? run.signal})`);
      return null;
    }
    return JSON.parse(readFileSync(json, 'utf8')) as T;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const missing = (row: string, why: string): BenchRow => ({
  row,
  figure: '—',
  beside: why,
  budget: '—',
  holds: null,
});

/** Requests of one line of bench:summaries' output, e.g. `federation table (budget 8)   8 requests   3517 ms`. */
function requestsOf(block: string, label: string): { requests: number; budget: number | null } | null {
  const line = block.split('\n').find((text) => text.trim().startsWith(label));
  const requests = line && /(\d+) requests/.exec(line);
  if (!requests) return null;
  const budget = /budget (\d+)/.exec(line);
  return { requests: Number(requests[1]), budget: budget ? Number(budget[1]) : null };
}

/**
 * The summaries at 10% and at 100% of the seeded size: the federation table within ⌈units/100⌉ + 5 requests
 * at both, and a unit summary and a session sheet costing the same number of requests at both.
 */
function summariesRow(output: string | null): BenchRow {
  const row = '汇总（10% → 100%：200 单位、2 万成员、10 万签到）';
  const blocks = (output ?? '').split(/\n(?=\d+%:)/).filter((block) => /^\d+%:/.test(block));
  const [small, full] = [blocks[0], blocks[blocks.length - 1]];
  const figures =
    blocks.length >= 2
      ? {
          table: [requestsOf(small, 'federation table'), requestsOf(full, 'federation table')],
          unit: [
            requestsOf(small, 'unit summary (a top-level unit)'),
            requestsOf(full, 'unit summary (a top-level unit)'),
          ],
          sheet: [requestsOf(small, 'session sheet'), requestsOf(full, 'session sheet')],
        }
      : null;
  if (!figures || Object.values(figures).some((pair) => pair.some((cost) => cost === null))) {
    return {
      row,
      figure: output === null ? '失败' : '—',
      beside: 'bench:summaries 没有给出数字',
      budget: '',
      holds: output === null ? false : null,
    };
  }
  const [table10, table100] = figures.table as { requests: number; budget: number | null }[];
  const [unit10, unit100] = figures.unit.map((cost) => cost!.requests);
  const [sheet10, sheet100] = figures.sheet.map((cost) => cost!.requests);
  return {
    row,
    figure: `全市表 ${table10.requests} → ${table100.requests} 次请求`,
    beside: `单位汇总 ${unit10} → ${unit100} 次，签到表 ${sheet10} → ${sheet100} 次（耗时见上方输出）`,
    budget: `全市表 ≤ ⌈单位数/100⌉ + 5（${table100.budget ?? '—'}）；单位汇总与签到表不随记录增长`,
    holds:
      table10.requests <= (table10.budget ?? Infinity) &&
      table100.requests <= (table100.budget ?? Infinity) &&
      unit10 === unit100 &&
      sheet10 === sheet100,
  };
}

function main(): void {
  const started = new Date();
  const rows: BenchRow[] = [];

  // Sizes first: its builds are what the first-screen bench loads.
  const size = attempt<SizeFigures>('size.ts');
  if (size) {
    rows.push({
      row: '微信主包（代码质量扫描）',
      figure: `${bytes(size.weapp.mainBytes)} B`,
      beside: `单页 Taro React 应用 ${bytes(size.onePageApp.mainBytes)} B，比值 ${size.ratio.toFixed(3)}`,
      budget: `≤ ${bytes(size.weapp.budgetBytes)} B 且 ≤ 单页应用（比值 ≤ 1）`,
      holds: size.weapp.mainBytes <= size.weapp.budgetBytes && size.ratio <= 1,
    });
    for (const [name, subBytes] of Object.entries(size.weapp.subpackages)) {
      rows.push({
        row: `微信分包 ${name}`,
        figure: `${bytes(subBytes)} B`,
        beside: '',
        budget: `≤ ${bytes(WECHAT_SUBPACKAGE_LIMIT)} B（微信分包上限）`,
        holds: subBytes <= WECHAT_SUBPACKAGE_LIMIT,
      });
    }
  } else rows.push(missing('微信主包与分包', 'bench:size 失败'));

  const firstScreen = size ? attempt<FirstScreenFigures>('first-screen.ts') : null;
  rows.push(
    firstScreen
      ? {
          row: 'H5 首屏（CPU 4× 降速，通知第一段，5 次中位数）',
          figure: `${firstScreen.productMs.toFixed(0)} ms`,
          beside: `单页应用 ${firstScreen.onePageAppMs.toFixed(0)} ms，比值 ${firstScreen.ratio.toFixed(2)}`,
          budget: `比值 ≤ ${FIRST_SCREEN_RATIO_BUDGET}`,
          holds: firstScreen.ratio <= FIRST_SCREEN_RATIO_BUDGET,
        }
      : missing('H5 首屏', '未能测量'),
  );

  const checkin = attempt<CheckinFigures>('checkin.ts');
  rows.push(
    checkin
      ? {
          row: `签到高峰（${checkin.crowd} 人 + ${checkin.duplicates} 次重复，30 秒内到达）`,
          figure: `${(checkin.elapsedMs / 1000).toFixed(1)} s 全部答复`,
          beside: `p50 ${checkin.p50Ms.toFixed(0)} ms，p95 ${checkin.p95Ms.toFixed(0)} ms；新签到 ${checkin.newCheckInRequests} 次请求`,
          budget: '30 s 内全部答复，新签到 ≤ 3 次数据库请求，人数与记录一致',
          holds: checkin.elapsedMs <= 30_000 && checkin.newCheckInRequests <= 3 && checkin.consistent,
        }
      : missing('签到高峰', 'bench:checkin 失败'),
  );

  const notices = attempt<NoticesFigures>('notices.ts');
  if (notices) {
    const at = (name: string, readers: number) => notices[name]?.[readers] ?? Number.NaN;
    const open = [at('get (warm instance)', 1), at('get (warm instance)', 1000)];
    const progress = [at('recordReading (progress)', 1), at('recordReading (progress)', 1000)];
    rows.push({
      row: '通知阅读代价（数据库请求，1 人 / 1,000 人）',
      figure: `打开 ${open.join(' / ')}，记录进度 ${progress.join(' / ')}`,
      beside: `阅读情况 ${at('readingStatus (figures + first not-yet page)', 1)} / ${at('readingStatus (figures + first not-yet page)', 1000)}`,
      budget: '打开 ≤ 2，记录进度 ≤ 1，阅读情况与人数无关',
      holds:
        Math.max(...open) <= 2 &&
        Math.max(...progress) <= 1 &&
        at('readingStatus (figures + first not-yet page)', 1) ===
          at('readingStatus (figures + first not-yet page)', 1000),
    });
  } else rows.push(missing('通知阅读代价', 'bench:notices 失败'));

  const backend = attempt<BackendFigures>('backend.ts');
  if (backend) {
    const scenario = (name: string) => backend.scenarios.find((entry) => entry.name === name);
    const byId = scenario('get by _id');
    const indexed = scenario('where + limit 20 (100k, index)');
    rows.push({
      row: `本地后端吞吐（${backend.callers} 个并发调用方）`,
      figure: byId ? `按 _id 读 ${byId.opsPerSecond.toFixed(0)} 次/秒` : '—',
      beside: byId
        ? `p95 ${byId.p95.toFixed(1)} ms；10 万篇上走索引的查询 ${indexed?.examinedPerOp.toFixed(0)} 篇/次`
        : '',
      budget: '10 万篇上走索引的 where + limit 20 交给 mingo ≤ 21 篇/次',
      holds: indexed ? indexed.examinedPerOp <= 21 : null,
    });
  } else rows.push(missing('本地后端吞吐', 'bench:backend 失败'));

  const scripts = (
    JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    }
  ).scripts;
  if (scripts['bench:summaries']) {
    const run = spawnSync('npm', ['run', 'bench:summaries'], { cwd: root, encoding: 'utf8' });
    process.stdout.write(run.stdout ?? '');
    rows.push(summariesRow(run.status === 0 ? run.stdout : null));
  } else rows.push(missing('汇总（bench:summaries）', '本分支没有 bench:summaries'));

  const machine = {
    date: started.toISOString(),
    nproc: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    load: os.loadavg()[0],
  };
  const verdict = (holds: boolean | null) => (holds === null ? '—' : holds ? '✓' : '✗');
  console.log(
    `\nnpm run bench — ${machine.date}, ${machine.nproc} 核, ${machine.memoryGiB} GiB, Node ${machine.node}, 负载 ${machine.load.toFixed(1)}\n`,
  );
  console.log('| 项目 | 结果 | 对照 | 预算 | 达标 |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const row of rows) {
    console.log(`| ${row.row} | ${row.figure} | ${row.beside} | ${row.budget} | ${verdict(row.holds)} |`);
  }
  mkdirSync(path.dirname(outFile), { recursive: true });
  writeFileSync(
    outFile,
    `${JSON.stringify({ machine, rows, figures: { size, firstScreen, checkin, notices, backend } }, null, 2)}\n`,
  );
  console.log(`\n→ ${path.relative(process.cwd(), outFile)}`);
  if (rows.some((row) => row.holds === false)) process.exitCode = 1;
}

main();
