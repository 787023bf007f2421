/**
 * What the mini-program may send a person as a WeChat subscribe message. Each acceptance of WeChat's prompt
 * allows one message of that topic; the server counts them per person and topic and never sends beyond.
 */
export const NOTIFICATION_TOPICS = {
  studyReminder: '学习提醒',
  sessionChange: '学习活动变更',
  sessionReminder: '学习活动开始提醒',
  reportReminder: '报送提醒',
  reviewResult: '心得审核结果',
} as const;

export type NotificationTopic = keyof typeof NOTIFICATION_TOPICS;

export const NOTIFICATION_TOPIC_KEYS = Object.keys(NOTIFICATION_TOPICS) as NotificationTopic[];

/** Why a person could not be reached, for the leader to tell them in person. */
export type UnreachableReason = 'not_subscribed' | 'refused' | 'failed';

export const UNREACHABLE_LABELS: Record<UnreachableReason, string> = {
  not_subscribed: '未订阅消息提醒',
  refused: '已拒收消息提醒',
  failed: '发送失败',
};

export interface UnreachablePerson {
  memberId: string;
  name: string;
  unitName: string;
  reason: UnreachableReason;
}

export interface NotifyOutcome {
  sent: number;
  unreachable: UnreachablePerson[];
}

export interface NotificationSettings {
  /** Template ids in the order WeChat's prompt should offer them (at most three a prompt). */
  templates: { topic: NotificationTopic; title: string; templateId: string }[];
  /** Messages of each topic the person has allowed and not yet received. */
  remaining: Record<NotificationTopic, number>;
}
