/**
 * The one typed protocol between Parley's content scripts and its background service worker. Mail
 * pages never run the analysis themselves: it runs in the extension's own process, off the mail page's
 * main thread, and the page only renders the result.
 */
import type { Message } from './mail/types';
import type { ThreadAnalysis } from './analysis/thread';

export type ParleyRequest = { type: 'analyze-thread'; messages: Message[] };

export type ParleyResponse<R extends ParleyRequest> = R extends { type: 'analyze-thread' }
  ? { ok: true; analysis: ThreadAnalysis } | { ok: false; error: string }
  : never;

/** Longest Parley waits for the background (a sleeping service worker takes ~100 ms to wake). */
export const REQUEST_TIMEOUT_MS = 3000;

export function isParleyRequest(value: unknown): value is ParleyRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; messages?: unknown };
  return v.type === 'analyze-thread' && Array.isArray(v.messages);
}

/** Sends a request to the background; rejects on timeout or when the extension was reloaded. */
export async function request<R extends ParleyRequest>(req: R): Promise<ParleyResponse<R>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error('Parley’s background did not answer in time')),
      REQUEST_TIMEOUT_MS,
    );
  });
  try {
    return (await Promise.race([browser.runtime.sendMessage(req), timeout])) as ParleyResponse<R>;
  } finally {
    clearTimeout(timer);
  }
}
