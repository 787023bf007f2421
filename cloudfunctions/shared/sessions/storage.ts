/**
 * The sessions domain's collections (declared in cloudfunctions/database.json). They live in shared because
 * other functions need them: account deletion erases what they hold about a person, and a reflection may
 * name the session it came out of.
 */
export const SESSION_COLLECTIONS = {
  sessions: 'sessions',
  attendance: 'session_attendance',
  leaves: 'session_leaves',
  reminders: 'session_reminders',
} as const;

/** Free text written about a person (by them or by an admin), keyed by `memberId`: erased with the account. */
export const SESSION_PERSONAL_TEXT = [
  { collection: SESSION_COLLECTIONS.leaves, fields: ['reason', 'comment'] },
  { collection: SESSION_COLLECTIONS.attendance, fields: ['manualReason'] },
] as const;

export const ERASED_TEXT = '（已随账号注销删除）';
