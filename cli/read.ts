/** `parley read <page.html> [--url URL]`: the provider adapters on a saved page. */
import { readMailPage } from '../utils/mail/index';
import { loadHtml } from './dom';
import { readGenericPage } from '../utils/mail/generic';
import { InputError, UsageError } from './errors';

export interface ReadOutput {
  site: string;
  subject: string;
  messages: Record<string, unknown>[];
  compose: { present: boolean; draftText: string };
}

export function readCommand(html: string, url?: string, details = false): ReadOutput {
  if (url) {
    try {
      new URL(url);
    } catch {
      throw new UsageError(`--url is not a URL: ${url}`);
    }
  }
  const page = loadHtml(html, url);
  try {
    const read = readMailPage(page.document, url);
    // Neither Gmail nor Outlook: the generic reader (Readability), as the popup's "Analyze this page".
    const generic = read ? null : readGenericPage(page.document, url ?? 'about:blank');
    if (generic && (!generic.ok || !generic.thread)) {
      throw new InputError(
        `not a Gmail or Outlook page, and no article text found (${generic.reason ?? ''})`,
      );
    }
    const thread = read ? read.thread : generic!.thread!;
    return {
      site: read ? read.site : 'generic',
      subject: thread?.subject ?? '',
      messages: (thread?.messages ?? []).map((m) =>
        details
          ? { id: m.id, from: m.from, date: m.date, text: m.text, own: m.own, partial: m.partial }
          : { from: m.from, date: m.date, text: m.text },
      ),
      compose: read ? read.compose : { present: false, draftText: '' },
    };
  } finally {
    page.close();
  }
}
