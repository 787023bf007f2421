import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { LIGHT_LABELS, type SubmissionRow, type SubmissionStatusPage } from '@shared/reflections/reflection';
import { Card } from '@/components/card';
import { SectionHead } from '@/components/section-head';
import { useCloudQuery } from '@/hooks/use-cloud-query';
import { StateView } from '@/components/state-view';
import { formatChineseDate, formatChineseDateTime } from '@/utils/date';
import { fetchNoticeToReflectOn } from '../../api/notice';
import { fetchSubmissionStatus } from '../../api/submissions';
import { useCursorList } from '../../lib/use-cursor-list';
import { CursorFooter, CursorListStatus } from '../cursor-footer';
import { DeadlineEditor } from './deadline-editor';
import { ExportPanel } from './export-panel';
import './submission-board.scss';

export interface SubmissionBoardProps {
  unitId: string;
  unitName: string;
  canSetDeadline: boolean;
}

/** Who in the chosen unit has handed in a reflection on the current notice (绿/黄/红), and the export. */
export function SubmissionBoard({ unitId, unitName, canSetDeadline }: SubmissionBoardProps) {
  const notice = useCloudQuery(() => fetchNoticeToReflectOn());
  if (notice.loading && notice.data === undefined) return <StateView kind="loading" />;
  if (notice.error)
    return (
      <Card>
        <StateView kind="error" title={notice.error} onAction={notice.reload} />
      </Card>
    );
  return (
    <View className="submission-board">
      {notice.data ? (
        <StatusList key={unitId} noticeId={notice.data._id} unitId={unitId} canSetDeadline={canSetDeadline} />
      ) : (
        <Card>
          <StateView kind="empty" title="暂无通知" />
        </Card>
      )}
      <ExportPanel unitId={unitId} unitName={unitName} />
    </View>
  );
}

function StatusList({
  noticeId,
  unitId,
  canSetDeadline,
}: {
  noticeId: string;
  unitId: string;
  canSetDeadline: boolean;
}) {
  // The first page carries the notice, the deadline and the unit's figures.
  const [status, setStatus] = useState<SubmissionStatusPage | null>(null);
  const list = useCursorList<SubmissionRow>(async (cursor) => {
    const page = await fetchSubmissionStatus(noticeId, unitId, cursor);
    if (!cursor) setStatus(page);
    return page;
  });
  return (
    <View>
      {status ? (
        <Card
          title="提交情况"
          extra={
            status.deadline
              ? `截止 ${formatChineseDate(`${status.deadline}T12:00:00+08:00`)}`
              : '未设截止日期'
          }
        >
          <Text className="submission-board__notice">《{status.noticeTitle}》</Text>
          {status.summary ? (
            <View className="submission-board__figures">
              <Figure label="应交" value={status.summary.members} />
              <Figure label="已交" value={status.summary.handedIn} tone="green" />
              <Figure label="逾期" value={status.summary.late} tone="yellow" />
              <Figure label="未交" value={status.summary.missing} tone="red" />
            </View>
          ) : null}
          {canSetDeadline ? (
            <DeadlineEditor noticeId={noticeId} deadline={status.deadline} onChanged={list.reload} />
          ) : null}
        </Card>
      ) : null}
      <SectionHead title="成员" extra="绿：按时 黄：逾期 红：未交" />
      <CursorListStatus list={list} emptyTitle="该单位还没有成员" />
      {!list.loading && list.items.length ? (
        <Card className="card--list">
          {list.items.map((row) => (
            <View key={row.memberId} className="submission-row">
              <View className={`submission-row__light submission-row__light--${row.light}`} />
              <View className="submission-row__text">
                <Text className="submission-row__name">{row.name}</Text>
                <Text className="submission-row__unit">{row.unitName}</Text>
              </View>
              <Text className={`submission-row__state submission-row__state--${row.light}`}>
                {LIGHT_LABELS[row.light]}
                {row.submittedAt ? ` · ${formatChineseDateTime(row.submittedAt)}` : ''}
              </Text>
            </View>
          ))}
        </Card>
      ) : null}
      <CursorFooter list={list} />
    </View>
  );
}

function Figure({ label, value, tone }: { label: string; value: number; tone?: 'green' | 'yellow' | 'red' }) {
  return (
    <View className="submission-board__figure">
      <Text className={`submission-board__value${tone ? ` submission-board__value--${tone}` : ''}`}>
        {value}
      </Text>
      <Text className="submission-board__label">{label}</Text>
    </View>
  );
}
