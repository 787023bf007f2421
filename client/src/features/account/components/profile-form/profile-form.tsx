import { useState } from 'react';
import { Button, Input, Text, View } from '@tarojs/components';
import type { ProfileInput } from '@shared/domain/member';
import { errorMessage } from '@/lib/cloud-error';
import { checkProfile, serverFieldErrors } from '@/lib/rules';

export interface ProfileFormProps {
  initialName?: string;
  initialStaffNo?: string;
  submitText: string;
  pendingText: string;
  /** Throws a CloudError on failure; its message is shown above the button. */
  onSubmit: (profile: ProfileInput) => Promise<void>;
  onCancel?: () => void;
}

/** 真实姓名 + 工号, validated with the same schema the server uses. */
export function ProfileForm(props: ProfileFormProps) {
  const { submitText, pendingText, onSubmit, onCancel } = props;
  const [name, setName] = useState(props.initialName ?? '');
  const [staffNo, setStaffNo] = useState(props.initialStaffNo ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async () => {
    if (pending) return;
    setSubmitError(null);
    const checked = checkProfile({ name, staffNo: staffNo.trim() ? staffNo : undefined });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setPending(true);
    try {
      await onSubmit(checked.data);
    } catch (e) {
      const fields = serverFieldErrors(e);
      if (fields && (fields.name || fields.staffNo)) setErrors(fields);
      else setSubmitError(errorMessage(e));
    } finally {
      setPending(false);
    }
  };

  return (
    <View className="profile-form">
      <View className="field">
        <Text className="field__label">真实姓名</Text>
        <Input
          className={errors.name ? 'field__input field__input--invalid' : 'field__input'}
          value={name}
          maxlength={20}
          placeholder="请输入真实姓名"
          onInput={(e) => setName(e.detail.value)}
        />
        {errors.name ? <Text className="field__error">{errors.name}</Text> : null}
      </View>
      <View className="field">
        <Text className="field__label">
          工号<Text className="field__optional">选填</Text>
        </Text>
        <Input
          className={errors.staffNo ? 'field__input field__input--invalid' : 'field__input'}
          value={staffNo}
          maxlength={32}
          placeholder="单位内的工号，可不填"
          onInput={(e) => setStaffNo(e.detail.value)}
        />
        {errors.staffNo ? <Text className="field__error">{errors.staffNo}</Text> : null}
      </View>
      {submitError ? <Text className="form-error">{submitError}</Text> : null}
      <View className="button-row">
        {onCancel ? (
          <Button className="btn btn--ghost" hoverClass="btn--hover" onClick={onCancel}>
            取消
          </Button>
        ) : null}
        <Button
          className="btn btn--primary"
          hoverClass="btn--hover"
          loading={pending}
          onClick={() => void submit()}
        >
          {pending ? pendingText : submitText}
        </Button>
      </View>
    </View>
  );
}
