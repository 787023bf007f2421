import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { contract } from '../../cloudfunctions/shared/contract';
import type { Result } from '../../cloudfunctions/shared/result';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { addGrant, addInvite, addMember } from '../support/fixtures/org';
import { addLeave, addSession } from '../support/fixtures/sessions';
import { noticeText } from '../support/fixtures/notices';
import { draftKey, originalText, SEED_NOTICE, submitNew } from '../support/fixtures/reflections';
import { PERSONAS, SIBLING_UNIT, TARGET_UNIT } from '../support/personas';
import {
  answerCode,
  changesBetween,
  contractActions,
  dumpCompared,
  isClearRefusal,
  scaled,
} from '../support/reliability';
import { extraKey, forgedCursor, hostileValue, withOwnKey } from './hostile-values';

/**
 * Every action of every function, called as a mini-program user would (through the local runtime, the
 * functions' real wx-server-sdk and the local backend) with generated malformed payloads. Each answer must
 * be a clear refusal (a specific code, never INTERNAL, with a Chinese message), the database must be exactly
 * as it was, and the runtime must answer a normal call afterwards.
 */

const ADMIN_RUNS = scaled(14, 150);
const WORKER_RUNS = scaled(4, 40);

let harness: FunctionHarness;
const bases = new Map<string, Record<string, unknown>>();
const casesRun = new Map<string, { cases: number; codes: Record<string, number> }>();

const tinyJpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9]);
const csvFile = Buffer.from('名称,类型,上级,编码\n坏输入单位,市直工会,SZ-JY-02,\n').toString('base64');

