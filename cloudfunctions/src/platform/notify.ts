import {
  NOTIFICATION_TOPIC_KEYS,
  type NotificationTopic,
  type NotifyOutcome,
  type UnreachablePerson,
} from '../../shared/platform/notifications';
import { cloud, db } from './cloud';
import { rows } from './query';

export const SUBSCRIPTION_COLLECTION = 'subscriptions';

/** The most messages of one topic a person can bank by accepting the prompt again and again. */
export const MAX_BANKED = 20;
const PARALLEL_SENDS = 10;
const NOT_SUBSCRIBED = 43101;

interface SubscriptionRecord {
  _id: string;
  openid: string;
  topic: NotificationTopic;
  remaining: number;
}

export const subscriptionId = (topic: NotificationTopic, openid: string) => `${topic}:${openid}`;

/**
 * Template ids are the mini-program's own (set in the WeChat admin console) and come from the function's
 * environment, `SUBSCRIBE_TEMPLATE_IDS` = JSON {topic: templateId}; locally they are placeholders the local
 * backend accepts.
 */
export function templateIds(): Record<NotificationTopic, string> {
  let configured: Partial<Record<NotificationTopic, string>> = {};
  try {
    configured = JSON.parse(process.env.SUBSCRIBE_TEMPLATE_IDS ?? '{}') as typeof configured;
  } catch {
    configured = {};
  }
  return Object.fromEntries(
    NOTIFICATION_TOPIC_KEYS.map((topic) => [topic, configured[topic] ?? `local-${topic}`]),
  ) as Record<NotificationTopic, string>;
}

export async function remainingFor(openid: string): Promise<Record<NotificationTopic, number>> {
  const found = await rows<SubscriptionRecord>(
    db.collection(SUBSCRIPTION_COLLECTION).where({ openid }).limit(100),
  );
  const remaining = Object.fromEntries(NOTIFICATION_TOPIC_KEYS.map((topic) => [topic, 0])) as Record<
    NotificationTopic,
    number
  >;
  for (const record of found) if (record.topic in remaining) remaining[record.topic] = record.remaining;
  return remaining;
}

/** WeChat's `thing` fields take at most 20 characters. */
export const thing = (text: string) => ({
  value: [...text].length > 20 ? `${[...text].slice(0, 19).join('')}…` : text,
});

export interface Recipient {
  openid: string;
  memberId: string;
  name: string;
  unitName: string;
}

export interface Message {
  /** The mini-program page the message opens, with its query. */
  page: string;
  data: Record<string, { value: string }>;
}

/**
 * Sends one subscribe message of `topic` to each recipient who has one left, through the real SDK
 * (`subscribeMessage.send`; the local backend's outbox locally), and says who could not be reached and why:
 * never subscribed, refused (WeChat's 43101), or the send failed. Never fails the calling action for that.
 */
export async function notify(
  topic: NotificationTopic,
  recipients: Recipient[],
  message: Message,
): Promise<NotifyOutcome> {
  const ids = recipients.map((recipient) => subscriptionId(topic, recipient.openid));
  const banked = new Map<string, number>();
  for (let start = 0; start < ids.length; start += 100) {
    const found = await rows<SubscriptionRecord>(
      db
        .collection(SUBSCRIPTION_COLLECTION)
        .where({ _id: db.command.in(ids.slice(start, start + 100)) })
        .limit(100),
    );
    for (const record of found) banked.set(record._id, record.remaining);
  }
  const templateId = templateIds()[topic];
  const unreachable: UnreachablePerson[] = [];
  let sent = 0;
  const deliver = async (recipient: Recipient) => {
    const id = subscriptionId(topic, recipient.openid);
    const person = { memberId: recipient.memberId, name: recipient.name, unitName: recipient.unitName };
    if ((banked.get(id) ?? 0) <= 0) {
      unreachable.push({ ...person, reason: 'not_subscribed' });
      return;
    }
    try {
      await cloud.openapi.subscribeMessage.send({
        touser: recipient.openid,
        templateId,
        page: message.page,
        data: message.data,
        miniprogramState: 'formal',
      });
      sent += 1;
      await db
        .collection(SUBSCRIPTION_COLLECTION)
        .doc(id)
        .update({ data: { remaining: db.command.inc(-1) } });
    } catch (error) {
      const refused = (error as { errCode?: number }).errCode === NOT_SUBSCRIBED;
      if (refused)
        await db
          .collection(SUBSCRIPTION_COLLECTION)
          .doc(id)
          .update({ data: { remaining: 0 } });
      unreachable.push({ ...person, reason: refused ? 'refused' : 'failed' });
    }
  };
  for (let start = 0; start < recipients.length; start += PARALLEL_SENDS) {
    await Promise.all(recipients.slice(start, start + PARALLEL_SENDS).map(deliver));
  }
  return { sent, unreachable };
}
