import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../cloudfunctions/local/reconcile/reconcile';
import type { Result } from '../../cloudfunctions/shared/result';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { addGrant, addInvite, addMember } from '../support/fixtures/org';
import { noticeText, publishTo, record, recordId } from '../support/fixtures/notices';
import { draftKey, originalText, SEED_NOTICE, submitNew } from '../support/fixtures/reflections';
import { REPORT_TEXT, reportCall, reportingUnit } from '../support/fixtures/reports';
import { addAttendance, addLeave, addSession, codeOf } from '../support/fixtures/sessions';
import { PERSONAS, SIBLING_UNIT, TARGET_UNIT } from '../support/personas';
import {
  answerCode,
  changesBetween,
  contractActions,
  dumpCompared,
  FULL_RELIABILITY,
  tally,
  type DatabaseChange,
} from '../support/reliability';

/**
 * For every action that writes: 20 identical calls at once (a double tap, a retry storm, a stuck button)
 * leave exactly the state one call leaves, or for actions that make a new record per call by design, the
 * documented number of records; and no call is answered INTERNAL. Each action runs twice on twin targets,
 * once alone and once as a crowd, and the two changes to the database are compared per collection.
 */

const CROWD = 20;
const HOUR = 3_600_000;

let harness: FunctionHarness;
beforeAll(async () => {
  harness = await startFunctionHarness({ seed: true, poolSize: 16 });
});
afterAll(() => harness?.close());

const db = () => harness.stack.db;

interface Target {
  payload: unknown;
  openid: string;
}

interface WriteCase {
  /** Builds a fresh target: the single call and the crowd each get their own. */
  setup: () => Promise<Target>;
  /**
   * `once`: the crowd leaves what one call leaves. `each`: every call that succeeds adds its own records
   * (documented: each is a new invite, session, photo or export).
   */
  expect: 'once' | 'each';
  /** Collections left out of the comparison, each with the reason. */
  ignore?: Record<string, string>;
}

const member = (name = '并发职工') => addMember(db(), TARGET_UNIT, name);
const must = async <T>(answer: Promise<Result<T>>): Promise<T> => {
  const result = await answer;
  if (!result.ok) throw new Error(`${result.code} ${result.message}`);
  return result.data;
};
const published = async () => {
  const writer = await member('并发作者');
  const { reflection } = await submitNew(harness, writer.openid);
  await must(
    harness.call(
      'reflections',
      'review',
      { reflectionId: reflection._id, decision: 'publish' },
      PERSONAS.unitAdmin,
    ),
  );
  return reflection;
};
const csv = (name: string) =>
  Buffer.from(`名称,类型,上级,编码\n${name},市直工会,SZ-JY-02,\n`).toString('base64');
const tinyJpeg = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9,
]).toString('base64');
const sessionTimes = (startInHours: number) => ({
  title: '并发学习会',
  kind: 'meeting',
  startAt: new Date(Date.now() + startInHours * HOUR).toISOString(),
  endAt: new Date(Date.now() + (startInHours + 1) * HOUR).toISOString(),
  place: '工会三楼会议室',
});
let serial = 0;
const unique = () => `${Date.now().toString(36)}${(serial += 1)}`;

