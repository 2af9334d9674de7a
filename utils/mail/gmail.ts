/**
 * Gmail web adapter. Every selector Parley uses on mail.google.com is in GMAIL_SELECTORS; prefer roles,
 * ids and data attributes, and fall back to Gmail's long-lived short class names only where nothing else
 * identifies the element.
 */
import { hash32 } from '../hash';
import { all, countSelectors, extractEmail, first, pageLang, type SelectorDef } from './common';
import {
  findComposeOf,
  findComposers,
  findRecipients,
  findSendControl,
  notAMenu,
  type ComposeSpec,
} from './compose';
import { parseMailDate } from './dates';
import { inlineText } from './dom-text';
import { ownText } from './quotes';
import { GMAIL_URL } from './hosts';
import type { ComposeDraft, MailAdapter, Message, PageRead } from './types';

export const GMAIL_SELECTORS = {
  // conversation view: the area holding the open thread (InboxSDK's and gmail.js's anchors)
  threadArea: { css: '[role=main] .a98.iY, div.iY div.if', view: 'conversation view' },
  // conversation view: the subject heading, which carries the thread ids
  subject: { css: 'h2[data-thread-perm-id], h2[data-legacy-thread-id], h2.hP', view: 'conversation view' },
  // conversation view: the list of messages (one listitem per message)
  messageList: { css: '[role=list]', view: 'conversation view' },
  // conversation view: one message, expanded (.h7) or collapsed (.kv)
  messageItem: { css: '[role=listitem], .h7, .kv', view: 'conversation view' },
  // conversation view: a message whose content is loaded (hidden when collapsed)
  messageNode: { css: '[data-message-id], [data-legacy-message-id]', view: 'conversation view' },
  // conversation view: the sender, on expanded messages and collapsed rows
  sender: { css: '.gD[email], [email][name]', view: 'conversation view' },
  // conversation view: the date, full date in the title tooltip
  date: { css: 'span.g3[title], .gK [title]', view: 'conversation view' },
  // conversation view: a message's body (quotes and signature inside)
  body: { css: 'div.a3s, div.ii.gt', view: 'conversation view' },
  // conversation view: "[Message clipped] View entire message" on very long messages
  clipped: {
    css: '.iX a[href*="view=lg"], a[href*="view=lg"][href*="permmsgid"]',
    view: 'conversation view',
  },
  // conversation view: the one-line snippet a collapsed message shows
  snippet: { css: '.iA.g6, .g6', view: 'conversation view' },
  // every view: the Google account button ("Google Account: Name (email)", localized)
  account: { css: 'a[href*="accounts.google.com"][aria-label*="@"]', view: 'every view' },
  // compose (inline reply and pop-out): the message body editor, any locale
  composeBody: {
    css: '[g_editable="true"][contenteditable="true"], div.editable[role=textbox][contenteditable="true"]',
    view: 'compose',
  },
  // compose: the compose root of an inline reply (.ip.adB > .M9) or pop-out dialog
  composeRoot: { css: 'div.M9, .ip.adB, div[role=dialog] .M9', view: 'compose' },
  // compose: Send (aoO, any locale; jslog 32601 is Gmail's send action) and Send & archive, which
  // share the send cell (.dC) with the "More send options" menu toggle (aria-haspopup, left alone)
  sendButton: {
    css: '[role=button].T-I.aoO, [role=button][jslog^="32601"], .dC > [role=button]',
    view: 'compose',
  },
  // compose: the recipient chips (To, Cc) and the hidden fields Gmail submits
  recipient: {
    css: '[email], [data-hovercard-id*="@"], input[type=hidden][name=to], input[type=hidden][name=cc]',
    view: 'compose',
  },
  // compose: the subject field (hidden in inline replies)
  composeSubject: { css: 'input[name=subjectbox]', view: 'compose' },
} satisfies Record<string, SelectorDef>;

const S = GMAIL_SELECTORS;

const COMPOSE: ComposeSpec = {
  editor: S.composeBody.css,
  send: S.sendButton.css,
  isSend: notAMenu,
  recipient: S.recipient.css,
  container: S.composeRoot.css,
};

