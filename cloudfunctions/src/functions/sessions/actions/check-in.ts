import { AppError } from '../../../../shared/errors';
import { activeMember } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { db } from '../../../platform/cloud';
import { isDuplicateKey } from '../../../platform/db-errors';
import { rows } from '../../../platform/query';
import { rateLimiter } from '../../../platform/rate-limit';
import { assertCheckInOpen, assertCode, assertInsideFence } from '../code-check';
import { CODE_GUESSES } from '../guesses';
import { assertNotCancelled, expects } from '../lookup';
import { readPersonState } from '../person-read';
import { SESSION_COLLECTIONS, personKey, type AttendanceRecord } from '../records';
import { requireFound } from '../session-load';
import { attendanceView } from '../views';

const answer = (record: AttendanceRecord, sessionId: string, already: boolean) => ({
  attendance: attendanceView(record),
  already,
  atOtherShift: record.sessionId !== sessionId,
});

/**
 * A member's own check-in, decided entirely here: the person (from WeChat's context), the code of the current
 * or the previous step, the window, the fence. Three database requests: the membership, one aggregation
 * (session + the person's record + their wrong-code counter), the insert. The record's key is the person and
 * the activity, so a retry, a double tap or another 班次 finds the first record and never makes a second.
 */
export const checkIn = defineAction('sessions', 'checkIn', {
  access: activeMember,
  async run({ sessionId, code, location }, caller) {
    const member = requireFound((await caller.authority()).member, '成员');
    const now = Date.now();
    const state = await readPersonState(
      sessionId,
      member._id,
      rateLimiter.counterId(CODE_GUESSES, caller.openid, now),
    );
    const session = requireFound(state.session);
    assertNotCancelled(session);
    if (!expects(session, member)) throw new AppError('NOT_EXPECTED');
    if (state.attendance) return answer(state.attendance, sessionId, true);
    rateLimiter.assertCountAllowed(CODE_GUESSES, caller.openid, state.failedGuesses, now);
    const { late } = assertCheckInOpen(session, now);
    await assertCode(session, 'in', code, caller.openid, now);
    const distanceMeters = assertInsideFence(session, location);
    const record: AttendanceRecord = {
      _id: personKey(session.activityId, member._id),
      activityId: session.activityId,
      sessionId,
      memberId: member._id,
      unitId: member.unitId,
      status: late ? 'late' : 'present',
      checkedInAt: new Date(now),
      checkedOutAt: null,
      distanceMeters,
      manualReason: null,
      markedByMemberId: null,
    };
    try {
      await db.collection(SESSION_COLLECTIONS.attendance).add({ data: record });
      return answer(record, sessionId, false);
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      // The same person's other request got there first (a double tap in flight): answer with its record.
      const [first] = await rows<AttendanceRecord>(
        db.collection(SESSION_COLLECTIONS.attendance).where({ _id: record._id }).limit(1),
      );
      return answer(requireFound(first, '签到记录'), sessionId, true);
    }
  },
});
