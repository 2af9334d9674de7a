/**
 * The Send check's code lives in `checker.js` (entrypoints/checker.ts), which the background injects
 * into this tab's isolated world, shared with the content script, when the first compose box opens.
 * Until it has loaded, drafts are not checked (Parley fails open: the mail sends).
 */
import type { CheckContext, CheckResult } from '@/utils/analysis/types';
import { request } from '@/utils/messaging';

export interface Checker {
  checkDraft(draft: string, ctx?: CheckContext): CheckResult;
}

/** A failed load is retried after this long (the service worker may have been restarting). */
const RETRY_MS = 10_000;

let loading: Promise<void> | null = null;
let failedAt = 0;

export function checker(): Checker | null {
  return (globalThis as { parleyChecker?: Checker }).parleyChecker ?? null;
}

/** Asks the background to inject the checker, once (again after a failure). Never throws. */
export function loadChecker(onFailure: (message: string) => void): void {
  if (checker() || loading || Date.now() - failedAt < RETRY_MS) return;
  loading = request({ type: 'load-checker' })
    .then((r) => {
      if (!r.ok) throw new Error(r.error);
    })
    .catch((err: unknown) => {
      failedAt = Date.now();
      onFailure(String((err as Error)?.message ?? err));
    })
    .finally(() => {
      loading = null;
    });
}
