import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { InviteView } from '@shared/org/invite';
import { ActionButton } from '@/components/action-button';
import { Segmented, type SegmentedOption } from '@/components/segmented';
import { Field, FieldInput } from '@/components/text-field';
import { errorMessage } from '@/lib/cloud-error';
import { serverFieldErrors } from '@/lib/form-rules';
import { checkCreateInvite } from '../../lib/rules';
import { createInvite } from '../../api/create-invite';

const VALIDITY: SegmentedOption<number>[] = [
  { label: '1天', value: 24 },
  { label: '7天', value: 168 },
  { label: '30天', value: 720 },
];
const USE_LIMITS: SegmentedOption<boolean>[] = [
  { label: '不限', value: false },
  { label: '限定次数', value: true },
];

export interface InviteCreateFormProps {
  unitId: string;
  onCreated: (invite: InviteView) => void;
}

export function InviteCreateForm({ unitId, onCreated }: InviteCreateFormProps) {
  const [validHours, setValidHours] = useState<number>(168);
  const [limited, setLimited] = useState(false);
  const [maxUses, setMaxUses] = useState('50');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);

  const submit = async () => {
    if (pending) return;
    const uses = limited ? Number(maxUses.trim()) : null;
    if (limited && (!maxUses.trim() || Number.isNaN(uses))) {
      setErrors({ maxUses: '请输入使用次数上限（数字）' });
      return;
    }
    const checked = checkCreateInvite({ unitId, validHours, maxUses: uses });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setPending(true);
    try {
      const invite = await createInvite(checked.data);
      void Taro.showToast({ title: '邀请码已生成', icon: 'success' });
      onCreated(invite);
    } catch (e) {
      setErrors(serverFieldErrors(e) ?? { form: errorMessage(e) });
    } finally {
      setPending(false);
    }
  };

  const otherErrors = Object.entries(errors).filter(([key]) => key !== 'maxUses' && key !== 'validHours');
  return (
    <View className="invite-form">
      <Field label="有效期" error={errors.validHours}>
        <Segmented options={VALIDITY} value={validHours} onChange={setValidHours} />
      </Field>
      <Field label="使用次数上限" error={errors.maxUses}>
        <Segmented options={USE_LIMITS} value={limited} onChange={setLimited} />
        {limited ? (
          <FieldInput
            className="invite-form__uses"
            invalid={Boolean(errors.maxUses)}
            type="number"
            value={maxUses}
            placeholder="最多可使用的人数，如 50"
            onInput={setMaxUses}
          />
        ) : null}
      </Field>
      {otherErrors.map(([key, message]) => (
        <Text key={key} className="form-error">
          {message}
        </Text>
      ))}
      <ActionButton busy={pending} onClick={() => void submit()}>
        {pending ? '正在生成…' : '生成邀请码'}
      </ActionButton>
    </View>
  );
}
