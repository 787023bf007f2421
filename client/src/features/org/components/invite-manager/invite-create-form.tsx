import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { InviteView } from '@shared/domain/invite';
import { Field, FieldInput } from '@/components/text-field';
import { errorMessage } from '@/lib/cloud-error';
import { checkCreateInvite, serverFieldErrors } from '@/lib/rules';
import { createInvite } from '../../api/create-invite';

const VALIDITY = [
  { label: '1天', hours: 24 },
  { label: '7天', hours: 168 },
  { label: '30天', hours: 720 },
] as const;

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
        <View className="segmented">
          {VALIDITY.map((option) => (
            <Text
              key={option.hours}
              className={
                validHours === option.hours ? 'segmented__item segmented__item--active' : 'segmented__item'
              }
              onClick={() => setValidHours(option.hours)}
            >
              {option.label}
            </Text>
          ))}
        </View>
      </Field>
      <Field label="使用次数上限" error={errors.maxUses}>
        <View className="segmented">
          <Text
            className={!limited ? 'segmented__item segmented__item--active' : 'segmented__item'}
            onClick={() => setLimited(false)}
          >
            不限
          </Text>
          <Text
            className={limited ? 'segmented__item segmented__item--active' : 'segmented__item'}
            onClick={() => setLimited(true)}
          >
            限定次数
          </Text>
        </View>
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
      <Button
        className="btn btn--primary"
        hoverClass="btn--hover"
        loading={pending}
        onClick={() => void submit()}
      >
        {pending ? '正在生成…' : '生成邀请码'}
      </Button>
    </View>
  );
}
