import { signedIn } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { describeMe } from '../describe-me';

export const me = defineAction('account', 'me', {
  access: signedIn,
  async run(_input, caller) {
    return describeMe(caller.openid, await caller.authority());
  },
});
