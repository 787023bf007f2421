import { PageMeta, View } from '@tarojs/components';
import { useRouter, useShareAppMessage } from '@tarojs/taro';
import { StateView } from '@/components/state-view';
import { ROUTES } from '@/config/routes';
import { useNotice } from '@/features/notices/api/use-notice';
import { NoticeReader } from '@/features/notices/components/notice-reader';

export default function NoticePage() {
  const noticeId = useRouter().params.id ?? '';
  const { loading, error, data, reload } = useNotice(noticeId);

  // Shared to a chat, the card opens this notice directly.
  useShareAppMessage(() => ({
    title: data?.title ?? '学习通知',
    path: `${ROUTES.notice}?id=${encodeURIComponent(noticeId)}`,
  }));

  return (
    <View className="page">
      {/* WeChat's 适老化: 1rem is the font size the person set for WeChat, and the reader is sized in rem
          there (Taro's page-meta template has no page-font-size, so rootFontSize carries it). */}
      {process.env.TARO_ENV === 'weapp' ? <PageMeta rootFontSize="system" /> : null}
      {!noticeId ? <StateView kind="empty" title="没有指定要打开的通知" /> : null}
      {noticeId && loading && !data ? <StateView kind="loading" /> : null}
      {noticeId && !loading && error ? <StateView kind="error" title={error} onAction={reload} /> : null}
      {data && !error ? <NoticeReader notice={data} /> : null}
    </View>
  );
}
