import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFunctionHarness, type FunctionHarness } from '../support/functions';
import { addGrant, addInvite, addMember } from '../support/fixtures/org';
import { addAttendance, addLeave, addSession, codeOf } from '../support/fixtures/sessions';
import { noticeText, publishTo, record } from '../support/fixtures/notices';
import { draftKey, originalText, SEED_NOTICE, submitNew } from '../support/fixtures/reflections';
import { PERSONAS, SIBLING_UNIT, TARGET_UNIT, type Persona } from '../support/personas';

let harness: FunctionHarness;
beforeAll(async () => {
  harness = await startFunctionHarness({ seed: true });
});
afterAll(() => harness?.close());

type Outcome = 'allow' | 'FORBIDDEN' | 'OUT_OF_SCOPE' | 'NOT_A_MEMBER' | `failed:${string}`;
const DENIALS = ['FORBIDDEN', 'OUT_OF_SCOPE', 'NOT_A_MEMBER', 'UNAUTHENTICATED'];
const ORDER: Persona[] = [
  'member',
  'unitAdmin',
  'parentAdmin',
  'unrelatedAdmin',
  'federationAdmin',
  'visitor',
];

interface Case {
  fn: string;
  action: string;
  /** Builds a fresh payload for each persona, so an allowed write never changes another persona's target. */
  payload: (persona: Persona) => Promise<unknown> | unknown;
  expected: Outcome[];
}

const csv = (rows: string[]) => Buffer.from(['名称,类型,上级,编码', ...rows].join('\n')).toString('base64');
const db = () => harness.stack.db;

