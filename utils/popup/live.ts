/**
 * Preact hooks over Dexie's liveQuery: the popup and options pages re-render whenever the data they
 * read changes (a mail tab recording a round, the other page saving a fact), without polling.
 */
import { liveQuery } from 'dexie';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export type Live<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: string };

export const errorText = (err: unknown): string =>
  String((err as Error)?.message ?? err ?? 'Unknown error') || 'Unknown error';

/**
 * The live result of `querier`, re-subscribed when `deps` change. While a new query runs, the previous
 * result stays on screen (a search never flashes an empty list); results of a superseded query are
 * dropped.
 */
export function useLive<T>(querier: () => Promise<T>, deps: unknown[]): Live<T> {
  const [state, setState] = useState<Live<T>>({ status: 'loading' });
  // A layout effect subscribes right after the render is committed: a plain effect would wait for the
  // next frame, delaying the first query (and the popup's first useful paint) by a frame or more.
  useLayoutEffect(() => {
    let current = true;
    const subscription = liveQuery(querier).subscribe({
      next: (value) => current && setState({ status: 'ready', value }),
      error: (err) => current && setState({ status: 'error', error: errorText(err) }),
    });
    return () => {
      current = false;
      subscription.unsubscribe();
    };
  }, deps);
  return state;
}

/**
 * `value`, passed on at most once per `ms`: the first change goes through at once (a pasted or typed
 * query is answered without waiting), changes inside the window are coalesced into one trailing update.
 * This keeps search latency at the query's own cost while a fast typist does not queue a query per key.
 */
export function useThrottled<T>(value: T, ms: number): T {
  const [out, setOut] = useState(value);
  const last = useRef(0);
  useEffect(() => {
    const wait = last.current + ms - performance.now();
    if (wait <= 0) {
      last.current = performance.now();
      setOut(value);
      return;
    }
    const timer = setTimeout(() => {
      last.current = performance.now();
      setOut(value);
    }, wait);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return out;
}
