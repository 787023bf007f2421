import Taro from '@tarojs/taro';
import type { NotificationSettings, NotificationTopic } from '@shared/platform/notifications';
import { callFunction } from './cloud';

export const fetchNotificationSettings = () => callFunction('account', 'notificationSettings', {});

/**
 * Asks the person to allow messages of these topics (at most three per prompt, as WeChat allows) and tells
 * the server what they allowed. Call it first thing in a tap handler: WeChat shows its prompt only for a
 * tap, and an await before it breaks that. The H5 build has no WeChat: a local stand-in dialog asks instead.
 */
export function requestNotifications(
  settings: NotificationSettings,
  topics: NotificationTopic[],
): Promise<NotificationSettings> {
  const templates = settings.templates.filter((template) => topics.includes(template.topic)).slice(0, 3);
  const answered =
    process.env.TARO_ENV === 'weapp'
      ? Taro.requestSubscribeMessage({
          tmplIds: templates.map((template) => template.templateId),
          entityIds: [],
        }).then((result) =>
          templates
            .filter(
              (template) => (result as unknown as Record<string, string>)[template.templateId] === 'accept',
            )
            .map((template) => template.topic),
        )
      : Taro.showModal({
          title: '接收消息提醒（本地演示）',
          content: `在微信中，这里会弹出订阅消息授权：${templates.map((template) => template.title).join('、')}。是否允许？`,
          confirmText: '允许',
          cancelText: '拒绝',
          confirmColor: '#c8161d',
        }).then((result) => (result.confirm ? templates.map((template) => template.topic) : []));
  return answered.then(
    (accepted) =>
      accepted.length ? callFunction('account', 'acceptNotifications', { topics: accepted }) : settings,
    () => settings,
  );
}
