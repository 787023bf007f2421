import { useCallback, useEffect, useRef, useState } from 'react';
import type { CursorPage } from '@shared/platform/schema';
import { CloudError, errorMessage, NETWORK_ERROR_CODE } from '@/lib/cloud-error';

export interface CursorList<T> {
  items: T[];
  /** The first page is loading (or reloading). */
  loading: boolean;
  loadingMore: boolean;
  /** Chinese message of the last failure, ready to show. */
  error: string | null;
  /** Its code, for failures that call for a way out (e.g. NOT_A_MEMBER: join a unit). */
  errorCode: string | null;
  hasMore: boolean;
  reload: () => void;
  loadMore: () => void;
  /** Local edits after an action (e.g. drop an archived notice) without refetching. */
  update: (change: (items: T[]) => T[]) => void;
}

/** Cursor paging for `{ items, nextCursor }` actions; answers of superseded runs are dropped. */
export function useCursorList<T>(fetchPage: (cursor?: string) => Promise<CursorPage<T>>): CursorList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<{ message: string; code: string } | null>(null);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;
  const cursorRef = useRef<string | null>(null);
  cursorRef.current = nextCursor;
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
        setNextCursor(page.nextCursor);
        setLoading(false);
        setLoadingMore(false);
      },
      (failure: unknown) => {
        if (id !== runId.current) return;
        setError({
          message: errorMessage(failure),
          code: failure instanceof CloudError ? failure.code : NETWORK_ERROR_CODE,
        });
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
    error: error?.message ?? null,
    errorCode: error?.code ?? null,
    hasMore: nextCursor !== null,
    reload: () => run(true),
    loadMore: () => run(false),
    update: setItems,
  };
}
