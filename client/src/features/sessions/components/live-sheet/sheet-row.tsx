import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { reasonSchema } from '@shared/sessions/session-input';
import type { SheetEntry, SheetList } from '@shared/sessions/sheet';
import { FieldInput } from '@/components/text-field';
import { errorMessage } from '@/lib/cloud-error';
import { checkWith } from '@/lib/form-rules';
import { decideLeave } from '../../api/leave';
import { markPresent } from '../../api/manage';
import { formatDayTime } from '../../lib/format';

const manualReason = reasonSchema('补签原因');

export interface SheetRowProps {
  sessionId: string;
  list: SheetList;
  entry: SheetEntry;
  /** The session takes manual marks now (check-in has opened, it is not cancelled). */
  canMark: boolean;
  onChanged: () => void;
}

/** One person on the sheet, with what the admin can do about them: decide their leave, or 补签. */
export function SheetRow({ sessionId, list, entry, canMark, onChanged }: SheetRowProps) {
  const [marking, setMarking] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const run = async (work: () => Promise<unknown>, done: string) => {
    setPending(true);
    setError(null);
    try {
      await work();
      void Taro.showToast({ title: done, icon: 'success' });
      setMarking(false);
      onChanged();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(false);
    }
  };

  const mark = () => {
    const checked = checkWith(manualReason, reason, 'reason');
    if (!checked.ok) {
      setError(checked.errors.reason ?? '请填写补签原因');
      return;
    }
    void run(() => markPresent(sessionId, entry.memberId, checked.data), '已补签');
  };

  return (
    <View className="sheet-row">
      <View className="sheet-row__main">
        <View className="sheet-row__text">
          <Text className="sheet-row__name">{entry.name}</Text>
          <Text className="sheet-row__meta">
            {entry.unitName}
            {entry.at ? ` · ${formatDayTime(entry.at)}` : ''}
            {entry.checkedOutAt ? ` · 已签退` : ''}
          </Text>
          {entry.note ? <Text className="sheet-row__note">{entry.note}</Text> : null}
        </View>
        {list === 'leave_requests' && entry.leaveId ? (
          <View className="sheet-row__actions">
            <Button
              className="btn btn--primary btn--small"
              hoverClass="btn--hover"
              loading={pending}
              onClick={() => void run(() => decideLeave(entry.leaveId as string, true), '已批准')}
            >
              批准
            </Button>
            <Button
              className="btn btn--danger btn--small"
              hoverClass="btn--hover"
              onClick={() => void run(() => decideLeave(entry.leaveId as string, false), '已处理')}
            >
              不批准
            </Button>
          </View>
        ) : null}
        {list === 'not_yet' && canMark && !marking ? (
          <Button
            className="btn btn--ghost btn--small"
            hoverClass="btn--hover"
            onClick={() => setMarking(true)}
          >
            补签
          </Button>
        ) : null}
      </View>
      {marking ? (
        <View className="sheet-row__mark">
          <FieldInput
            value={reason}
            maxlength={200}
            placeholder="补签原因，如：手机没电，现场确认到会"
            onInput={setReason}
          />
          <View className="button-row sheet-row__mark-buttons">
            <Button
              className="btn btn--ghost btn--small"
              hoverClass="btn--hover"
              onClick={() => setMarking(false)}
            >
              取消
            </Button>
            <Button
              className="btn btn--primary btn--small"
              hoverClass="btn--hover"
              loading={pending}
              onClick={mark}
            >
              确认补签
            </Button>
          </View>
        </View>
      ) : null}
      {error ? <Text className="sheet-row__error">{error}</Text> : null}
    </View>
  );
}
