import { useCallback, useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useDidHide, usePageScroll } from '@tarojs/taro';
import { deadlineLabel, type NoticeView } from '@shared/notices/notice';
import { errorMessage } from '@/lib/cloud-error';
import { formatChineseDate } from '@/utils/date';
import { confirmRead } from '../../api/reading';
import { placeOf, placesOf, scrollPageTo, windowHeight } from '../../lib/page-geometry';
import { partText } from '../../lib/read-aloud-text';
import { readAloudAvailable, speak, stopSpeaking } from '../../lib/read-aloud';
import { loadReaderPrefs, saveReaderPrefs, type ReaderPrefs } from '../../lib/reader-prefs';
import { loadPosition, savePosition } from '../../lib/reading-position';
import { useReadingTracker } from '../../lib/use-reading-tracker';
import { NoticeBody } from '../notice-body';
import { ConfirmPanel } from './confirm-panel';
import { ReaderContents } from './reader-contents';
import { TypeSettings } from './type-settings';
import './notice-reader.scss';

type Sheet = 'none' | 'contents' | 'type';

/** How often scrolling re-measures the page (a selector query each time). */
const MEASURE_EVERY_MS = 120;
/** How often the position is written to the phone's storage (a synchronous write in WeChat). */
const SAVE_EVERY_MS = 1_000;

export interface NoticeReaderProps {
  notice: NoticeView;
}

/**
 * The reader most people use: progress bar, table of contents, type size and elder mode, read-aloud where the
 * platform can speak, "已学习" at the end. It reopens where the person left off on this phone (or near their
 * furthest progress) and keeps their receipt up to date as they read.
 */