const WRITES: Record<string, WriteCase> = {
  'notices.recordReading': {
    expect: 'once',
    setup: async () => ({
      openid: (await member()).openid,
      payload: { noticeId: SEED_NOTICE, progress: 0.6, activeSeconds: 0, recordId: recordId() },
    }),
  },
  'notices.confirmRead': {
    expect: 'once',
    setup: async () => {
      const reader = await member();
      await record(harness, reader.openid, SEED_NOTICE, 1);
      return { openid: reader.openid, payload: { noticeId: SEED_NOTICE } };
    },
  },
  'notices.remindUnread': {
    expect: 'once',
    setup: async () => ({
      openid: PERSONAS.unitAdmin,
      payload: { noticeId: (await publishTo(harness, [TARGET_UNIT]))._id, unitId: TARGET_UNIT },
    }),
  },
  'notices.publish': {
    // The same text published twice is one notice.
    expect: 'once',
    setup: async () => ({
      openid: PERSONAS.federationAdmin,
      payload: { text: noticeText(), issuer: '青岛市总工会', targetUnitIds: [TARGET_UNIT] },
    }),
  },
  'notices.archive': {
    expect: 'once',
    setup: async () => ({
      openid: PERSONAS.federationAdmin,
      payload: { noticeId: (await publishTo(harness, [TARGET_UNIT]))._id },
    }),
  },
  'account.acceptNotifications': {
    expect: 'once',
    setup: async () => ({ openid: (await member()).openid, payload: { topics: ['studyReminder'] } }),
  },
  'account.join': {
    expect: 'once',
    setup: async () => ({
      openid: `openid-concurrent-join-${unique()}`,
      payload: { code: (await addInvite(db(), TARGET_UNIT)).code, name: '并发新人' },
    }),
  },
  'account.updateProfile': {
    expect: 'once',
    setup: async () => ({
      openid: (await member()).openid,
      payload: { name: '改名职工', staffNo: `A-${unique()}` },
    }),
  },
  'account.deleteAccount': {
    expect: 'once',
    setup: async () => ({ openid: (await member()).openid, payload: { confirm: '确认注销' } }),
  },
  'org.createUnit': {
    expect: 'once',
    setup: async () => ({
      openid: PERSONAS.unitAdmin,
      payload: { parentId: TARGET_UNIT, name: `并发单位${unique()}` },
    }),
  },
  'org.updateUnit': {
    expect: 'once',
    setup: async () => {
      const unit = await must<{ _id: string }>(
        harness.call(
          'org',
          'createUnit',
          { parentId: TARGET_UNIT, name: `待改单位${unique()}` },
          PERSONAS.unitAdmin,
        ),
      );
      return {
        openid: PERSONAS.unitAdmin,
        payload: { unitId: unit._id, name: `改后单位${unique()}`, code: null },
      };
    },
  },
  'org.importUnits': {
    expect: 'once',
    ignore: {
      // Known: the same admin's imports at once take each other back as retries (import-jobs.ts); one
      // import lands whole, but its finished job record may be taken back with the others.
      unit_imports: 'bookkeeping of finished imports',
    },
    setup: async () => ({
      openid: PERSONAS.federationAdmin,
      payload: { fileName: 'units.csv', contentBase64: csv(`并发导入${unique()}`) },
    }),
  },
  'org.moveMember': {
    expect: 'once',
    setup: async () => ({
      openid: PERSONAS.parentAdmin,
      payload: { memberId: (await member())._id, toUnitId: SIBLING_UNIT },
    }),
  },
  'org.removeMember': {
    expect: 'once',
    setup: async () => ({ openid: PERSONAS.unitAdmin, payload: { memberId: (await member())._id } }),
  },
  'org.createInvite': {
    expect: 'each',
    setup: async () => ({
      openid: PERSONAS.unitAdmin,
      payload: { unitId: TARGET_UNIT, validHours: 24, maxUses: null },
    }),
  },
  'org.revokeInvite': {
    expect: 'once',
    setup: async () => ({
      openid: PERSONAS.unitAdmin,
      payload: { inviteId: (await addInvite(db(), TARGET_UNIT))._id },
    }),
  },
  'org.inviteQrCode': {
    expect: 'once',
    setup: async () => ({
      openid: PERSONAS.unitAdmin,
      payload: { inviteId: (await addInvite(db(), TARGET_UNIT))._id },
    }),
  },
  'org.grantRole': {
    expect: 'once',
    setup: async () => ({
      openid: PERSONAS.unitAdmin,
      payload: { memberId: (await member())._id, role: 'unit_admin', unitId: TARGET_UNIT },
    }),
  },
  'org.revokeRole': {
    expect: 'once',
    setup: async () => ({
      openid: PERSONAS.unitAdmin,
      payload: { grantId: (await addGrant(db(), TARGET_UNIT))._id },
    }),
  },
  'sessions.create': {
    expect: 'each',
    setup: async () => ({
      openid: PERSONAS.unitAdmin,
      payload: { unitId: TARGET_UNIT, ...sessionTimes(24) },
    }),
  },
  'sessions.update': {
    expect: 'once',
    setup: async () => {
      const session = await addSession(db(), TARGET_UNIT, {
        startAt: new Date(Date.now() + 24 * HOUR),
        endAt: new Date(Date.now() + 25 * HOUR),
      });
      return {
        openid: PERSONAS.unitAdmin,
        payload: { sessionId: session._id, ...sessionTimes(26), place: '工会五楼报告厅' },
      };
    },
  },
  'sessions.cancel': {
    expect: 'once',
    setup: async () => ({
      openid: PERSONAS.unitAdmin,
      payload: { sessionId: (await addSession(db(), TARGET_UNIT))._id, reason: '场地临时占用' },
    }),
  },
  'sessions.closeCheckIn': {
    expect: 'once',
    setup: async () => ({
      openid: PERSONAS.unitAdmin,
      payload: { sessionId: (await addSession(db(), TARGET_UNIT))._id },
    }),
  },
  'sessions.entryCode': {
    expect: 'once',
    setup: async () => ({
      openid: PERSONAS.unitAdmin,
      payload: { sessionId: (await addSession(db(), TARGET_UNIT))._id },
    }),
  },
  'sessions.checkIn': {
    expect: 'once',
    setup: async () => {
      const session = await addSession(db(), TARGET_UNIT);
      return {
        openid: (await member()).openid,
        payload: { sessionId: session._id, code: codeOf(session) },
      };
    },
  },
  'sessions.checkOut': {
    expect: 'once',
    setup: async () => {
      const session = await addSession(db(), TARGET_UNIT, { requireCheckOut: true });
      const attendee = await member();
      await addAttendance(db(), session, attendee.openid);
      return {
        openid: attendee.openid,
        payload: { sessionId: session._id, code: codeOf(session, Date.now(), 'out') },
      };
    },
  },
  'sessions.requestLeave': {
    expect: 'once',
    setup: async () => ({
      openid: (await member()).openid,
      payload: { sessionId: (await addSession(db(), TARGET_UNIT))._id, reason: '家中老人住院需要陪护' },
    }),
  },
  'sessions.decideLeave': {
    expect: 'once',
    setup: async () => {
      const session = await addSession(db(), TARGET_UNIT);
      const leaveId = await addLeave(db(), session, await member());
      return { openid: PERSONAS.unitAdmin, payload: { leaveId, approve: true, comment: '同意' } };
    },
  },
  'sessions.markPresent': {
    expect: 'once',
    setup: async () => {
      const session = await addSession(db(), TARGET_UNIT);
      return {
        openid: PERSONAS.unitAdmin,
        payload: { sessionId: session._id, memberId: (await member())._id, reason: '手机没电现场确认' },
      };
    },
  },
  'sessions.remindMe': {
    expect: 'once',
    setup: async () => {
      const session = await addSession(db(), TARGET_UNIT, {
        startAt: new Date(Date.now() + 5 * HOUR),
        endAt: new Date(Date.now() + 6 * HOUR),
      });
      return { openid: (await member()).openid, payload: { sessionId: session._id } };
    },
  },
  'reflections.saveDraft': {
    expect: 'once',
    setup: async () => ({
      openid: (await member()).openid,
      payload: { draftKey: draftKey(), noticeId: SEED_NOTICE, text: '草稿写了一半' },
    }),
  },
  'reflections.submit': {
    expect: 'once',
    setup: async () => ({
      openid: (await member()).openid,
      payload: { draftKey: draftKey(), noticeId: SEED_NOTICE, text: originalText() },
    }),
  },
  'reflections.withdraw': {
    expect: 'once',
    setup: async () => {
      const writer = await member();
      const { reflection } = await submitNew(harness, writer.openid);
      return { openid: writer.openid, payload: { reflectionId: reflection._id } };
    },
  },
  'reflections.review': {
    expect: 'once',
    setup: async () => {
      const { reflection } = await submitNew(harness, (await member()).openid);
      return {
        openid: PERSONAS.unitAdmin,
        payload: { reflectionId: reflection._id, decision: 'return', reason: '请结合本岗位实际再谈体会' },
      };
    },
  },
  'reflections.feature': {
    expect: 'once',
    setup: async () => ({
      openid: PERSONAS.federationAdmin,
      payload: { reflectionId: (await published())._id },
    }),
  },
  'reflections.like': {
    expect: 'once',
    setup: async () => ({
      openid: (await member('点赞职工')).openid,
      payload: { reflectionId: (await published())._id },
    }),
  },
  'reflections.export': {
    // Each export is a file of its own (and an audit entry); past 10 in 10 minutes they are RATE_LIMITED.
    expect: 'each',
    setup: async () => ({
      openid: (await addGrant(db(), TARGET_UNIT)).openid,
      payload: { unitId: TARGET_UNIT, from: '2026-01-01', to: '2026-12-31' },
    }),
  },
  'reflections.uploadPhoto': {
    expect: 'each',
    setup: async () => ({
      openid: (await member()).openid,
      payload: { contentType: 'image/jpeg', contentBase64: tinyJpeg },
    }),
  },
  'reflections.setDeadline': {
    expect: 'once',
    setup: async () => ({
      openid: PERSONAS.federationAdmin,
      payload: { noticeId: (await publishTo(harness, [TARGET_UNIT]))._id, deadline: '2026-12-20' },
    }),
  },
  'reports.save': {
    expect: 'once',
    setup: async () => {
      const { unit, admin, notice } = await reportTarget();
      return { openid: admin, payload: { noticeId: notice._id, unitId: unit._id, ...REPORT_TEXT } };
    },
  },
  'reports.submit': {
    expect: 'once',
    setup: async () => {
      const { unit, admin, notice } = await reportTarget();
      return { openid: admin, payload: { noticeId: notice._id, unitId: unit._id, ...REPORT_TEXT } };
    },
  },
  'reports.returnForRevision': {
    expect: 'once',
    setup: async () => {
      const { unit, admin, notice } = await reportTarget();
      const report = { noticeId: notice._id, unitId: unit._id };
      await reportCall(harness, 'submit', { ...report, ...REPORT_TEXT }, admin);
      return {
        openid: PERSONAS.federationAdmin,
        payload: { reportId: `${notice._id}:${unit._id}`, comment: '请补充具体措施' },
      };
    },
  },
  'reports.remindMissing': {
    // The day's reminder record is claimed once; the rest of the crowd is RATE_LIMITED.
    expect: 'once',
    setup: async () => ({
      openid: PERSONAS.federationAdmin,
      payload: { noticeId: (await reportTarget()).notice._id },
    }),
  },
  'reports.digest': {
    // Each digest is a document of its own (and an audit entry); past 10 in 10 minutes they are RATE_LIMITED.
    expect: 'each',
    setup: async () => ({
      openid: (await addGrant(db(), TARGET_UNIT)).openid,
      payload: { noticeId: SEED_NOTICE, unitId: TARGET_UNIT },
    }),
  },
  'stats.exportSessionSheet': {
    expect: 'each',
    setup: async () => ({
      openid: (await addGrant(db(), TARGET_UNIT)).openid,
      payload: { sessionId: (await addSession(db(), TARGET_UNIT))._id },
    }),
  },
  'stats.exportFederationTable': {
    expect: 'each',
    setup: async () => ({
      openid: PERSONAS.federationAdmin,
      payload: { noticeId: SEED_NOTICE },
    }),
  },
  'stats.setThresholds': {
    expect: 'once',
    setup: async () => {
      // Values other than those in force, which are first set to something else: each run is one change.
      thresholdRuns += 1;
      await must(
        harness.call(
          'stats',
          'setThresholds',
          { confirmedRate: 1, attendanceRate: 1, reflectionRate: 1 },
          PERSONAS.federationAdmin,
        ),
      );
      return {
        openid: PERSONAS.federationAdmin,
        payload: { confirmedRate: 50 + thresholdRuns, attendanceRate: 60, reflectionRate: 20 },
      };
    },
  },
};

