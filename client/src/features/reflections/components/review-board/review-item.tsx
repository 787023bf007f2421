import { useState } from 'react';
import { Button, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { RETURN_REASON_MAX, type ReflectionView } from '@shared/reflections/reflection';
import { errorMessage } from '@/lib/cloud-error';
import { formatChineseDateTime } from '@/utils/date';
import { featureReflection, reviewReflection } from '../../api/review';
import { SimilarityNote } from '../similarity-note';
import { StatusChip } from '../status-chip';

export interface ReviewItemProps {
  reflection: ReflectionView;
  canFeature: boolean;
  onDecided: (reflection: ReflectionView) => void;
}

export function ReviewItem({ reflection, canFeature, onDecided }: ReviewItemProps) {
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [expanded, setExpanded] = useState(false);

  const act = async (work: () => Promise<ReflectionView>, done: string) => {
    setBusy(true);
    try {
      const decided = await work();
      void Taro.showToast({ title: done, icon: 'success' });
      setReturning(false);
      onDecided(decided);
    } catch (failure) {
      void Taro.showModal({ title: '操作失败', content: errorMessage(failure), showCancel: false });
    } finally {
      setBusy(false);
    }
  };

  const publish = async () => {
    const suspect = reflection.similarity || reflection.contentHeld;
    const { confirm } = await Taro.showModal({
      title: '发布心得',
      content: suspect
        ? '这篇心得带有提示标记，请确认已看过全文。发布后本单位职工都能看到。'
        : `发布后本单位职工都能看到 ${reflection.authorName} 的这篇心得。`,
      confirmText: '发布',
      confirmColor: '#c8161d',
    });
    if (confirm) void act(() => reviewReflection(reflection._id, 'publish'), '已发布');
  };

  const feature = async () => {
    const { confirm } = await Taro.showModal({
      title: '设为精选',
      content: '精选心得会在全市所有职工的“全市精选心得”中展示。',
      confirmText: '设为精选',
      confirmColor: '#c8161d',
    });
    if (confirm) void act(() => featureReflection(reflection._id), '已设为精选');
  };

  return (
    <View className={`review-item${busy ? ' review-item--busy' : ''}`}>
      <View className="review-item__head">
        <Text className="review-item__author">
          {reflection.authorName}
          <Text className="review-item__unit"> · {reflection.unitName}</Text>
        </Text>
        <StatusChip status={reflection.status} />
      </View>
      <Text className="review-item__meta">
        {reflection.title ? `《${reflection.title}》 · ` : ''}
        {reflection.length} 字
        {reflection.submittedAt ? ` · ${formatChineseDateTime(reflection.submittedAt)}提交` : ''}
      </Text>
      <SimilarityNote similarity={reflection.similarity} contentHeld={reflection.contentHeld} />
      <Text
        className={`review-item__text${expanded ? '' : ' review-item__text--clamped'}`}
        onClick={() => setExpanded(!expanded)}
      >
        {reflection.text}
      </Text>
      {reflection.photos.length ? (
        <Text
          className="review-item__photos"
          onClick={() => void Taro.previewImage({ urls: reflection.photos.map((photo) => photo.url) })}
        >
          查看照片（{reflection.photos.length} 张）
        </Text>
      ) : null}
      {reflection.returnReason ? (
        <Text className="review-item__reason">
          {reflection.status === 'returned' ? '退回原因' : '上次退回原因'}：{reflection.returnReason}
        </Text>
      ) : null}
      {returning ? (
        <View className="review-item__return">
          <Textarea
            className="review-item__reason-input"
            value={reason}
            maxlength={RETURN_REASON_MAX}
            placeholder="请写明退回原因，职工会看到并据此修改"
            onInput={(event) => setReason(event.detail.value)}
          />
          <View className="button-row">
            <Button
              className="btn btn--ghost btn--small"
              hoverClass="btn--hover"
              onClick={() => setReturning(false)}
            >
              取消
            </Button>
            <Button
              className="btn btn--primary btn--small"
              hoverClass="btn--hover"
              loading={busy}
              onClick={() => void act(() => reviewReflection(reflection._id, 'return', reason), '已退回')}
            >
              确认退回
            </Button>
          </View>
        </View>
      ) : null}
      {reflection.status === 'submitted' && !returning ? (
        <View className="button-row review-item__actions">
          <Button
            className="btn btn--ghost btn--small"
            hoverClass="btn--hover"
            onClick={() => setReturning(true)}
          >
            退回
          </Button>
          <Button
            className="btn btn--primary btn--small"
            hoverClass="btn--hover"
            onClick={() => void publish()}
          >
            发布
          </Button>
        </View>
      ) : null}
      {reflection.status === 'published' && canFeature ? (
        <View className="button-row review-item__actions">
          <Button
            className="btn btn--ghost btn--small"
            hoverClass="btn--hover"
            onClick={() => void feature()}
          >
            设为精选
          </Button>
        </View>
      ) : null}
    </View>
  );
}
