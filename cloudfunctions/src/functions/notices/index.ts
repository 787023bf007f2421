import { noticesContract } from '../../../shared/notices/contract';
import { createMain } from '../../platform/router';
import { archive } from './actions/archive';
import { confirmRead } from './actions/confirm-read';
import { get } from './actions/get';
import { list } from './actions/list';
import { listForUnit } from './actions/list-for-unit';
import { preview } from './actions/preview';
import { publish } from './actions/publish';
import { readingStatus } from './actions/reading-status';
import { recordReading } from './actions/record-reading';
import { remindUnread } from './actions/remind-unread';

export const actions = {
  list,
  get,
  recordReading,
  confirmRead,
  readingStatus,
  remindUnread,
  listForUnit,
  preview,
  publish,
  archive,
};
export const main = createMain('notices', noticesContract, actions);
