import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { ROUTES } from '@/config/routes';
import { fetchNoticeEarly } from '@/features/notices/api/notices';
import { initCloud } from '@/lib/cloud';
import './app.scss';

function App({ children }: PropsWithChildren) {
  useLaunch(({ path, query }) => {
    // The H5 build has no cloud, and asks for a shared notice in early-launch.ts, before Taro starts.
    if (process.env.TARO_ENV !== 'weapp') return;
    initCloud();
    // Most workers arrive at a notice from a shared card or a reminder: its text starts loading with the app.
    if (`/${path.replace(/^\//, '')}` === ROUTES.notice && query?.id) fetchNoticeEarly(query.id);
  });
  return children;
}

export default App;
