/**
 * Generic page reader for webmail and help desks Parley has no adapter for: Mozilla's Readability
 * extracts the main content from a clone of the document (the page itself is never changed), and
 * Parley turns it into text lines. Runs only when the user asks, through activeTab.
 */
import { Readability } from '@mozilla/readability';
import { hash32 } from '../hash';
import { textLines } from './dom-text';
import type { Thread } from './types';

export interface GenericRead {
  ok: boolean;
  /** Why nothing was read (shown to the user). */
  reason?: string;
  thread?: Thread;
  /** Length of the text read, in characters. */
  length?: number;
}

/** Longest text Parley keeps from a generic page (an article-sized conversation). */
export const GENERIC_MAX_CHARS = 100_000;

export function readGenericPage(doc: Document, url: string): GenericRead {
  const clone = doc.cloneNode(true) as Document;
  const article = new Readability(clone, { charThreshold: 200 }).parse();
  if (!article || !article.content) {
    return { ok: false, reason: 'Parley found no conversation or article text on this page.' };
  }
  // Readability returns cleaned HTML; parse it inertly (DOMParser runs no scripts) and read it as text.
  const Parser = (doc.defaultView as (Window & typeof globalThis) | null)?.DOMParser ?? DOMParser;
  const parsed = new Parser().parseFromString(article.content, 'text/html');
  let text = textLines(parsed.body).join('\n');
  if (!text.trim()) return { ok: false, reason: 'Parley found no readable text on this page.' };
  if (text.length > GENERIC_MAX_CHARS) text = text.slice(0, GENERIC_MAX_CHARS);
  const subject = (article.title ?? doc.title ?? '').trim();
  return {
    ok: true,
    length: text.length,
    thread: {
      site: 'generic',
      threadId: hash32(url),
      subject,
      url,
      messages: [
        {
          id: hash32(`${url}|${text.length}`),
          from: { name: (article.byline ?? '').trim() || (article.siteName ?? '').trim(), email: '' },
          date: article.publishedTime ?? null,
          text,
          own: false,
          partial: false,
        },
      ],
    },
  };
}
