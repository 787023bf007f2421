import type { ParticipationFigures } from '../../shared/reports/figures';
import type { MemberRecord } from '../../src/platform/directory';
import { REPORT_COLLECTIONS, reportId, type ReportRecord } from '../../src/functions/reports/records';
import type { AdminDatabase } from '../admin-sdk';
import { DEMO_FEDERATION_ADMIN, type DemoUnit } from './demo-org';

/** China time as stored: '2026-11-25T10:20' in Qingdao. */
const china = (at: string) => new Date(`${at}:00+08:00`);

const figures = (values: Omit<ParticipationFigures, 'computedAt'>, at: string): ParticipationFigures => ({
  ...values,
  computedAt: china(at).toISOString(),
});

/**
 * Demo reports on the seed notice, so the federation's board looks alive: 青岛市市立医院工会 submitted on
 * time, 青岛公交集团工会 was returned for revision, 青岛市工人文化宫 has a draft; 市教育系统工会 and
 * 青岛第二中学工会 have not started (the end-to-end test fills in the school's).
 */
export async function seedReports(
  db: AdminDatabase,
  units: DemoUnit[],
  members: MemberRecord[],
  noticeId: string,
): Promise<void> {
  const unit = (id: string) => units.find((candidate) => candidate._id === id) as DemoUnit;
  // The demo's unit admin of a unit is its first member.
  const adminId = (unitId: string) => members.find((member) => member.unitId === unitId)?._id ?? null;
  const base = (unitId: string) => ({
    noticeId,
    unitId,
    unitPath: unit(unitId).path,
    returnedAt: null,
    returnComment: null,
  });
  const reports: ReportRecord[] = [
    {
      _id: reportId(noticeId, 'unit-hospital'),
      ...base('unit-hospital'),
      status: 'submitted',
      measures:
        '医院工会召开专题会议传达通知精神，分科室组织职工逐段学习；结合“医者仁心”主题党日开展宣讲 2 场，夜班医护人员通过线上方式补学。',
      highlights:
        '组建“白衣宣讲团”，由青年医护人员走进门诊、病房讲述身边的“娘家人”故事；为一线医护人员开通困难帮扶快速通道，本月解决职工子女托管等实际困难 6 件。',
      problems: '部分夜班、轮休职工参加集中学习时间难以保证，下一步将增加线上学习和分批次学习。',
      figures: figures(
        {
          members: 7,
          expected: 7,
          opened: 4,
          finished: 2,
          confirmed: 2,
          readRate: 57,
          confirmedRate: 29,
          sessionsHeld: 1,
          attendance: 5,
          attendanceRate: 71,
          reflections: 1,
          featuredReflections: 0,
        },
        '2026-11-25T10:20',
      ),
      createdAt: china('2026-11-24T16:00'),
      updatedAt: china('2026-11-25T10:20'),
      submittedAt: china('2026-11-25T10:20'),
      firstSubmittedAt: china('2026-11-25T10:20'),
      late: false,
      history: [
        {
          at: china('2026-11-25T10:20'),
          what: 'submit',
          byMemberId: adminId('unit-hospital'),
          comment: null,
        },
      ],
    },
    {
      _id: reportId(noticeId, 'unit-bus'),
      ...base('unit-bus'),
      status: 'returned',
      measures: '利用早晚班交接时间组织驾驶员集中学习，车队长带学。',
      highlights: '在公交场站设立学习角。',
      problems: '无',
      figures: figures(
        {
          members: 7,
          expected: 7,
          opened: 3,
          finished: 1,
          confirmed: 1,
          readRate: 43,
          confirmedRate: 14,
          sessionsHeld: 2,
          attendance: 6,
          attendanceRate: 86,
          reflections: 1,
          featuredReflections: 0,
        },
        '2026-11-25T08:40',
      ),
      createdAt: china('2026-11-25T08:00'),
      updatedAt: china('2026-11-26T09:15'),
      submittedAt: china('2026-11-25T08:40'),
      firstSubmittedAt: china('2026-11-25T08:40'),
      late: false,
      returnedAt: china('2026-11-26T09:15'),
      returnComment: '请补充倒班职工参加学习的具体安排，亮点成效请写明职工的反响。',
      history: [
        { at: china('2026-11-25T08:40'), what: 'submit', byMemberId: adminId('unit-bus'), comment: null },
        {
          at: china('2026-11-26T09:15'),
          what: 'return',
          byMemberId: members.find((member) => member.openid === DEMO_FEDERATION_ADMIN)?._id ?? null,
          comment: '请补充倒班职工参加学习的具体安排，亮点成效请写明职工的反响。',
        },
      ],
    },
    {
      _id: reportId(noticeId, 'unit-culture-palace'),
      ...base('unit-culture-palace'),
      status: 'draft',
      measures: '文化宫组织全体职工集中学习通知全文，',
      highlights: '',
      problems: '',
      figures: null,
      createdAt: china('2026-11-26T08:30'),
      updatedAt: china('2026-11-26T08:30'),
      submittedAt: null,
      firstSubmittedAt: null,
      late: false,
      history: [],
    },
  ];
  for (const { _id, ...fields } of reports) {
    await db.collection(REPORT_COLLECTIONS.reports).doc(_id).set({ data: fields });
  }
}
