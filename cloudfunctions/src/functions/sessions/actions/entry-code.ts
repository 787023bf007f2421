import { AppError } from '../../../../shared/errors';
import { SESSION_PAGE } from '../../../../shared/sessions/codes';
import { defineAction } from '../../../platform/action';
import { cloud, db } from '../../../platform/cloud';
import { sessionAdmin } from '../access';
import { SESSION_COLLECTIONS } from '../records';
import { sessionOfInput } from '../session-load';

/** Made at most once per session (WeChat limits calls): later asks only need a fresh link to the stored image. */
async function makeEntryCode(sessionId: string): Promise<string> {
  const image = (await cloud.openapi.wxacode.getUnlimited({
    scene: sessionId,
    page: SESSION_PAGE,
    checkPath: false,
  })) as { buffer?: Buffer };
  if (!image.buffer) throw new AppError('INTERNAL', '生成小程序码失败，请稍后重试');
  const { fileID } = await cloud.uploadFile({
    cloudPath: `session-codes/${sessionId}.png`,
    fileContent: image.buffer,
  });
  // Two admins asking at once both upload the same image to the same path; the first to record it wins.
  await db
    .collection(SESSION_COLLECTIONS.sessions)
    .where({ _id: sessionId, entryCodeFileId: null })
    .update({ data: { entryCodeFileId: fileID } });
  return fileID;
}

/**
 * The session's permanent mini-program code (its scene is the session id): printed or shown beside the
 * screen, WeChat's own camera opens the session's check-in page with it. It admits nobody by itself; the
 * rotating code does.
 */
export const entryCode = defineAction('sessions', 'entryCode', {
  access: sessionAdmin(sessionOfInput),
  async run(input) {
    const session = await sessionOfInput(input);
    const fileID = session.entryCodeFileId ?? (await makeEntryCode(session._id));
    const { fileList } = (await cloud.getTempFileURL({ fileList: [fileID] })) as {
      fileList: { tempFileURL: string }[];
    };
    return { imageUrl: fileList[0].tempFileURL, path: `${SESSION_PAGE}?scene=${session._id}` };
  },
});
