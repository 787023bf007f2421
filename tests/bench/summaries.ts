// `npm run bench:summaries`: what the statistics cost as the records grow. Seeds 200 units, 20,000 members,
// 500 sessions, 100,000 check-ins, 20,000 read receipts and 5,000 reflections straight into the local backend
// (at 10 % and at 100 %), then prints the database requests and latency of a session sheet, a unit summary and
// the federation table, and the time and peak memory of the federation table's export and of the digest.
import { execFileSync } from 'node:child_process';
import type { FunctionHarness } from '../support/functions';
import { startFunctionHarness } from '../support/functions';
import { PERSONAS } from '../support/personas';

const FULL = {
  units: 200,
  members: 20_000,
  sessions: 500,
  checkIns: 100_000,
  receipts: 20_000,
  reflections: 5_000,
};
const SCALES = (process.env.BENCH_SCALES ?? '0.1,1').split(',').map(Number);
const CHUNK = 1_000;
const DAY = 24 * 3_600_000;
const KINDS = ['group_study', 'meeting', 'class', 'lecture', 'other'];
const STATUSES = ['submitted', 'returned', 'published', 'featured'];

interface Unit {
  _id: string;
  name: string;
  kind: string;
  parentId: string;
  path: string[];
  depth: number;
  code: string;
}

async function insert(harness: FunctionHarness, collection: string, docs: object[]): Promise<void> {
  process.stderr.write(`  writing ${docs.length} ${collection}\n`);
  for (let start = 0; start < docs.length; start += CHUNK) {
    await harness.stack.db.collection(collection).add({ data: docs.slice(start, start + CHUNK) });
  }
}