beforeAll(async () => {
  harness = await startFunctionHarness({ seed: true, poolSize: 4 });
  const db = harness.stack.db;
  const member = await addMember(db, TARGET_UNIT, '坏输入职工');
  const grant = await addGrant(db, TARGET_UNIT);
  const invite = await addInvite(db, TARGET_UNIT);
  const session = await addSession(db, TARGET_UNIT);
  const leaveId = await addLeave(db, session, member);
  const { reflection } = await submitNew(harness, member.openid);
  const noticeId = SEED_NOTICE;
  const unitId = TARGET_UNIT;
  const sessionId = session._id;
  const reflectionId = reflection._id;
  const sessionFields = {
    title: '坏输入测试学习会',
    kind: 'meeting',
    startAt: '2026-12-01T14:30:00+08:00',
    endAt: '2026-12-01T16:00:00+08:00',
    place: '工会三楼会议室',
  };
  const reportText = {
    measures: '组织全体职工集中学习通知精神',
    highlights: '职工结合岗位写出心得体会',
    problems: '无',
  };
  // One payload per action that the contract accepts; each generated case breaks it in one place.
  const valid: Record<string, Record<string, unknown>> = {
    'notices.list': {},
    'notices.get': { noticeId },
    'notices.recordReading': { noticeId, progress: 0.5, activeSeconds: 10, recordId: 'rec-bad-input-1' },
    'notices.confirmRead': { noticeId },
    'notices.readingStatus': { noticeId, unitId },
    'notices.remindUnread': { noticeId, unitId },
    'notices.listForUnit': { unitId },
    'notices.preview': { text: noticeText() },
    'notices.publish': { text: noticeText(), issuer: '青岛市总工会', targetUnitIds: [unitId] },
    'notices.archive': { noticeId },
    'account.notificationSettings': {},
    'account.acceptNotifications': { topics: ['studyReminder'] },
    'account.me': {},
    'account.previewInvite': { code: invite.code },
    'account.join': { code: invite.code, name: '张三' },
    'account.updateProfile': { name: '张三' },
    'account.deleteAccount': { confirm: '确认注销' },
    'org.unitTree': {},
    'org.createUnit': { parentId: unitId, name: '坏输入下级单位' },
    'org.updateUnit': { unitId, name: '青岛第二中学工会', code: 'SZ-JY-02' },
    'org.importUnits': { fileName: 'units.csv', contentBase64: csvFile },
    'org.listMembers': { unitId },
    'org.moveMember': { memberId: member._id, toUnitId: SIBLING_UNIT },
    'org.removeMember': { memberId: member._id },
    'org.createInvite': { unitId, validHours: 24, maxUses: null },
    'org.listInvites': { unitId },
    'org.revokeInvite': { inviteId: invite._id },
    'org.inviteQrCode': { inviteId: invite._id },
    'org.listRoles': { unitId },
    'org.grantRole': { memberId: member._id, role: 'unit_admin', unitId },
    'org.revokeRole': { grantId: grant._id },
    'org.listAudit': { unitId },
    'sessions.create': { unitId, ...sessionFields },
    'sessions.update': { sessionId, ...sessionFields },
    'sessions.cancel': { sessionId },
    'sessions.closeCheckIn': { sessionId },
    'sessions.get': { sessionId },
    'sessions.listMine': {},
    'sessions.listForUnit': { unitId },
    'sessions.display': { sessionId },
    'sessions.entryCode': { sessionId },
    'sessions.checkIn': { sessionId, code: '000000' },
    'sessions.checkOut': { sessionId, code: '000000' },
    'sessions.requestLeave': { sessionId, reason: '家中有事需要请假' },
    'sessions.decideLeave': { leaveId, approve: true },
    'sessions.markPresent': { sessionId, memberId: member._id, reason: '签到设备故障补签' },
    'sessions.attendance': { sessionId },
    'sessions.remindMe': { sessionId },
    'sessions.remind': {},
    'reflections.saveDraft': { draftKey: draftKey(), noticeId, text: '' },
    'reflections.submit': { draftKey: draftKey(), noticeId, text: originalText() },
    'reflections.withdraw': { reflectionId },
    'reflections.get': { reflectionId },
    'reflections.listMine': {},
    'reflections.listForReview': { unitId },
    'reflections.review': { reflectionId, decision: 'publish' },
    'reflections.feature': { reflectionId },
    'reflections.feed': { scope: 'unit' },
    'reflections.like': { reflectionId },
    'reflections.export': { unitId, from: '2026-01-01', to: '2026-11-30' },
    'reflections.uploadPhoto': { contentType: 'image/jpeg', contentBase64: tinyJpeg.toString('base64') },
    'reflections.setDeadline': { noticeId, deadline: '2026-12-31' },
    'reflections.submissionStatus': { noticeId, unitId },
    'reflections.mySummary': {},
    'reports.get': { noticeId, unitId },
    'reports.save': { noticeId, unitId, ...reportText },
    'reports.submit': { noticeId, unitId, ...reportText },
    'reports.returnForRevision': { reportId: `${noticeId}:${unitId}`, comment: '请补充具体措施' },
    'reports.status': { noticeId },
    'reports.remindMissing': { noticeId },
    'reports.digest': { noticeId },
    'stats.sessionSheet': { sessionId },
    'stats.exportSessionSheet': { sessionId },
    'stats.unitSummary': { unitId },
    'stats.federationTable': { noticeId },
    'stats.exportFederationTable': { noticeId },
    'stats.setThresholds': { confirmedRate: 60, attendanceRate: 60, reflectionRate: 20 },
  };
  for (const [key, payload] of Object.entries(valid)) bases.set(key, payload);
});

afterAll(async () => {
  const lines = [...casesRun].map(
    ([action, { cases, codes }]) =>
      `${action.padEnd(30)} ${String(cases).padStart(5)}  ${Object.entries(codes)
        .map(([code, n]) => `${code}×${n}`)
        .join(' ')}`,
  );
  const total = [...casesRun.values()].reduce((sum, entry) => sum + entry.cases, 0);
  console.log(`bad input: ${total} generated cases over ${casesRun.size} actions\n${lines.join('\n')}`);
  await harness?.close();
});

type ObjectSchema = z.ZodMiniType & { _zod: { def: { shape?: Record<string, z.ZodMiniType> } } };

