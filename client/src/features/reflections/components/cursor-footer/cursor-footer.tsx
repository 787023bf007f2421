import { Button, Text } from '@tarojs/components';
import { Card } from '@/components/card';
import { StateView } from '@/components/state-view';
import type { CursorList } from '../../lib/use-cursor-list';

export interface CursorListStatusProps {
  list: Pick<CursorList<unknown>, 'items' | 'loading' | 'error' | 'reload'>;
  emptyTitle: string;
  emptyDescription?: string;
}

/** What a cursor-paged list shows instead of rows: loading, a failed first page (with 重试), or nothing. */
export function CursorListStatus({ list, emptyTitle, emptyDescription }: CursorListStatusProps) {
  if (list.loading) return <StateView kind="loading" />;
  if (list.items.length > 0) return null;
  return (
    <Card>
      {list.error ? (
        <StateView kind="error" title={list.error} onAction={list.reload} />
      ) : (
        <StateView kind="empty" title={emptyTitle} description={emptyDescription} />
      )}
    </Card>
  );
}

/** Below the rows: the error of a failed next page (loaded rows stay) and 加载更多. */
export interface CursorFooterProps {
  list: Pick<CursorList<unknown>, 'items' | 'loading' | 'loadingMore' | 'error' | 'hasMore' | 'loadMore'>;
}

export function CursorFooter({ list }: CursorFooterProps) {
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
          {list.loadingMore ? '加载中…' : `加载更多（已显示 ${list.items.length} 篇）`}
        </Button>
      ) : null}
    </>
  );
}
