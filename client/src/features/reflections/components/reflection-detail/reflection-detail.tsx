import { useState } from 'react';
import { Button, Image, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReflectionView } from '@shared/reflections/reflection';
import { Card } from '@/components/card';
import { StateView } from '@/components/state-view';
import { ROUTES } from '@/config/routes';
import { errorMessage } from '@/lib/cloud-error';
import { formatChineseDateTime } from '@/utils/date';
import { useReflection, withdrawReflection } from '../../api/reflection';
import { LikeButton } from '../like-button';
import { SimilarityNote } from '../similarity-note';
import { StatusChip } from '../status-chip';
import './reflection-detail.scss';

const WRITER_NOTES: Partial<Record<ReflectionView['status'], string>> = {
  draft: '草稿只有自己能看到，写好后请提交',
  submitted: '已提交，等待单位管理员审核；审核前可以撤回修改',
  published: '已在本单位心得中发布',
  featured: '已被市总工会选为全市精选心得',
};

export function ReflectionDetail({ reflectionId }: { reflectionId: string }) {
  const { loading, error, data, reload } = useReflection(reflectionId);
  const [busy, setBusy] = useState(false);
  if (loading && !data) return <StateView kind="loading" />;
  if (error || !data)
    return (
      <Card>
        <StateView kind="error" title={error ?? '心得不存在或已被删除'} onAction={reload} />
      </Card>
    );

  const reflection = data;
  const listed = reflection.status === 'published' || reflection.status === 'featured';
  const editable = reflection.mine && (reflection.status === 'draft' || reflection.status === 'returned');

  const withdraw = async () => {
    const { confirm } = await Taro.showModal({
      title: '撤回心得',
      content: '撤回后变回草稿，修改后可以重新提交。确定撤回？',
      confirmText: '撤回',
      confirmColor: '#c8161d',
    });
    if (!confirm) return;
    setBusy(true);
    try {
      await withdrawReflection(reflection._id);
      void Taro.showToast({ title: '已撤回', icon: 'success' });
      reload();
    } catch (failure) {
      void Taro.showModal({ title: '撤回失败', content: errorMessage(failure), showCancel: false });
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="reflection-detail">
      <Card>
        <View className="reflection-detail__head">
          <Text className="reflection-detail__title">{reflection.title || '心得体会'}</Text>
          <StatusChip status={reflection.status} />
        </View>
        <Text className="reflection-detail__meta">
          {reflection.authorName} · {reflection.unitName}
          {reflection.submittedAt ? ` · ${formatChineseDateTime(reflection.submittedAt)}提交` : ''}
        </Text>
        <Text className="reflection-detail__notice">学习《{reflection.noticeTitle}》</Text>
        {reflection.mine && WRITER_NOTES[reflection.status] ? (
          <Text className="reflection-detail__note">{WRITER_NOTES[reflection.status]}</Text>
        ) : null}
        {reflection.returnReason && (reflection.status === 'returned' || reflection.status === 'draft') ? (
          <Text className="reflection-detail__returned">退回原因：{reflection.returnReason}</Text>
        ) : null}
        {reflection.mine && reflection.contentHeld && reflection.status === 'submitted' ? (
          <Text className="reflection-detail__note">
            微信内容安全检测提示部分内容需要人工复核，审核通过后才会公开
          </Text>
        ) : null}
        <SimilarityNote
          similarity={reflection.similarity}
          contentHeld={!reflection.mine && reflection.contentHeld}
        />
        <Text className="reflection-detail__text" userSelect>
          {reflection.text}
        </Text>
        {reflection.photos.length ? (
          <View className="reflection-detail__photos">
            {reflection.photos.map((photo) => (
              <Image
                key={photo.fileId}
                className="reflection-detail__photo"
                src={photo.url}
                mode="aspectFill"
                onClick={() =>
                  void Taro.previewImage({
                    current: photo.url,
                    urls: reflection.photos.map((each) => each.url),
                  })
                }
              />
            ))}
          </View>
        ) : null}
        {listed ? (
          <View className="reflection-detail__likes">
            <LikeButton
              reflectionId={reflection._id}
              likes={reflection.likes}
              likedByMe={reflection.likedByMe}
            />
          </View>
        ) : null}
      </Card>
      {editable ? (
        <Button
          className="btn btn--primary"
          hoverClass="btn--hover"
          onClick={() => void Taro.redirectTo({ url: `${ROUTES.reflectionWrite}?id=${reflection._id}` })}
        >
          {reflection.status === 'returned' ? '修改后重新提交' : '继续编辑'}
        </Button>
      ) : null}
      {reflection.mine && reflection.status === 'submitted' ? (
        <Button
          className="btn btn--ghost"
          hoverClass="btn--hover"
          loading={busy}
          onClick={() => void withdraw()}
        >
          撤回修改
        </Button>
      ) : null}
    </View>
  );
}
