import { sessionsContract } from '../../../shared/sessions/contract';
import { createMain } from '../../platform/router';
import { attendance } from './actions/attendance';
import { cancel } from './actions/cancel';
import { checkIn } from './actions/check-in';
import { checkOut } from './actions/check-out';
import { closeCheckIn } from './actions/close-check-in';
import { create } from './actions/create';
import { decideLeave } from './actions/decide-leave';
import { display } from './actions/display';
import { entryCode } from './actions/entry-code';
import { get } from './actions/get';
import { listForUnit } from './actions/list-for-unit';
import { listMine } from './actions/list-mine';
import { markPresent } from './actions/mark-present';
import { remind } from './actions/remind';
import { remindMe } from './actions/remind-me';
import { requestLeave } from './actions/request-leave';
import { update } from './actions/update';

export const actions = {
  create,
  update,
  cancel,
  closeCheckIn,
  get,
  listMine,
  listForUnit,
  display,
  entryCode,
  checkIn,
  checkOut,
  requestLeave,
  decideLeave,
  markPresent,
  attendance,
  remindMe,
  remind,
};
export const main = createMain('sessions', sessionsContract, actions);
