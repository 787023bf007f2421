import { useRef, useState } from 'react';
import { View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { Card } from '@/components/card';
import { StateView } from '@/components/state-view';
import { SessionDetail } from '@/features/sessions/components/session-detail';
import { entrySessionId } from '@/features/sessions/lib/entry';

export default function SessionPage() {
  const [sessionId, setSessionId] = useState<string | null>(() => entrySessionId());
  const [version, setVersion] = useState(0);
  const shown = useRef(false);
  // Read the session afresh when coming back (from the leader's screens, or WeChat reopening the page).
  useDidShow(() => {
    setSessionId(entrySessionId());
    if (shown.current) setVersion((n) => n + 1);
    shown.current = true;
  });

  return (
    <View className="page">
      {sessionId ? (
        <SessionDetail key={`${sessionId}|${version}`} sessionId={sessionId} />
      ) : (
        <Card>
          <StateView
            kind="error"
            title="没有找到这场学习活动"
            description="请从“签到”页进入，或重新扫描活动的小程序码"
          />
        </Card>
      )}
    </View>
  );
}
