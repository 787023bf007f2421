import {
  NOTIFICATION_TOPIC_KEYS,
  NOTIFICATION_TOPICS,
  type NotificationSettings,
} from '../../../shared/platform/notifications';
import { remainingFor, templateIds } from '../../platform/notify';

export async function notificationSettings(openid: string): Promise<NotificationSettings> {
  const ids = templateIds();
  return {
    templates: NOTIFICATION_TOPIC_KEYS.map((topic) => ({
      topic,
      title: NOTIFICATION_TOPICS[topic],
      templateId: ids[topic],
    })),
    remaining: await remainingFor(openid),
  };
}
