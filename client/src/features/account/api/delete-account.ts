import { callFunction } from '@/lib/cloud';

/** The server insists on the literal phrase; the page only sends it once the person typed it. */
export const DELETE_CONFIRM_PHRASE = '确认注销';

export const deleteAccount = () =>
  callFunction('account', 'deleteAccount', { confirm: DELETE_CONFIRM_PHRASE });
