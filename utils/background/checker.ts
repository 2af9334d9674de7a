/**
 * Loads the Send check (checker.js) into the mail tab that asks for it, in the content scripts'
 * isolated world (the default world of scripting.executeScript), in the asking frame only.
 */
import type { Browser } from 'wxt/browser';

export async function injectChecker(
  sender: Browser.runtime.MessageSender,
): Promise<{ ok: true } | { ok: false; error: string }> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { ok: false, error: 'not asked from a tab' };
  try {
    await browser.scripting.executeScript({
      target: { tabId, frameIds: [sender.frameId ?? 0] },
      files: ['/checker.js'],
    });
    return { ok: true };
  } catch (err) {
    return { ok: false, error: `could not load the Send check: ${String((err as Error)?.message ?? err)}` };
  }
}