const schemaOf = (key: string) => {
  const [fn, action] = key.split('.');
  return (contract as unknown as Record<string, Record<string, { input: ObjectSchema }>>)[fn][action].input;
};

/** The fields of an action's input, and which of them the contract requires (leaving them out is refused). */
function fieldsOf(key: string) {
  const shape = schemaOf(key)._zod.def.shape ?? {};
  const fields = Object.keys(shape);
  const base = bases.get(key)!;
  const required = fields.filter((field) => {
    const payload = { ...base };
    delete payload[field];
    return !accepts(key, payload);
  });
  return { fields, required };
}

const accepts = (key: string, payload: unknown) =>
  (schemaOf(key).safeParse(payload as never) as { success: boolean }).success;

// What no person means to write, refused wherever text goes (shared/platform/text.ts), and text too long for
// any field but a file's content.
const UNWRITABLE =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters looked for
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const carriesUnwritable = (value: unknown, depth = 0): boolean => {
  if (typeof value === 'string') return UNWRITABLE.test(value);
  // Deeply nested values are refused for their shape already; look no deeper than any field goes.
  if (depth > 20) return false;
  if (Array.isArray(value)) return value.some((item) => carriesUnwritable(item, depth + 1));
  if (value !== null && typeof value === 'object') {
    return Object.values(value).some((item) => carriesUnwritable(item, depth + 1));
  }
  return false;
};

/**
 * A case is malformed when the contract refuses it, or when it carries characters no person writes: those
 * must be refused even where the contract lets any string through (ids, search words). A value the contract
 * accepts for its field (null where null is allowed, a date-like string as a name) is not a bad input.
 */
/** One malformed payload: the valid one broken in exactly one way. */
function malformed(key: string): fc.Arbitrary<{ how: string; payload: unknown }> {
  type Case = { how: string; payload: unknown; alwaysBad: boolean };
  const base = bases.get(key)!;
  const { fields, required } = fieldsOf(key);
  const options: fc.Arbitrary<Case>[] = [
    hostileValue
      .filter((value) => value !== null && !(typeof value === 'object' && Object.keys(value).length === 0))
      .map((payload) => ({ how: 'whole payload', payload, alwaysBad: carriesUnwritable(payload) })),
    fc
      .tuple(
        extraKey.filter((name) => !fields.includes(name)),
        hostileValue,
      )
      .map(([name, value]) => ({
        how: `extra ${name}`,
        payload: withOwnKey(base, name, value),
        alwaysBad: carriesUnwritable(value),
      })),
  ];
  if (fields.length > 0) {
    options.push(
      fc.tuple(fc.constantFrom(...fields), hostileValue).map(([field, value]) => ({
        how: `field ${field}`,
        payload: { ...base, [field]: value },
        alwaysBad: carriesUnwritable(value),
      })),
    );
  }
  if (required.length > 0) {
    options.push(
      fc.constantFrom(...required).map((field) => {
        const payload = { ...base };
        delete payload[field];
        return { how: `missing ${field}`, payload, alwaysBad: false };
      }),
    );
  }
  if (fields.includes('cursor')) {
    options.push(
      forgedCursor.map((cursor) => ({
        how: 'forged cursor',
        payload: { ...base, cursor },
        // Any string of up to 400 characters passes the contract; the list itself must refuse it.
        alwaysBad: true,
      })),
    );
  }
  return fc
    .oneof(...options)
    .filter(({ payload, alwaysBad }) => alwaysBad || !accepts(key, payload))
    .map(({ how, payload }) => ({ how, payload }));
}

const describeCase = (how: string, payload: unknown) => {
  try {
    return `${how}: ${(JSON.stringify(payload) ?? String(payload)).slice(0, 300)}`;
  } catch {
    return `${how}: (unprintable)`;
  }
};

