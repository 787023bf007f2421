import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '@/lib/cloud-error';

export interface PagedQuery<T> {
  items: T[];
  total: number;
  /** The first page is loading (or reloading). */
  loading: boolean;
  loadingMore: boolean;
  /** Chinese message of the last failure, ready to show. */
  error: string | null;
  hasMore: boolean;
  reload: () => void;
  loadMore: () => void;
  /** Reads again the rows on screen, after a change that may have touched any of them. */
  refresh: () => void;
}

/** The functions answer at most this many rows a call (offsetPage in @shared/platform/schema). */
const MAX_ROWS_PER_CALL = 100;

type Run = 'reset' | 'more' | 'refresh';

/** Offset paging for `{ items, total }` actions; answers of superseded runs are dropped. */
export function usePagedQuery<T>(
  fetchPage: (offset: number, limit?: number) => Promise<{ items: T[]; total: number }>,
): PagedQuery<T> {
  const [items, setItems] = useState<T[]>([]);
  const [total, setTotal] = useState(0);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const runId = useRef(0);
  const itemsRef = useRef<T[]>([]);
  itemsRef.current = items;

  const run = useCallback((kind: Run) => {
    const id = ++runId.current;
    const shown = itemsRef.current.length;
    if (kind === 'reset') setLoading(true);
    if (kind === 'more') setLoadingMore(true);
    setError(null);
    const request =
      kind === 'more'
        ? fetchRef.current(shown)
        : kind === 'refresh' && shown > 0
          ? fetchRef.current(0, Math.min(shown, MAX_ROWS_PER_CALL))
          : fetchRef.current(0);
    request.then(
      (page) => {
        if (id !== runId.current) return;
        setItems((prev) => (kind === 'more' ? [...prev, ...page.items] : page.items));
        setTotal(page.total);
        setLoading(false);
        setLoadingMore(false);
      },
      (e: unknown) => {
        if (id !== runId.current) return;
        setError(errorMessage(e));
        setLoading(false);
        setLoadingMore(false);
      },
    );
  }, []);

  useEffect(() => {
    const ids = runId;
    run('reset');
    return () => {
      ids.current++;
    };
  }, [run]);

  const reload = useCallback(() => run('reset'), [run]);
  const loadMore = useCallback(() => run('more'), [run]);
  const refresh = useCallback(() => run('refresh'), [run]);
  return {
    items,
    total,
    loading,
    loadingMore,
    error,
    hasMore: items.length < total,
    reload,
    loadMore,
    refresh,
  };
}
