import { AppError } from '../../../../shared/errors';
import { MAX_PHOTO_BYTES } from '../../../../shared/reflections/reflection';
import { activeMember } from '../../../platform/access';
import { defineAction } from '../../../platform/action';
import { cloud, db } from '../../../platform/cloud';
import type { MemberRecord } from '../../../platform/directory';
import { newId } from '../../../platform/ids';
import { rateLimiter } from '../../../platform/rate-limit';
import { PHOTO_LIMIT } from '../limits';
import { assertImage, photoLinks } from '../photos';
import { COLLECTIONS, type PhotoRecord } from '../records';

const EXTENSIONS = { 'image/jpeg': 'jpg', 'image/png': 'png' } as const;

/**
 * Photos travel through the function (base64) in both builds: the function sees every byte, so size and
 * type are checked here, the storage path is its own choice, and the upload is recorded as the member's,
 * which is what lets a reflection name only its writer's photos. Storage stays closed to the client.
 */
export const uploadPhoto = defineAction('reflections', 'uploadPhoto', {
  access: activeMember,
  async run({ contentType, contentBase64 }, caller) {
    const member = (await caller.authority()).member as MemberRecord;
    await rateLimiter.take(PHOTO_LIMIT, member._id);
    const bytes = Buffer.from(contentBase64, 'base64');
    if (bytes.length > MAX_PHOTO_BYTES) {
      throw new AppError('INVALID_INPUT', `压缩后的图片不能超过 ${MAX_PHOTO_BYTES / 1024} KB`);
    }
    assertImage(bytes, contentType);
    const id = newId('photo');
    const { fileID } = await cloud.uploadFile({
      cloudPath: `reflections/photos/${member._id}/${id}.${EXTENSIONS[contentType]}`,
      fileContent: bytes,
    });
    const record: PhotoRecord = {
      _id: id,
      fileId: fileID,
      memberId: member._id,
      contentType,
      bytes: bytes.length,
      uploadedAt: new Date(),
    };
    await db.collection(COLLECTIONS.photos).add({ data: record });
    const links = await photoLinks([fileID]);
    return { fileId: fileID, url: links.get(fileID) ?? '', bytes: bytes.length };
  },
});
