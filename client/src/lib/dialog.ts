import Taro from '@tarojs/taro';
import { errorMessage } from './cloud-error';

/** The app's red ($color-primary): without it WeChat's dialogs confirm in WeChat green. */
const CONFIRM_COLOR = '#c8161d';

export interface Confirmation {
  title: string;
  content: string;
  /** At most four characters: WeChat cuts longer confirm words. */
  confirmText: string;
}

/** Asks before a change; resolves whether the person confirmed. */
export async function confirmAction({ title, content, confirmText }: Confirmation): Promise<boolean> {
  const { confirm } = await Taro.showModal({
    title,
    content,
    confirmText,
    cancelText: '取消',
    confirmColor: CONFIRM_COLOR,
  });
  return confirm;
}

/** A message with one button, e.g. why something cannot be done. */
export async function showNotice(title: string, content: string): Promise<void> {
  await Taro.showModal({
    title,
    content,
    showCancel: false,
    confirmText: '知道了',
    confirmColor: CONFIRM_COLOR,
  });
}

/** Tells why something failed: the server's own Chinese message, or the network's. */
export const showFailure = (title: string, error: unknown): Promise<void> =>
  showNotice(title, errorMessage(error));
