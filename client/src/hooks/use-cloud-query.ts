import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from '@/lib/cloud-error';

export interface CloudQuery<T> {
  loading: boolean;
  /** Chinese message of the last failure, ready to show. */
  error: string | null;
  data: T | undefined;
  reload: () => void;
}

/** Runs `fetcher` on mount and on `reload()`; answers of superseded runs are dropped. */
export function useCloudQuery<T>(fetcher: () => Promise<T>): CloudQuery<T> {
  const [state, setState] = useState<Omit<CloudQuery<T>, 'reload'>>({
    loading: true,
    error: null,
    data: undefined,
  });
  const fetcherRef = useRef(fetcher);
  fetcherRef.current = fetcher;
  const runId = useRef(0);

  const run = useCallback(() => {
    const id = ++runId.current;
    setState((prev) => ({ ...prev, loading: true, error: null }));
    fetcherRef.current().then(
      (data) => {
        if (id === runId.current) setState({ loading: false, error: null, data });
      },
      (error: unknown) => {
        if (id === runId.current)
          setState((prev) => ({ ...prev, loading: false, error: errorMessage(error) }));
      },
    );
  }, []);

  useEffect(() => {
    const ids = runId;
    run();
    // Unmounting supersedes the run in flight, so its answer never reaches an unmounted component.
    return () => {
      ids.current++;
    };
  }, [run]);

  return { ...state, reload: run };
}
