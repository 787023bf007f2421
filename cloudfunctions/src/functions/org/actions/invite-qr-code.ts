import { JOIN_PAGE } from '../../../../shared/org/invite';
import { AppError } from '../../../../shared/errors';
import { adminOf } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { cloud } from '../../../platform/cloud';
import { inviteById } from '../lookup';
import { inviteUnitPath } from '../scope';

/**
 * A mini-program code that opens the join page with the invite code as its scene. WeChat only honours the
 * scene once the mini-program is published; the join page also accepts the code typed in.
 */
export const inviteQrCode = defineAction('org', 'inviteQrCode', {
  access: adminOf('邀请码所属单位或其上级单位的管理员', async ({ inviteId }) => [
    await inviteUnitPath(inviteId),
  ]),
  async run({ inviteId }) {
    const invite = await inviteById(inviteId);
    const code = (await cloud.openapi.wxacode.getUnlimited({
      scene: invite.code,
      page: JOIN_PAGE,
      checkPath: false,
    })) as { buffer?: Buffer; errCode?: number };
    if (!code.buffer) throw new AppError('INTERNAL', '生成小程序码失败，请稍后重试');
    const { fileID } = await cloud.uploadFile({
      cloudPath: `invite-codes/${invite.code}.png`,
      fileContent: code.buffer,
    });
    const { fileList } = (await cloud.getTempFileURL({ fileList: [fileID] })) as {
      fileList: { tempFileURL: string }[];
    };
    return { imageUrl: fileList[0].tempFileURL };
  },
});