const everyone: Outcome[] = ['allow', 'allow', 'allow', 'allow', 'allow', 'allow'];
const members: Outcome[] = ['allow', 'allow', 'allow', 'allow', 'allow', 'NOT_A_MEMBER'];
const targetAdmins: Outcome[] = ['FORBIDDEN', 'allow', 'allow', 'OUT_OF_SCOPE', 'allow', 'FORBIDDEN'];
const federationOnly: Outcome[] = ['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'allow', 'FORBIDDEN'];

/** A fresh reflection of a new colleague in the target unit, waiting for review. */
async function submittedInTarget() {
  const writer = await addMember(db(), TARGET_UNIT, '矩阵职工');
  return (await submitNew(harness, writer.openid)).reflection;
}

async function publishedInTarget() {
  const reflection = await submittedInTarget();
  const published = await harness.call(
    'reflections',
    'review',
    { reflectionId: reflection._id, decision: 'publish' },
    PERSONAS.unitAdmin,
  );
  if (!published.ok) throw new Error(published.message);
  return reflection;
}

const CASES: Case[] = [
  { fn: 'notices', action: 'list', payload: () => ({}), expected: members },
  { fn: 'notices', action: 'get', payload: () => ({ noticeId: SEED_NOTICE }), expected: members },
  {
    fn: 'notices',
    action: 'recordReading',
    payload: () => ({
      noticeId: SEED_NOTICE,
      progress: 0.2,
      activeSeconds: 0,
      recordId: `matrix-${Date.now()}`,
    }),
    expected: members,
  },
  {
    fn: 'notices',
    action: 'confirmRead',
    // Each person first reads to the end, so an allowed confirmation can succeed.
    payload: async (persona) => {
      await record(harness, PERSONAS[persona], SEED_NOTICE, 1);
      return { noticeId: SEED_NOTICE };
    },
    expected: members,
  },
  {
    fn: 'notices',
    action: 'readingStatus',
    payload: () => ({ noticeId: SEED_NOTICE, unitId: TARGET_UNIT }),
    expected: targetAdmins,
  },
  {
    fn: 'notices',
    action: 'remindUnread',
    // A notice of its own for each person: a unit may be reminded once a day per notice.
    payload: async () => ({ noticeId: (await publishTo(harness, [TARGET_UNIT]))._id, unitId: TARGET_UNIT }),
    expected: targetAdmins,
  },
  { fn: 'notices', action: 'listForUnit', payload: () => ({ unitId: TARGET_UNIT }), expected: targetAdmins },
  { fn: 'notices', action: 'preview', payload: () => ({ text: noticeText() }), expected: federationOnly },
  {
    fn: 'notices',
    action: 'publish',
    payload: () => ({ text: noticeText(), issuer: '青岛市总工会', targetUnitIds: [TARGET_UNIT] }),
    expected: federationOnly,
  },
  {
    fn: 'notices',
    action: 'archive',
    payload: async () => ({ noticeId: (await publishTo(harness, [TARGET_UNIT]))._id }),
    expected: federationOnly,
  },
  { fn: 'account', action: 'notificationSettings', payload: () => ({}), expected: everyone },
  {
    fn: 'account',
    action: 'acceptNotifications',
    payload: () => ({ topics: ['studyReminder'] }),
    expected: everyone,
  },
  { fn: 'account', action: 'me', payload: () => ({}), expected: everyone },
  {
    fn: 'account',
    action: 'previewInvite',
    payload: async () => ({ code: (await addInvite(db(), TARGET_UNIT)).code }),
    expected: everyone,
  },
  { fn: 'account', action: 'updateProfile', payload: () => ({ name: '改名测试' }), expected: members },
  { fn: 'org', action: 'unitTree', payload: () => ({}), expected: members },
  {
    fn: 'org',
    action: 'createUnit',
    payload: (persona) => ({ parentId: TARGET_UNIT, name: `下级单位${persona}` }),
    expected: targetAdmins,
  },
  {
    fn: 'org',
    action: 'updateUnit',
    payload: () => ({ unitId: TARGET_UNIT, name: '青岛第二中学工会', code: 'SZ-JY-02' }),
    expected: targetAdmins,
  },
  {
    fn: 'org',
    action: 'importUnits',
    payload: (persona) => ({
      fileName: 'units.csv',
      contentBase64: csv([`导入单位${persona},市直工会,SZ-JY-02,`]),
    }),
    expected: federationOnly,
  },
  { fn: 'org', action: 'listMembers', payload: () => ({ unitId: TARGET_UNIT }), expected: targetAdmins },
  {
    fn: 'org',
    action: 'moveMember',
    // The destination is a sibling unit: the target unit's own admin does not administer it.
    payload: async () => ({ memberId: (await addMember(db(), TARGET_UNIT))._id, toUnitId: SIBLING_UNIT }),
    expected: ['FORBIDDEN', 'OUT_OF_SCOPE', 'allow', 'OUT_OF_SCOPE', 'allow', 'FORBIDDEN'],
  },
  {
    fn: 'org',
    action: 'removeMember',
    payload: async () => ({ memberId: (await addMember(db(), TARGET_UNIT))._id }),
    expected: targetAdmins,
  },
  {
    fn: 'org',
    action: 'createInvite',
    payload: () => ({ unitId: TARGET_UNIT, validHours: 24, maxUses: null }),
    expected: targetAdmins,
  },
  { fn: 'org', action: 'listInvites', payload: () => ({ unitId: TARGET_UNIT }), expected: targetAdmins },
  {
    fn: 'org',
    action: 'revokeInvite',
    payload: async () => ({ inviteId: (await addInvite(db(), TARGET_UNIT))._id }),
    expected: targetAdmins,
  },
  {
    fn: 'org',
    action: 'inviteQrCode',
    payload: async () => ({ inviteId: (await addInvite(db(), TARGET_UNIT))._id }),
    expected: targetAdmins,
  },
  { fn: 'org', action: 'listRoles', payload: () => ({ unitId: TARGET_UNIT }), expected: targetAdmins },
  {
    fn: 'org',
    action: 'grantRole',
    payload: async () => ({
      memberId: (await addMember(db(), TARGET_UNIT))._id,
      role: 'unit_admin',
      unitId: TARGET_UNIT,
    }),
    expected: targetAdmins,
  },
  {
    fn: 'org',
    action: 'grantRole',
    payload: async () => ({
      memberId: (await addMember(db(), TARGET_UNIT))._id,
      role: 'federation_admin',
      unitId: 'unit-root',
    }),
    expected: ['FORBIDDEN', 'OUT_OF_SCOPE', 'OUT_OF_SCOPE', 'OUT_OF_SCOPE', 'allow', 'FORBIDDEN'],
  },
  {
    fn: 'org',
    action: 'revokeRole',
    payload: async () => ({ grantId: (await addGrant(db(), TARGET_UNIT))._id }),
    expected: targetAdmins,
  },
  { fn: 'org', action: 'listAudit', payload: () => ({ unitId: TARGET_UNIT }), expected: targetAdmins },
  ...sessionCases(),
  ...statsCases(),
  {
    fn: 'reflections',
    action: 'saveDraft',
    payload: () => ({ draftKey: draftKey(), noticeId: SEED_NOTICE, text: '草稿' }),
    expected: members,
  },
  {
    fn: 'reflections',
    action: 'submit',
    payload: () => ({ draftKey: draftKey(), noticeId: SEED_NOTICE, text: originalText() }),
    expected: members,
  },
  {
    fn: 'reflections',
    action: 'withdraw',
    // Each person withdraws a reflection of their own.
    payload: async (persona) => ({
      reflectionId:
        persona === 'visitor'
          ? 'reflection-none'
          : (await submitNew(harness, PERSONAS[persona])).reflection._id,
    }),
    expected: members,
  },
  {
    fn: 'reflections',
    action: 'get',
    // Someone else's reflection awaiting review: its reviewers may read it, a colleague may not yet.
    payload: async () => ({ reflectionId: (await submittedInTarget())._id }),
    expected: ['failed:NOT_FOUND', 'allow', 'allow', 'failed:NOT_FOUND', 'allow', 'NOT_A_MEMBER'],
  },
  { fn: 'reflections', action: 'listMine', payload: () => ({}), expected: members },
  {
    fn: 'reflections',
    action: 'listForReview',
    payload: () => ({ unitId: TARGET_UNIT }),
    expected: targetAdmins,
  },
  {
    fn: 'reflections',
    action: 'review',
    payload: async () => ({ reflectionId: (await submittedInTarget())._id, decision: 'publish' }),
    expected: targetAdmins,
  },
  {
    fn: 'reflections',
    action: 'feature',
    payload: async () => ({ reflectionId: (await publishedInTarget())._id }),
    expected: federationOnly,
  },
  { fn: 'reflections', action: 'feed', payload: () => ({ scope: 'city' }), expected: members },
  {
    fn: 'reflections',
    action: 'like',
    // A reflection published in the target unit: its colleagues and its reviewers can see it, others cannot.
    payload: async () => ({ reflectionId: (await publishedInTarget())._id }),
    expected: ['allow', 'allow', 'allow', 'failed:NOT_FOUND', 'allow', 'NOT_A_MEMBER'],
  },
  {
    fn: 'reflections',
    action: 'export',
    payload: () => ({ unitId: TARGET_UNIT, from: '2026-11-01', to: '2026-11-30' }),
    expected: targetAdmins,
  },
  {
    fn: 'reflections',
    action: 'uploadPhoto',
    payload: () => ({
      contentType: 'image/jpeg',
      contentBase64: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]).toString('base64'),
    }),
    expected: members,
  },
  {
    fn: 'reflections',
    action: 'setDeadline',
    payload: () => ({ noticeId: SEED_NOTICE, deadline: '2026-12-31' }),
    expected: federationOnly,
  },
  {
    fn: 'reflections',
    action: 'submissionStatus',
    payload: () => ({ noticeId: SEED_NOTICE, unitId: TARGET_UNIT }),
    expected: targetAdmins,
  },
  { fn: 'reflections', action: 'mySummary', payload: () => ({}), expected: members },
  ...reportCases(),
  // Last, because an allowed deletion ends a membership and an allowed join makes the visitor a member.
  { fn: 'account', action: 'deleteAccount', payload: () => ({ confirm: '确认注销' }), expected: everyone },
  {
    fn: 'account',
    action: 'join',
    payload: async () => ({ code: (await addInvite(db(), TARGET_UNIT)).code, name: '新成员' }),
    expected: everyone,
  },
];

