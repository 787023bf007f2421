import { signedIn } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { notificationSettings as settingsOf } from '../notification-settings';

export const notificationSettings = defineAction('account', 'notificationSettings', {
  access: signedIn,
  run: (_input, caller) => settingsOf(caller.openid),
});
