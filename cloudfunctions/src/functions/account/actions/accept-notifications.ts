import { signedIn } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { db } from '../../../platform/cloud';
import { MAX_BANKED, SUBSCRIPTION_COLLECTION, subscriptionId } from '../../../platform/notify';
import { readInTransaction, atomically } from '../../../platform/transaction';
import { notificationSettings } from '../notification-settings';

/**
 * Each "allow" in WeChat's prompt lets the mini-program send one message of that topic, so each is banked
 * (up to a ceiling, as the prompt can be answered again and again).
 */
export const acceptNotifications = defineAction('account', 'acceptNotifications', {
  access: signedIn,
  async run({ topics }, caller) {
    for (const topic of new Set(topics)) {
      const id = subscriptionId(topic, caller.openid);
      await atomically(async (transaction) => {
        const current = await readInTransaction<{ remaining: number }>(
          transaction,
          SUBSCRIPTION_COLLECTION,
          id,
        );
        await transaction
          .collection(SUBSCRIPTION_COLLECTION)
          .doc(id)
          .set({
            data: {
              openid: caller.openid,
              topic,
              remaining: Math.min(MAX_BANKED, (current?.remaining ?? 0) + 1),
              updatedAt: db.serverDate(),
            },
          });
      });
    }
    return notificationSettings(caller.openid);
  },
});
