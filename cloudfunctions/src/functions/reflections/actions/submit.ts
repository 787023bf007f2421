import { activeMember } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { viewerOf, viewOf } from '../views';
import { writeReflection } from '../writing';

export const submit = defineAction('reflections', 'submit', {
  access: activeMember,
  async run(input, caller) {
    const record = await writeReflection('submit', input, caller);
    return {
      reflection: await viewOf(record, viewerOf(await caller.authority())),
      held: record.contentHeld !== null,
    };
  },
});
