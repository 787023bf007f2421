import { federationAdmin } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { federationTable as table } from '../federation';

/** 组织部's table: every unit rolled up the tree, with the units below the thresholds marked as lagging. */
export const federationTable = defineAction('stats', 'federationTable', {
  access: federationAdmin,
  run: ({ noticeId }) => table(noticeId),
});
