import { formatChinaDateTime } from '../../../shared/platform/china-time';
import type { MemberRecord } from '../../platform/directory';
import { notify, thing } from '../../platform/notify';
import type { ReflectionRecord } from './records';

export const DETAIL_PAGE = 'packages/reflections/pages/detail/index';

/**
 * Tells the writer the outcome by subscribe message when they allowed one (心得审核结果). Template fields:
 * thing1 心得标题, phrase2 审核结果, thing3 说明, time4 审核时间. Never fails the review itself.
 */
export async function tellWriter(
  record: ReflectionRecord,
  writer: MemberRecord | null,
  outcome: string,
  note: string,
): Promise<void> {
  if (!writer || writer.status !== 'active') return;
  try {
    await notify(
      'reviewResult',
      [{ openid: writer.openid, memberId: writer._id, name: writer.name, unitName: '' }],
      {
        page: `${DETAIL_PAGE}?id=${record._id}`,
        data: {
          thing1: thing(record.title || record.noticeTitle),
          phrase2: { value: outcome },
          thing3: thing(note),
          time4: { value: formatChinaDateTime(new Date()) },
        },
      },
    );
  } catch (error) {
    console.error('[reflections] review result not sent', error);
  }
}