export function NoticeReader({ notice }: NoticeReaderProps) {
  const tracker = useReadingTracker(notice._id, notice.addressed ? notice.reading : null, notice.addressed);
  const [prefs, setPrefs] = useState<ReaderPrefs>(loadReaderPrefs);
  const [sheet, setSheet] = useState<Sheet>('none');
  const [onScreen, setOnScreen] = useState(0);
  const [speaking, setSpeaking] = useState(false);
  const [confirmedAt, setConfirmedAt] = useState(notice.reading?.confirmedAt ?? null);
  const [confirming, setConfirming] = useState(false);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const scrollTop = useRef(0);
  const lastMeasure = useRef(0);
  const lastSave = useRef(0);
  const position = useRef<number | null>(null);
  const canSpeak = readAloudAvailable();
  // A notice runs to several screens: its opening paints first and the rest is set right after, so nobody
  // waits for the whole document to be laid out before they can start reading.
  const [wholeSet, setWholeSet] = useState(false);
  useEffect(() => setWholeSet(true), []);

  const measure = useCallback(async () => {
    const end = await placeOf('#notice-end');
    if (!end) return;
    const length = end.top + scrollTop.current;
    const seen = Math.min(1, length > 0 ? (scrollTop.current + windowHeight()) / length : 1);
    setOnScreen(seen);
    tracker.report(seen);
    if (length <= 0) return;
    position.current = scrollTop.current / length;
    if (Date.now() - lastSave.current >= SAVE_EVERY_MS) {
      lastSave.current = Date.now();
      savePosition(notice._id, position.current);
    }
  }, [notice._id, tracker]);

  // At most one measurement per window, and always one after the last scroll: a quick fling straight to the
  // end, right after another measurement, still counts as reaching it.
  const pendingMeasure = useRef<ReturnType<typeof setTimeout> | null>(null);
  usePageScroll(({ scrollTop: top }) => {
    scrollTop.current = top;
    tracker.noteActivity();
    if (pendingMeasure.current) return;
    const wait = Math.max(0, lastMeasure.current + MEASURE_EVERY_MS - Date.now());
    pendingMeasure.current = setTimeout(() => {
      pendingMeasure.current = null;
      lastMeasure.current = Date.now();
      void measure();
    }, wait);
  });
  useEffect(() => () => clearTimeout(pendingMeasure.current ?? undefined), []);

  // Reopen where the person left off: this phone's last position, else just above their furthest progress.
  useEffect(() => {
    if (!wholeSet) return;
    const timer = setTimeout(async () => {
      const end = await placeOf('#notice-end');
      const saved = loadPosition(notice._id);
      const furthest = notice.reading && !notice.reading.finished ? notice.reading.progress : 0;
      if (end && saved !== null) scrollPageTo(saved * end.top, false);
      else if (end && furthest > 0) scrollPageTo(furthest * end.top - windowHeight(), false);
      setTimeout(() => void measure(), 50);
    }, 50);
    return () => clearTimeout(timer);
    // Only once, when the whole notice is first set.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [notice._id, wholeSet]);

  // A new type size moves everything: measure again once it is laid out.
  useEffect(() => {
    const timer = setTimeout(() => void measure(), 50);
    return () => clearTimeout(timer);
  }, [prefs, measure]);

  // Leaving: stop speaking, and keep the very last position (saving while scrolling is throttled).
  const leave = useCallback(() => {
    stopSpeaking();
    if (position.current !== null) savePosition(notice._id, position.current);
  }, [notice._id]);
  useDidHide(leave);
  useEffect(() => leave, [leave]);

  const changePrefs = (next: ReaderPrefs) => {
    setPrefs(next);
    saveReaderPrefs(next);
  };

  const jumpTo = async (partId: string) => {
    setSheet('none');
    const place = await placeOf(`#${partId}`);
    if (place) scrollPageTo(scrollTop.current + place.top - 12, true);
  };

  const readAloud = async () => {
    if (speaking) {
      stopSpeaking();
      setSpeaking(false);
      return;
    }
    const parts = await placesOf('.notice-body__part');
    const line = windowHeight() * 0.35;
    const current = parts.filter((part) => part.top <= line).pop() ?? parts[0];
    setSpeaking(true);
    speak(partText(notice.document, current?.id ?? ''), () => setSpeaking(false));
  };

  const confirm = async () => {
    setConfirming(true);
    setConfirmError(null);
    try {
      await tracker.flush();
      const state = await confirmRead(notice._id);
      // The panel that was tapped turns into the record (✓ 已学习 and when); no toast on top of it.
      setConfirmedAt(state.confirmedAt);
    } catch (error) {
      setConfirmError(errorMessage(error));
    } finally {
      setConfirming(false);
    }
  };

  const meta = [
    notice.issuer,
    formatChineseDate(notice.publishedAt),
    ...(notice.reportDeadline ? [`${deadlineLabel(notice.reportDeadline)}前报送`] : []),
  ];
  const classes = [
    'reader',
    // In WeChat the type follows the person's WeChat font size (page-meta root-font-size="system").
    process.env.TARO_ENV === 'weapp' ? 'reader--system' : '',
    `reader--size-${prefs.size}`,
    prefs.elder ? 'reader--elder' : '',
  ].join(' ');

  return (
    <View className={classes}>
      <View className="reader__progress">
        <View className="reader__progress-bar" style={{ width: `${Math.round(onScreen * 100)}%` }} />
      </View>
      {notice.addressed ? null : (
        <Text className="reader__notice">
          此通知不是发给您所在单位的，您正以管理员身份查看，阅读不计入记录
        </Text>
      )}
      <View className="reader__page">
        <NoticeBody
          document={notice.document}
          openingOnly={!wholeSet}
          meta={meta}
          contents={
            notice.document.sections.length ? (
              <ReaderContents sections={notice.document.sections} onJump={(id) => void jumpTo(id)} />
            ) : null
          }
        />
        {wholeSet ? <View id="notice-end" /> : null}
        {wholeSet && notice.addressed ? (
          <ConfirmPanel
            confirmedAt={confirmedAt}
            reachedEnd={tracker.reachedEnd}
            confirming={confirming}
            error={confirmError}
            onConfirm={() => void confirm()}
          />
        ) : null}
      </View>

      <View className="reader__bar">
        <View
          className="reader__bar-item"
          hoverClass="reader__bar-item--hover"
          onClick={() => setSheet('contents')}
        >
          <Text>目录</Text>
        </View>
        <View
          className="reader__bar-item"
          hoverClass="reader__bar-item--hover"
          onClick={() => setSheet('type')}
        >
          <Text>字号</Text>
        </View>
        {canSpeak ? (
          <View
            className={speaking ? 'reader__bar-item reader__bar-item--active' : 'reader__bar-item'}
            hoverClass="reader__bar-item--hover"
            onClick={() => void readAloud()}
          >
            <Text>{speaking ? '停止朗读' : '朗读'}</Text>
          </View>
        ) : null}
        <Text className="reader__bar-progress">
          {confirmedAt ? '已学习' : `已读 ${Math.floor(tracker.progress * 100)}%`}
        </Text>
      </View>

      {sheet !== 'none' ? (
        <View className="reader__mask" onClick={() => setSheet('none')}>
          <View className="reader__sheet" onClick={(event) => event.stopPropagation()}>
            {sheet === 'contents' ? (
              <ReaderContents sections={notice.document.sections} onJump={(id) => void jumpTo(id)} />
            ) : (
              <TypeSettings prefs={prefs} onChange={changePrefs} />
            )}
            <View className="reader__sheet-close" onClick={() => setSheet('none')}>
              <Text>关闭</Text>
            </View>
          </View>
        </View>
      ) : null}
    </View>
  );
}
