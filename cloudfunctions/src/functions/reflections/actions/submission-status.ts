import type { SubmissionLight, SubmissionRow } from '../../../../shared/reflections/reflection';
import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { db } from '../../../platform/cloud';
import { DIRECTORY, type MemberRecord } from '../../../platform/directory';
import { loadUnitsById, unitName } from '../../../platform/directory-lookup';
import { iso } from '../../../platform/directory-views';
import { pageOf } from '../../../platform/paging';
import { countOf, rows } from '../../../platform/query';
import { deadlineOf, lateFrom } from '../deadlines';
import { noticeById } from '../lookup';
import { COLLECTIONS, submissionId, type SubmissionRecord } from '../records';
import { unitPathOf } from '../scope';

function lightOf(submission: SubmissionRecord | undefined, late: Date | null): SubmissionLight {
  if (!submission || submission.handedIn === 0 || !submission.handedInAt) return 'red';
  return late && new Date(submission.handedInAt) >= late ? 'yellow' : 'green';
}

/**
 * Who in a unit's subtree has handed in a reflection on a notice: 绿 on time, 黄 late, 红 not yet. Members
 * page by the directory's index; the figures are indexed counts, never a walk through reflections.
 */
export const submissionStatus = defineAction('reflections', 'submissionStatus', {
  access: adminOf('该单位或其上级单位的管理员', async ({ unitId }) => [await unitPathOf(unitId)]),
  async run({ noticeId, unitId, cursor, limit }) {
    const [notice, deadline] = await Promise.all([noticeById(noticeId), deadlineOf(noticeId)]);
    const late = deadline ? lateFrom(deadline) : null;
    const members = await pageOf<MemberRecord>({
      collection: DIRECTORY.members,
      where: { unitPath: unitId, status: 'active' },
      orderBy: 'joinedAt',
      direction: 'desc',
      cursor,
      limit,
    });
    const memberIds = members.items.map((member) => member._id);
    const [submissions, units] = await Promise.all([
      memberIds.length
        ? rows<SubmissionRecord>(
            db
              .collection(COLLECTIONS.submissions)
              .where({ _id: db.command.in(memberIds.map((id) => submissionId(noticeId, id))) })
              .limit(100),
          )
        : Promise.resolve([]),
      loadUnitsById(members.items.map((member) => member.unitId)),
    ]);
    const byMember = new Map(submissions.map((submission) => [submission.memberId, submission]));
    const items: SubmissionRow[] = members.items.map((member) => {
      const submission = byMember.get(member._id);
      const light = lightOf(submission, late);
      return {
        memberId: member._id,
        name: member.name,
        unitName: unitName(units, member.unitId),
        light,
        submittedAt: light !== 'red' && submission?.handedInAt ? iso(submission.handedInAt) : null,
      };
    });
    let summary = null;
    if (!cursor) {
      const _ = db.command;
      const handedInWhere = { noticeId, unitPath: unitId, handedIn: _.gt(0) };
      const [memberCount, handedIn, lateCount] = await Promise.all([
        countOf(db.collection(DIRECTORY.members).where({ unitPath: unitId, status: 'active' })),
        countOf(db.collection(COLLECTIONS.submissions).where(handedInWhere)),
        late
          ? countOf(
              db.collection(COLLECTIONS.submissions).where({ ...handedInWhere, handedInAt: _.gte(late) }),
            )
          : Promise.resolve(0),
      ]);
      summary = {
        members: memberCount,
        handedIn,
        late: lateCount,
        missing: Math.max(0, memberCount - handedIn),
      };
    }
    return { noticeId, noticeTitle: notice.title, deadline, summary, items, nextCursor: members.nextCursor };
  },
});
