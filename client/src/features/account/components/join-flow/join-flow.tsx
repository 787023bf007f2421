import { useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { InvitePreview } from '@shared/contract';
import type { ProfileInput } from '@shared/org/member';
import { ActionButton } from '@/components/action-button';
import { Card } from '@/components/card';
import { TextField } from '@/components/text-field';
import { ROUTES } from '@/config/routes';
import { errorMessage } from '@/lib/cloud-error';
import { serverFieldErrors } from '@/lib/field-errors';
import { formatChineseDateTime } from '@/utils/date';
import { joinUnit } from '../../api/join';
import { previewInvite } from '../../api/preview-invite';
import { ProfileForm } from '../profile-form';
import './join-flow.scss';

export interface JoinFlowProps {
  /**
   * A code that came with the page (link or mini-program code): it is checked at once. The field starts
   * with it and is never set from outside afterwards: Taro's H5 input throws (watchValue) when its value
   * changes before it has rendered.
   */
  initialCode?: string;
}

/** Enter or confirm the code → see the unit → fill in name and staff number → join. */
export function JoinFlow({ initialCode }: JoinFlowProps) {
  const [code, setCode] = useState(initialCode ?? '');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [preview, setPreview] = useState<{ code: string; unit: InvitePreview } | null>(null);
  const checkId = useRef(0);

  const check = async (raw: string) => {
    // The function checks the code's form (the contract's schema); its message shows by the field.
    const id = ++checkId.current;
    setCodeError(null);
    setChecking(true);
    try {
      const unit = await previewInvite(raw);
      if (id === checkId.current) setPreview({ code: raw.trim().toUpperCase(), unit });
    } catch (e) {
      if (id === checkId.current) setCodeError(serverFieldErrors(e)?.code ?? errorMessage(e));
    } finally {
      if (id === checkId.current) setChecking(false);
    }
  };

  useEffect(() => {
    if (initialCode) void check(initialCode);
    // The page mounts a new flow for each code it is opened with, so the code is checked once, on mount.
  }, [initialCode]);

  const join = async (profile: ProfileInput) => {
    if (!preview) return;
    await joinUnit(preview.code, profile);
    void Taro.showToast({ title: '加入成功', icon: 'success' });
    await Taro.switchTab({ url: ROUTES.me });
  };

  if (!preview) {
    return (
      <Card title="输入邀请码">
        <Text className="join-flow__hint">邀请码由单位工会管理员提供，由字母和数字组成，不区分大小写。</Text>
        <TextField
          inputClassName="join-flow__code"
          value={code}
          maxlength={16}
          placeholder="请输入邀请码"
          error={codeError}
          errorClassName="join-flow__error"
          onInput={(value) => setCode(value.toUpperCase())}
          onConfirm={() => void check(code)}
        />
        <ActionButton busy={checking} onClick={() => void check(code)}>
          {checking ? '正在查询…' : '下一步'}
        </ActionButton>
      </Card>
    );
  }

  return (
    <View>
      <Card title="将加入的单位" extra={`邀请码 ${preview.code}`}>
        <Text className="join-flow__unit">{preview.unit.unitName}</Text>
        <Text className="join-flow__path">{preview.unit.unitPathNames.join(' / ')}</Text>
        <Text className="join-flow__expiry">
          邀请码有效期至 {formatChineseDateTime(preview.unit.expiresAt)}
        </Text>
        <Text
          className="join-flow__change"
          onClick={() => {
            checkId.current++;
            setPreview(null);
            setChecking(false);
          }}
        >
          不是这个单位？更换邀请码
        </Text>
      </Card>
      <Card title="填写个人信息">
        <Text className="join-flow__hint">请填写真实姓名，以便单位管理员核对学习情况。</Text>
        <ProfileForm submitText="加入" pendingText="正在加入…" onSubmit={join} />
        <Text className="join-flow__privacy" onClick={() => void Taro.navigateTo({ url: ROUTES.privacy })}>
          加入即表示您已阅读《隐私说明》
        </Text>
      </Card>
    </View>
  );
}
