import { cloud } from './cloud';

/** How long a download link stays valid: long enough to open it on a phone, short enough not to spread. */
const LINK_SECONDS = 30 * 60;

/**
 * Stores a generated file (an export, a digest) in cloud storage and answers a temporary link to it. The
 * path carries a random part, so one link never leads to another file.
 */
export async function storeGeneratedFile(
  cloudPath: string,
  content: Buffer,
): Promise<{ fileID: string; url: string; expiresAt: string }> {
  const { fileID } = await cloud.uploadFile({ cloudPath, fileContent: content });
  const { fileList } = (await cloud.getTempFileURL({
    fileList: [{ fileID, maxAge: LINK_SECONDS }],
  })) as { fileList: { tempFileURL: string }[] };
  return {
    fileID,
    url: fileList[0].tempFileURL,
    expiresAt: new Date(Date.now() + LINK_SECONDS * 1000).toISOString(),
  };
}