async function runCases(key: string, openid: string, runs: number) {
  const [fn, action] = key.split('.');
  const entry = casesRun.get(key) ?? { cases: 0, codes: {} };
  casesRun.set(key, entry);
  await fc.assert(
    fc.asyncProperty(malformed(key), async ({ how, payload }) => {
      const result = (await harness.call(fn, action, payload, openid)) as Result<unknown>;
      entry.cases += 1;
      entry.codes[answerCode(result)] = (entry.codes[answerCode(result)] ?? 0) + 1;
      if (!isClearRefusal(result)) {
        throw new Error(`${describeCase(how, payload)}\n→ ${JSON.stringify(result).slice(0, 400)}`);
      }
    }),
    { numRuns: runs, seed: Number(process.env.UNION_FC_SEED ?? Date.now() % 2 ** 31), endOnFailure: true },
  );
}

describe('malformed input to every action', () => {
  it('has a valid payload to break for every action of the contract, and the contract accepts each', () => {
    expect(new Set(bases.keys())).toEqual(new Set(contractActions()));
    for (const [key, payload] of bases) {
      const parsed = schemaOf(key).safeParse(payload as never) as { success: boolean; error?: unknown };
      expect(parsed.success, `${key}: ${JSON.stringify(parsed.error)}`).toBe(true);
    }
  });

  it.each(contractActions())('%s refuses it clearly and changes nothing', async (key) => {
    const before = await dumpCompared(harness.stack.db);
    await runCases(key, PERSONAS.federationAdmin, ADMIN_RUNS);
    await runCases(key, PERSONAS.member, WORKER_RUNS);
    const after = await dumpCompared(harness.stack.db);
    expect(changesBetween(before, after)).toEqual({});
    expect(after === before).toBe(true);
    // The runtime is still well: a normal call is answered normally.
    expect(await harness.call('account', 'me', {}, PERSONAS.federationAdmin)).toMatchObject({ ok: true });
  });
});

describe('malformed input found by the generator, kept as fixed cases', () => {
  const refusedAsInvalid = {
    ok: false,
    code: 'INVALID_INPUT',
    message: expect.stringMatching(/[\u4e00-\u9fff]/),
  };
  const cursor = (position: object) => Buffer.from(JSON.stringify(position)).toString('base64url');

  it('refuses a forged list position with an impossible date or an operator as its sort value', async () => {
    for (const value of [{ date: 'Invalid Date' }, { $gt: '' }, [1], true]) {
      expect(
        await harness.call(
          'reflections',
          'feed',
          { scope: 'unit', cursor: cursor({ value, id: 'x' }) },
          PERSONAS.member,
        ),
      ).toMatchObject(refusedAsInvalid);
      expect(
        await harness.call('notices', 'list', { cursor: cursor({ value, id: 'x' }) }, PERSONAS.member),
      ).toMatchObject(refusedAsInvalid);
    }
  });

  it('refuses control characters and unpaired surrogates where any string could go', async () => {
    for (const keyword of ['\u0000', '张\uD800']) {
      const answer = await harness.call(
        'org',
        'listMembers',
        { unitId: TARGET_UNIT, keyword },
        PERSONAS.federationAdmin,
      );
      expect(isClearRefusal(answer), JSON.stringify(answer).slice(0, 200)).toBe(true);
    }
    // Found by the generator: a draft stored a session id with a NUL in it.
    const draft = await harness.call(
      'reflections',
      'saveDraft',
      { draftKey: draftKey(), noticeId: SEED_NOTICE, text: '', sessionId: '$N|\u00008' },
      PERSONAS.member,
    );
    expect(draft).toMatchObject(refusedAsInvalid);
    expect(
      await harness.call(
        'reflections',
        'saveDraft',
        { draftKey: draftKey(), noticeId: SEED_NOTICE, text: '', sessionId: 'ID&51h\u202EC]?&' },
        PERSONAS.member,
      ),
    ).toMatchObject(refusedAsInvalid);
    for (const noticeId of ['\uD800', 'notice\u0000']) {
      const answer = await harness.call('notices', 'get', { noticeId }, PERSONAS.member);
      expect(isClearRefusal(answer), JSON.stringify(answer).slice(0, 200)).toBe(true);
    }
  });
});
