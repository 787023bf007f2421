/**
 * H5 only, and the first module of the app entry (client/config/index.ts), so it runs before Taro starts:
 * a worker opening a shared notice link has the notice asked for and the reader's code on its way while the
 * framework boots, instead of after the app has mounted. The page's own identical call takes the answer.
 */
import { ROUTES } from '@/config/routes';
import { askEarly } from '@/lib/early-answer';
import { callGateway } from '@/lib/gateway';

const [route, search = ''] = window.location.hash.replace(/^#/, '').split('?');
const noticeId = new URLSearchParams(search).get('id');

if (route === ROUTES.notice && noticeId) {
  askEarly('notices', 'get', { noticeId }, callGateway);
  // The chunk Taro's router imports for this page: fetched now, it is at hand when the router asks.
  import('./pages/notice/index').catch(() => undefined);
}
