import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { CODE_DIGITS, type CodePurpose } from '@shared/sessions/code-format';
import type { SessionView } from '@shared/sessions/session';
import { TextField } from '@/components/text-field';
import { errorMessage } from '@/lib/cloud-error';
import { serverFieldErrors } from '@/lib/field-errors';
import { checkOut } from '../../api/check-in';
import { checkInWithRetry, readLocation } from '../../lib/check-in-flow';
import { canScan, scanForCheckIn } from '../../lib/scan';
import './check-in-panel.scss';

export interface CheckInPanelProps {
  session: SessionView;
  purpose: CodePurpose;
  /** After a success, with what to tell the person. */
  onDone: (message: string) => void;
}

const WORDS = { in: '签到', out: '签退' } as const;

/** Scan the leader's screen (WeChat, camera only) or type its 6 digits; every rule is decided by the server. */
export function CheckInPanel({ session, purpose, onDone }: CheckInPanelProps) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const word = WORDS[purpose];

  const send = async (typed: string, readAt: number) => {
    // The function checks the code's form too; its message (e.g. 签到码应为 6 位数字) shows here.
    const code = typed.trim();
    setError(null);
    setPending(true);
    try {
      if (purpose === 'in') {
        const location = session.geofence ? await readLocation() : undefined;
        const result = await checkInWithRetry(session._id, code, location, readAt);
        const status = result.attendance.status === 'late' ? '（迟到）' : '';
        onDone(
          result.atOtherShift ? '您已在其他班次签到' : result.already ? '您已签到' : `签到成功${status}`,
        );
      } else {
        const result = await checkOut(session._id, code);
        onDone(result.already ? '您已签退' : '签退成功');
      }
      setCode('');
      void Taro.showToast({ title: `${word}成功`, icon: 'success' });
    } catch (e) {
      setError(serverFieldErrors(e)?.code ?? errorMessage(e));
    } finally {
      setPending(false);
    }
  };

  const scan = async () => {
    const outcome = await scanForCheckIn();
    if (outcome.kind === 'cancelled') return;
    if (outcome.kind !== 'code') {
      setError('这不是学习活动的签到二维码，请扫描现场屏幕上的二维码');
      return;
    }
    if (outcome.scanned.sessionId !== session._id) {
      setError('这是另一场学习活动的二维码，请扫描本场活动屏幕上的二维码');
      return;
    }
    if (outcome.scanned.purpose !== purpose) {
      setError(`这是${WORDS[outcome.scanned.purpose]}二维码，请等待屏幕切换到${word}`);
      return;
    }
    await send(outcome.scanned.code, outcome.readAt);
  };

  return (
    <View className="check-in-panel">
      {canScan ? (
        <Button
          className="btn btn--primary"
          hoverClass="btn--hover"
          loading={pending}
          onClick={() => void scan()}
        >
          扫码{word}
        </Button>
      ) : null}
      <View className="check-in-panel__type">
        <TextField
          inputClassName="check-in-panel__code"
          value={code}
          type="number"
          maxlength={CODE_DIGITS}
          placeholder={`输入屏幕上的 ${CODE_DIGITS} 位${word}码`}
          error={error}
          errorClassName="check-in-panel__error"
          onInput={(value) => setCode(value.replace(/\D/g, ''))}
          onConfirm={() => void send(code, Date.now())}
        />
        <Button
          className={`btn ${canScan ? 'btn--ghost' : 'btn--primary'} check-in-panel__submit`}
          hoverClass="btn--hover"
          loading={pending}
          onClick={() => void send(code, Date.now())}
        >
          {pending ? `正在${word}…` : word}
        </Button>
      </View>
      {session.geofence && purpose === 'in' ? (
        <Text className="check-in-panel__hint">
          本场需在会场 {session.geofence.radiusMeters} 米范围内签到，将获取您的位置
        </Text>
      ) : null}
    </View>
  );
}
