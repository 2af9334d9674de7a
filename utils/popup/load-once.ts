/**
 * A lazy loader for code the popup fetches after its first paint (Dexie, the negotiation page): the first
 * call starts the load and every later call shares it; a failed load is tried again on the next call.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((err: unknown) => {
      pending = undefined;
      throw err;
    }));
}
