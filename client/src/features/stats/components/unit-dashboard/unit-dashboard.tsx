import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { SESSION_KIND_LABELS, SESSION_KINDS } from '@shared/sessions/kinds';
import { percent, type UnitSummary } from '@shared/stats/views';
import { Card } from '@/components/card';
import { StateView } from '@/components/state-view';
import { ROUTES } from '@/config/routes';
import { useCloudQuery } from '@/hooks/use-cloud-query';
import { fetchPastSessions, fetchUnitSummary } from '../../api/stats';
import { chinaDateTime } from '../../lib/china-format';
import { StatsChart } from '../stats-chart';
import './unit-dashboard.scss';

export interface UnitDashboardProps {
  unitId: string;
  isFederationAdmin: boolean;
}

const open = (url: string) => void Taro.navigateTo({ url });

function Figure({ label, value, url }: { label: string; value: string; url?: string }) {
  return (
    <View
      className={url ? 'unit-dashboard__figure unit-dashboard__figure--link' : 'unit-dashboard__figure'}
      onClick={url ? () => open(url) : undefined}
    >
      <Text className="unit-dashboard__value">{value}</Text>
      <Text className="unit-dashboard__label">
        {label}
        {url ? ' ›' : ''}
      </Text>
    </View>
  );
}

function Overview({ summary }: { summary: UnitSummary }) {
  const kinds = SESSION_KINDS.filter((kind) => summary.sessions.byKind[kind] > 0)
    .map((kind) => `${SESSION_KIND_LABELS[kind]} ${summary.sessions.byKind[kind]}`)
    .join('，');
  return (
    <Card title="参与概况" extra={summary.unit.name}>
      <View className="unit-dashboard__figures">
        <Figure label="在册成员" value={`${summary.members}`} url={ROUTES.adminMembers} />
        <Figure label="学习活动" value={`${summary.sessions.held}`} url={ROUTES.adminSessions} />
        <Figure label="平均到会率" value={percent(summary.sessions.rate)} url={ROUTES.adminSessions} />
        <Figure
          label="心得提交"
          value={`${summary.reflections.submitted}`}
          url={ROUTES.adminReflectionStatus}
        />
        <Figure label="心得发布" value={`${summary.reflections.published}`} url={ROUTES.adminReflections} />
        <Figure
          label="全市精选"
          value={`${summary.reflections.featured}`}
          url={`${ROUTES.reflectionFeed}?scope=city`}
        />
      </View>
      {kinds ? <Text className="unit-dashboard__note">按形式：{kinds}</Text> : null}
      <Text className="unit-dashboard__note">
        报告状态（最新通知）：{summary.report ? summary.report.label : '—（暂无通知）'}
      </Text>
    </Card>
  );
}

function NoticeRates({ summary }: { summary: UnitSummary }) {
  return (
    <Card title="通知学习情况" extra="已打开 / 已读完 / 已学习">
      {summary.notices.length === 0 ? (
        <StateView kind="empty" title="暂无发往本单位的通知" />
      ) : (
        summary.notices.map((notice) => (
          <View
            key={notice.noticeId}
            className="link-row"
            hoverClass="link-row--hover"
            onClick={() =>
              open(
                `${ROUTES.adminNoticeReading}?noticeId=${encodeURIComponent(notice.noticeId)}&unitId=${encodeURIComponent(summary.unit._id)}`,
              )
            }
          >
            <View className="unit-dashboard__notice">
              <Text className="unit-dashboard__notice-title">{notice.title}</Text>
              <Text className="unit-dashboard__note">
                应学习 {notice.expected} 人：{percent(notice.openedRate)} / {percent(notice.finishedRate)} /{' '}
                {percent(notice.confirmedRate)}
              </Text>
            </View>
            <Text className="link-row__arrow">›</Text>
          </View>
        ))
      )}
    </Card>
  );
}

function Charts({ summary }: { summary: UnitSummary }) {
  return (
    <>
      {summary.children.length > 0 ? (
        <Card title="各下级单位已学习率" extra="最新通知">
          <StatsChart
            canvasId="stats-children"
            label={`${summary.children.length} 个下级单位的已学习率`}
            spec={{
              kind: 'bars',
              data: summary.children.map((child) => ({ label: child.unitName, value: child.confirmedRate })),
            }}
          />
        </Card>
      ) : null}
      <Card title="近 8 周趋势" extra="按北京时间自然周">
        <StatsChart
          canvasId="stats-trend"
          label="每周学习活动到会率"
          spec={{
            kind: 'line',
            data: summary.trend.map((week) => ({ label: week.week.slice(5), value: week.attendanceRate })),
          }}
        />
        {summary.trend.map((week) => (
          <View key={week.week} className="unit-dashboard__week">
            <Text>{week.week} 周</Text>
            <Text>
              活动 {week.sessionsHeld} · 到会率 {percent(week.attendanceRate)} · 已学习 {week.confirmed} ·
              心得 {week.reflections}
            </Text>
          </View>
        ))}
      </Card>
    </>
  );
}

function SessionSheets({ unitId }: { unitId: string }) {
  const { loading, error, data, reload } = useCloudQuery(() => fetchPastSessions(unitId));
  return (
    <Card title="签到台账" extra="最近的学习活动">
      {loading && !data ? <StateView kind="loading" /> : null}
      {error ? <StateView kind="error" title={error} onAction={reload} /> : null}
      {data && data.items.length === 0 ? <StateView kind="empty" title="还没有已结束的学习活动" /> : null}
      {data?.items.map(({ session, checkedIn }) => (
        <View
          key={session._id}
          className="link-row"
          hoverClass="link-row--hover"
          onClick={() => open(`${ROUTES.adminStatsSheet}?id=${encodeURIComponent(session._id)}`)}
        >
          <View className="unit-dashboard__notice">
            <Text className="unit-dashboard__notice-title">{session.title}</Text>
            <Text className="unit-dashboard__note">
              {chinaDateTime(session.startAt)} · {session.unitName} · 签到 {checkedIn} 人
            </Text>
          </View>
          <Text className="link-row__arrow">›</Text>
        </View>
      ))}
    </Card>
  );
}

/** A unit's participation, its whole subtree rolled up; every figure opens the list behind it. */
export function UnitDashboard({ unitId, isFederationAdmin }: UnitDashboardProps) {
  const { loading, error, data, reload } = useCloudQuery(() => fetchUnitSummary(unitId));
  if (loading && !data) return <StateView kind="loading" />;
  if (error)
    return (
      <Card>
        <StateView kind="error" title={error} onAction={reload} />
      </Card>
    );
  if (!data) return null;
  return (
    <View className="unit-dashboard">
      {isFederationAdmin ? (
        <View
          className="link-row"
          hoverClass="link-row--hover"
          onClick={() => open(ROUTES.adminStatsFederation)}
        >
          <Text>全市各单位参与情况（督查落实）</Text>
          <Text className="link-row__arrow">›</Text>
        </View>
      ) : null}
      <Overview summary={data} />
      <NoticeRates summary={data} />
      <Charts summary={data} />
      <SessionSheets unitId={unitId} />
    </View>
  );
}
