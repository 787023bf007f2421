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
  /** Local edits after an action (e.g. drop a removed member) without refetching. */
  update: (change: (items: T[]) => T[], totalDelta?: number) => void;
}

/** Offset paging for `{ items, total }` actions; answers of superseded runs are dropped. */
export function usePagedQuery<T>(
  fetchPage: (offset: number) => Promise<{ items: T[]; total: number }>,
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

  const run = useCallback((reset: boolean) => {
    const id = ++runId.current;
    const offset = reset ? 0 : itemsRef.current.length;
    if (reset) setLoading(true);
    else setLoadingMore(true);
    setError(null);
    fetchRef.current(offset).then(
      (page) => {
        if (id !== runId.current) return;
        setItems((prev) => (reset ? page.items : [...prev, ...page.items]));
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
    run(true);
    return () => {
      ids.current++;
    };
  }, [run]);

  return {
    items,
    total,
    loading,
    loadingMore,
    error,
    hasMore: items.length < total,
    reload: () => run(true),
    loadMore: () => run(false),
    update: (change, totalDelta = 0) => {
      setItems(change);
      setTotal((prev) => prev + totalDelta);
    },
  };
}
