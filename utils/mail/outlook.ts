/**
 * Outlook on the web adapter (outlook.live.com, outlook.office.com, outlook.office365.com). Every
 * selector Parley uses there is in OUTLOOK_SELECTORS. Outlook's class names are hashed and change with
 * every build, so messages are found by ids, data-testid attributes, roles and localized aria-labels.
 */
import { hash32 } from '../hash';
import {
  all,
  countSelectors,
  extractEmail,
  first,
  itemRoots,
  pageLang,
  parsePerson,
  type SelectorDef,
} from './common';
import {
  findComposeOf,
  findComposers,
  findRecipients,
  findSendControl,
  notAMenu,
  type ComposeSpec,
} from './compose';
import { parseMailDate } from './dates';
import { inlineText, textLines } from './dom-text';
import { ownText } from './quotes';
import { OUTLOOK_URL } from './hosts';
import type { ComposeDraft, MailAdapter, Message, PageRead, Person } from './types';

export const OUTLOOK_SELECTORS = {
  // reading pane: the container of the open conversation
  readingPane: { css: '#ReadingPaneContainerId', view: 'reading pane' },
  // reading pane: the conversation itself
  conversation: { css: '[data-app-section="ConversationContainer"]', view: 'reading pane' },
  // reading pane: the subject heading (full subject in its title)
  subject: { css: '[role=heading][title]', view: 'reading pane' },
  // reading pane: each message's sender, aria-label "From: Name <email>" (localized prefix, see FROM_LABEL)
  senderLabel: { css: '[aria-label*=":"][aria-label*="@"]', view: 'reading pane' },
  // reading pane: each message's date
  date: { css: '[data-testid="SentReceivedSavedTime"]', view: 'reading pane' },
  // reading pane: an expanded message's body
  body: { css: '[id^="UniqueMessageBody"], [role=document]', view: 'reading pane' },
  // message list: the selected conversation row (its id)
  selectedRow: {
    css: '#MailList [aria-selected="true"][data-convid], [aria-selected="true"][data-convid]',
    view: 'message list',
  },
  // folder pane: the mailbox root, titled with the account's address
  mailboxRoot: { css: '[id^="primaryMailboxRoot_"][data-folder-name]', view: 'folder pane' },
  // compose (inline reply and pop-out): the message body editor
  composeBody: {
    css: '[id^="editorParent"] [role=textbox][contenteditable="true"], [role=textbox][contenteditable="true"][aria-label*="essage"], [role=textbox][contenteditable="true"][aria-label^="Nachrichtentext"], [role=textbox][contenteditable="true"][aria-label^="Corps du message"], [role=textbox][contenteditable="true"][aria-label^="Cuerpo del mensaje"], [role=textbox][contenteditable="true"][aria-label^="Corpo del messaggio"], [role=textbox][contenteditable="true"][aria-label^="Berichttekst"]',
    view: 'compose',
  },
  // compose: the Send button (its test id, or its icon: icon names are not localized). The split
  // button's menu toggle (aria-haspopup) and "Schedule send" (SendClock icon) are left alone.
  sendButton: {
    css: 'button[data-testid="ComposeSendButton"], [data-icon-name="Send"], [data-icon-name="SendRegular"], [data-icon-name="SendFilled"]',
    view: 'compose',
  },
  // compose: recipient chips in the To/Cc wells (address in the title)
  recipient: {
    css: '[data-lpc-hover-target][title*="@"], [contenteditable="false"][title*="@"]',
    view: 'compose',
  },
  // compose: the subject field of a new message or pop-out
  composeSubject: {
    css: 'input[maxlength="255"], input[aria-label*="ubject"], input[aria-label*="sunto"]',
    view: 'compose',
  },
} satisfies Record<string, SelectorDef>;

const S = OUTLOOK_SELECTORS;

const COMPOSE: ComposeSpec = {
  editor: S.composeBody.css,
  send: S.sendButton.css,
  isSend: notAMenu,
  recipient: S.recipient.css,
};

/** "From:", "Von:", "De :", "Da:", "Van:", "От:", "Från:", "Fra:", "Od:" */
const FROM_LABEL = /^\s*(from|von|de|da|van|от|från|fra|od|lähettäjä|afzender)\s*:\s*/i;

