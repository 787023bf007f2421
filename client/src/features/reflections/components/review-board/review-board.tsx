import { useState } from 'react';
import { View } from '@tarojs/components';
import type { ReflectionView } from '@shared/reflections/reflection';
import { Card } from '@/components/card';
import { Segmented } from '@/components/segmented';
import { fetchForReview, type ReviewStatus } from '../../api/review';
import { useCursorList } from '../../lib/use-cursor-list';
import { CursorFooter, CursorListStatus } from '../cursor-footer';
import { ReviewItem } from './review-item';
import './review-board.scss';

const TABS: { value: ReviewStatus; label: string }[] = [
  { value: 'submitted', label: '待审核' },
  { value: 'published', label: '已发布' },
  { value: 'returned', label: '已退回' },
  { value: 'featured', label: '精选' },
];

const EMPTY: Record<ReviewStatus, string> = {
  submitted: '没有待审核的心得',
  published: '还没有发布的心得',
  returned: '没有退回的心得',
  featured: '还没有入选精选的心得',
};

export interface ReviewBoardProps {
  unitId: string;
  /** Federation admins may feature published reflections. */
  canFeature: boolean;
}

/** A unit admin's review of the subtree's reflections: the queue oldest first, decisions newest first. */
export function ReviewBoard({ unitId, canFeature }: ReviewBoardProps) {
  const [status, setStatus] = useState<ReviewStatus>('submitted');
  return (
    <View className="review-board">
      <Segmented options={TABS} value={status} onChange={setStatus} />
      <ReviewList key={`${unitId}|${status}`} unitId={unitId} status={status} canFeature={canFeature} />
    </View>
  );
}

function ReviewList({ unitId, status, canFeature }: ReviewBoardProps & { status: ReviewStatus }) {
  const list = useCursorList<ReflectionView>((cursor) => fetchForReview(unitId, status, cursor));
  return (
    <View className="review-board__list">
      <CursorListStatus
        list={list}
        emptyTitle={EMPTY[status]}
        emptyDescription={status === 'submitted' ? '职工提交心得后会出现在这里，先提交的排在前面' : undefined}
      />
      {!list.loading && list.items.length ? (
        <Card className="card--list">
          {list.items.map((reflection) => (
            <ReviewItem
              key={reflection._id}
              reflection={reflection}
              canFeature={canFeature}
              onDecided={(decided) =>
                list.update((items) =>
                  decided.status === status
                    ? items.map((item) => (item._id === decided._id ? decided : item))
                    : items.filter((item) => item._id !== decided._id),
                )
              }
            />
          ))}
        </Card>
      ) : null}
      <CursorFooter list={list} />
    </View>
  );
}
