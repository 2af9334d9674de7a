/**
 * The popup's "Analyze this page": runs the generic reader in the active tab through activeTab. Loaded
 * by the popup only when the user clicks the button (see components/popup/AnalyzePage.tsx).
 */
import type { GenericRead } from '@/utils/mail/generic';
import type { ActiveTab } from './active-tab';
export { activeTab, type ActiveTab } from './active-tab';
export { mailSiteOf } from '@/utils/mail/hosts';

/** Explains the browser's refusal in words a user understands. */
export function explainInjectionError(err: unknown): string {
  const message = String((err as Error)?.message ?? err);
  if (
    /chrome:\/\/|edge:\/\/|about:|extensions gallery|webstore|chrome-extension:|moz-extension:/i.test(message)
  ) {
    return OFF_LIMITS;
  }
  if (/permission|Cannot access/i.test(message)) {
    return 'The browser did not let Parley read this page. Click Parley’s toolbar button on the page itself, then try again.';
  }
  return `Parley could not read this page: ${message}`;
}

const OFF_LIMITS =
  'Browser pages, extension pages and extension stores cannot be read by any extension. Open the conversation in a normal web page and try again.';

/** Pages no extension may script: say so before asking the browser. */
export function isOffLimits(url: string | undefined): boolean {
  if (!url) return false;
  if (!/^(https?|file):/i.test(url)) return true;
  return /^https:\/\/(chrome\.google\.com\/webstore|chromewebstore\.google\.com|microsoftedge\.microsoft\.com\/addons|addons\.mozilla\.org)/i.test(
    url,
  );
}

export async function analyzeActiveTab(tab: ActiveTab): Promise<GenericRead> {
  if (tab.id === undefined) return { ok: false, reason: 'There is no page to read in this window.' };
  if (isOffLimits(tab.url)) return { ok: false, reason: OFF_LIMITS };
  try {
    const [result] = await browser.scripting.executeScript({
      target: { tabId: tab.id },
      files: ['/reader.js'],
    });
    const value = result?.result as GenericRead | undefined;
    return value ?? { ok: false, reason: 'Parley got no answer from the page (it may still be loading).' };
  } catch (err) {
    return { ok: false, reason: explainInjectionError(err) };
  }
}
