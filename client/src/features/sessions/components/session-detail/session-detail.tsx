import { useCallback } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ATTENDANCE_STATUS_LABELS, type SessionDetail as Detail } from '@shared/sessions/session';
import { checkOutOpen } from '@shared/sessions/window';
import { Card } from '@/components/card';
import { StateView } from '@/components/state-view';
import { ROUTES } from '@/config/routes';
import { useCloudQuery } from '@/hooks/use-cloud-query';
import { fetchNotificationSettings } from '@/lib/notifications';
import { getSession } from '../../api/get-session';
import { formatClock, formatDayTime, formatTimeRange, isTakingCheckIns, kindLabel } from '../../lib/format';
import { CheckInPanel } from '../check-in-panel';
import { LeaveRequest } from '../leave-request';
import { RemindButton } from '../remind-button';
import './session-detail.scss';

export interface SessionDetailProps {
  sessionId: string;
}

/** A session's page: what and when, the person's own part (check in, check out, leave, reminder), and for its admins the way to run it. */
export function SessionDetail({ sessionId }: SessionDetailProps) {
  const load = useCallback(() => getSession(sessionId), [sessionId]);
  const { loading, error, data, reload } = useCloudQuery(load);
  const settings = useCloudQuery(fetchNotificationSettings);

  if (loading && !data) return <StateView kind="loading" />;
  if (error && !data) {
    return (
      <Card>
        <StateView kind="error" title={error} onAction={reload} />
      </Card>
    );
  }
  if (!data) return null;
  return <Body detail={data} reload={reload} settings={settings.data} />;
}

function Body({
  detail,
  reload,
  settings,
}: {
  detail: Detail;
  reload: () => void;
  settings: Parameters<typeof RemindButton>[0]['settings'];
}) {
  const { session, mine } = detail;
  const now = Date.now();
  const cancelled = session.status === 'cancelled';
  const ended = Date.parse(session.endAt) <= now;
  const attendance = mine?.attendance ?? null;
  const here = attendance !== null && !mine?.atOtherShift;
  const admin = (url: string) => () => void Taro.navigateTo({ url: `${url}?id=${session._id}` });

  return (
    <View className="session-detail">
      <Card>
        <View className="session-detail__chips">
          <Text className="chip">{kindLabel(session)}</Text>
          {cancelled ? <Text className="chip chip--muted">已取消</Text> : null}
        </View>
        <Text className="session-detail__title">{session.title}</Text>
        <Text className="session-detail__line">时间：{formatTimeRange(session.startAt, session.endAt)}</Text>
        <Text className="session-detail__line">地点：{session.place}</Text>
        <Text className="session-detail__line">组织单位：{session.unitName}</Text>
        {!cancelled ? (
          <Text className="session-detail__line">
            签到：{formatDayTime(detail.opensAt)} 起，{formatClock(detail.lateAfter)} 后记为迟到
            {session.requireCheckOut ? '；结束时需签退' : ''}
          </Text>
        ) : (
          <Text className="session-detail__cancelled">
            本次活动已取消{session.cancelReason ? `：${session.cancelReason}` : ''}
          </Text>
        )}
        {detail.noticeTitle ? (
          <View
            className="link-row"
            hoverClass="link-row--hover"
            onClick={() => void Taro.switchTab({ url: ROUTES.home })}
          >
            <Text className="session-detail__notice">学习材料：《{detail.noticeTitle}》</Text>
            <Text className="link-row__arrow">›</Text>
          </View>
        ) : null}
      </Card>

      {detail.shifts.length > 1 ? (
        <Card title="班次" extra="参加任一班次即可">
          {detail.shifts.map((shift) => (
            <View
              key={shift._id}
              className="link-row"
              hoverClass="link-row--hover"
              onClick={() =>
                shift._id === session._id
                  ? undefined
                  : void Taro.redirectTo({ url: `${ROUTES.session}?id=${shift._id}` })
              }
            >
              <Text className={shift._id === session._id ? 'session-detail__current' : undefined}>
                第{shift.number}班次 · {formatTimeRange(shift.startAt, shift.endAt)}
                {shift.status === 'cancelled' ? '（已取消）' : ''}
              </Text>
              <Text className="link-row__arrow">{shift._id === session._id ? '当前' : '›'}</Text>
            </View>
          ))}
        </Card>
      ) : null}

      {mine ? (
        <Card title="我的签到">
          {attendance ? (
            <View className="session-detail__mine">
              <Text className="session-detail__status">
                {mine.atOtherShift ? '已在其他班次签到' : ATTENDANCE_STATUS_LABELS[attendance.status]}
              </Text>
              <Text className="session-detail__line">签到时间：{formatDayTime(attendance.checkedInAt)}</Text>
              {attendance.manualReason ? (
                <Text className="session-detail__line">补签原因：{attendance.manualReason}</Text>
              ) : null}
              {attendance.checkedOutAt ? (
                <Text className="session-detail__line">
                  签退时间：{formatDayTime(attendance.checkedOutAt)}
                </Text>
              ) : null}
            </View>
          ) : null}
          {!attendance && !cancelled && isTakingCheckIns(session) ? (
            <CheckInPanel session={session} purpose="in" onDone={() => reload()} />
          ) : null}
          {!attendance && !cancelled && session.phase === 'not_open' ? (
            <Text className="session-detail__line">签到将于 {formatDayTime(detail.opensAt)} 开放</Text>
          ) : null}
          {!attendance && (ended || (session.phase === 'closed' && !cancelled)) ? (
            <Text className="session-detail__line">
              签到已结束，未签到。如确实到会，请联系单位管理员补签。
            </Text>
          ) : null}
          {here && session.requireCheckOut && !attendance?.checkedOutAt && checkOutOpen(session, now) ? (
            <View className="session-detail__checkout">
              <Text className="session-detail__line">活动结束离场时，请扫描屏幕上的签退二维码</Text>
              <CheckInPanel session={session} purpose="out" onDone={() => reload()} />
            </View>
          ) : null}
          {!attendance && !cancelled && !ended ? (
            <View className="session-detail__section">
              <LeaveRequest sessionId={session._id} leave={mine.leave} onChanged={reload} />
            </View>
          ) : null}
          {!attendance && mine.leave && ended ? (
            <Text className="session-detail__line">请假：{mine.leave.reason}</Text>
          ) : null}
          {!cancelled && Date.parse(session.startAt) > now ? (
            <View className="session-detail__section">
              <RemindButton sessionId={session._id} reminderSet={mine.reminderSet} settings={settings} />
            </View>
          ) : null}
        </Card>
      ) : null}

      {detail.canManage ? (
        <Card title="组织管理">
          <View className="button-row">
            <Button
              className="btn btn--primary btn--small"
              hoverClass="btn--hover"
              onClick={admin(ROUTES.adminSessionDisplay)}
            >
              签到大屏
            </Button>
            <Button
              className="btn btn--ghost btn--small"
              hoverClass="btn--hover"
              onClick={admin(ROUTES.adminSessionSheet)}
            >
              签到情况
            </Button>
          </View>
        </Card>
      ) : null}
    </View>
  );
}
