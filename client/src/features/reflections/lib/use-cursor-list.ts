import { useCallback, useEffect, useRef, useState } from 'react';
import type { CursorPage } from '@shared/platform/schema';
import { errorMessage } from '@/lib/cloud-error';

export interface CursorList<T> {
  items: T[];
  loading: boolean;
  loadingMore: boolean;
  error: string | null;
  hasMore: boolean;
  reload: () => void;
  loadMore: () => void;
  /** Local edits after an action (a like, a decision) without refetching. */
  update: (change: (items: T[]) => T[]) => void;
}

/** Cursor paging: each page continues where the last ended; answers of superseded runs are dropped. */
export function useCursorList<T>(fetchPage: (cursor?: string) => Promise<CursorPage<T>>): CursorList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const cursorRef = useRef<string | null>(null);
  cursorRef.current = cursor;
  const runId = useRef(0);

  const run = useCallback((reset: boolean) => {
    const id = ++runId.current;
    if (reset) setLoading(true);
    else setLoadingMore(true);
    setError(null);
    fetchRef.current(reset ? undefined : (cursorRef.current ?? undefined)).then(
      (page) => {
        if (id !== runId.current) return;
        setItems((previous) => (reset ? page.items : [...previous, ...page.items]));
        setCursor(page.nextCursor);
        setLoading(false);
        setLoadingMore(false);
      },
      (failure: unknown) => {
        if (id !== runId.current) return;
        setError(errorMessage(failure));
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
    loading,
    loadingMore,
    error,
    hasMore: cursor !== null,
    reload: () => run(true),
    loadMore: () => run(false),
    update: (change) => setItems(change),
  };
}
