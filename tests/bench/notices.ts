// Database requests of the notices function's actions, with 1 and with 1,000 readers in the unit: what
// opening, recording progress, confirming and the leader's view cost, by collection and kind of request.
import { randomBytes } from 'node:crypto';
import type { RequestCounts } from '../../cloudfunctions/backend/request-counter';
import type { MemberRecord } from '../../cloudfunctions/src/platform/directory';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { freshUnit, publishTo, record, recordId, subscribe } from '../support/fixtures/notices';
import { PERSONAS } from '../support/personas';
import { runAlone } from './run-alone';

const CROWDS = [1, 1_000];
const PARALLEL = 16;

interface Cost {
  total: number;
  detail: string;
}

function difference(before: RequestCounts, after: RequestCounts): Cost {
  const parts: string[] = [];
  for (const [collection, kinds] of Object.entries(after.byCollection)) {
    for (const [kind, n] of Object.entries(kinds)) {
      const delta = n - (before.byCollection[collection]?.[kind] ?? 0);
      if (delta > 0) parts.push(`${collection} ${kind.replace('database.', '')}×${delta}`);
    }
  }
  return { total: after.total - before.total, detail: parts.join(', ') };
}

async function cost(harness: FunctionHarness, work: () => Promise<{ ok: boolean }>): Promise<Cost> {
  const before = harness.stack.databaseRequests();
  const answer = await work();
  if (!answer.ok) throw new Error(`调用失败：${JSON.stringify(answer)}`);
  return difference(before, harness.stack.databaseRequests());
}

async function inParallel<T>(items: T[], work: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: PARALLEL }, async () => {
      for (let index = next++; index < items.length; index = next++) await work(items[index]);
    }),
  );
}

async function crowd(harness: FunctionHarness, count: number) {
  const unit = await freshUnit(harness, `基准单位${count}人${randomBytes(2).toString('hex')}`);
  const members: MemberRecord[] = Array.from({ length: count }, (_, n) => ({
    _id: `member-bench-${count}-${n}-${randomBytes(3).toString('hex')}`,
    openid: `openid-bench-${count}-${n}-${randomBytes(3).toString('hex')}`,
    name: `读者${n + 1}`,
    staffNo: null,
    unitId: unit._id,
    unitPath: unit.path,
    status: 'active',
    joinedAt: new Date(),
    inviteId: null,
    grants: [],
  }));
  for (let start = 0; start < members.length; start += 100) {
    await harness.stack.db.collection('members').add({ data: members.slice(start, start + 100) });
  }
  // Half of them allowed study reminders.
  await inParallel(
    members.filter((_, n) => n % 2 === 0),
    (member) => subscribe(harness, member.openid, 1),
  );
  const notice = await publishTo(harness, [unit._id]);
  return { unit, members, notice };
}

async function measure(harness: FunctionHarness, count: number): Promise<Map<string, Cost>> {
  const { unit, members, notice } = await crowd(harness, count);
  const costs = new Map<string, Cost>();
  const [reader, ...others] = members;
  const get = () => harness.call('notices', 'get', { noticeId: notice._id }, reader.openid);

  const base = Date.now();
  harness.stack.setClock(new Date(base));
  costs.set('get (first time in this instance)', await cost(harness, get));
  costs.set('get (warm instance)', await cost(harness, get));
  costs.set(
    'recordReading (first: opens the receipt)',
    await cost(harness, () => record(harness, reader.openid, notice._id, 0.1)),
  );
  harness.stack.setClock(new Date(base + 16_000));
  costs.set(
    'recordReading (progress)',
    await cost(harness, () => record(harness, reader.openid, notice._id, 0.5, 15)),
  );
  harness.stack.setClock(new Date(base + 32_000));
  costs.set(
    'recordReading (reaches the end)',
    await cost(harness, () => record(harness, reader.openid, notice._id, 1, 15)),
  );
  harness.stack.setClock(new Date(base + 48_000));
  const retry = recordId();
  await record(harness, reader.openid, notice._id, 1, 15, retry);
  costs.set(
    'recordReading (retry of the same record)',
    await cost(harness, () => record(harness, reader.openid, notice._id, 1, 15, retry)),
  );
  costs.set(
    'confirmRead',
    await cost(harness, () =>
      harness.call('notices', 'confirmRead', { noticeId: notice._id }, reader.openid),
    ),
  );
  harness.stack.setClock(null);

  // The rest of the unit: everyone opens it, two thirds read to the end, half confirm.
  await inParallel(others, (member) => record(harness, member.openid, notice._id, 0.2));
  await inParallel(
    others.filter((_, n) => n % 3 !== 0),
    (member) => record(harness, member.openid, notice._id, 1),
  );
  await inParallel(
    others.filter((_, n) => n % 3 !== 0 && n % 4 !== 0),
    (member) => harness.call('notices', 'confirmRead', { noticeId: notice._id }, member.openid),
  );

  const status = () =>
    harness.call('notices', 'readingStatus', { noticeId: notice._id, unitId: unit._id }, PERSONAS.unitAdmin);
  await status();
  costs.set('readingStatus (figures + first not-yet page)', await cost(harness, status));
  costs.set(
    'list (home page)',
    await cost(harness, () => harness.call('notices', 'list', {}, reader.openid)),
  );
  costs.set(
    'remindUnread (sends included)',
    await cost(harness, () =>
      harness.call('notices', 'remindUnread', { noticeId: notice._id, unitId: unit._id }, PERSONAS.unitAdmin),
    ),
  );
  return costs;
}

/** Database requests per call of each notices action, by readers in the unit. */
export type NoticesFigures = Record<string, Record<number, number>>;

/** Runs the notices bench, prints its table and returns the figures (npm run bench collects them). */
export async function runNoticesBench(): Promise<NoticesFigures> {
  const harness = await startFunctionHarness({ seed: true, poolSize: 1 });
  try {
    const results = new Map<number, Map<string, Cost>>();
    for (const count of CROWDS) results.set(count, await measure(harness, count));
    const names = [...results.get(CROWDS[0])!.keys()];
    const width = Math.max(...names.map((name) => name.length));
    console.log(
      `\nnotices: database requests per call (${CROWDS.map((n) => `${n} reader${n > 1 ? 's' : ''}`).join(' / ')})\n`,
    );
    console.log(`${'action'.padEnd(width)}  ${CROWDS.map((n) => String(n).padStart(6)).join('  ')}`);
    for (const name of names) {
      console.log(
        `${name.padEnd(width)}  ${CROWDS.map((n) => String(results.get(n)!.get(name)!.total).padStart(6)).join('  ')}`,
      );
    }
    const largest = CROWDS[CROWDS.length - 1];
    console.log(`\nby collection and kind, ${largest} readers:`);
    for (const name of names) console.log(`  ${name}: ${results.get(largest)!.get(name)!.detail}`);
    return Object.fromEntries(
      names.map((name) => [
        name,
        Object.fromEntries(CROWDS.map((n) => [n, results.get(n)!.get(name)!.total])),
      ]),
    );
  } finally {
    await harness.close();
  }
}

runAlone(module, runNoticesBench);
