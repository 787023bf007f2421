// Throughput and latency of the local backend through the real wx-server-sdk, 16 concurrent callers; then
// where + limit and count on a 100,000-document collection with and without an index, and the memory it takes.
import { readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Backend } from '../../cloudfunctions/backend/index';
import { LOCAL_CREDENTIALS, startBackend } from '../../cloudfunctions/backend/index';
import type { SdkTransaction } from '../support/backend';
import { TEST_DECLARATION, cloud, initCloud, makeTempDir, writeDeclaration } from '../support/backend';
import { runAlone } from './run-alone';

const CALLERS = 16;
const LARGE = 100_000;
const GROUPS = 1000;
const DECLARATION = {
  collections: {
    ...TEST_DECLARATION.collections,
    large_indexed: { indexes: [{ name: 'by_group_score', keys: { group: 1, score: 1 } }] },
    large_plain: { indexes: [] },
  },
};

interface Scenario {
  name: string;
  operations: number;
  run: (caller: number, index: number) => Promise<unknown>;
}

export interface Measurement {
  name: string;
  operations: number;
  opsPerSecond: number;
  p50: number;
  p95: number;
  /** Documents the backend handed to mingo per operation: a scan shows as the collection's size. */
  examinedPerOp: number;
}

async function measure(scenario: Scenario, backend: Backend): Promise<Measurement> {
  const latencies: number[] = [];
  let next = 0;
  const examinedBefore = backend.documentsExamined();
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CALLERS }, async (_, caller) => {
      for (let index = next++; index < scenario.operations; index = next++) {
        const begin = performance.now();
        await scenario.run(caller, index);
        latencies.push(performance.now() - begin);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const percentile = (p: number): number =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))];
  return {
    name: scenario.name,
    operations: scenario.operations,
    opsPerSecond: scenario.operations / seconds,
    p50: percentile(0.5),
    p95: percentile(0.95),
    examinedPerOp: (backend.documentsExamined() - examinedBefore) / scenario.operations,
  };
}

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** V8 heap in use after a full garbage collection, and the process's resident memory, in MB. */
function memory(): string {
  collectGarbage();
  const { heapUsed, rss } = process.memoryUsage();
  return `堆 ${(heapUsed / 2 ** 20).toFixed(0)} MB / RSS ${(rss / 2 ** 20).toFixed(0)} MB`;
}

function directoryMb(dir: string): number {
  const bytes = readdirSync(dir).reduce((sum, name) => sum + statSync(path.join(dir, name)).size, 0);
  return bytes / 2 ** 20;
}

