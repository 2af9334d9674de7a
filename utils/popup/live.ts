/**
 * Preact hooks over Dexie's liveQuery: the popup and options pages re-render whenever the data they
 * read changes (a mail tab recording a round, the other page saving a fact), without polling.
 *
 * Dexie itself is imported on first use, not with this module: the popup paints its first list before
 * Dexie is loaded (see utils/popup/first-page.ts), and this hook is part of that first bundle.
 */
import type { liveQuery as LiveQuery } from 'dexie';
import { loadOnce } from './load-once';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

/** Dexie's liveQuery, loaded once (a failed load is tried again next time). */
const loadLiveQuery = loadOnce<typeof LiveQuery>(() => import('dexie').then((m) => m.liveQuery));

export type Live<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'error'; error: string };

export const errorText = (err: unknown): string =>
  String((err as Error)?.message ?? err ?? 'Unknown error') || 'Unknown error';

/**
 * The live result of `querier`, re-subscribed when `deps` change. While a new query runs, the previous
 * result stays on screen (a search never flashes an empty list); results of a superseded query are
 * dropped.
 *
 * The first result is read directly, as soon as the render is committed (a layout effect: a plain
 * effect would wait for the next frame), and only then does the live subscription start: Dexie's
 * liveQuery runs its first query on a timer, which a page still loading can keep waiting for several
 * milliseconds, and the popup's first paint waits for this first result. The subscription reads again
 * when it starts, so nothing written in between is missed.
 *
 * `afterPaint` starts reading after the first frame instead, for what should not compete with the
 * main content's first read. It must stay the same for the life of the component (it picks the hook).
 *
 * A `null` querier reads nothing yet (the database is still loading): the state stays as it is, and the
 * first querier given later counts as the first read.
 */
export function useLive<T>(
  querier: (() => Promise<T>) | null,
  deps: unknown[],
  { afterPaint = false }: { afterPaint?: boolean } = {},
): Live<T> {
  const [state, setState] = useState<Live<T>>({ status: 'loading' });
  const mounted = useRef(false);
  (afterPaint ? useEffect : useLayoutEffect)(() => {
    let current = true;
    let subscription: { unsubscribe(): void } | undefined;
    const ready = (value: T) => current && setState({ status: 'ready', value });
    const failed = (err: unknown) => current && setState({ status: 'error', error: errorText(err) });
    if (!querier) return;
    const subscribe = () => {
      if (!current) return;
      loadLiveQuery().then((liveQuery) => {
        if (current) subscription = liveQuery(querier).subscribe({ next: ready, error: failed });
      }, failed);
    };
    if (mounted.current) subscribe();
    else {
      // First read of this component: directly, then live (see above).
      mounted.current = true;
      querier().then(ready, failed).finally(subscribe);
    }
    return () => {
      current = false;
      subscription?.unsubscribe();
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
