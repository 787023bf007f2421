import { useMemo, useState } from 'react';
import { Button, Picker, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { NOTICE_TEXT_RULES, issuerSchema, type NoticePreview } from '@shared/notices/contract';
import type { ParseProblem } from '@shared/notices/document';
import { parseNotice } from '@shared/notices/parse';
import { chinaDate } from '@shared/platform/china-time';
import { checkText } from '@shared/platform/text';
import { Card } from '@/components/card';
import { Field, TextField } from '@/components/text-field';
import { ROUTES } from '@/config/routes';
import { CloudError, errorMessage } from '@/lib/cloud-error';
import { checkWith, serverFieldErrors, type FieldErrors } from '@/lib/form-rules';
import { previewNotice, publishNotice } from '../../api/publishing';
import { NoticeBody } from '../notice-body';
import type { ScopeRow } from '../scope-picker';
import { ParseProblems } from './parse-problems';
import { TargetTree } from './target-tree';
import './notice-publisher.scss';

export interface NoticePublisherProps {
  rows: readonly ScopeRow[];
}

/**
 * Publishing for the federation: paste or type the text and see how it parses as you go (problems on their
 * lines), choose whole subtrees to send to and an optional report deadline, check the preview (with WeChat's
 * content check), then publish.
 */
export function NoticePublisher({ rows }: NoticePublisherProps) {
  const [text, setText] = useState('');
  const [issuer, setIssuer] = useState('青岛市总工会');
  const [targets, setTargets] = useState<Set<string>>(new Set());
  const [deadline, setDeadline] = useState('');
  const [preview, setPreview] = useState<NoticePreview | null>(null);
  const [serverProblems, setServerProblems] = useState<ParseProblem[] | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState<'preview' | 'publish' | null>(null);

  const checked = useMemo(() => (text.trim() ? checkText(text, NOTICE_TEXT_RULES) : null), [text]);
  const parsed = useMemo(() => (checked?.ok ? parseNotice(checked.value) : null), [checked]);
  const lines = checked?.ok ? checked.value.split('\n') : [];
  const problems = serverProblems ?? parsed?.problems ?? [];
  const today = chinaDate(Date.now());

  const edit = (value: string) => {
    setText(value);
    setPreview(null);
    setServerProblems(null);
  };

  const showPreview = async () => {
    if (!checked?.ok) return;
    setBusy('preview');
    setErrors({});
    try {
      const answer = await previewNotice(checked.value);
      setPreview(answer);
      setServerProblems(answer.problems);
    } catch (error) {
      setErrors(serverFieldErrors(error) ?? { form: errorMessage(error) });
    } finally {
      setBusy(null);
    }
  };

  const publish = async () => {
    const issuerChecked = checkWith(issuerSchema, issuer, 'issuer');
    const found: FieldErrors = issuerChecked.ok ? {} : issuerChecked.errors;
    if (targets.size === 0) found.targetUnitIds = '请至少选择一个发送单位';
    if (!checked?.ok) found.text = checked ? checked.message : '请粘贴或输入通知全文';
    setErrors(found);
    if (Object.keys(found).length > 0 || !checked?.ok || problems.length > 0) return;
    const names = rows.filter((row) => targets.has(row.unit._id)).map((row) => row.unit.name);
    const { confirm } = await Taro.showModal({
      title: '发布通知',
      content: `发布后，${names.join('、')}及其下级单位的职工都会在首页看到这份通知。确定发布？`,
      confirmText: '发布',
      confirmColor: '#c8161d',
    });
    if (!confirm) return;
    setBusy('publish');
    try {
      await publishNotice({
        text: checked.value,
        issuer: issuerChecked.ok ? issuerChecked.data : issuer,
        targetUnitIds: [...targets],
        ...(deadline ? { reportDeadline: deadline } : {}),
      });
      void Taro.showToast({ title: '已发布', icon: 'success' });
      void Taro.redirectTo({ url: ROUTES.adminNotices });
    } catch (error) {
      if (error instanceof CloudError && error.code === 'NOTICE_INVALID' && Array.isArray(error.details)) {
        setServerProblems(error.details as ParseProblem[]);
      } else {
        setErrors(serverFieldErrors(error) ?? { form: errorMessage(error) });
      }
    } finally {
      setBusy(null);
    }
  };

  const summary = parsed
    ? `识别为 ${parsed.document.sections.length} 个部分、${
        parsed.document.sections
          .flatMap((section) => section.blocks)
          .filter((block) => block.kind === 'point').length
      } 条要点`
    : '';

  return (
    <View className="notice-publisher">
      <Card title="通知全文" extra={summary}>
        <Textarea
          className={
            errors.text ? 'notice-publisher__text notice-publisher__text--invalid' : 'notice-publisher__text'
          }
          value={text}
          maxlength={NOTICE_TEXT_RULES.max}
          placeholder={
            '按原文粘贴：标题（可多行）、主送单位（以“：”结尾）、正文。\n章节以“一、”开头，要点以“一要”“二是”开头。'
          }
          onInput={(event) => edit(event.detail.value)}
        />
        {errors.text ? <Text className="field__error">{errors.text}</Text> : null}
        {checked && !checked.ok ? <Text className="field__error">{checked.message}</Text> : null}
        <ParseProblems problems={problems} lines={lines} />
        {parsed && problems.length === 0 ? (
          <Text className="notice-publisher__ok">格式正确：{parsed.document.title}</Text>
        ) : null}
      </Card>

      <Card title="发送范围" extra="选中的单位连同其全部下级单位">
        <TargetTree rows={rows} selected={targets} onChange={setTargets} />
        {errors.targetUnitIds ? <Text className="field__error">{errors.targetUnitIds}</Text> : null}
      </Card>

      <Card title="发文与报送">
        <TextField label="发文单位" value={issuer} maxlength={40} error={errors.issuer} onInput={setIssuer} />
        <Field label="报送截止日期" marker="选填" error={errors.reportDeadline}>
          <View className="notice-publisher__deadline">
            <Picker
              mode="date"
              value={deadline || today}
              start={today}
              onChange={(event) => setDeadline(event.detail.value)}
            >
              <Text className="notice-publisher__deadline-value">{deadline || '不设截止日期'}</Text>
            </Picker>
            {deadline ? (
              <Text className="notice-publisher__clear" onClick={() => setDeadline('')}>
                清除
              </Text>
            ) : null}
          </View>
        </Field>
      </Card>

      {preview ? (
        <Card title="预览" extra={preview.contentRejected ? '内容未通过安全检测' : '与职工看到的一致'}>
          {preview.contentRejected ? (
            <Text className="form-error">通知中有未通过微信内容安全检测的文字，请修改后再发布</Text>
          ) : null}
          <View className="notice-publisher__preview">
            <NoticeBody document={preview.document} meta={[issuer]} />
          </View>
        </Card>
      ) : null}

      {errors.form ? <Text className="form-error">{errors.form}</Text> : null}
      <View className="button-row">
        <Button
          className="btn btn--ghost"
          hoverClass="btn--hover"
          loading={busy === 'preview'}
          disabled={!checked?.ok || busy !== null}
          onClick={() => void showPreview()}
        >
          预览
        </Button>
        <Button
          className={problems.length || !checked?.ok ? 'btn btn--primary btn--disabled' : 'btn btn--primary'}
          hoverClass="btn--hover"
          loading={busy === 'publish'}
          disabled={busy !== null}
          onClick={() => void publish()}
        >
          发布
        </Button>
      </View>
    </View>
  );
}
