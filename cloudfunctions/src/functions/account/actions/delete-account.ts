import { DELETED_MEMBER_NAME } from '../../../../shared/org/member';
import { REFLECTION_COLLECTIONS } from '../../../../shared/reflections/collections';
import { signedIn } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { AUDIT_COLLECTION, writeAudit } from '../../../platform/audit';
import { cloud, db } from '../../../platform/cloud';
import { DIRECTORY, departedOpenid, type MemberRecord } from '../../../platform/directory';
import { newId } from '../../../platform/ids';
import { SUBSCRIPTION_COLLECTION } from '../../../platform/notify';
import { rows } from '../../../platform/query';
import { RATE_LIMIT_COLLECTION } from '../../../platform/rate-limit';
import { atomically, readInTransaction } from '../../../platform/transaction';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Erases everything that names the person, for anyone with any record: every membership they ever had
 * (current, removed, earlier), their grants, what audit entries say of them, the invites they made and
 * their rate-limit counters and message subscriptions. Memberships stay, anonymised, so counts of who took part stay right; other
 * domains refer to people by member id only, so their records follow. The memberships are anonymised
 * last and together: until then a retry finds them by openid and finishes the idempotent steps before.
 */
export const deleteAccount = defineAction('account', 'deleteAccount', {
  access: signedIn,
  async run(_input, caller) {
    const { openid } = caller;
    const _ = db.command;
    const memberships = await rows<MemberRecord>(
      db
        .collection(DIRECTORY.members)
        .where(_.or([{ openid }, { formerOpenid: openid }]))
        .limit(100),
    );
    const memberIds = memberships.map((member) => member._id);
    const anonymous = departedOpenid(memberIds[0] ?? newId('erased'));
    const erased = { actorOpenid: anonymous, actorName: DELETED_MEMBER_NAME };

    await db.collection(DIRECTORY.roles).where({ openid }).remove();
    if (memberIds.length > 0) {
      await db
        .collection(AUDIT_COLLECTION)
        .where({ 'details.memberId': _.in(memberIds) })
        .update({ data: { details: { memberName: DELETED_MEMBER_NAME } } });
    }
    await db.collection(AUDIT_COLLECTION).where({ actorOpenid: openid }).update({ data: erased });
    await db
      .collection(DIRECTORY.invites)
      .where({ createdBy: openid })
      .update({ data: { createdBy: anonymous, createdByName: DELETED_MEMBER_NAME } });
    await db.collection(SUBSCRIPTION_COLLECTION).where({ openid }).remove();
    await db
      .collection(RATE_LIMIT_COLLECTION)
      .where({ _id: db.RegExp({ regexp: `:${escapeRegExp(openid)}:` }) })
      .remove();

    if (memberIds.length > 0) await eraseReflections(memberIds);

    if (memberships.length === 0) return { deleted: true as const };
    const current = memberships.find((member) => member.status === 'active') ?? memberships[0];
    await atomically(async (transaction) => {
      let anonymised = 0;
      for (const { _id } of memberships) {
        const member = await readInTransaction<MemberRecord>(transaction, DIRECTORY.members, _id);
        if (!member || (member.openid !== openid && member.formerOpenid !== openid)) continue;
        anonymised += 1;
        await transaction
          .collection(DIRECTORY.members)
          .doc(_id)
          .update({
            data: {
              openid: departedOpenid(_id),
              formerOpenid: _.remove(),
              name: DELETED_MEMBER_NAME,
              staffNo: null,
              status: 'deleted',
              grants: [],
              ...(member.status === 'active' ? { leftAt: db.serverDate() } : {}),
            },
          });
      }
      // A concurrent deletion already finished the job: log it once.
      if (anonymised === 0) return;
      await writeAudit(transaction, {
        action: 'account.delete',
        actor: { openid: anonymous, name: DELETED_MEMBER_NAME },
        unitPath: current.unitPath,
        details: {},
      });
    });
    return { deleted: true as const };
  },
});

/**
 * Reflections are text and photos the person wrote: they go, photo files included, and so do their
 * comparison sketches. Likes and the per-notice handed-in counts name only the member id and stay, so unit
 * figures stay right.
 */
async function eraseReflections(memberIds: string[]): Promise<void> {
  const byWriter = { memberId: db.command.in(memberIds) };
  for (;;) {
    const photos = await rows<{ _id: string; fileId: string }>(
      db.collection(REFLECTION_COLLECTIONS.photos).where(byWriter).limit(50),
    );
    if (photos.length === 0) break;
    await cloud.deleteFile({ fileList: photos.map((photo) => photo.fileId) });
    await db
      .collection(REFLECTION_COLLECTIONS.photos)
      .where({ _id: db.command.in(photos.map((photo) => photo._id)) })
      .remove();
  }
  await db.collection(REFLECTION_COLLECTIONS.sketches).where(byWriter).remove();
  await db.collection(REFLECTION_COLLECTIONS.reflections).where(byWriter).remove();
}
