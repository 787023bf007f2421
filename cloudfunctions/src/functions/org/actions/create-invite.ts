import { randomInt } from 'node:crypto';
import { INVITE_ALPHABET, INVITE_CODE_LENGTH } from '../../../../shared/domain/invite';
import { AppError } from '../../../../shared/errors';
import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { writeAudit } from '../../../platform/audit';
import { db } from '../../../platform/cloud';
import { newId } from '../../../platform/ids';
import { unitById } from '../../../platform/lookup';
import { COLLECTIONS, type InviteRecord } from '../../../platform/records';
import { actorOf, inviteView } from '../../../platform/views';
import { unitPath } from '../scope';

const HOUR = 60 * 60 * 1000;
const ATTEMPTS = 5;

const randomCode = () =>
  Array.from({ length: INVITE_CODE_LENGTH }, () => INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)]).join(
    '',
  );

export const createInvite = defineAction('org', 'createInvite', {
  access: adminOf('该单位或其上级单位的管理员', async ({ unitId }) => [await unitPath(unitId)]),
  async run({ unitId, validHours, maxUses }, caller) {
    const unit = await unitById(unitId);
    const actor = actorOf(caller.openid, await caller.authority());
    const now = new Date();
    // Codes are unique by index; a rare collision just draws another.
    for (let attempt = 0; attempt < ATTEMPTS; attempt += 1) {
      const invite: InviteRecord = {
        _id: newId('invite'),
        code: randomCode(),
        unitId,
        unitPath: unit.path,
        createdBy: caller.openid,
        createdByName: actor.name,
        createdAt: now,
        expiresAt: new Date(now.getTime() + validHours * HOUR),
        maxUses,
        uses: 0,
        revokedAt: null,
      };
      try {
        await db.collection(COLLECTIONS.invites).add({ data: invite });
      } catch (error) {
        if ((error as { errCode?: number }).errCode === -502001) continue;
        throw error;
      }
      await writeAudit({
        action: 'invite.create',
        actor,
        unitPath: unit.path,
        details: { code: invite.code, unitName: unit.name },
      });
      return inviteView(invite, new Map([[unit._id, unit]]), now);
    }
    throw new AppError('INTERNAL', '生成邀请码失败，请重试');
  },
});
