import { useState } from 'react';
import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ActionButton } from '@/components/action-button';
import { TextField } from '@/components/text-field';
import { DELETE_CONFIRM_PHRASE, deleteAccount } from '../../api/delete-account';
import { errorMessage } from '@/lib/cloud-error';
import { confirmAction } from '@/lib/dialog';
import './delete-account.scss';

export interface DeleteAccountProps {
  onDeleted: () => void;
  onCancel: () => void;
}

/** Explains what 注销 erases and asks for the typed phrase before calling the server. */
export function DeleteAccount({ onDeleted, onCancel }: DeleteAccountProps) {
  const [phrase, setPhrase] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const ready = phrase.trim() === DELETE_CONFIRM_PHRASE;

  const submit = async () => {
    if (!ready || pending) return;
    const confirmed = await confirmAction({
      title: '确认注销账号',
      content: '注销后个人信息将被删除且无法恢复，确定继续吗？',
      confirmText: '注销',
    });
    if (!confirmed) return;
    setPending(true);
    setError(null);
    try {
      await deleteAccount();
      void Taro.showToast({ title: '账号已注销', icon: 'success' });
      onDeleted();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setPending(false);
    }
  };

  return (
    <View className="delete-account">
      <Text className="delete-account__lead">注销后将删除：</Text>
      <Text className="delete-account__item">· 您的真实姓名、工号与微信身份的对应关系</Text>
      <Text className="delete-account__item">· 您所在单位的成员身份和管理员角色</Text>
      <Text className="delete-account__note">
        为保证单位学习统计的人数准确，已产生的记录会匿名保留（显示为“已注销用户”），不再与您关联。注销后不可恢复，如需再次使用请重新通过邀请码加入。
      </Text>
      <TextField
        label={`请输入“${DELETE_CONFIRM_PHRASE}”以确认`}
        value={phrase}
        // Not the phrase itself: an empty box showing it in grey looks already filled in.
        placeholder="在此输入确认文字"
        onInput={setPhrase}
      />
      {error ? <Text className="form-error">{error}</Text> : null}
      <View className="button-row">
        <Button className="btn btn--ghost" hoverClass="btn--hover" onClick={onCancel}>
          取消
        </Button>
        <ActionButton
          className={ready ? undefined : 'btn--disabled'}
          busy={pending}
          onClick={() => void submit()}
        >
          注销账号
        </ActionButton>
      </View>
    </View>
  );
}
