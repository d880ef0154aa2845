import { act, renderHook } from '@testing-library/react';
import { useRequest } from '../../../src/plugins/editorial/admin/src/hooks/useRequest';

/** A promise the test settles by hand. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('useRequest: the admin pages’ data loading', () => {
  it('waits while inputs are missing, then loads', async () => {
    const load = jest.fn((ready: boolean) => (ready ? Promise.resolve('daten') : null));
    const { result, rerender } = renderHook(({ ready }) => useRequest(() => load(ready), [ready]), { initialProps: { ready: false } });
    expect(result.current).toMatchObject({ data: null, loading: true, error: null });
    // Settles the answer inside act() instead of polling with a wall-clock timeout (waitFor's 1 s
    // ran out once while the full suite kept both cores busy).
    await act(async () => {
      rerender({ ready: true });
    });
    expect(result.current).toMatchObject({ data: 'daten', loading: false });
  });

  it('ignores an answer that arrives after newer inputs were asked for', async () => {
    const first = deferred<string>();
    const second = deferred<string>();
    const { result, rerender } = renderHook(({ page }) => useRequest(() => (page === 1 ? first.promise : second.promise), [page]), {
      initialProps: { page: 1 },
    });
    rerender({ page: 2 });
    await act(async () => {
      second.resolve('Seite 2');
      first.resolve('Seite 1');
    });
    expect(result.current.data).toBe('Seite 2');
  });

  it('keeps the last data on a failure and says what failed', async () => {
    let fail = false;
    let rendered!: ReturnType<typeof renderHook<ReturnType<typeof useRequest<string[]>>, unknown>>;
    await act(async () => {
      rendered = renderHook(() => useRequest(() => (fail ? Promise.reject(new Error('Netzwerkfehler')) : Promise.resolve(['a'])), []));
    });
    const { result } = rendered;
    expect(result.current.data).toEqual(['a']);
    fail = true;
    await act(async () => result.current.reload());
    expect(result.current.error).toMatch(/Netzwerkfehler/);
    expect(result.current).toMatchObject({ data: ['a'], loading: false });
  });
});
