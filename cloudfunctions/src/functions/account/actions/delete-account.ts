import { DELETED_MEMBER_NAME } from '../../../../shared/org/member';
import { ERASED_TEXT, SESSION_PERSONAL_TEXT } from '../../../../shared/sessions/storage';
import { REFLECTION_COLLECTIONS } from '../../../../shared/reflections/collections';
import { signedIn } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { AUDIT_COLLECTION, writeAudit } from '../../../platform/audit';
import { cloud, db } from '../../../platform/cloud';
import { DIRECTORY, departedOpenid, type MemberRecord } from '../../../platform/directory';
import { loadUnitsById } from '../../../platform/directory-lookup';
import { newId } from '../../../platform/ids';
import { countMembership } from '../../../platform/membership-counts';
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
    // Study sessions: leave reasons, decisions' comments and 补签 reasons written about the person.
    for (const { collection, fields } of memberIds.length > 0 ? SESSION_PERSONAL_TEXT : []) {
      for (const field of fields) {
        await db
          .collection(collection)
          .where({ memberId: _.in(memberIds), [field]: _.neq(null) })
          .update({ data: { [field]: ERASED_TEXT } });
      }
    }
    await db
      .collection(DIRECTORY.invites)
      .where({ createdBy: openid })
      .update({ data: { createdBy: anonymous, createdByName: DELETED_MEMBER_NAME } });
    await db.collection(SUBSCRIPTION_COLLECTION).where({ openid }).remove();
    // The notices domain finds a reader's receipts by openid; the receipts stay, counted, by member id.
    await db
      .collection('notice_receipts')
      .where({ readerOpenid: openid })
      .update({ data: { readerOpenid: _.remove() } });
    await db
      .collection(RATE_LIMIT_COLLECTION)
      .where({ _id: db.RegExp({ regexp: `:${escapeRegExp(openid)}:` }) })
      .remove();

    if (memberIds.length > 0) await eraseReflections(memberIds);

    if (memberships.length === 0) return { deleted: true as const };
    const current = memberships.find((member) => member.status === 'active') ?? memberships[0];
    const unitName = (await loadUnitsById([current.unitId])).get(current.unitId)?.name;
    await atomically(async (transaction) => {
      let anonymised = 0;
      for (const { _id } of memberships) {
        const member = await readInTransaction<MemberRecord>(transaction, DIRECTORY.members, _id);
        if (!member || (member.openid !== openid && member.formerOpenid !== openid)) continue;
        anonymised += 1;
        if (member.status === 'active') await countMembership(transaction, member, -1);
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
        // The unit's admins see that one of theirs left, without learning who: the name is already erased.
        details: { memberName: DELETED_MEMBER_NAME, unitName },
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
