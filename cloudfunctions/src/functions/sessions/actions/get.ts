import { checkInWindow } from '../../../../shared/sessions/window';
import { defineAction } from '../../../platform/action';
import { administers } from '../../../platform/authority';
import { unitById } from '../../../platform/directory-lookup';
import { noticeTitle } from '../../../platform/notice-reference';
import { sessionParticipantOrAdmin } from '../access';
import { expects } from '../lookup';
import { myAttendance, personRecords } from '../mine';
import { sessionOfInput, shiftsOf } from '../session-load';
import { sessionView, shiftViews } from '../views';

/** A session's page: for an expected member with their own part in it, for its admins with the means to run it. */
export const get = defineAction('sessions', 'get', {
  access: sessionParticipantOrAdmin(sessionOfInput),
  async run(input, caller) {
    const now = Date.now();
    const [session, authority] = await Promise.all([sessionOfInput(input), caller.authority()]);
    const member = authority.member && expects(session, authority.member) ? authority.member : null;
    const [unit, shifts, records, notice] = await Promise.all([
      unitById(session.unitId),
      session.multiShift ? shiftsOf(session.activityId) : Promise.resolve([session]),
      member ? personRecords([session], member._id) : Promise.resolve(null),
      session.noticeId ? noticeTitle(session.noticeId) : Promise.resolve(null),
    ]);
    const window = checkInWindow(session);
    return {
      session: sessionView(session, unit.name, now),
      mine: records ? myAttendance(session, records) : null,
      canManage: administers(authority, session.unitPath),
      noticeTitle: notice,
      shifts: shiftViews(shifts),
      opensAt: window.opensAt.toISOString(),
      lateAfter: window.lateAfter.toISOString(),
      closesAt: window.closesAt.toISOString(),
    };
  },
});
