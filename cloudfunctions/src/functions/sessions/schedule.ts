import { AppError } from '../../../shared/errors';
import { noticeTitle } from '../../platform/notice-reference';

/** What the schema cannot see: a session that is already over, or a notice that does not exist. */
export async function assertSchedulable(
  input: { endAt: string; noticeId: string | null },
  now: number,
): Promise<void> {
  if (new Date(input.endAt).getTime() <= now) {
    throw new AppError('INVALID_INPUT', '结束时间已过，请选择以后的时间', [
      { path: 'endAt', message: '结束时间已过，请选择以后的时间' },
    ]);
  }
  if (input.noticeId && (await noticeTitle(input.noticeId)) === null) {
    throw new AppError('INVALID_INPUT', '关联的通知不存在或已被删除', [
      { path: 'noticeId', message: '关联的通知不存在或已被删除' },
    ]);
  }
}