function sessionCases(): Case[] {
  const session = (overrides = {}) => addSession(db(), TARGET_UNIT, overrides);
  const upcoming = () =>
    session({ startAt: new Date(Date.now() + 3_600_000), endAt: new Date(Date.now() + 7_200_000) });
  const times = () => ({
    title: '专题学习会',
    kind: 'meeting',
    startAt: new Date(Date.now() + 3_600_000).toISOString(),
    endAt: new Date(Date.now() + 7_200_000).toISOString(),
    place: '会议室',
  });
  const expectedOnly: Outcome[] = [
    'allow',
    'allow',
    'failed:NOT_EXPECTED',
    'failed:NOT_EXPECTED',
    'failed:NOT_EXPECTED',
    'NOT_A_MEMBER',
  ];
  const bySessionId = async () => ({ sessionId: (await session())._id });
  return [
    {
      fn: 'sessions',
      action: 'create',
      payload: () => ({ unitId: TARGET_UNIT, ...times() }),
      expected: targetAdmins,
    },
    {
      fn: 'sessions',
      action: 'update',
      payload: async () => ({ sessionId: (await upcoming())._id, ...times() }),
      expected: targetAdmins,
    },
    {
      fn: 'sessions',
      action: 'cancel',
      payload: async () => ({ sessionId: (await upcoming())._id }),
      expected: targetAdmins,
    },
    { fn: 'sessions', action: 'closeCheckIn', payload: bySessionId, expected: targetAdmins },
    {
      fn: 'sessions',
      action: 'get',
      payload: bySessionId,
      expected: ['allow', 'allow', 'allow', 'failed:NOT_EXPECTED', 'allow', 'NOT_A_MEMBER'],
    },
    { fn: 'sessions', action: 'listMine', payload: () => ({}), expected: members },
    {
      fn: 'sessions',
      action: 'listForUnit',
      payload: () => ({ unitId: TARGET_UNIT }),
      expected: targetAdmins,
    },
    { fn: 'sessions', action: 'display', payload: bySessionId, expected: targetAdmins },
    { fn: 'sessions', action: 'entryCode', payload: bySessionId, expected: targetAdmins },
    { fn: 'sessions', action: 'attendance', payload: bySessionId, expected: targetAdmins },
    {
      fn: 'sessions',
      action: 'checkIn',
      payload: async () => {
        const running = await session();
        return { sessionId: running._id, code: codeOf(running) };
      },
      expected: expectedOnly,
    },
    {
      fn: 'sessions',
      action: 'checkOut',
      payload: async (persona) => {
        const running = await session({ requireCheckOut: true });
        await addAttendance(db(), running, PERSONAS[persona]);
        return { sessionId: running._id, code: codeOf(running, Date.now(), 'out') };
      },
      expected: expectedOnly,
    },
    {
      fn: 'sessions',
      action: 'requestLeave',
      payload: async () => ({ sessionId: (await upcoming())._id, reason: '外出培训' }),
      expected: expectedOnly,
    },
    {
      fn: 'sessions',
      action: 'decideLeave',
      payload: async () => ({
        leaveId: await addLeave(db(), await upcoming(), await addMember(db(), TARGET_UNIT)),
        approve: true,
      }),
      expected: targetAdmins,
    },
    {
      fn: 'sessions',
      action: 'markPresent',
      payload: async () => ({
        sessionId: (await session())._id,
        memberId: (await addMember(db(), TARGET_UNIT))._id,
        reason: '现场确认到会',
      }),
      expected: targetAdmins,
    },
    {
      fn: 'sessions',
      action: 'remindMe',
      payload: async () => ({ sessionId: (await upcoming())._id }),
      expected: expectedOnly,
    },
    {
      fn: 'sessions',
      action: 'remind',
      payload: () => ({}),
      expected: federationOnly.map(() => 'FORBIDDEN'),
    },
  ];
}

