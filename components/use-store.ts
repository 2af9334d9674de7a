import { useEffect, useState } from 'preact/hooks';
import type { Store } from '@/utils/store';

/** Subscribes a component to a Store (utils/store.ts). */
export function useStore<T>(store: Store<T>): T {
  const [value, setValue] = useState(store.get());
  useEffect(() => {
    setValue(store.get());
    return store.subscribe(setValue);
  }, [store]);
  return value;
}