/** `/mail/inbox/id/AAQk…`, `/mail/0/id/…`, `/mail/deeplink/read/…`: a conversation is open. */
export function outlookThreadIdFromUrl(url: string): string | null {
  try {
    const u = new URL(url);
    const m = /\/(?:id|read)\/([^/?#]+)/.exec(u.pathname);
    if (m) return decodeURIComponent(m[1]);
    return u.searchParams.get('ItemID') ?? u.searchParams.get('itemid');
  } catch {
    return null;
  }
}

function accountEmail(doc: Document): string {
  const root = first(doc, S.mailboxRoot.css);
  return extractEmail(root?.getAttribute('data-folder-name')) || extractEmail(root?.getAttribute('title'));
}

function senderOf(el: Element): Person {
  const label = (el.getAttribute('aria-label') ?? '').replace(FROM_LABEL, '');
  const person = parsePerson(label);
  if (!person.email) {
    const titled = first(el, '[title*="@"]');
    person.email = extractEmail(titled?.getAttribute('title')) || extractEmail(inlineText(el));
  }
  return person;
}

function readCompose(doc: Document): ComposeDraft {
  const editor = first(doc, S.composeBody.css);
  return editor ? { present: true, draftText: ownText(editor) } : { present: false, draftText: '' };
}

export function readOutlook(doc: Document, url: string): PageRead {
  const lang = pageLang(doc);
  const compose = readCompose(doc);
  const pane = first(doc, S.readingPane.css);
  const conv = first(pane ?? doc, S.conversation.css) ?? pane;
  const urlThread = outlookThreadIdFromUrl(url);
  const subjectEl = conv ? first(conv, S.subject.css) : null;
  if (!conv || !subjectEl) {
    return { site: 'outlook', status: urlThread || pane ? 'unreadable' : 'none', thread: null, compose };
  }
  const account = accountEmail(doc);
  // One sender label per message, collapsed or expanded; the compose box's own wells are excluded.
  const senders = all(conv, S.senderLabel.css).filter(
    (el) => FROM_LABEL.test(el.getAttribute('aria-label') ?? '') && !el.closest('[contenteditable="true"]'),
  );
  const markers = senders.length ? senders : all(conv, S.date.css);
  const editorHost = first(conv, S.composeBody.css)?.closest('[id^="editorParent"]') ?? null;
  const items = itemRoots(conv, markers).filter((item) => !editorHost || !item.contains(editorHost));
  const messages: Message[] = items.map((item, index) => {
    const senderEl = senders.find((s) => item.contains(s));
    const from = senderEl ? senderOf(senderEl) : { name: '', email: '' };
    const dateEl = first(item, S.date.css);
    const date = parseMailDate(dateEl?.getAttribute('title') || inlineText(dateEl), { lang });
    const body = first(item, S.body.css);
    let text: string;
    let partial = false;
    if (body) {
      text = ownText(body);
    } else {
      // Collapsed: Outlook shows a one-line preview beside the sender and date.
      partial = true;
      text = textLines(item, {
        skip: (el) =>
          el === senderEl ||
          el === dateEl ||
          el.getAttribute('role') === 'img' ||
          el.getAttribute('role') === 'toolbar' ||
          el.getAttribute('role') === 'heading' ||
          el.getAttribute('data-testid') === 'RecipientWell',
      }).join(' ');
    }
    return {
      id: hash32(`${from.email}|${date}|${index}`),
      from,
      date,
      text,
      own: !!account && from.email === account,
      partial,
    };
  });
  const threadId =
    first(doc, S.selectedRow.css)?.getAttribute('data-convid') ||
    urlThread ||
    hash32(subjectEl.getAttribute('title') ?? '');
  const subject = subjectEl.getAttribute('title') || inlineText(subjectEl);
  return {
    site: 'outlook',
    status: messages.length ? 'thread' : 'unreadable',
    thread: messages.length ? { site: 'outlook', threadId, subject, url, messages } : null,
    compose,
  };
}

export const outlookAdapter: MailAdapter = {
  site: 'outlook',
  matchesUrl: (url) => OUTLOOK_URL.test(url),
  urlShowsThread: (url) => outlookThreadIdFromUrl(url) !== null,
  read: readOutlook,
  panelAnchor(doc) {
    const conv = first(first(doc, S.readingPane.css) ?? doc, S.conversation.css);
    if (!conv) return null;
    const heading = first(conv, S.subject.css);
    let top = heading;
    while (top && top.parentElement !== conv) top = top.parentElement;
    return top ? { element: top, append: 'after' } : { element: conv, append: 'first' };
  },
  diagnose: (doc) => countSelectors(doc, S),
  composers: (doc) => findComposers(doc, COMPOSE),
  sendControl: (target) => findSendControl(target, COMPOSE),
  composeOf: (el) => findComposeOf(el, el.ownerDocument, COMPOSE),
  composeSubject: (box) => (first(box.root, S.composeSubject.css) as HTMLInputElement | null)?.value ?? '',
  recipients: (box) => findRecipients(box, COMPOSE),
  // Outlook on the web also sends with Alt+S.
  isSendShortcut: (e) => e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.code === 'KeyS',
};
