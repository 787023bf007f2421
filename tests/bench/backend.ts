// Throughput and latency of the local backend through the real wx-server-sdk, 16 concurrent callers.
import type { SdkTransaction } from '../support/backend';
import { startTestBackend } from '../support/backend';

const CALLERS = 16;

interface Scenario {
  name: string;
  operations: number;
  run: (caller: number, index: number) => Promise<unknown>;
}

interface Measurement {
  name: string;
  operations: number;
  opsPerSecond: number;
  p50: number;
  p95: number;
}

async function measure(scenario: Scenario): Promise<Measurement> {
  const latencies: number[] = [];
  let next = 0;
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
  };
}

async function main(): Promise<void> {
  const t = await startTestBackend();
  const { db } = t;
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
  for (const scenario of scenarios) results.push(await measure(scenario));
  await t.close();

  const rows = results.map((r) => [
    r.name.padEnd(18),
    String(r.operations).padStart(6),
    r.opsPerSecond.toFixed(0).padStart(8),
    r.p50.toFixed(2).padStart(8),
    r.p95.toFixed(2).padStart(8),
  ]);
  console.log(`本地 CloudBase 后端基准（真实 wx-server-sdk，${CALLERS} 个并发调用方）`);
  console.log(
    [
      'scenario'.padEnd(18),
      'ops'.padStart(6),
      'ops/s'.padStart(8),
      'p50 ms'.padStart(8),
      'p95 ms'.padStart(8),
    ].join(' | '),
  );
  for (const row of rows) console.log(row.join(' | '));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
