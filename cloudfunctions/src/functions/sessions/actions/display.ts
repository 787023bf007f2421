import { checkInPayload, CODE_STEP_SECONDS } from '../../../../shared/sessions/codes';
import { checkInWindow } from '../../../../shared/sessions/window';
import { defineAction } from '../../../platform/action';
import { sessionAdmin } from '../access';
import { sheetCounts } from '../sheet-counts';
import { countsOfInput } from '../sheet-load';
import { codeAt, secondsLeftInStep } from '../totp';
import { sessionView } from '../views';

/**
 * What the leader's screen shows: the current step's code (only ever to the session's admins), the QR
 * payload carrying it, how long it lasts and the live count. Two database requests: the admin's membership
 * and one aggregation of the session with its counts.
 */
export const display = defineAction('sessions', 'display', {
  access: sessionAdmin(async (input) => (await countsOfInput(input)).session),
  async run(input) {
    const now = Date.now();
    const data = await countsOfInput(input);
    const { session } = data;
    const view = sessionView(session, data.unitName, now);
    const counts = sheetCounts(data);
    const live = session.status !== 'cancelled';
    const code = live ? codeAt(session.secret, input.purpose, now) : null;
    return {
      sessionId: session._id,
      title: session.title,
      place: session.place,
      unitName: data.unitName,
      purpose: input.purpose,
      requireCheckOut: session.requireCheckOut,
      phase: view.phase,
      opensAt: checkInWindow(session).opensAt.toISOString(),
      code,
      payload: code ? checkInPayload(session._id, input.purpose, code) : null,
      secondsLeft: secondsLeftInStep(now),
      stepSeconds: CODE_STEP_SECONDS,
      checkedIn: counts.checkedIn,
      checkedOut: counts.checkedOut,
      expected: counts.expected,
    };
  },
});
