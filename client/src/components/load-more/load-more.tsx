import { Text } from '@tarojs/components';
import { ActionButton } from '@/components/action-button';
import type { PagedQuery } from '@/hooks/use-paged-query';

export interface LoadMoreProps {
  list: Pick<
    PagedQuery<unknown>,
    'items' | 'total' | 'loading' | 'loadingMore' | 'error' | 'hasMore' | 'loadMore'
  >;
}

/** Footer of a paged list: the error of a failed next page (the loaded rows stay) and "加载更多". */
export function LoadMore({ list }: LoadMoreProps) {
  if (list.loading) return null;
  return (
    <>
      {list.error && list.items.length > 0 ? <Text className="form-error">{list.error}</Text> : null}
      {list.hasMore ? (
        <ActionButton kind="ghost" busy={list.loadingMore} onClick={list.loadMore}>
          {list.loadingMore ? '加载中…' : `加载更多（已显示 ${list.items.length} / ${list.total}）`}
        </ActionButton>
      ) : null}
    </>
  );
}
