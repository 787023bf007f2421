import { randomBytes } from 'node:crypto';
import { chinaDate, chinaDayStart } from '../../shared/platform/china-time';
import type { AttendanceRecord, LeaveRecord, SessionRecord } from '../../src/functions/sessions/records';
import { SESSION_COLLECTIONS, personKey } from '../../src/functions/sessions/records';
import type { MemberRecord } from '../../src/platform/directory';
import type { AdminDatabase } from '../admin-sdk';
import type { DemoUnit } from './demo-org';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Session ids as the function makes them (`session-` and 20 hex digits), fixed so links in the demo stay valid. */
const demoId = (n: number) => `session-demo${String(n).padStart(16, '0')}`;

/** The start of the next quarter hour after `now`, plus `minutes`: times a leader would really choose. */
const quarterAfter = (now: number, minutes: number) =>
  Math.ceil(now / (15 * MINUTE)) * 15 * MINUTE + minutes * MINUTE;

/** A clock time in China `days` days from today (China time), e.g. tomorrow at 08:30. */
const chinaDayAt = (now: number, days: number, hours: number, minutes = 0) =>
  chinaDayStart(chinaDate(now + days * DAY)).getTime() + hours * HOUR + minutes * MINUTE;

interface SessionPlan {
  n: number;
  unitId: string;
  title: string;
  kind: SessionRecord['kind'];
  startAt: number;
  hours: number;
  place: string;
  noticeId?: string;
  geofence?: SessionRecord['geofence'];
  requireCheckOut?: boolean;
  shiftOf?: number;
}

/**
 * Demo study sessions around the moment the demo starts: one at 青岛第二中学 whose check-in is open now (the
 * demo workers can check in at once), 班次 for bus drivers tomorrow, a federation-wide lecture with a
 * location fence next week, and past ones with a realistic sheet (on time, late, 补签, leave, absent).
 */
