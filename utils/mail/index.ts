/** Picks the provider adapter for a page and reads it. */
import { gmailAdapter } from './gmail';
import { outlookAdapter } from './outlook';
import type { MailAdapter, PageRead } from './types';

export const ADAPTERS: MailAdapter[] = [gmailAdapter, outlookAdapter];

export function adapterForUrl(url: string): MailAdapter | null {
  return ADAPTERS.find((a) => a.matchesUrl(url)) ?? null;
}

/** For saved pages without a URL: recognise the app by markers only it has. */
export function adapterForDocument(doc: Document): MailAdapter | null {
  const q = (css: string) => doc.querySelector(css) !== null;
  if (
    q('meta[name="application-name"][content="Gmail"]') ||
    q('h2[data-legacy-thread-id], [data-legacy-message-id], div.a3s, div.M9 [g_editable]')
  ) {
    return gmailAdapter;
  }
  if (
    q(
      '#ReadingPaneContainerId, [data-app-section="ConversationContainer"], [id^="primaryMailboxRoot_"], #MailList',
    )
  ) {
    return outlookAdapter;
  }
  return null;
}

/** Reads a mail page with the right adapter; null when the page is neither Gmail nor Outlook. */
export function readMailPage(doc: Document, url?: string): PageRead | null {
  const adapter = (url ? adapterForUrl(url) : null) ?? adapterForDocument(doc);
  return adapter ? adapter.read(doc, url ?? doc.URL ?? '') : null;
}

export type { MailAdapter, PageRead } from './types';
