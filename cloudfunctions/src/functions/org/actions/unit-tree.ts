import { memberOrAdmin } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { loadUnits } from '../../../platform/directory-lookup';
import { unitView } from '../../../platform/directory-views';

export const unitTree = defineAction('org', 'unitTree', {
  access: memberOrAdmin,
  async run() {
    return [...(await loadUnits()).values()].map(unitView);
  },
});
