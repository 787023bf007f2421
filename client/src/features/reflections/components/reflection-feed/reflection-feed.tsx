import { View } from '@tarojs/components';
import type { ReflectionCard as Card } from '@shared/reflections/reflection';
import { Card as Panel } from '@/components/card';
import { fetchFeed } from '../../api/lists';
import { useCursorList } from '../../lib/use-cursor-list';
import { CursorFooter, CursorListStatus } from '../cursor-footer';
import { LikeButton } from '../like-button';
import { ReflectionCard } from '../reflection-card';

const EMPTY = {
  unit: { title: '本单位还没有发布的心得', description: '心得经单位管理员审核后会在这里发布' },
  city: { title: '还没有精选心得', description: '市总工会选出的优秀心得会在这里展示' },
};

/** Published reflections of the person's unit, or the city-wide featured ones, newest first. */
export function ReflectionFeed({ scope }: { scope: 'unit' | 'city' }) {
  const list = useCursorList<Card>((cursor) => fetchFeed(scope, cursor));
  return (
    <View className="reflection-feed">
      <CursorListStatus
        list={list}
        emptyTitle={EMPTY[scope].title}
        emptyDescription={EMPTY[scope].description}
      />
      {!list.loading && list.items.length ? (
        <Panel className="card--list">
          {list.items.map((reflection) => (
            <ReflectionCard
              key={reflection._id}
              reflection={reflection}
              variant="feed"
              action={
                <LikeButton
                  reflectionId={reflection._id}
                  likes={reflection.likes}
                  likedByMe={reflection.likedByMe}
                />
              }
            />
          ))}
        </Panel>
      ) : null}
      <CursorFooter list={list} />
    </View>
  );
}
