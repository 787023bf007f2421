import { useEffect, useState } from 'react';
import { Button, Picker, Switch, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { NotifyOutcome } from '@shared/platform/notifications';
import { wgs84ToGcj02, type Geofence } from '@shared/sessions/geo';
import { SESSION_KINDS, SESSION_KIND_LABELS, type SessionKind } from '@shared/sessions/kinds';
import type { SessionDetail, SessionView } from '@shared/sessions/session';
import { createSessionSchema, updateSessionSchema } from '@shared/sessions/session-input';
import { Segmented } from '@/components/segmented';
import { Field, TextField } from '@/components/text-field';
import { errorMessage } from '@/lib/cloud-error';
import { checkWith, serverFieldErrors, type FieldErrors } from '@/lib/form-rules';
import { fetchNewestNotice } from '@/lib/newest-notice';
import { createSession, updateSession } from '../../api/manage';
import { chinaParts, defaultTimes, isoFromChina, type ChinaParts } from '../../lib/china-time-input';
import './session-form.scss';

const OPEN_BEFORE = [
  { value: 15, label: '提前15分钟' },
  { value: 30, label: '提前30分钟' },
  { value: 60, label: '提前1小时' },
];
const RADII = [
  { value: 100, label: '100米' },
  { value: 200, label: '200米' },
  { value: 500, label: '500米' },
  { value: 1000, label: '1公里' },
];

export interface SessionFormProps {
  unitId: string;
  /** Editing this session (its unit stays). */
  editing?: SessionDetail;
  /** Adding a 班次 to this session: same unit and activity, its details as a start. */
  shiftOf?: SessionDetail;
  onSaved: (session: SessionView, notified: NotifyOutcome | null) => void;
}

function initialTimes(base: SessionView | undefined): { start: ChinaParts; end: ChinaParts } {
  if (!base) return defaultTimes();
  return { start: chinaParts(Date.parse(base.startAt)), end: chinaParts(Date.parse(base.endAt)) };
}

/** Creating or editing a session, checked on the phone against the same schema the function checks. */
export function SessionForm({ unitId, editing, shiftOf, onSaved }: SessionFormProps) {
  const base = editing?.session ?? shiftOf?.session;
  const [title, setTitle] = useState(base?.title ?? '');
  const [kind, setKind] = useState<SessionKind>(base?.kind ?? 'meeting');
  const [times] = useState(() => initialTimes(editing?.session));
  const [start, setStart] = useState<ChinaParts>(times.start);
  const [end, setEnd] = useState<ChinaParts>(times.end);
  const [place, setPlace] = useState(base?.place ?? '');
  const [noticeId, setNoticeId] = useState<string | null>(base?.noticeId ?? null);
  const [latestNotice, setLatestNotice] = useState<{ _id: string; title: string } | null>(null);
  const [requireCheckOut, setRequireCheckOut] = useState(base?.requireCheckOut ?? false);
  const [openBefore, setOpenBefore] = useState(base?.openBeforeMinutes ?? 30);
  const [fence, setFence] = useState<Geofence | null>(base?.geofence ?? null);
  const [locating, setLocating] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [pending, setPending] = useState(false);

  useEffect(() => {
    fetchNewestNotice().then(
      (notice) => {
        if (!notice) return;
        setLatestNotice({ _id: notice._id, title: notice.title });
        // A new session studies the notice unless the leader says otherwise.
        if (!editing && !shiftOf) setNoticeId(notice._id);
      },
      () => setLatestNotice(null),
    );
  }, [editing, shiftOf]);

  const locateHere = async () => {
    setLocating(true);
    try {
      const weapp = process.env.TARO_ENV === 'weapp';
      const fix = await Taro.getLocation({ type: weapp ? 'gcj02' : 'wgs84', isHighAccuracy: true });
      const point = weapp ? fix : wgs84ToGcj02(fix);
      setFence({
        latitude: point.latitude,
        longitude: point.longitude,
        radiusMeters: fence?.radiusMeters ?? 200,
      });
    } catch {
      setErrors({ geofence: '无法获取当前位置，请允许获取位置后重试' });
    } finally {
      setLocating(false);
    }
  };

  const chooseOnMap = async () => {
    try {
      const chosen = await Taro.chooseLocation({});
      setFence({
        latitude: chosen.latitude,
        longitude: chosen.longitude,
        radiusMeters: fence?.radiusMeters ?? 200,
      });
      if (!place.trim() && chosen.name) setPlace(chosen.name);
    } catch {
      // Closing the map picker changes nothing.
    }
  };

  const submit = async () => {
    if (pending) return;
    const fields = {
      title,
      kind,
      startAt: isoFromChina(start),
      endAt: isoFromChina(end),
      place,
      geofence: fence,
      noticeId,
      requireCheckOut,
      openBeforeMinutes: openBefore,
    };
    const checked = editing
      ? checkWith(updateSessionSchema, { sessionId: editing.session._id, ...fields })
      : checkWith(createSessionSchema, {
          unitId,
          ...fields,
          ...(shiftOf ? { sameActivityAs: shiftOf.session._id } : {}),
        });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setPending(true);
    try {
      if (editing) {
        const result = await updateSession({ sessionId: editing.session._id, ...fields });
        onSaved(result.session, result.notified);
      } else {
        const session = await createSession({
          unitId,
          ...fields,
          ...(shiftOf ? { sameActivityAs: shiftOf.session._id } : {}),
        });
        onSaved(session, null);
      }
    } catch (e) {
      setErrors(serverFieldErrors(e) ?? { form: errorMessage(e) });
    } finally {
      setPending(false);
    }
  };

  const kindIndex = SESSION_KINDS.indexOf(kind);
  const shown = new Set(['title', 'kind', 'startAt', 'endAt', 'place', 'geofence', 'noticeId']);
  const otherErrors = Object.entries(errors).filter(([key]) => !shown.has(key));
  return (
    <View className="session-form">
      <TextField
        label="活动名称"
        value={title}
        maxlength={40}
        placeholder="如：学习贯彻座谈会精神专题学习会"
        error={errors.title}
        onInput={setTitle}
      />
      <Field label="活动类型" error={errors.kind}>
        <Picker
          mode="selector"
          range={SESSION_KINDS.map((value) => SESSION_KIND_LABELS[value])}
          value={kindIndex}
          onChange={(e) => setKind(SESSION_KINDS[Number(e.detail.value)] ?? 'meeting')}
        >
          <View className="session-form__picker">{SESSION_KIND_LABELS[kind]} ▾</View>
        </Picker>
      </Field>
      <Field label="开始时间" error={errors.startAt}>
        <View className="session-form__when">
          <Picker
            mode="date"
            value={start.date}
            onChange={(e) => setStart({ ...start, date: e.detail.value })}
          >
            <View className="session-form__picker">{start.date}</View>
          </Picker>
          <Picker
            mode="time"
            value={start.time}
            onChange={(e) => setStart({ ...start, time: e.detail.value })}
          >
            <View className="session-form__picker">{start.time}</View>
          </Picker>
        </View>
      </Field>
      <Field label="结束时间" error={errors.endAt}>
        <View className="session-form__when">
          <Picker mode="date" value={end.date} onChange={(e) => setEnd({ ...end, date: e.detail.value })}>
            <View className="session-form__picker">{end.date}</View>
          </Picker>
          <Picker mode="time" value={end.time} onChange={(e) => setEnd({ ...end, time: e.detail.value })}>
            <View className="session-form__picker">{end.time}</View>
          </Picker>
        </View>
      </Field>
      <TextField
        label="地点"
        value={place}
        maxlength={60}
        placeholder="如：行政楼三楼会议室"
        error={errors.place}
        onInput={setPlace}
      />
      <Field label="签到开放" error={errors.openBeforeMinutes}>
        <Segmented options={OPEN_BEFORE} value={openBefore} onChange={setOpenBefore} />
      </Field>
      <View className="session-form__switch">
        <Text>结束时签退</Text>
        <Switch
          color="#c8161d"
          checked={requireCheckOut}
          onChange={(e) => setRequireCheckOut(e.detail.value)}
        />
      </View>
      {latestNotice ? (
        <View className="session-form__switch">
          <Text className="session-form__notice">学习《{latestNotice.title}》</Text>
          <Switch
            color="#c8161d"
            checked={noticeId === latestNotice._id}
            onChange={(e) => setNoticeId(e.detail.value ? latestNotice._id : null)}
          />
        </View>
      ) : null}
      <Field label="签到范围" marker="选填：只允许在会场附近签到" error={errors.geofence}>
        {fence ? (
          <View>
            <Text className="session-form__fence">
              已设定会场位置（{fence.latitude.toFixed(5)}，{fence.longitude.toFixed(5)}）
            </Text>
            <Segmented
              options={RADII}
              value={fence.radiusMeters}
              onChange={(radiusMeters) => setFence({ ...fence, radiusMeters })}
            />
          </View>
        ) : null}
        <View className="button-row session-form__fence-buttons">
          <Button
            className="btn btn--ghost btn--small"
            hoverClass="btn--hover"
            loading={locating}
            onClick={() => void locateHere()}
          >
            {fence ? '改为我当前的位置' : '以我当前的位置为会场'}
          </Button>
          {process.env.TARO_ENV === 'weapp' ? (
            <Button
              className="btn btn--ghost btn--small"
              hoverClass="btn--hover"
              onClick={() => void chooseOnMap()}
            >
              在地图上选择
            </Button>
          ) : null}
          {fence ? (
            <Button
              className="btn btn--danger btn--small"
              hoverClass="btn--hover"
              onClick={() => setFence(null)}
            >
              不限范围
            </Button>
          ) : null}
        </View>
      </Field>
      {otherErrors.map(([key, message]) => (
        <Text key={key} className="form-error">
          {message}
        </Text>
      ))}
      <Button
        className="btn btn--primary"
        hoverClass="btn--hover"
        loading={pending}
        onClick={() => void submit()}
      >
        {pending ? '正在保存…' : editing ? '保存修改' : shiftOf ? '增加班次' : '发起活动'}
      </Button>
      {editing ? (
        <Text className="session-form__hint">修改时间或地点后，将通过微信消息通知参加人员。</Text>
      ) : null}
    </View>
  );
}
