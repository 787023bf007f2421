import { signedIn } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { loadUnits } from '../../../platform/lookup';
import { meView } from '../../../platform/views';

export const me = defineAction('account', 'me', {
  access: signedIn,
  async run(_input, caller) {
    const [authority, units] = await Promise.all([caller.authority(), loadUnits()]);
    return meView(caller.openid, authority, units);
  },
});
