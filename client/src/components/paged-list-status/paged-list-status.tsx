import { Card } from '@/components/card';
import { StateView } from '@/components/state-view';
import type { PagedQuery } from '@/hooks/use-paged-query';

export interface PagedListStatusProps {
  list: Pick<PagedQuery<unknown>, 'items' | 'loading' | 'error' | 'reload'>;
  emptyTitle: string;
  emptyDescription?: string;
}

/** What a paged list shows instead of its rows: loading, a failed first page (with 重试), or nothing found. */
export function PagedListStatus({ list, emptyTitle, emptyDescription }: PagedListStatusProps) {
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
