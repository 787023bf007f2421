import Taro from '@tarojs/taro';

/**
 * Opens a generated workbook: in WeChat downloaded and shown with 转发/保存 in its menu; in the browser,
 * downloaded from its temporary link.
 */
export async function openWorkbook(url: string, fileName: string): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    const filePath = `${Taro.env.USER_DATA_PATH}/${fileName}`;
    const download = await Taro.downloadFile({ url, filePath });
    if (download.statusCode !== 200) throw new Error(`下载失败（${download.statusCode}）`);
    await Taro.openDocument({ filePath, fileType: 'xlsx', showMenu: true });
    return;
  }
  window.open(url, '_blank');
}
