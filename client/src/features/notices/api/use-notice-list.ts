import { useCursorList } from '../lib/use-cursor-list';
import { fetchNotices } from './notices';

export const useNoticeList = () => useCursorList(fetchNotices);
