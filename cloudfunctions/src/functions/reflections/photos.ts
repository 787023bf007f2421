import { AppError } from '../../../shared/errors';
import type { PhotoType } from '../../../shared/reflections/reflection';
import { cloud, db } from '../../platform/cloud';
import { rows } from '../../platform/query';
import { COLLECTIONS, type PhotoRecord } from './records';

/** Links to photos last two hours: long enough to read a feed, short enough not to spread. */
const LINK_SECONDS = 2 * 60 * 60;
/** getTempFileURL takes at most 50 files a call. */
const LINKS_PER_CALL = 50;

const SIGNATURES: Record<PhotoType, number[]> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

/** The bytes are what they claim to be: a JPEG or PNG by its first bytes, not by the name it came with. */
export function assertImage(bytes: Buffer, type: PhotoType): void {
  const signature = SIGNATURES[type];
  if (bytes.length <= signature.length || signature.some((byte, index) => bytes[index] !== byte)) {
    throw new AppError('PHOTO_INVALID');
  }
}

/** Photos named in a reflection must be the writer's own uploads. */
export async function assertOwnPhotos(fileIds: readonly string[], memberId: string): Promise<void> {
  if (fileIds.length === 0) return;
  if (new Set(fileIds).size !== fileIds.length) throw new AppError('INVALID_INPUT', '同一张图片只能添加一次');
  const own = await rows<PhotoRecord>(
    db
      .collection(COLLECTIONS.photos)
      .where({ fileId: db.command.in([...fileIds]), memberId })
      .limit(fileIds.length),
  );
  if (own.length !== fileIds.length) throw new AppError('NOT_FOUND', '图片不存在或已被删除，请重新上传');
}

/** Temporary links for stored photos; a photo that cannot be linked is left out. */
export async function photoLinks(fileIds: readonly string[]): Promise<Map<string, string>> {
  const unique = [...new Set(fileIds)];
  const links = new Map<string, string>();
  for (let start = 0; start < unique.length; start += LINKS_PER_CALL) {
    const { fileList } = (await cloud.getTempFileURL({
      fileList: unique
        .slice(start, start + LINKS_PER_CALL)
        .map((fileID) => ({ fileID, maxAge: LINK_SECONDS })),
    })) as { fileList: { fileID: string; tempFileURL: string }[] };
    for (const file of fileList) if (file.tempFileURL) links.set(file.fileID, file.tempFileURL);
  }
  return links;
}
