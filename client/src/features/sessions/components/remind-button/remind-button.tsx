import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { NotificationSettings } from '@shared/platform/notifications';
import { errorMessage } from '@/lib/cloud-error';
import { requestNotifications } from '@/lib/notifications';
import { remindMe } from '../../api/remind-me';
import { formatDayTime } from '../../lib/format';

export interface RemindButtonProps {
  sessionId: string;
  reminderSet: boolean;
  /** Loaded with the page: WeChat's prompt must open right in the tap, with nothing awaited before it. */
  settings: NotificationSettings | undefined;
}

/** 开始前提醒我: one subscribe message 30 minutes before the start. */
export function RemindButton({ sessionId, reminderSet, settings }: RemindButtonProps) {
  const [set, setSet] = useState(reminderSet);
  const [note, setNote] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const ask = () => {
    if (!settings) {
      setNote('正在读取消息提醒设置，请稍后再试');
      return;
    }
    // First thing in the tap: WeChat shows its prompt only for a tap.
    const answered = requestNotifications(settings, ['sessionReminder']);
    setPending(true);
    answered
      .then(async (after) => {
        if (after.remaining.sessionReminder <= 0) {
          setNote('未开启提醒：需要在微信弹窗中选择“允许”');
          return;
        }
        const { remindAt } = await remindMe(sessionId);
        setSet(true);
        setNote(`将于 ${formatDayTime(remindAt)} 提醒您`);
        void Taro.showToast({ title: '已设置提醒', icon: 'success' });
      })
      .catch((e: unknown) => setNote(errorMessage(e)))
      .finally(() => setPending(false));
  };

  return (
    <View>
      <Button className="btn btn--ghost btn--small" hoverClass="btn--hover" loading={pending} onClick={ask}>
        {set ? '已设置开始前提醒（再次设置）' : '开始前 30 分钟提醒我'}
      </Button>
      {note ? <Text className="session-detail__note">{note}</Text> : null}
    </View>
  );
}
