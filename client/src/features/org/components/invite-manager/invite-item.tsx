import { useState } from 'react';
import { Button, Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { InviteView } from '@shared/org/invite';
import { ActionButton } from '@/components/action-button';
import { errorMessage } from '@/lib/cloud-error';
import { confirmAction, showFailure } from '@/lib/dialog';
import { formatChineseDateTime } from '@/utils/date';
import { inviteQrCode } from '../../api/invite-qr-code';
import { revokeInvite } from '../../api/revoke-invite';

export const INVITE_STATUS_LABELS: Record<InviteView['status'], string> = {
  valid: '有效',
  expired: '已过期',
  used_up: '已用完',
  revoked: '已撤销',
};

type Qr = { state: 'loading' } | { state: 'ready'; url: string } | { state: 'error'; message: string };

export interface InviteItemProps {
  invite: InviteView;
  isNew: boolean;
  onChanged: (invite: InviteView) => void;
}

export function InviteItem({ invite, isNew, onChanged }: InviteItemProps) {
  const [qr, setQr] = useState<Qr | null>(null);
  const [revoking, setRevoking] = useState(false);
  const valid = invite.status === 'valid';

  const copy = () => {
    Taro.setClipboardData({ data: invite.code }).then(
      () => void Taro.showToast({ title: '邀请码已复制', icon: 'success' }),
      () => void Taro.showToast({ title: '复制失败，请长按邀请码手动复制', icon: 'none' }),
    );
  };

  const loadQr = async () => {
    if (qr && qr.state !== 'error') {
      setQr(null);
      return;
    }
    setQr({ state: 'loading' });
    try {
      const { imageUrl } = await inviteQrCode(invite._id);
      setQr({ state: 'ready', url: imageUrl });
    } catch (e) {
      setQr({ state: 'error', message: errorMessage(e) });
    }
  };

  const revoke = async () => {
    const confirmed = await confirmAction({
      title: '撤销邀请码',
      content: `撤销后邀请码 ${invite.code} 将不能再用于加入单位，已加入的成员不受影响。确定撤销吗？`,
      confirmText: '撤销',
    });
    if (!confirmed) return;
    setRevoking(true);
    try {
      const updated = await revokeInvite(invite._id);
      void Taro.showToast({ title: '已撤销', icon: 'success' });
      onChanged(updated);
    } catch (e) {
      void showFailure('撤销失败', e);
    } finally {
      setRevoking(false);
    }
  };

  return (
    <View
      className={`card invite-item${isNew ? ' invite-item--new' : ''}${valid ? '' : ' invite-item--inactive'}`}
    >
      <View className="invite-item__head">
        <Text className="invite-item__code" userSelect>
          {invite.code}
        </Text>
        <Text className={valid ? 'chip' : 'chip chip--muted'}>{INVITE_STATUS_LABELS[invite.status]}</Text>
      </View>
      {isNew ? <Text className="invite-item__new">刚刚生成</Text> : null}
      <View className="invite-item__meta">
        <Text>单位：{invite.unitName}</Text>
        <Text>
          {invite.maxUses === null
            ? `已使用 ${invite.uses} 次（不限次数）`
            : `已使用 ${invite.uses} / ${invite.maxUses} 次`}
        </Text>
        <Text>有效期至：{formatChineseDateTime(invite.expiresAt)}</Text>
        <Text>创建人：{invite.createdByName}</Text>
      </View>
      {qr ? (
        <View className="invite-item__qr">
          {qr.state === 'loading' ? <Text className="invite-item__qr-text">正在生成小程序码…</Text> : null}
          {qr.state === 'ready' ? (
            <Image className="invite-item__qr-image" src={qr.url} mode="aspectFit" showMenuByLongpress />
          ) : null}
          {qr.state === 'error' ? (
            <Text className="invite-item__qr-text invite-item__qr-text--error">
              小程序码生成失败：{qr.message}
            </Text>
          ) : null}
        </View>
      ) : null}
      <View className="invite-item__actions">
        <Button className="btn btn--ghost btn--small" hoverClass="btn--hover" onClick={copy}>
          复制邀请码
        </Button>
        {valid ? (
          <Button className="btn btn--ghost btn--small" hoverClass="btn--hover" onClick={() => void loadQr()}>
            {qr && qr.state === 'ready' ? '收起小程序码' : '小程序码'}
          </Button>
        ) : null}
        {valid ? (
          <ActionButton kind="danger" small busy={revoking} onClick={() => void revoke()}>
            撤销
          </ActionButton>
        ) : null}
      </View>
    </View>
  );
}