/**
 * The same 100,000 documents in a collection with an index on {group, score} and in one without: 1,000 groups
 * of 100, scores 0–99 within each group.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function seedLarge(db: any): Promise<void> {
  for (const collection of ['large_indexed', 'large_plain']) {
    for (let start = 0; start < LARGE; start += 1000) {
      const data = Array.from({ length: 1000 }, (_, offset) => {
        const n = start + offset;
        return {
          n,
          group: `g${n % GROUPS}`,
          score: Math.floor(n / GROUPS) % 100,
          at: new Date(1_700_000_000_000 + n),
        };
      });
      await db.collection(collection).add({ data });
    }
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function largeScenarios(db: any, collection: string, label: string, operations: number): Scenario[] {
  const _ = db.command;
  return [
    {
      name: `where + limit 20 (100k, ${label})`,
      operations,
      run: (_caller, index) =>
        db
          .collection(collection)
          .where({ group: `g${(index * 7) % GROUPS}`, score: _.gte(10) })
          .limit(20)
          .get(),
    },
    {
      name: `count (100k, ${label})`,
      operations,
      run: (_caller, index) =>
        db
          .collection(collection)
          .where({ group: `g${(index * 7) % GROUPS}` })
          .count(),
    },
  ];
}

export interface BackendFigures {
  callers: number;
  scenarios: Measurement[];
  firstScanMs: number;
  databaseMb: number;
}

/** Runs the backend bench, prints its table and returns the figures (npm run bench collects them). */
export async function runBackendBench(): Promise<BackendFigures> {
  const dir = makeTempDir('bench-backend');
  const dataDir = path.join(dir, 'data');
  const backend = await startBackend({
    dataDir,
    port: 0,
    ...LOCAL_CREDENTIALS,
    declarationPath: writeDeclaration(dir, DECLARATION),
  });
  initCloud(backend.serviceUrl);
  const db = cloud.database();
  const _ = db.command;
  const $ = _.aggregate;
  const ids: string[] = [];
  const scenarios: Scenario[] = [
    {
      name: 'insert',
      operations: 4000,
      run: async (_caller, index) => {
        const { _id } = await db.collection('items').add({
          data: { n: index, group: `g${index % 40}`, score: index % 100, at: new Date() },
        });
        ids.push(_id);
      },
    },
    {
      name: 'get by _id',
      operations: 4000,
      run: (_caller, index) => db.collection('items').doc(ids[index]).get(),
    },
    {
      name: 'where + limit 20',
      operations: 2000,
      run: (_caller, index) =>
        db
          .collection('items')
          .where({ group: `g${index % 40}`, score: _.gte(10) })
          .limit(20)
          .get(),
    },
    {
      name: 'count',
      operations: 2000,
      run: (_caller, index) =>
        db
          .collection('items')
          .where({ group: `g${index % 40}` })
          .count(),
    },
    {
      name: 'aggregate $group',
      operations: 1000,
      run: (_caller, index) =>
        db
          .collection('items')
          .aggregate()
          .match({ group: `g${index % 40}` })
          .group({ _id: '$score', total: $.sum(1) })
          .sort({ total: -1 })
          .limit(10)
          .end(),
    },
    {
      name: '2-doc transaction',
      operations: 1000,
      run: (caller) =>
        db.runTransaction(async (transaction: SdkTransaction) => {
          const from = transaction.collection('accounts').doc(`from-${caller}`);
          const to = transaction.collection('accounts').doc(`to-${caller}`);
          const { data } = await from.get();
          await from.update({ data: { balance: data.balance - 1 } });
          await to.update({ data: { balance: _.inc(1) } });
        }),
    },
  ];
  for (let caller = 0; caller < CALLERS; caller++) {
    await db.collection('accounts').add({ data: { _id: `from-${caller}`, balance: 1_000_000 } });
    await db.collection('accounts').add({ data: { _id: `to-${caller}`, balance: 0 } });
  }

  const results: Measurement[] = [];
  for (const scenario of scenarios) results.push(await measure(scenario, backend));

  await seedLarge(db);
  const seeded = memory();
  for (const scenario of largeScenarios(db, 'large_indexed', 'index', 2000))
    results.push(await measure(scenario, backend));
  const afterIndexed = memory();
  // The first scan parses and caches the whole collection; timed apart so the rows show steady scans.
  const firstScanStarted = performance.now();
  await db.collection('large_plain').where({ group: 'g0' }).count();
  const firstScanMs = performance.now() - firstScanStarted;
  for (const scenario of largeScenarios(db, 'large_plain', 'scan', 200))
    results.push(await measure(scenario, backend));
  const afterScans = memory();
  const databaseMb = directoryMb(dataDir);
  await backend.close();
  rmSync(dir, { recursive: true, force: true });

  const rows = results.map((r) => [
    r.name.padEnd(30),
    String(r.operations).padStart(6),
    r.opsPerSecond.toFixed(0).padStart(8),
    r.p50.toFixed(2).padStart(8),
    r.p95.toFixed(2).padStart(8),
    r.examinedPerOp.toFixed(0).padStart(8),
  ]);
  console.log(`本地 CloudBase 后端基准（真实 wx-server-sdk，${CALLERS} 个并发调用方）`);
  console.log(
    [
      'scenario'.padEnd(30),
      'ops'.padStart(6),
      'ops/s'.padStart(8),
      'p50 ms'.padStart(8),
      'p95 ms'.padStart(8),
      'docs/op'.padStart(8),
    ].join(' | '),
  );
  for (const row of rows) console.log(row.join(' | '));
  console.log(`内存（GC 后）：写入 2×${LARGE} 篇后 ${seeded}；走索引的查询后 ${afterIndexed}；`);
  console.log(`  无索引全表扫描（整个集合解析进缓存）后 ${afterScans}`);
  console.log(`无索引的第一次查询（解析并缓存整个集合）：${firstScanMs.toFixed(0)} ms`);
  console.log(`数据库文件（含 WAL）：${databaseMb.toFixed(0)} MB`);
  return { callers: CALLERS, scenarios: results, firstScanMs, databaseMb };
}

runAlone(module, runBackendBench);
