/** Core types shared by the mail adapters, the panel and (later) analysis and storage. */

export type Site = 'gmail' | 'outlook' | 'generic';

export interface Person {
  name: string;
  email: string;
}

export interface Message {
  /** Stable per message where the page gives an id (Gmail), else derived from sender, date and position. */
  id: string;
  from: Person;
  /** ISO 8601 local wall-clock time (`2026-11-02T10:15:00`), or null when the page shows none we can parse. */
  date: string | null;
  /** The message's own new words: quoted history and signature removed. */
  text: string;
  /** Written by the mailbox owner. */
  own: boolean;
  /** Collapsed and its full text is not in the page: `text` is what the page shows (a snippet). */
  partial: boolean;
}

export interface Thread {
  site: Site;
  threadId: string;
  subject: string;
  url: string;
  messages: Message[];
}

export interface ComposeDraft {
  present: boolean;
  /** The user's own words in the editor: signature and quoted history removed. */
  draftText: string;
}

/** How a selector did on a page: used by "copy diagnostics". Never carries mail text. */
export interface SelectorHit {
  key: string;
  view: string;
  count: number;
}

export type ReadStatus =
  /** A conversation is open and was read. */
  | 'thread'
  /** No conversation is open (inbox, settings, compose only). */
  | 'none'
  /** The URL says a conversation is open but its markup is not (yet) there or not understood. */
  | 'unreadable';

export interface PageRead {
  site: Site;
  status: ReadStatus;
  thread: Thread | null;
  compose: ComposeDraft;
}

/** An open compose box: an inline reply or a pop-out / new-message window. */
export interface ComposeBox {
  /** The nearest element holding both the editor and its Send button. */
  root: Element;
  /** The body editor (contenteditable). */
  editor: HTMLElement;
  /** The primary Send button (not the schedule-send menu), or null when the page shows none. */
  send: HTMLElement | null;
}

/** What a provider adapter offers. Features never query the page directly: they go through this. */
export interface MailAdapter {
  site: Exclude<Site, 'generic'>;
  /** Does this adapter handle the page at `url`? */
  matchesUrl(url: string): boolean;
  /** The URL names an open conversation (so an empty read means "not loaded yet" or "layout unknown"). */
  urlShowsThread(url: string): boolean;
  read(doc: Document, url: string): PageRead;
  /** Where the panel goes: inline, next to the conversation, so it hides none of the mail's controls. */
  panelAnchor(doc: Document): { element: Element; append: 'before' | 'after' | 'first' | 'last' } | null;
  /** Selector hit counts for diagnostics (no text). */
  diagnose(doc: Document): SelectorHit[];
  /** Every open compose box on the page. */
  composers(doc: Document): ComposeBox[];
  /**
   * The Send control an event target is part of (Send, Send & archive), or null: anything else,
   * including the schedule-send menu and the split button's menu toggle, which Parley leaves alone.
   */
  sendControl(target: Element): HTMLElement | null;
  /** The compose box an element (its editor, a button, a descendant) belongs to. */
  composeOf(el: Element): ComposeBox | null;
  /** The draft's subject, when the compose box has its own subject field (pop-outs, new mail). */
  composeSubject(box: ComposeBox): string;
  /** The recipients shown in the compose box (To and Cc). */
  recipients(box: ComposeBox): Person[];
  /** A keyboard shortcut that sends on this site, besides Ctrl/⌘+Enter (Outlook: Alt+S). */
  isSendShortcut?(event: KeyboardEvent): boolean;
}
