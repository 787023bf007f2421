import { Button, Text } from '@tarojs/components';
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
        <Button
          className="btn btn--ghost"
          hoverClass="btn--hover"
          loading={list.loadingMore}
          onClick={list.loadMore}
        >
          {list.loadingMore ? '加载中…' : `加载更多（已显示 ${list.items.length} / ${list.total}）`}
        </Button>
      ) : null}
    </>
  );
}
