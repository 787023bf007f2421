import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import type { ProfileInput } from '@shared/org/member';
import { ActionButton } from '@/components/action-button';
import { TextField } from '@/components/text-field';
import { errorMessage } from '@/lib/cloud-error';
import { serverFieldErrors } from '@/lib/field-errors';

export interface ProfileFormProps {
  initialName?: string;
  initialStaffNo?: string;
  submitText: string;
  pendingText: string;
  /** Throws a CloudError on failure; its message is shown above the button. */
  onSubmit: (profile: ProfileInput) => Promise<void>;
  onCancel?: () => void;
}

/** 真实姓名 + 工号: the function checks them with the contract's schema and its messages show by the fields. */
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
    setErrors({});
    setPending(true);
    try {
      await onSubmit({ name, staffNo: staffNo.trim() ? staffNo : undefined });
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
      <TextField
        label="真实姓名"
        value={name}
        maxlength={20}
        placeholder="请输入真实姓名"
        error={errors.name}
        onInput={setName}
      />
      <TextField
        label="工号"
        marker="选填"
        value={staffNo}
        maxlength={32}
        placeholder="单位内的工号，可不填"
        error={errors.staffNo}
        onInput={setStaffNo}
      />
      {submitError ? <Text className="form-error">{submitError}</Text> : null}
      <View className="button-row">
        {onCancel ? (
          <Button className="btn btn--ghost" hoverClass="btn--hover" onClick={onCancel}>
            取消
          </Button>
        ) : null}
        <ActionButton busy={pending} onClick={() => void submit()}>
          {pending ? pendingText : submitText}
        </ActionButton>
      </View>
    </View>
  );
}
