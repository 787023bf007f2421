import { useRef, useState } from 'react';
import { Button, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { NotificationSettings } from '@shared/platform/notifications';
import { countCharacters } from '@shared/platform/text';
import { MAX_PHOTOS, TEXT_MAX, TEXT_MIN, TITLE_MAX } from '@shared/reflections/reflection';
import { TextField } from '@/components/text-field';
import { ROUTES } from '@/config/routes';
import { useCloudQuery } from '@/hooks/use-cloud-query';
import { CloudError, errorMessage } from '@/lib/cloud-error';
import { serverFieldErrors, type FieldErrors } from '@/lib/form-rules';
import { fetchNotificationSettings, requestNotifications } from '@/lib/notifications';
import { saveDraft, submitReflection } from '../../api/writing';
import { forgetDraft } from '../../lib/draft-store';
import { checkSubmission } from '../../lib/rules';
import { canDictate, dictate } from '../../lib/speech';
import { useLocalDraft } from '../../lib/use-local-draft';
import type { EditorStart } from './load-start';
import { PhotoStrip } from './photo-strip';

const heldMessage = '心得已提交。微信内容安全检测提示部分内容需要人工复核，单位管理员审核通过后才会公开。';
const submittedMessage = '心得已提交，单位管理员审核通过后会在本单位心得中发布。';

export function EditorForm({ start }: { start: EditorStart }) {
  const { draft, change, flush } = useLocalDraft(start.draft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'save' | 'submit' | 'photos' | null>(null);
  const [listening, setListening] = useState(false);
  const stopListening = useRef<(() => void) | null>(null);
  // Loaded ahead: WeChat's subscribe prompt must open directly in the tap, with nothing awaited before it.
  const notifications = useCloudQuery<NotificationSettings | null>(() =>
    fetchNotificationSettings().catch(() => null),
  );
  const length = countCharacters(draft.text.trim());

  const identity = () =>
    draft.reflectionId ? { reflectionId: draft.reflectionId } : { draftKey: draft.draftKey };

  const payload = () => ({
    ...identity(),
    noticeId: draft.noticeId,
    sessionId: draft.sessionId,
    title: draft.title,
    text: draft.text,
    photoFileIds: draft.photos.map((photo) => photo.fileId),
  });

  const showFailure = (failure: unknown) => {
    const fields = serverFieldErrors(failure);
    if (fields && (fields.text || fields.title)) setErrors(fields);
    else setFormError(errorMessage(failure));
    if (failure instanceof CloudError && failure.code === 'CONTENT_REJECTED') {
      void Taro.showModal({
        title: '未通过内容安全检测',
        content: failure.message,
        showCancel: false,
        confirmColor: '#c8161d',
      });
    }
  };

  const save = async () => {
    if (busy) return;
    setBusy('save');
    setFormError(null);
    try {
      const saved = await saveDraft(payload());
      change({ reflectionId: saved._id });
      flush();
      void Taro.showToast({ title: '草稿已保存', icon: 'success' });
    } catch (failure) {
      showFailure(failure);
    } finally {
      setBusy(null);
    }
  };

  const submit = async () => {
    if (busy) return;
    setFormError(null);
    const found = checkSubmission(draft.title, draft.text);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    // Still inside the tap, nothing awaited yet: WeChat shows its subscribe prompt only then.
    const settings = notifications.data;
    const asking =
      settings && (settings.remaining.reviewResult ?? 0) === 0
        ? requestNotifications(settings, ['reviewResult'])
        : null;
    setBusy('submit');
    try {
      // The browser build's stand-in prompt is a dialog of its own: let it close before the next one.
      if (process.env.TARO_ENV === 'h5' && asking) await asking;
      const outcome = await submitReflection(payload());
      forgetDraft(draft.noticeId, draft.reflectionId);
      await Taro.showModal({
        title: '提交成功',
        content: outcome.held ? heldMessage : submittedMessage,
        showCancel: false,
        confirmColor: '#c8161d',
      });
      void Taro.redirectTo({ url: `${ROUTES.reflectionDetail}?id=${outcome.reflection._id}` });
    } catch (failure) {
      showFailure(failure);
    } finally {
      setBusy(null);
    }
  };

  const toggleDictation = () => {
    if (listening) {
      stopListening.current?.();
      return;
    }
    setListening(true);
    stopListening.current = dictate(
      (heard) => change({ text: `${draft.text}${heard}` }),
      () => setListening(false),
    );
  };

  return (
    <View className="reflection-editor">
      <Text className="reflection-editor__notice">{`学习《${start.noticeTitle || '通知'}》的心得体会`}</Text>
      {start.returnReason ? (
        <Text className="reflection-editor__returned">退回原因：{start.returnReason}</Text>
      ) : null}
      <TextField
        label="标题"
        marker="选填"
        value={draft.title}
        maxlength={TITLE_MAX}
        placeholder="给心得起个标题"
        error={errors.title}
        onInput={(title) => change({ title })}
      />
      <View className="field">
        <Text className="field__label">心得正文</Text>
        <Textarea
          className={`reflection-editor__text${errors.text ? ' reflection-editor__text--invalid' : ''}`}
          value={draft.text}
          maxlength={-1}
          autoHeight
          placeholder={`结合本职工作，谈谈学习的收获和打算（${TEXT_MIN}～${TEXT_MAX} 字）`}
          onInput={(event) => change({ text: event.detail.value })}
        />
        <View className="reflection-editor__count-row">
          <Text
            className={`reflection-editor__count${length > TEXT_MAX ? ' reflection-editor__count--over' : ''}`}
          >
            {`${length} / ${TEXT_MAX} 字${length < TEXT_MIN ? `（至少 ${TEXT_MIN} 字）` : ''}`}
          </Text>
          {canDictate() ? (
            <Text className="reflection-editor__voice" onClick={toggleDictation}>
              {listening ? '停止语音' : '语音输入'}
            </Text>
          ) : (
            <Text className="reflection-editor__hint">可用输入法的语音输入</Text>
          )}
        </View>
        {errors.text ? <Text className="field__error">{errors.text}</Text> : null}
      </View>
      <PhotoStrip
        photos={draft.photos}
        max={MAX_PHOTOS}
        busy={busy === 'photos'}
        onBusy={(uploading) => setBusy(uploading ? 'photos' : null)}
        onChange={(photos) => change({ photos })}
      />
      <Text className="reflection-editor__saved">草稿随输入自动保存在本机，关闭小程序也不会丢失</Text>
      {formError ? <Text className="form-error reflection-editor__error">{formError}</Text> : null}
      <View className="button-row">
        <Button
          className="btn btn--ghost"
          hoverClass="btn--hover"
          loading={busy === 'save'}
          onClick={() => void save()}
        >
          保存草稿
        </Button>
        <Button
          className="btn btn--primary"
          hoverClass="btn--hover"
          loading={busy === 'submit'}
          onClick={() => void submit()}
        >
          提交
        </Button>
      </View>
    </View>
  );
}