/** Actions that only read (or, for `sessions.remind`, only run from the timer: see the timer test below). */
const READS = new Set([
  'notices.list',
  'notices.get',
  'notices.readingStatus',
  'notices.listForUnit',
  'notices.preview',
  'account.notificationSettings',
  'account.me',
  'account.previewInvite',
  'org.unitTree',
  'org.listMembers',
  'org.listInvites',
  'org.listRoles',
  'org.listAudit',
  'sessions.get',
  'sessions.listMine',
  'sessions.listForUnit',
  'sessions.display',
  'sessions.attendance',
  'sessions.remind',
  'reflections.get',
  'reflections.listMine',
  'reflections.listForReview',
  'reflections.feed',
  'reflections.submissionStatus',
  'reflections.mySummary',
  'reports.get',
  'reports.status',
  'stats.sessionSheet',
  'stats.unitSummary',
  'stats.federationTable',
]);

let thresholdRuns = 0;

/** A unit with an admin of its own and a notice sent to it with a report deadline: it must report. */
async function reportTarget() {
  const { unit, admin } = await reportingUnit(harness);
  const notice = await publishTo(harness, [unit._id], { reportDeadline: '2027-12-31' });
  return { unit, admin, notice };
}

async function changeOf(target: Target, fn: string, action: string, times: number) {
  const before = await dumpCompared(db());
  const results = await Promise.all(
    Array.from({ length: times }, () => harness.call(fn, action, target.payload, target.openid)),
  );
  const after = await dumpCompared(db());
  return { results, change: changesBetween(before, after) };
}

