import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useCloudQuery } from '@/hooks/use-cloud-query';
import { fetchNotificationSettings, requestNotifications } from '@/lib/notifications';
import './reminder-opt-in.scss';

/**
 * WeChat lets the app message a person once per "allow" in its prompt, so leaders' reminders reach only
 * those who allowed one. Offered on the home page whenever the person has none left.
 */
export function ReminderOptIn() {
  const { data: settings } = useCloudQuery(fetchNotificationSettings);
  const [allowed, setAllowed] = useState<number | null>(null);
  if (!settings) return null;
  const remaining = allowed ?? settings.remaining.studyReminder;
  if (remaining > 0) return null;
  return (
    <View className="reminder-opt-in">
      <View className="reminder-opt-in__text">
        <Text className="reminder-opt-in__title">接收学习提醒</Text>
        <Text className="reminder-opt-in__hint">有新通知或需要补学时，通过微信通知您</Text>
      </View>
      <Button
        className="btn btn--primary btn--small"
        hoverClass="btn--hover"
        onClick={() =>
          // WeChat shows its prompt only when asked first thing in a tap: no await before this call.
          void requestNotifications(settings, ['studyReminder']).then((next) => {
            setAllowed(next.remaining.studyReminder);
            if (next.remaining.studyReminder > 0) void Taro.showToast({ title: '已开启', icon: 'success' });
          })
        }
      >
        开启
      </Button>
    </View>
  );
}
