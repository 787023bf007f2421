import Taro from '@tarojs/taro';
import { MAX_PHOTO_BYTES } from '@shared/reflections/reflection';

export interface PickedPhoto {
  contentType: 'image/jpeg' | 'image/png';
  base64: string;
}

/** Long side after compression: sharp on a phone screen, a few hundred KB as JPEG. */
const MAX_SIDE = 1280;
const QUALITIES = [0.72, 0.55, 0.4];

const bytesOf = (base64: string) => Math.floor((base64.length * 3) / 4);

function typeOf(base64: string): PickedPhoto['contentType'] {
  return base64.startsWith('iVBOR') ? 'image/png' : 'image/jpeg';
}

async function compressInWeChat(path: string): Promise<PickedPhoto> {
  const files = Taro.getFileSystemManager();
  for (const quality of QUALITIES) {
    const { tempFilePath } = await Taro.compressImage({
      src: path,
      quality: Math.round(quality * 100),
      compressedWidth: MAX_SIDE,
    } as Parameters<typeof Taro.compressImage>[0]);
    const base64 = files.readFileSync(tempFilePath, 'base64') as string;
    if (bytesOf(base64) <= MAX_PHOTO_BYTES) return { contentType: typeOf(base64), base64 };
  }
  throw new Error('too large');
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('unreadable'));
    image.src = url;
  });
}

async function compressInBrowser(url: string): Promise<PickedPhoto> {
  const image = await loadImage(url);
  const scale = Math.min(1, MAX_SIDE / Math.max(image.naturalWidth, image.naturalHeight));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(image.naturalWidth * scale));
  canvas.height = Math.max(1, Math.round(image.naturalHeight * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  for (const quality of QUALITIES) {
    const base64 = canvas.toDataURL('image/jpeg', quality).split(',')[1] ?? '';
    if (base64 && bytesOf(base64) <= MAX_PHOTO_BYTES) return { contentType: 'image/jpeg', base64 };
  }
  throw new Error('too large');
}

/**
 * Lets the person take or choose up to `count` photos and compresses each on the phone (long side 1280 px,
 * JPEG) so it stays under the upload limit. Resolves with nothing when the person cancels.
 */
export async function pickPhotos(count: number): Promise<PickedPhoto[]> {
  let paths: string[];
  try {
    const chosen = await Taro.chooseImage({
      count,
      sizeType: ['compressed'],
      sourceType: ['album', 'camera'],
    });
    paths = chosen.tempFilePaths.slice(0, count);
  } catch {
    return [];
  }
  const compress = process.env.TARO_ENV === 'weapp' ? compressInWeChat : compressInBrowser;
  const photos: PickedPhoto[] = [];
  for (const path of paths) photos.push(await compress(path));
  return photos;
}