function reportCases(): Case[] {
  const ownAdmin: Outcome[] = ['FORBIDDEN', 'allow', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'];
  // A notice of its own for each call, so one persona's submission never changes another's report.
  const freshNotice = async () =>
    (await publishTo(harness, [TARGET_UNIT], { reportDeadline: '2026-12-31' }))._id;
  const texts = {
    measures: '组织专题学习三次，覆盖全体职工。',
    highlights: '青年职工宣讲小分队走进车间。',
    problems: '无',
  };
  return [
    {
      fn: 'reports',
      action: 'get',
      payload: () => ({ noticeId: SEED_NOTICE, unitId: TARGET_UNIT }),
      expected: targetAdmins,
    },
    {
      fn: 'reports',
      action: 'save',
      payload: async () => ({ noticeId: await freshNotice(), unitId: TARGET_UNIT, ...texts }),
      expected: ownAdmin,
    },
    {
      fn: 'reports',
      action: 'submit',
      payload: async () => ({ noticeId: await freshNotice(), unitId: TARGET_UNIT, ...texts }),
      expected: ownAdmin,
    },
    {
      fn: 'reports',
      action: 'returnForRevision',
      payload: async () => {
        const noticeId = await freshNotice();
        const submitted = await harness.call<{ _id: string }>(
          'reports',
          'submit',
          { noticeId, unitId: TARGET_UNIT, ...texts },
          PERSONAS.unitAdmin,
        );
        if (!submitted.ok) throw new Error(submitted.message);
        return { reportId: submitted.data._id, comment: '请补充具体数字' };
      },
      expected: federationOnly,
    },
    { fn: 'reports', action: 'status', payload: () => ({ noticeId: SEED_NOTICE }), expected: federationOnly },
    {
      fn: 'reports',
      action: 'remindMissing',
      payload: async () => ({ noticeId: await freshNotice() }),
      expected: federationOnly,
    },
    { fn: 'reports', action: 'digest', payload: () => ({ noticeId: SEED_NOTICE }), expected: federationOnly },
    {
      fn: 'reports',
      action: 'digest',
      payload: () => ({ noticeId: SEED_NOTICE, unitId: TARGET_UNIT }),
      expected: targetAdmins,
    },
  ];
}

function statsCases(): Case[] {
  const ended = () =>
    addSession(db(), TARGET_UNIT, {
      startAt: new Date(Date.now() - 7_200_000),
      endAt: new Date(Date.now() - 3_600_000),
    });
  const thresholds = { confirmedRate: 60, attendanceRate: 60, reflectionRate: 30 };
  return [
    {
      fn: 'stats',
      action: 'sessionSheet',
      payload: async () => ({ sessionId: (await ended())._id }),
      expected: targetAdmins,
    },
    {
      fn: 'stats',
      action: 'exportSessionSheet',
      payload: async () => ({ sessionId: (await ended())._id }),
      expected: targetAdmins,
    },
    { fn: 'stats', action: 'unitSummary', payload: () => ({ unitId: TARGET_UNIT }), expected: targetAdmins },
    { fn: 'stats', action: 'federationTable', payload: () => ({}), expected: federationOnly },
    { fn: 'stats', action: 'exportFederationTable', payload: () => ({}), expected: federationOnly },
    { fn: 'stats', action: 'setThresholds', payload: () => thresholds, expected: federationOnly },
  ];
}

describe('identity and scope come from the platform, never the payload', () => {
  it('refuses a payload that names an openid or a role', async () => {
    const asOther = await harness.call(
      'account',
      'updateProfile',
      { name: '冒名顶替', openid: PERSONAS.federationAdmin },
      PERSONAS.member,
    );
    expect(asOther).toMatchObject({
      ok: false,
      code: 'INVALID_INPUT',
      message: expect.stringContaining('未知的键'),
    });
    const withRole = await harness.call(
      'org',
      'listMembers',
      { unitId: TARGET_UNIT, role: 'federation_admin' },
      PERSONAS.member,
    );
    expect(withRole).toMatchObject({ ok: false, code: 'INVALID_INPUT' });
  });

  it('changes nothing when an out-of-scope write is refused', async () => {
    const member = await addMember(db(), TARGET_UNIT, '范围测试');
    const refused = await harness.call(
      'org',
      'removeMember',
      { memberId: member._id },
      PERSONAS.unrelatedAdmin,
    );
    expect(refused).toMatchObject({
      ok: false,
      code: 'OUT_OF_SCOPE',
      message: expect.stringContaining('管理的单位范围'),
    });
    const { data } = (await db().collection('members').doc(member._id).get()) as unknown as {
      data: { status: string };
    };
    expect(data.status).toBe('active');
  });
});

describe('authorisation matrix (target: 青岛第二中学工会)', () => {
  it.each(CASES.map((entry) => [`${entry.fn}.${entry.action}`, entry] as const))(
    '%s',
    async (_label, entry) => {
      const outcomes: Outcome[] = [];
      const answers: unknown[] = [];
      for (const persona of ORDER) {
        const result = await harness.call(
          entry.fn,
          entry.action,
          await entry.payload(persona),
          PERSONAS[persona],
        );
        answers.push(result);
        // An allowed call must also succeed: a crash behind an open door is not "allow".
        outcomes.push(
          result.ok
            ? 'allow'
            : DENIALS.includes(result.code)
              ? (result.code as Outcome)
              : `failed:${result.code}`,
        );
      }
      expect(outcomes, JSON.stringify(answers, null, 1).slice(0, 3000)).toEqual(entry.expected);
    },
  );

  it('covers every action of every function', async () => {
    const { contract } = await import('../../cloudfunctions/shared/contract');
    const all = Object.entries(contract).flatMap(([fn, actions]) =>
      Object.keys(actions).map((a) => `${fn}.${a}`),
    );
    expect(new Set(CASES.map((entry) => `${entry.fn}.${entry.action}`))).toEqual(new Set(all));
  });
});
