import { AppError } from '../../../../shared/errors';
import { memberOrAdmin } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { reflectionById } from '../lookup';
import { canRead, viewerOf, viewOf } from '../views';

export const get = defineAction('reflections', 'get', {
  access: memberOrAdmin,
  async run({ reflectionId }, caller) {
    const viewer = viewerOf(await caller.authority());
    const record = await reflectionById(reflectionId);
    // Someone else's unpublished reflection does not exist for the caller.
    if (!canRead(record, viewer)) throw new AppError('NOT_FOUND', '心得不存在或已被删除');
    return viewOf(record, viewer);
  },
});
