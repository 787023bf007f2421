import { useRef } from 'react';
import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { PageHeader } from '@/components/page-header';
import { useNoticeList } from '@/features/notices/api/use-notice-list';
import { FollowUpEntry } from '@/features/notices/components/follow-up-entry';
import { NoticeList } from '@/features/notices/components/notice-list';
import { ReminderOptIn } from '@/features/notices/components/reminder-opt-in';
import './index.scss';

export default function HomePage() {
  const list = useNoticeList();
  const shown = useRef(false);
  // Asked once the list has answered as someone known: a caller without identity gets one sign-in prompt.
  const identified = useRef(false);
  if (!list.loading && (!list.error || list.errorCode === 'NOT_A_MEMBER')) identified.current = true;

  // A tab page stays mounted: coming back from the reader shows the new reading state.
  useDidShow(() => {
    if (shown.current) list.reload();
    shown.current = true;
  });

  return (
    <View className="page home-page">
      <PageHeader title="通知公告" subtitle="认真学习，读完后点“已学习”" />
      {identified.current ? <FollowUpEntry /> : null}
      {identified.current && !list.error ? <ReminderOptIn /> : null}
      <NoticeList list={list} />
    </View>
  );
}