/** A deterministic pseudo-random sequence, so each run seeds the same records. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

async function seed(harness: FunctionHarness, scale: number, now: number) {
  const n = (value: number) => Math.round(value * scale);
  const next = random(42);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)];
  const tag = `b${Math.round(scale * 100)}`;
  // Ten top-level units under the federation, the rest spread below them.
  const units: Unit[] = [];
  const top = Math.max(2, Math.round(n(FULL.units) / 20));
  for (let index = 0; index < n(FULL.units); index += 1) {
    const parent = index < top ? null : units[index % top];
    const _id = `unit-${tag}-${index}`;
    units.push({
      _id,
      name: `基准单位${tag}-${index}`,
      kind: 'union',
      parentId: parent?._id ?? 'unit-root',
      path: parent ? [...parent.path, _id] : ['unit-root', _id],
      depth: parent ? 2 : 1,
      code: `${tag}-${index}`,
    });
  }
  await insert(harness, 'units', units);
  const members = Array.from({ length: n(FULL.members) }, (_, index) => {
    const unit = units[index % units.length];
    return {
      _id: `member-${tag}-${index}`,
      openid: `openid-${tag}-${index}`,
      name: `职工${index}`,
      staffNo: null,
      unitId: unit._id,
      unitPath: unit.path,
      status: 'active',
      joinedAt: new Date(now - 100 * DAY + index * 1000),
      inviteId: null,
      grants: [],
    };
  });
  await insert(harness, 'members', members);
  const perUnit = new Map<string, number>();
  for (const member of members) perUnit.set(member.unitId, (perUnit.get(member.unitId) ?? 0) + 1);
  await insert(
    harness,
    'counters',
    units.map((unit) => ({
      _id: `members:${unit._id}#0`,
      key: `members:${unit._id}`,
      kind: 'members',
      unitId: unit._id,
      unitPath: unit.path,
      values: { active: perUnit.get(unit._id) ?? 0 },
    })),
  );
  const noticeId = `notice-${tag}`;
  const topIds = units.slice(0, top).map((unit) => unit._id);
  await insert(harness, 'notices', [
    {
      _id: noticeId,
      title: `基准通知${tag}`,
      issuer: '青岛市总工会',
      document: {
        title: [`基准通知${tag}`],
        addressees: '各单位：',
        sections: [],
        closing: [],
        signature: [],
      },
      body: '基准',
      targetUnitIds: topIds,
      audienceUnitIds: ['unit-root', ...topIds],
      // A report deadline, so the 反响体悟 digest of the same notice can be measured too.
      reportDeadline: '2027-12-31',
      publishedAt: new Date(now - 30 * DAY),
      publishedByMemberId: null,
      status: 'published',
    },
  ]);
  const reading = new Map<string, { unit: Unit; opened: number; finished: number; confirmed: number }>();
  const receipts = members.slice(0, n(FULL.receipts)).map((member, index) => {
    const finished = index % 3 !== 2;
    const confirmed = index % 3 === 0;
    const unit = units[index % units.length];
    const figures = reading.get(unit._id) ?? { unit, opened: 0, finished: 0, confirmed: 0 };
    figures.opened += 1;
    figures.finished += Number(finished);
    figures.confirmed += Number(confirmed);
    reading.set(unit._id, figures);
    const at = new Date(now - Math.floor(next() * 50) * DAY);
    return {
      _id: `${noticeId}:${member._id}`,
      noticeId,
      memberId: member._id,
      unitId: member.unitId,
      unitPath: member.unitPath,
      progress: finished ? 1 : 0.4,
      activeSeconds: 300,
      finished,
      confirmed,
      openedAt: at,
      finishedAt: finished ? at : null,
      confirmedAt: confirmed ? at : null,
      lastRecordedAt: at,
      lastRecordId: `bench-${index}`,
    };
  });
  await insert(harness, 'notice_receipts', receipts);
  await insert(
    harness,
    'counters',
    [...reading.values()].map(({ unit, ...values }) => ({
      _id: `notice:${noticeId}:unit:${unit._id}#0`,
      key: `notice:${noticeId}:unit:${unit._id}`,
      noticeId,
      unitId: unit._id,
      unitPath: unit.path,
      values,
    })),
  );
  const sessions = Array.from({ length: n(FULL.sessions) }, (_, index) => {
    const unit = units[index % units.length];
    const startAt = new Date(now - (1 + Math.floor(next() * 55)) * DAY);
    return {
      _id: `session-${tag}-${index}`,
      activityId: `session-${tag}-${index}`,
      multiShift: false,
      unitId: unit._id,
      unitPath: unit.path,
      title: `基准学习活动${index}`,
      kind: pick(KINDS),
      startAt,
      endAt: new Date(startAt.getTime() + 2 * 3_600_000),
      place: '工会会议室',
      geofence: null,
      noticeId,
      requireCheckOut: false,
      openBeforeMinutes: 30,
      status: 'scheduled',
      closedAt: null,
      cancelledAt: null,
      cancelReason: null,
      secret: 'bench',
      entryCodeFileId: null,
      createdByMemberId: null,
      createdAt: startAt,
      updatedAt: startAt,
    };
  });
  await insert(harness, 'sessions', sessions);
  // Each session gets an equal share of the check-ins, from consecutive members (one record per person).
  const perSession = Math.floor(n(FULL.checkIns) / sessions.length);
  const checkIns = [];
  for (const [index, session] of sessions.entries()) {
    for (let k = 0; k < perSession; k += 1) {
      const member = members[(index * 37 + k) % members.length];
      checkIns.push({
        _id: `${session.activityId}:${member._id}`,
        activityId: session.activityId,
        sessionId: session._id,
        memberId: member._id,
        unitId: member.unitId,
        status: k % 10 === 0 ? 'late' : 'present',
        checkedInAt: session.startAt,
        checkedOutAt: null,
        distanceMeters: null,
        manualReason: null,
        markedByMemberId: null,
      });
    }
  }
  await insert(harness, 'session_attendance', checkIns);
  const reflections = Array.from({ length: n(FULL.reflections) }, (_, index) => {
    const member = members[(index * 7) % members.length];
    const at = new Date(now - Math.floor(next() * 55) * DAY);
    const status = pick(STATUSES);
    return {
      _id: `reflection-${tag}-${index}`,
      memberId: member._id,
      unitId: member.unitId,
      unitPath: member.unitPath,
      noticeId,
      noticeTitle: `基准通知${tag}`,
      sessionId: null,
      title: '',
      text: '基准心得',
      length: 4,
      photoFileIds: [],
      status,
      createdAt: at,
      updatedAt: at,
      submittedAt: at,
      firstSubmittedAt: at,
      reviewedAt: status === 'submitted' ? null : at,
      publishedAt: status === 'published' || status === 'featured' ? at : null,
      featuredAt: status === 'featured' ? at : null,
      returnReason: null,
      contentHeld: null,
      resemblance: null,
    };
  });
  await insert(harness, 'reflections', reflections);
  return { units, noticeId, session: sessions[0], top: units[0], checkIns: checkIns.length };
}

async function timed(harness: FunctionHarness, work: () => Promise<{ ok: boolean }>) {
  // Warm the instance (a socket the backend closed while the seed was written may fail once).
  const warm = performance.now();
  const first = await work();
  if (!first.ok)
    process.stderr.write(
      `  warm-up failed after ${(performance.now() - warm).toFixed(0)} ms: ${JSON.stringify(first)}\n`,
    );
  const started = performance.now();
  const { result, requests } = await harness.requestsDuring(work);
  const ms = performance.now() - started;
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { requests, ms };
}

async function peakDuring<T>(work: () => Promise<T>) {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const started = performance.now();
  try {
    const result = await work();
    return {
      result,
      ms: performance.now() - started,
      peakMb: peak / 2 ** 20,
      growthMb: (peak - before) / 2 ** 20,
    };
  } finally {
    clearInterval(timer);
  }
}

async function measure(scale: number): Promise<string[]> {
  const harness = await startFunctionHarness({ seed: true, poolSize: 1 });
  try {
    const now = Date.now();
    const seeding = performance.now();
    const seeded = await seed(harness, scale, now);
    const seedSeconds = ((performance.now() - seeding) / 1000).toFixed(1);
    const federation = PERSONAS.federationAdmin;
    const call = (action: string, payload: object) => () =>
      harness.call('stats', action, payload, federation);
    const { total: unitCount } = (await harness.stack.db.collection('units').count()) as unknown as {
      total: number;
    };
    process.stderr.write('  measuring\n');
    const sheet = await timed(harness, call('sessionSheet', { sessionId: seeded.session._id }));
    const unit = await timed(harness, call('unitSummary', { unitId: seeded.top._id }));
    const root = await timed(harness, call('unitSummary', { unitId: 'unit-root' }));
    const table = await timed(harness, call('federationTable', { noticeId: seeded.noticeId }));
    const exported = await peakDuring(() =>
      harness.call('stats', 'exportFederationTable', { noticeId: seeded.noticeId }, federation),
    );
    if (!exported.result.ok) throw new Error(JSON.stringify(exported.result));
    const digest = await peakDuring(() =>
      harness.call('reports', 'digest', { noticeId: seeded.noticeId }, federation),
    );
    if (!digest.result.ok) throw new Error(JSON.stringify(digest.result));
    const pct = `${Math.round(scale * 100)}%`;
    const row = (label: string, cost: { requests: number; ms: number }) =>
      `  ${label.padEnd(40)} ${String(cost.requests).padStart(4)} requests ${cost.ms.toFixed(0).padStart(6)} ms`;
    return [
      `${pct}: ${seeded.units.length} units (+ demo ${unitCount - seeded.units.length}), ${Math.round(FULL.members * scale)} members, ${Math.round(FULL.sessions * scale)} sessions, ${seeded.checkIns} check-ins, ${Math.round(FULL.receipts * scale)} receipts, ${Math.round(FULL.reflections * scale)} reflections (seeded in ${seedSeconds} s)`,
      row('session sheet (first page of 20)', sheet),
      row('unit summary (a top-level unit)', unit),
      row('unit summary (whole federation)', root),
      row(`federation table (budget ${Math.ceil(unitCount / 100) + 5})`, table),
      `  federation table export: ${exported.ms.toFixed(0)} ms, peak RSS ${exported.peakMb.toFixed(0)} MB (+${exported.growthMb.toFixed(0)} MB; one process: backend, runtime and function)`,
      `  反响体悟 digest (.docx, featured reflections capped at 200): ${digest.ms.toFixed(0)} ms, peak RSS ${digest.peakMb.toFixed(0)} MB (+${digest.growthMb.toFixed(0)} MB)`,
    ];
  } finally {
    await harness.close();
  }
}

// The admin SDK is one per process and keeps the first backend it was pointed at: each size runs in a
// process of its own.
async function main(): Promise<void> {
  const child = process.env.BENCH_SCALE;
  if (child) {
    console.log((await measure(Number(child))).join('\n'));
    return;
  }
  const lines: string[] = [];
  for (const scale of SCALES) {
    const output = execFileSync(process.execPath, [...process.execArgv, __filename], {
      env: { ...process.env, BENCH_SCALE: String(scale) },
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    });
    lines.push(output.trimEnd());
  }
  console.log(`\nstats: requests and latency as the records grow\n\n${lines.join('\n')}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
