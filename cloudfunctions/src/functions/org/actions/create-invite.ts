import { randomInt } from 'node:crypto';
import { INVITE_ALPHABET, INVITE_CODE_LENGTH } from '../../../../shared/org/invite';
import { AppError } from '../../../../shared/errors';
import { MEMBER_UNIT_MIN_DEPTH } from '../../../../shared/org/unit';
import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { actorOf, writeAudit } from '../../../platform/audit';
import { DIRECTORY, type InviteRecord } from '../../../platform/directory';
import { unitById } from '../../../platform/directory-lookup';
import { newId } from '../../../platform/ids';
import { atomically } from '../../../platform/transaction';
import { unitPath } from '../scope';
import { inviteView } from '../views';

const HOUR = 60 * 60 * 1000;
const ATTEMPTS = 5;

const randomCode = () =>
  Array.from({ length: INVITE_CODE_LENGTH }, () => INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)]).join(
    '',
  );

class CodeTaken extends AppError {
  constructor() {
    super('INTERNAL', '生成邀请码失败，请重试');
  }
}

export const createInvite = defineAction('org', 'createInvite', {
  access: adminOf('该单位或其上级单位的管理员', async ({ unitId }) => [await unitPath(unitId)]),
  async run({ unitId, validHours, maxUses }, caller) {
    const unit = await unitById(unitId);
    if (unit.depth < MEMBER_UNIT_MIN_DEPTH) {
      throw new AppError('INVALID_INPUT', `“${unit.name}”下只设单位，不直接接收成员，请为具体单位生成邀请码`);
    }
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
        revokedAt: null,
      };
      try {
        await atomically(
          async (transaction) => {
            await transaction.collection(DIRECTORY.invites).add({ data: invite });
            await writeAudit(transaction, {
              action: 'invite.create',
              actor,
              unitPath: unit.path,
              details: { code: invite.code, unitName: unit.name },
            });
          },
          { onDuplicate: () => new CodeTaken() },
        );
      } catch (error) {
        if (error instanceof CodeTaken) continue;
        throw error;
      }
      return inviteView(invite, new Map([[unit._id, unit]]), now, 0);
    }
    throw new CodeTaken();
  },
});
