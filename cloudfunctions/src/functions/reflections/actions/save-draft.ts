import { activeMember } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { viewerOf, viewOf } from '../views';
import { writeReflection } from '../writing';

export const saveDraft = defineAction('reflections', 'saveDraft', {
  access: activeMember,
  async run(input, caller) {
    const record = await writeReflection('saveDraft', input, caller);
    return viewOf(record, viewerOf(await caller.authority()));
  },
});
