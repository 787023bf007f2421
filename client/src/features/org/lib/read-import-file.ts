import Taro from '@tarojs/taro';

export interface PickedFile {
  fileName: string;
  contentBase64: string;
}

const ACCEPT = ['csv', 'xlsx', 'xls'];
const INPUT_ID = 'unit-import-file';

/**
 * Lets the admin choose a CSV/Excel file and reads it as base64. WeChat: a file from a chat
 * (chooseMessageFile); H5: a hidden `<input type="file">`. Resolves null when the choice is cancelled.
 */
export function pickImportFile(): Promise<PickedFile | null> {
  if (process.env.TARO_ENV === 'h5') return pickInBrowser();
  return pickInWeapp();
}

async function pickInWeapp(): Promise<PickedFile | null> {
  let chosen: Taro.chooseMessageFile.SuccessCallbackResult;
  try {
    chosen = await Taro.chooseMessageFile({ count: 1, type: 'file', extension: ACCEPT });
  } catch {
    return null; // cancelled
  }
  const file = chosen.tempFiles[0];
  if (!file) return null;
  const contentBase64 = await new Promise<string>((resolve, reject) => {
    Taro.getFileSystemManager().readFile({
      filePath: file.path,
      encoding: 'base64',
      success: (res) => resolve(res.data as string),
      fail: () => reject(new Error('读取文件失败，请重新选择')),
    });
  });
  return { fileName: file.name, contentBase64 };
}

function pickInBrowser(): Promise<PickedFile | null> {
  return new Promise((resolve, reject) => {
    // A cancelled choice never fires `change`: drop the input left over from it.
    document.getElementById(INPUT_ID)?.remove();
    const input = document.createElement('input');
    input.id = INPUT_ID;
    input.type = 'file';
    input.accept = ACCEPT.map((ext) => `.${ext}`).join(',');
    input.style.display = 'none';
    document.body.appendChild(input);
    const done = () => input.remove();
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      done();
      if (!file) return resolve(null);
      const reader = new FileReader();
      reader.onload = () => {
        const url = String(reader.result ?? '');
        resolve({ fileName: file.name, contentBase64: url.slice(url.indexOf(',') + 1) });
      };
      reader.onerror = () => reject(new Error('读取文件失败，请重新选择'));
      reader.readAsDataURL(file);
    });
    input.click();
  });
}