/**
 * A sharded counter's shard is added on its first use and changed after: which one a call lands on is chance,
 * so counters compare by documents touched.
 */
function comparable(change: Record<string, DatabaseChange>, ignore: Record<string, string> = {}) {
  const shown: Record<string, unknown> = {};
  for (const [name, counts] of Object.entries(change)) {
    if (name in ignore) continue;
    shown[name] =
      name === 'counters' ? { touched: counts.added + counts.changed, removed: counts.removed } : counts;
  }
  return shown;
}

const added = (change: Record<string, DatabaseChange>) =>
  Object.fromEntries(
    Object.entries(change)
      .filter(([name]) => name !== 'counters')
      .map(([name, counts]) => [name, counts.added]),
  );

describe(`${CROWD} identical calls at once`, () => {
  it('knows whether every action of the contract writes', () => {
    const listed = [...Object.keys(WRITES), ...READS];
    expect(new Set(listed)).toEqual(new Set(contractActions()));
    expect(listed).toHaveLength(contractActions().length);
  });

  // 20 imports at once take longer than the org function's 20 s timeout on a loaded two-core machine (as
  // inside npm test); npm run test:reliability runs that case.
  const FULL_ONLY = new Set(['org.importUnits']);
  it.each(Object.keys(WRITES).filter((key) => FULL_RELIABILITY || !FULL_ONLY.has(key)))('%s', async (key) => {
    const [fn, action] = key.split('.');
    const spec = WRITES[key];
    const alone = await changeOf(await spec.setup(), fn, action, 1);
    expect(alone.results[0], 'the single call itself must succeed').toMatchObject({ ok: true });
    const crowd = await changeOf(await spec.setup(), fn, action, CROWD);
    const codes = tally(crowd.results.map(answerCode));
    expect(codes.INTERNAL, JSON.stringify(crowd.results.find((r) => answerCode(r) === 'INTERNAL'))).toBe(
      undefined,
    );
    // BUSY (retries of a contended transaction ran out on a loaded machine) is a clear answer too; the
    // state must still be one call's.
    if (spec.expect === 'once') {
      expect(comparable(crowd.change, spec.ignore), `answers: ${JSON.stringify(codes)}`).toEqual(
        comparable(alone.change, spec.ignore),
      );
    } else {
      const succeeded = codes.ok ?? 0;
      expect(Object.keys(codes).filter((code) => code !== 'ok' && code !== 'RATE_LIMITED')).toEqual([]);
      expect(succeeded).toBeGreaterThan(0);
      expect(added(crowd.change)).toEqual(
        Object.fromEntries(Object.entries(added(alone.change)).map(([name, n]) => [name, n * succeeded])),
      );
    }
  });

  it('leaves every counter equal to a recount from the records', async () => {
    expect(await reconcile(db())).toEqual([]);
  });
});
