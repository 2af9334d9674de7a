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
    if (!read) {
      // Neither Gmail nor Outlook: the generic reader (Readability), as the popup's "Analyze this page".
      const generic = readGenericPage(page.document, url ?? 'about:blank');
      if (!generic.ok || !generic.thread) {
        throw new InputError(
          `not a Gmail or Outlook page, and no article text found (${generic.reason ?? ''})`,
        );
      }
      return {
        site: 'generic',
        subject: generic.thread.subject,
        messages: generic.thread.messages.map((m) => ({ from: m.from, date: m.date, text: m.text })),
        compose: { present: false, draftText: '' },
      };
    }
    return {
      site: read.site,
      subject: read.thread?.subject ?? '',
      messages: (read.thread?.messages ?? []).map((m) =>
        details
          ? { id: m.id, from: m.from, date: m.date, text: m.text, own: m.own, partial: m.partial }
          : { from: m.from, date: m.date, text: m.text },
      ),
      compose: read.compose,
    };
  } finally {
    page.close();
  }
}
