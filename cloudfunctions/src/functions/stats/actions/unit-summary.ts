import { defineAction } from '../../../platform/action';
import { unitAdmin, unitOfInput } from '../access';
import { unitSummary as summarise } from '../unit-summary';

export const unitSummary = defineAction('stats', 'unitSummary', {
  access: unitAdmin,
  async run(input) {
    return summarise(await unitOfInput(input), Date.now());
  },
});
