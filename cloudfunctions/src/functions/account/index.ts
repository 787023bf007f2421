import { accountContract } from '../../../shared/account/contract';
import { createMain } from '../../platform/router';
import { acceptNotifications } from './actions/accept-notifications';
import { deleteAccount } from './actions/delete-account';
import { join } from './actions/join';
import { me } from './actions/me';
import { notificationSettings } from './actions/notification-settings';
import { previewInvite } from './actions/preview-invite';
import { updateProfile } from './actions/update-profile';

export const actions = {
  me,
  previewInvite,
  join,
  updateProfile,
  deleteAccount,
  notificationSettings,
  acceptNotifications,
};
export const main = createMain('account', accountContract, actions);
