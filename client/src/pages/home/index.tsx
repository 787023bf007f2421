import { View } from '@tarojs/components';
import { StateView } from '@/components/state-view';
import { useLatestNotice } from '@/features/notices/api/latest-notice';
import { NoticeArticle } from '@/features/notices/components/notice-article';
import './index.scss';

export default function HomePage() {
  const { loading, error, data, reload } = useLatestNotice();

  return (
    <View className="page home-page">
      {loading && !data ? <StateView kind="loading" /> : null}
      {!loading && error ? <StateView kind="error" title={error} onAction={reload} /> : null}
      {!loading && !error && !data ? (
        <StateView kind="empty" title="暂无通知" description="新的通知发布后会显示在这里" />
      ) : null}
      {data && !error ? <NoticeArticle notice={data} /> : null}
    </View>
  );
}
