import { useEffect, useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { HIGHLIGHTS_MAX, MEASURES_MAX, PROBLEMS_MAX, type ReportView } from '@shared/reports/report';
import { deadlineText, REPORT_STATUS_LABELS } from '@shared/reports/status';
import { ActionButton } from '@/components/action-button';
import { Card } from '@/components/card';
import { StateView } from '@/components/state-view';
import { useCloudQuery } from '@/hooks/use-cloud-query';
import { errorMessage } from '@/lib/cloud-error';
import { confirmAction, showFailure } from '@/lib/dialog';
import { fetchNotificationSettings, requestNotifications } from '@/lib/notifications';
import { formatChineseDateTime } from '@/utils/date';
import { fetchReport, returnReport, saveReport, submitReport, type ReportText } from '../../api/reports';
import { DigestCard } from '../digest-card';
import { FiguresCard } from './figures-card';
import './report-form.scss';

const FIELDS: { key: keyof ReportText; label: string; max: number; placeholder: string }[] = [
  { key: 'measures', label: '主要措施', max: MEASURES_MAX, placeholder: '组织了哪些学习、宣讲与活动' },
  {
    key: 'highlights',
    label: '亮点成效',
    max: HIGHLIGHTS_MAX,
    placeholder: '做法中的亮点与职工反响（将收入反响体悟汇编）',
  },
  {
    key: 'problems',
    label: '存在问题',
    max: PROBLEMS_MAX,
    placeholder: '存在的问题与下一步打算；没有可填“无”',
  },
];

export interface ReportFormProps {
  noticeId: string;
  unitId: string;
}

/** A unit's report on a notice: its admin writes and submits it; the federation reads and returns it. */
export function ReportForm({ noticeId, unitId }: ReportFormProps) {
  const query = useCloudQuery(() => fetchReport(noticeId, unitId));
  const [report, setReport] = useState<ReportView | null>(null);
  const [text, setText] = useState<ReportText>({ measures: '', highlights: '', problems: '' });
  const [busy, setBusy] = useState<'save' | 'submit' | 'return' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const notifications = useCloudQuery(() => fetchNotificationSettings());
  const [subscribed, setSubscribed] = useState(false);

  useEffect(() => {
    if (!query.data) return;
    setReport(query.data);
    setText({
      measures: query.data.measures,
      highlights: query.data.highlights,
      problems: query.data.problems,
    });
  }, [query.data]);

  if (query.loading && !report) return <StateView kind="loading" />;
  if (query.error && !report)
    return (
      <Card>
        <StateView kind="error" title={query.error} onAction={query.reload} />
      </Card>
    );
  if (!report) return null;

  const run = async (what: 'save' | 'submit') => {
    if (what === 'submit') {
      const go = await confirmAction({
        title: '提交报告',
        content:
          '提交后报告送市总工会组织部，不能再修改（退回后可修改）。参与情况数字由系统在提交时重新统计。确定提交？',
        confirmText: '提交',
      });
      if (!go) return;
    }
    setBusy(what);
    setError(null);
    try {
      const next = await (what === 'save' ? saveReport : submitReport)(noticeId, unitId, text);
      setReport(next);
      void Taro.showToast({ title: what === 'save' ? '草稿已保存' : '报告已提交', icon: 'success' });
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(null);
    }
  };

  const sendBack = async () => {
    setBusy('return');
    try {
      setReport(await returnReport(report._id, comment));
      setComment('');
      void Taro.showToast({ title: '已退回修改', icon: 'success' });
    } catch (failure) {
      void showFailure('退回失败', failure);
    } finally {
      setBusy(null);
    }
  };

  // Called first thing in the tap: WeChat shows its subscribe prompt only then.
  const askForReminders = () => {
    if (!notifications.data) return;
    void requestNotifications(notifications.data, ['reportReminder']).then((settings) =>
      setSubscribed((settings.remaining.reportReminder ?? 0) > 0),
    );
  };
  const canSubscribe =
    report.canEdit &&
    !subscribed &&
    notifications.data &&
    (notifications.data.remaining.reportReminder ?? 0) === 0;

  const status = report.status ? REPORT_STATUS_LABELS[report.status] : '未填写';
  return (
    <View className="report-form">
      <Card title={report.unitName} extra={status}>
        <Text className="report-form__notice">《{report.noticeTitle}》</Text>
        <Text className="report-form__deadline">
          {`报送截止：${deadlineText(report.deadline)} 24:00（北京时间）`}
        </Text>
        {report.overdue ? (
          <Text className="report-form__overdue">已超过报送截止时间（逾期），请尽快提交</Text>
        ) : null}
        {canSubscribe ? (
          <Text className="report-form__subscribe" onClick={askForReminders}>
            接收报送提醒（报告被退回、催报时通过微信通知我）
          </Text>
        ) : null}
        {report.submittedAt ? (
          <Text className="report-form__meta">
            {`${report.status === 'submitted' ? '已于' : '上次于'} ${formatChineseDateTime(report.submittedAt)} 提交${report.late ? '（逾期提交）' : ''}`}
          </Text>
        ) : null}
      </Card>
      {report.status === 'returned' && report.returnComment ? (
        <Card title="退回意见" className="report-form__returned">
          <Text className="report-form__comment">{report.returnComment}</Text>
          {report.returnedAt ? (
            <Text className="report-form__meta">{`${formatChineseDateTime(report.returnedAt)} 退回`}</Text>
          ) : null}
        </Card>
      ) : null}
      <FiguresCard figures={report.figures} live={report.figuresLive} />
      <Card title="报告内容">
        {FIELDS.map((field) => (
          <View key={field.key} className="field">
            <Text className="field__label">{field.label}</Text>
            {report.canEdit ? (
              <Textarea
                className="report-form__text"
                value={text[field.key]}
                maxlength={field.max}
                autoHeight
                placeholder={field.placeholder}
                onInput={(event) => setText((current) => ({ ...current, [field.key]: event.detail.value }))}
              />
            ) : (
              <Text className="report-form__read">{report[field.key] || '（未填写）'}</Text>
            )}
          </View>
        ))}
        {error ? <Text className="form-error">{error}</Text> : null}
        {report.canEdit ? (
          <View className="report-form__actions">
            <ActionButton kind="ghost" busy={busy === 'save'} onClick={() => void run('save')}>
              保存草稿
            </ActionButton>
            <ActionButton busy={busy === 'submit'} onClick={() => void run('submit')}>
              提交
            </ActionButton>
          </View>
        ) : null}
      </Card>
      {report.canReturn ? (
        <Card title="退回修改">
          <Textarea
            className="report-form__text"
            value={comment}
            maxlength={300}
            autoHeight
            placeholder="写明需要修改或补充的内容"
            onInput={(event) => setComment(event.detail.value)}
          />
          <ActionButton kind="danger" busy={busy === 'return'} onClick={() => void sendBack()}>
            退回修改
          </ActionButton>
        </Card>
      ) : null}
      <DigestCard noticeId={noticeId} unitId={unitId} title="本单位反响体悟汇编" />
      {report.history.length ? (
        <Card title="记录">
          {report.history.map((entry) => (
            <Text key={`${entry.at}-${entry.what}`} className="report-form__history">
              {`${formatChineseDateTime(entry.at)} ${entry.byName}${entry.what === 'submit' ? '提交' : `退回：${entry.comment ?? ''}`}`}
            </Text>
          ))}
        </Card>
      ) : null}
    </View>
  );
}
