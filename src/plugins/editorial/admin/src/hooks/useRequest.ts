import * as React from 'react';
import { describeRequestError } from '../api/editorial-api';

export interface RequestState<T> {
  data: T | null;
  /** The failure in words (the server's message where it gave one). */
  error: string | null;
  loading: boolean;
  /** Loads again with the same inputs (after a write). */
  reload: () => void;
}

/**
 * Data the page loads through Strapi's fetch client (`createEditorialApi(useFetchClient())`):
 * loads when `deps` change, keeps the last data while the next loads, and ignores an answer
 * that arrives after newer inputs were asked for. `load` returning null means "not yet"
 * (inputs still missing).
 */
export function useRequest<T>(load: () => Promise<T> | null, deps: React.DependencyList): RequestState<T> {
  const [state, setState] = React.useState<Omit<RequestState<T>, 'reload'>>({ data: null, error: null, loading: true });
  const [round, setRound] = React.useState(0);
  React.useEffect(() => {
    const pending = load();
    if (!pending) return undefined;
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    pending.then(
      (data) => {
        if (current) setState({ data, error: null, loading: false });
      },
      (error) => {
        if (current) setState((previous) => ({ data: previous.data, error: describeRequestError(error).message, loading: false }));
      },
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller's deps say when to load again
  }, [...deps, round]);
  const reload = React.useCallback(() => setRound((n) => n + 1), []);
  return { ...state, reload };
}
