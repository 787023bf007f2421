import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Image, Text, View } from '@tarojs/components';
import Taro, { useDidHide, useDidShow } from '@tarojs/taro';
import type { CodePurpose } from '@shared/sessions/codes';
import type { DisplayState } from '@shared/sessions/sheet';
import { StateView } from '@/components/state-view';
import { ROUTES } from '@/config/routes';
import { errorMessage } from '@/lib/cloud-error';
import { fetchDisplay, fetchEntryCode } from '../../api/display';
import { closeCheckIn } from '../../api/manage';
import { formatDayTime } from '../../lib/format';
import { qrImage } from '../../lib/qr-image';
import './display-screen.scss';

/** How often the count is read while the code stays the same; the code itself is read when its step ends. */
const COUNT_REFRESH_MS = 3_000;

interface Shown {
  state: DisplayState;
  /** When the answer arrived, for a countdown that does not depend on the device's clock being right. */
  receivedAt: number;
  image: string | null;
}

export interface DisplayScreenProps {
  sessionId: string;
}

/**
 * The screen held up or projected at the meeting: the QR code of the current code, its 6 digits in large
 * type, a countdown to the next code, and the live count. Refreshes itself while shown and stops when hidden.
 */
export function DisplayScreen({ sessionId }: DisplayScreenProps) {
  const [purpose, setPurpose] = useState<CodePurpose>('in');
  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [now, setNow] = useState(Date.now());
  const [visible, setVisible] = useState(true);
  const [entryImage, setEntryImage] = useState<string | null>(null);
  const lastPayload = useRef<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      const state = await fetchDisplay(sessionId, purpose);
      const image =
        state.payload === lastPayload.current ? undefined : state.payload ? qrImage(state.payload) : null;
      lastPayload.current = state.payload;
      setShown((previous) => ({
        state,
        receivedAt: Date.now(),
        image: image === undefined ? (previous?.image ?? null) : image,
      }));
      setError(null);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [sessionId, purpose]);

  useDidShow(() => setVisible(true));
  useDidHide(() => setVisible(false));

  useEffect(() => {
    if (!visible) return undefined;
    if (process.env.TARO_ENV === 'weapp') void Taro.setKeepScreenOn({ keepScreenOn: true });
    void refresh();
    const counts = setInterval(() => void refresh(), COUNT_REFRESH_MS);
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => {
      clearInterval(counts);
      clearInterval(tick);
    };
  }, [visible, refresh]);

  // When the code's step ends, read the next code at once rather than wait for the next count refresh.
  useEffect(() => {
    if (!shown || !visible) return undefined;
    const timer = setTimeout(() => void refresh(), shown.state.secondsLeft * 1000 + 200);
    return () => clearTimeout(timer);
  }, [shown, visible, refresh]);

  const secondsLeft = shown
    ? Math.max(0, shown.state.secondsLeft - Math.floor((now - shown.receivedAt) / 1000))
    : 0;

  const close = async () => {
    const { confirm } = await Taro.showModal({
      title: '结束签到',
      content: '结束后职工将不能再签到，未到的人员可由管理员补签。确定结束吗？',
      confirmText: '结束签到',
      confirmColor: '#c8161d',
    });
    if (!confirm) return;
    try {
      await closeCheckIn(sessionId);
      void refresh();
    } catch (e) {
      void Taro.showModal({
        title: '操作失败',
        content: errorMessage(e),
        showCancel: false,
        confirmColor: '#c8161d',
      });
    }
  };

  const toggleEntryCode = async () => {
    if (entryImage) {
      setEntryImage(null);
      return;
    }
    try {
      setEntryImage((await fetchEntryCode(sessionId)).imageUrl);
    } catch (e) {
      void Taro.showToast({ title: errorMessage(e), icon: 'none' });
    }
  };

  if (!shown) {
    return error ? (
      <StateView kind="error" title={error} onAction={() => void refresh()} />
    ) : (
      <StateView kind="loading" />
    );
  }
  const { state } = shown;
  const word = state.purpose === 'in' ? '签到' : '签退';
  const open = state.phase === 'open' || state.phase === 'late' || state.purpose === 'out';
  return (
    <View className="display-screen">
      <Text className="display-screen__title">{state.title}</Text>
      <Text className="display-screen__place">
        {state.unitName} · {state.place}
      </Text>
      {state.code && open ? (
        <View className="display-screen__code-area">
          {shown.image ? <Image className="display-screen__qr" src={shown.image} mode="scaleToFill" /> : null}
          <Text className="display-screen__digits">{state.code}</Text>
          <View className="display-screen__countdown">
            <View
              className="display-screen__countdown-bar"
              style={{ width: `${(secondsLeft / state.stepSeconds) * 100}%` }}
            />
          </View>
          <Text className="display-screen__hint">
            微信扫码{word}，或在“签到”页输入上方数字 · {secondsLeft} 秒后更新
          </Text>
        </View>
      ) : (
        <View className="display-screen__code-area">
          <Text className="display-screen__phase">
            {state.code === null
              ? '本次活动已取消'
              : state.phase === 'not_open'
                ? `签到将于 ${formatDayTime(state.opensAt)} 开始`
                : '签到已结束'}
          </Text>
        </View>
      )}
      <View className="display-screen__count">
        <Text className="display-screen__count-number">
          {state.purpose === 'in' ? state.checkedIn : state.checkedOut}
        </Text>
        <Text className="display-screen__count-label">
          {state.purpose === 'in'
            ? `已签到 / 应到 ${state.expected} 人`
            : `已签退 / 已签到 ${state.checkedIn} 人`}
        </Text>
      </View>
      {error ? <Text className="display-screen__error">连接不稳定：{error}</Text> : null}
      {entryImage ? (
        <View className="display-screen__entry">
          <Image
            className="display-screen__entry-image"
            src={entryImage}
            mode="scaleToFill"
            showMenuByLongpress
          />
          <Text className="display-screen__hint">
            用微信“扫一扫”打开本场活动的签到页（需再扫上方二维码完成签到）
          </Text>
        </View>
      ) : null}
      <View className="display-screen__actions">
        {state.requireCheckOut ? (
          <Button
            className="btn btn--ghost btn--small"
            hoverClass="btn--hover"
            onClick={() => {
              lastPayload.current = null;
              setPurpose(purpose === 'in' ? 'out' : 'in');
            }}
          >
            切换到{purpose === 'in' ? '签退' : '签到'}
          </Button>
        ) : null}
        <Button
          className="btn btn--ghost btn--small"
          hoverClass="btn--hover"
          onClick={() => void toggleEntryCode()}
        >
          {entryImage ? '收起活动小程序码' : '活动小程序码'}
        </Button>
        <Button
          className="btn btn--ghost btn--small"
          hoverClass="btn--hover"
          onClick={() => void Taro.navigateTo({ url: `${ROUTES.adminSessionSheet}?id=${sessionId}` })}
        >
          签到情况
        </Button>
        {state.purpose === 'in' && (state.phase === 'open' || state.phase === 'late') ? (
          <Button className="btn btn--danger btn--small" hoverClass="btn--hover" onClick={() => void close()}>
            结束签到
          </Button>
        ) : null}
      </View>
    </View>
  );
}