/** `#inbox/FMfcgz…`, `#label/Clients/FMfc…`, `#search/refund/FMfc…`: a conversation is open. */
export function gmailThreadIdFromUrl(url: string): string | null {
  try {
    const hash = new URL(url).hash.replace(/^#/, '');
    const path = hash.split('?')[0].split('/');
    const last = path[path.length - 1] ?? '';
    return path.length >= 2 && /^[A-Za-z0-9_-]{16,}$/.test(last) ? last : null;
  } catch {
    return null;
  }
}

function accountEmail(doc: Document): string {
  const button = first(doc, S.account.css);
  const fromButton = extractEmail(button?.getAttribute('aria-label'));
  if (fromButton) return fromButton;
  // Gmail's tab title: "Subject - name@example.com - Gmail"
  return extractEmail(doc.title);
}

function readMessage(item: Element, index: number, lang: string, account: string): Message | null {
  const node = item.matches(S.messageNode.css) ? item : first(item, S.messageNode.css);
  const scope = node ?? item;
  const sender = first(scope, S.sender.css) ?? first(item, S.sender.css);
  const body = node ? first(node, S.body.css) : null;
  if (!sender && !body) return null;
  const email = (sender?.getAttribute('email') ?? '').toLowerCase();
  const name = sender?.getAttribute('name') || inlineText(sender) || email;
  const dateEl = first(scope, S.date.css) ?? first(item, S.date.css);
  const date = parseMailDate(dateEl?.getAttribute('title') ?? inlineText(dateEl), { lang });
  let text: string;
  let partial = false;
  if (body) {
    text = ownText(body);
    // Gmail clips very long messages: the rest is only behind "View entire message".
    partial = first(node ?? item, S.clipped.css) !== null;
  } else {
    // Collapsed and not loaded: the snippet is all the page has. Never expand on the user's behalf.
    text = inlineText(first(item, S.snippet.css));
    partial = true;
  }
  const rawId = node?.getAttribute('data-legacy-message-id') || node?.getAttribute('data-message-id');
  const id = rawId ? rawId.replace(/^#?msg-[a-z]:/, '') : hash32(`${email}|${date}|${index}`);
  return { id, from: { name, email }, date, text, own: !!account && email === account, partial };
}

function readCompose(doc: Document, threadArea: Element | null): ComposeDraft {
  const editors = all(doc, S.composeBody.css);
  if (!editors.length) return { present: false, draftText: '' };
  // The inline reply of the open thread first, then a pop-out.
  const editor = editors.find((e) => threadArea?.contains(e)) ?? editors[0];
  return { present: true, draftText: ownText(editor) };
}

export function readGmail(doc: Document, url: string): PageRead {
  const lang = pageLang(doc);
  const area = first(doc, S.threadArea.css);
  const subjectEl = first(area ?? doc, S.subject.css);
  const compose = readCompose(doc, area);
  const urlThread = gmailThreadIdFromUrl(url);
  if (!subjectEl) {
    return { site: 'gmail', status: urlThread ? 'unreadable' : 'none', thread: null, compose };
  }
  const account = accountEmail(doc);
  const scope = area ?? doc.body;
  const list = first(scope, S.messageList.css);
  let items = list ? Array.from(list.children).filter((c) => c.matches(S.messageItem.css)) : [];
  if (!items.length) items = all(scope, S.messageNode.css);
  const messages = items
    .map((item, i) => readMessage(item, i, lang, account))
    .filter((m): m is Message => m !== null);
  const threadId =
    subjectEl.getAttribute('data-legacy-thread-id') ||
    subjectEl.getAttribute('data-thread-perm-id') ||
    urlThread ||
    hash32(inlineText(subjectEl));
  return {
    site: 'gmail',
    status: messages.length ? 'thread' : 'unreadable',
    thread: messages.length
      ? { site: 'gmail', threadId, subject: inlineText(subjectEl), url, messages }
      : null,
    compose,
  };
}

export const gmailAdapter: MailAdapter = {
  site: 'gmail',
  matchesUrl: (url) => GMAIL_URL.test(url),
  urlShowsThread: (url) => gmailThreadIdFromUrl(url) !== null,
  read: readGmail,
  panelAnchor(doc) {
    const area = first(doc, S.threadArea.css);
    const list = first(area ?? doc, S.messageList.css);
    if (list) return { element: list, append: 'before' };
    const subject = first(doc, S.subject.css);
    return subject?.parentElement ? { element: subject.parentElement, append: 'after' } : null;
  },
  diagnose: (doc) => countSelectors(doc, S),
  composers: (doc) => findComposers(doc, COMPOSE),
  sendControl: (target) => findSendControl(target, COMPOSE),
  composeOf: (el) => findComposeOf(el, el.ownerDocument, COMPOSE),
  composeSubject: (box) => (first(box.root, S.composeSubject.css) as HTMLInputElement | null)?.value ?? '',
  recipients: (box) => findRecipients(box, COMPOSE),
};
