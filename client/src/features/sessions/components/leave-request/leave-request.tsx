import { useState } from 'react';
import { Button, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { LEAVE_STATUS_LABELS, type LeaveView } from '@shared/sessions/session';
import { Field } from '@/components/text-field';
import { errorMessage } from '@/lib/cloud-error';
import { serverFieldErrors } from '@/lib/field-errors';
import { requestLeave } from '../../api/leave';
import './leave-request.scss';

export interface LeaveRequestProps {
  sessionId: string;
  leave: LeaveView | null;
  onChanged: () => void;
}

/** Asking the unit admin to be excused, with a reason; the answer shows here once they decide. */
export function LeaveRequest({ sessionId, leave, onChanged }: LeaveRequestProps) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async () => {
    setError(null);
    setPending(true);
    try {
      // The function checks the reason (the contract's schema) and its message shows by the field.
      await requestLeave(sessionId, reason);
      void Taro.showToast({ title: '已提交请假', icon: 'success' });
      setOpen(false);
      onChanged();
    } catch (e) {
      setError(serverFieldErrors(e)?.reason ?? errorMessage(e));
    } finally {
      setPending(false);
    }
  };

  return (
    <View className="leave-request">
      {leave ? (
        <View className="leave-request__status">
          <Text className={`chip${leave.status === 'declined' ? '' : ' chip--muted'}`}>
            {LEAVE_STATUS_LABELS[leave.status]}
          </Text>
          <Text className="leave-request__reason">事由：{leave.reason}</Text>
          {leave.comment ? <Text className="leave-request__reason">审批意见：{leave.comment}</Text> : null}
        </View>
      ) : null}
      {leave?.status === 'approved' ? null : open ? (
        <View>
          <Field label="请假事由" error={error}>
            <Textarea
              className="leave-request__input"
              value={reason}
              maxlength={200}
              placeholder="请说明不能参加的原因，将提交给单位管理员审批"
              onInput={(e) => setReason(e.detail.value)}
            />
          </Field>
          <View className="button-row">
            <Button className="btn btn--ghost" hoverClass="btn--hover" onClick={() => setOpen(false)}>
              取消
            </Button>
            <Button
              className="btn btn--primary"
              hoverClass="btn--hover"
              loading={pending}
              onClick={() => void submit()}
            >
              {pending ? '正在提交…' : '提交请假'}
            </Button>
          </View>
        </View>
      ) : (
        <Button className="btn btn--ghost btn--small" hoverClass="btn--hover" onClick={() => setOpen(true)}>
          {leave ? '重新提交请假' : '不能参加？请假'}
        </Button>
      )}
    </View>
  );
}