export async function seedSessions(
  db: AdminDatabase,
  units: DemoUnit[],
  members: MemberRecord[],
  noticeId: string,
  now = Date.now(),
): Promise<void> {
  const plans: SessionPlan[] = [
    {
      n: 1,
      unitId: 'unit-school-2',
      title: '学习贯彻群团改革座谈会精神专题学习会',
      kind: 'meeting',
      startAt: quarterAfter(now, 15),
      hours: 1.5,
      place: '青岛第二中学行政楼三楼会议室',
      noticeId,
    },
    {
      n: 2,
      unitId: 'unit-education',
      title: '党组理论学习中心组专题学习（扩大）',
      kind: 'group_study',
      startAt: chinaDayAt(now, -3, 9),
      hours: 2,
      place: '市教育系统工会二楼会议室',
      noticeId,
    },
    {
      n: 3,
      unitId: 'unit-bus',
      title: '驾驶员专题学习（早班）',
      kind: 'class',
      startAt: chinaDayAt(now, 1, 8, 30),
      hours: 1,
      place: '青岛公交集团培训中心一楼报告厅',
      noticeId,
    },
    {
      n: 4,
      unitId: 'unit-bus',
      title: '驾驶员专题学习（晚班）',
      kind: 'class',
      startAt: chinaDayAt(now, 1, 18, 30),
      hours: 1,
      place: '青岛公交集团培训中心一楼报告厅',
      noticeId,
      shiftOf: 3,
    },
    {
      n: 5,
      unitId: 'unit-root',
      title: '全市工会系统学习贯彻群团改革精神宣讲会',
      kind: 'lecture',
      startAt: chinaDayAt(now, 7, 14, 30),
      hours: 2.5,
      place: '青岛市工人文化宫大剧场',
      noticeId,
      geofence: { latitude: 36.0662, longitude: 120.3826, radiusMeters: 300 },
      requireCheckOut: true,
    },
    {
      n: 6,
      unitId: 'unit-hospital',
      title: '市立医院工会专题学习会',
      kind: 'meeting',
      startAt: chinaDayAt(now, -7, 15),
      hours: 1,
      place: '市立医院东院区学术报告厅',
    },
  ];
  const unitOf = new Map(units.map((unit) => [unit._id, unit]));
  const sessions: SessionRecord[] = plans.map((plan) => {
    const unit = unitOf.get(plan.unitId) as DemoUnit;
    return {
      _id: demoId(plan.n),
      activityId: demoId(plan.shiftOf ?? plan.n),
      multiShift: plans.some((other) => other.shiftOf === plan.n) || plan.shiftOf !== undefined,
      unitId: unit._id,
      unitPath: unit.path,
      title: plan.title,
      kind: plan.kind,
      startAt: new Date(plan.startAt),
      endAt: new Date(plan.startAt + plan.hours * HOUR),
      place: plan.place,
      geofence: plan.geofence ?? null,
      noticeId: plan.noticeId ?? null,
      requireCheckOut: plan.requireCheckOut ?? false,
      openBeforeMinutes: 30,
      status: 'scheduled',
      closedAt: null,
      cancelledAt: null,
      cancelReason: null,
      secret: randomBytes(32).toString('hex'),
      entryCodeFileId: null,
      createdByMemberId: null,
      createdAt: new Date(now - 10 * DAY),
      updatedAt: new Date(now - 10 * DAY),
    };
  });
  await db.collection(SESSION_COLLECTIONS.sessions).add({ data: sessions });

  const inSubtree = (unitId: string) =>
    members.filter((member) => member.unitPath.includes(unitId) && member.status === 'active');
  const attendance: AttendanceRecord[] = [];
  const leaves: LeaveRecord[] = [];
  const attend = (
    session: SessionRecord,
    member: MemberRecord,
    status: AttendanceRecord['status'],
    at: number,
    manualReason: string | null = null,
  ) =>
    attendance.push({
      _id: personKey(session.activityId, member._id),
      activityId: session.activityId,
      sessionId: session._id,
      memberId: member._id,
      unitId: member.unitId,
      status,
      checkedInAt: new Date(at),
      checkedOutAt: null,
      distanceMeters: null,
      manualReason,
      markedByMemberId: null,
    });
  const askLeave = (
    session: SessionRecord,
    member: MemberRecord,
    reason: string,
    status: LeaveRecord['status'],
  ) =>
    leaves.push({
      _id: personKey(session.activityId, member._id),
      activityId: session.activityId,
      sessionId: session._id,
      memberId: member._id,
      unitId: member.unitId,
      unitPath: session.unitPath,
      reason,
      status,
      requestedAt: new Date(session.startAt.getTime() - DAY),
      decidedAt: status === 'pending' ? null : new Date(session.startAt.getTime() - 20 * HOUR),
      decidedByMemberId: null,
      comment: status === 'approved' ? '同意，请会后自学并提交心得' : null,
    });

  const [today, groupStudy, , , , hospital] = sessions;
  const minutesFrom = (session: SessionRecord, minutes: number) =>
    session.startAt.getTime() + minutes * MINUTE;
  const school = inSubtree('unit-school-2');
  attend(today, school[3], 'present', now - 3 * MINUTE);
  attend(today, school[4], 'present', now - MINUTE);
  askLeave(today, school[5], '当天带学生参加市里的研学活动，无法到会', 'pending');

  const education = inSubtree('unit-education');
  education
    .slice(0, 9)
    .forEach((member, index) => attend(groupStudy, member, 'present', minutesFrom(groupStudy, -15 + index)));
  attend(groupStudy, education[9], 'late', minutesFrom(groupStudy, 12));
  attend(groupStudy, education[10], 'late', minutesFrom(groupStudy, 18));
  attend(
    groupStudy,
    education[11],
    'manual',
    minutesFrom(groupStudy, 40),
    '现场签到时手机没电，会后由管理员补签',
  );
  askLeave(groupStudy, education[12], '参加市教育局统一组织的教研活动', 'approved');
  askLeave(groupStudy, education[13], '家中老人住院需要陪护', 'approved');

  const hospitalStaff = inSubtree('unit-hospital');
  hospitalStaff
    .slice(0, 5)
    .forEach((member, index) => attend(hospital, member, 'present', minutesFrom(hospital, -10 + index)));
  askLeave(hospital, hospitalStaff[5], '当天值夜班', 'approved');

  await db.collection(SESSION_COLLECTIONS.attendance).add({ data: attendance });
  await db.collection(SESSION_COLLECTIONS.leaves).add({ data: leaves });
}
