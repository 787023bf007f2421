import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { UNREACHABLE_LABELS, type UnreachablePerson } from '@shared/platform/notifications';
import { formatChinaClock } from '@shared/platform/china-time';
import type { ReportReminderOutcome, ReportStatusRow } from '@shared/reports/report';
import { deadlineText, REPORT_STANDING_LABELS } from '@shared/reports/status';
import { ActionButton } from '@/components/action-button';
import { Card } from '@/components/card';
import { SectionHead } from '@/components/section-head';
import { StateView } from '@/components/state-view';
import { ROUTES } from '@/config/routes';
import { useCloudQuery } from '@/hooks/use-cloud-query';
import { errorMessage } from '@/lib/cloud-error';
import { formatChineseDateTime } from '@/utils/date';
import { fetchReportBoard, remindMissingReports } from '../../api/reports';
import { DigestCard } from '../digest-card';
import './report-board.scss';

function Unreachable({ people, total }: { people: readonly UnreachablePerson[]; total: number }) {
  if (total === 0) return null;
  return (
    <View className="report-board__unreachable">
      <Text className="report-board__unreachable-title">
        以下 {total} 位管理员无法通过微信提醒，请电话告知：
      </Text>
      {people.map((person) => (
        <Text key={person.memberId} className="report-board__unreachable-row">
          {`${person.name}\u3000${person.unitName}\u3000${UNREACHABLE_LABELS[person.reason]}`}
        </Text>
      ))}
      {total > people.length ? (
        <Text className="report-board__unreachable-row">另有 {total - people.length} 人未列出</Text>
      ) : null}
    </View>
  );
}

function UnitRow({ noticeId, row }: { noticeId: string; row: ReportStatusRow }) {
  const open = () =>
    void Taro.navigateTo({
      url: `${ROUTES.adminReport}?noticeId=${encodeURIComponent(noticeId)}&unitId=${encodeURIComponent(row.unitId)}`,
    });
  return (
    <View className="report-row" onClick={open}>
      <View className="report-row__text">
        <Text className="report-row__name">{row.unitName}</Text>
        <Text className="report-row__parent">
          {row.parentName}
          {row.submittedAt ? ` · ${formatChineseDateTime(row.submittedAt)} 提交` : ''}
          {row.status === 'returned' ? ' · 已退回修改' : ''}
        </Text>
      </View>
      <Text className={`report-row__standing report-row__standing--${row.standing}`}>
        {REPORT_STANDING_LABELS[row.standing]}
        {row.late ? '（逾期）' : ''}
      </Text>
    </View>
  );
}

/** The federation's view of one notice's reports: who has submitted, reminders, and the digest. */
export function ReportBoard({ noticeId }: { noticeId: string }) {
  const board = useCloudQuery(() => fetchReportBoard(noticeId));
  const [reminding, setReminding] = useState(false);
  const [outcome, setOutcome] = useState<ReportReminderOutcome | null>(null);
  const [remindError, setRemindError] = useState<string | null>(null);

  if (board.loading && !board.data) return <StateView kind="loading" />;
  if (board.error && !board.data)
    return (
      <Card>
        <StateView kind="error" title={board.error} onAction={board.reload} />
      </Card>
    );
  if (!board.data) return null;
  const { notice, totals, units, reminder } = board.data;
  const pending = totals.missing + totals.overdue;

  const remind = async () => {
    setReminding(true);
    setRemindError(null);
    try {
      setOutcome(await remindMissingReports(noticeId));
      board.reload();
    } catch (failure) {
      setRemindError(errorMessage(failure));
    } finally {
      setReminding(false);
    }
  };

  return (
    <View className="report-board">
      <Card title="报送情况" extra={`截止 ${deadlineText(notice.deadline)} 24:00`}>
        <Text className="report-board__notice">《{notice.title}》</Text>
        <View className="report-board__totals">
          <Total label="应报送" value={totals.units} />
          <Total label="已提交" value={totals.submitted} tone="green" />
          <Total label="未提交" value={totals.missing} />
          <Total label="逾期" value={totals.overdue} tone="red" />
        </View>
      </Card>

      <Card title="提醒未提交的单位" extra="每天一次">
        {remindError ? <Text className="form-error">{remindError}</Text> : null}
        {outcome ? (
          <View>
            <Text className="report-board__result">
              {`已提醒 ${outcome.units} 个单位，送达 ${outcome.sent} 位管理员`}
            </Text>
            <Unreachable people={outcome.unreachable} total={outcome.unreachable.length} />
          </View>
        ) : reminder.today ? (
          <View>
            <Text className="report-board__result">
              {`今天 ${formatChinaClock(reminder.today.at)} 已提醒，送达 ${reminder.today.sent} 位管理员`}
            </Text>
            <Unreachable people={reminder.today.unreachable} total={reminder.today.unreachableCount} />
          </View>
        ) : null}
        {reminder.allowed && !outcome ? (
          pending > 0 ? (
            <ActionButton busy={reminding} onClick={() => void remind()}>
              {`提醒未提交（${pending} 个单位）`}
            </ActionButton>
          ) : (
            <Text className="report-board__limit">所有单位都已提交</Text>
          )
        ) : (
          <Text className="report-board__limit">
            {`今天已提醒过，${reminder.nextAllowedAt ? formatChineseDateTime(reminder.nextAllowedAt) : '明天'} 后可再次提醒`}
          </Text>
        )}
      </Card>

      <DigestCard noticeId={noticeId} title="反响体悟汇编" />

      <SectionHead title="各单位" extra="点按查看报告" />
      {units.length === 0 ? (
        <Card>
          <StateView kind="empty" title="没有需要报送的单位" description="发送范围内的单位都还没有管理员" />
        </Card>
      ) : (
        <Card className="card--list">
          {units.map((row) => (
            <UnitRow key={row.unitId} noticeId={noticeId} row={row} />
          ))}
        </Card>
      )}
    </View>
  );
}

function Total({ label, value, tone }: { label: string; value: number; tone?: 'green' | 'red' }) {
  return (
    <View className="report-board__total">
      <Text className={`report-board__value${tone ? ` report-board__value--${tone}` : ''}`}>{value}</Text>
      <Text className="report-board__label">{label}</Text>
    </View>
  );
}
