import { useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { errorMessage } from '@/lib/cloud-error';
import { setReflectionDeadline } from '../../api/submissions';
import { chinaToday } from '../../lib/china-day';

export interface DeadlineEditorProps {
  noticeId: string;
  deadline: string | null;
  onChanged: () => void;
}

/** The federation sets the last day a reflection on the notice counts as on time, or clears it. */
export function DeadlineEditor({ noticeId, deadline, onChanged }: DeadlineEditorProps) {
  const [busy, setBusy] = useState(false);
  const save = async (next: string | null) => {
    setBusy(true);
    try {
      await setReflectionDeadline(noticeId, next);
      void Taro.showToast({ title: next ? '截止日期已设置' : '已取消截止日期', icon: 'success' });
      onChanged();
    } catch (failure) {
      void Taro.showModal({ title: '设置失败', content: errorMessage(failure), showCancel: false });
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="deadline-editor">
      <Picker
        mode="date"
        value={deadline ?? chinaToday(7)}
        onChange={(event) => void save(event.detail.value)}
      >
        <Text className="deadline-editor__action">
          {busy ? '正在保存…' : deadline ? '修改截止日期' : '设置截止日期'}
        </Text>
      </Picker>
      {deadline ? (
        <Text
          className="deadline-editor__action deadline-editor__action--muted"
          onClick={() => void save(null)}
        >
          取消截止日期
        </Text>
      ) : null}
    </View>
  );
}
