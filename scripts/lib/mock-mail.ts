/**
 * Serves the project's own saved Gmail and Outlook pages at the real mail URLs (Playwright request
 * routing) as small single-page apps: the inbox lists the sample threads, and opening one swaps the
 * conversation area in place after a short "loading" delay, as Gmail (hash routes) and Outlook
 * (history.pushState routes) do. Parley's real content scripts run on them. Nothing leaves the machine:
 * every other request is aborted.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BrowserContext, Route } from 'playwright-core';
import { loadHtml } from '../../cli/dom';
import { GMAIL_SKIN, OUTLOOK_SKIN } from './mock-skin';

export const PAGES_DIR = resolve('tests/pages');
export const GMAIL_BASE = 'https://mail.google.com/mail/u/0/';
/** A Gmail account whose conversation view has a layout Parley does not know. */
export const GMAIL_UNKNOWN_BASE = 'https://mail.google.com/mail/u/5/';
export const OUTLOOK_BASE = 'https://outlook.office.com/mail/';
export const OUTLOOK_LIVE_BASE = 'https://outlook.live.com/mail/0/';

export interface SampleThread {
  id: string;
  file: string;
  subject: string;
  sender: string;
  snippet: string;
  regionHtml: string;
  /** The mailbox owner's account as the page shows it (Gmail account button label, Outlook mailbox root). */
  account: string;
  /** The page's language (the mail app's UI language: it decides how dates are written). */
  lang: string;
}

export interface MockMail {
  gmail: { shell: string; threads: SampleThread[] };
  outlook: { shell: string; threads: SampleThread[] };
  unknownGmail: string;
  gmailThreadUrl(id: string): string;
  outlookThreadUrl(id: string, base?: string): string;
}

const read = (rel: string) => readFileSync(join(PAGES_DIR, rel), 'utf8');
const threadFiles = (dir: string) =>
  readdirSync(join(PAGES_DIR, dir))
    .filter((f) => /^thread-.*\.html$/.test(f))
    .sort()
    .map((f) => `${dir}/${f}`);

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function sampleThreads(site: 'gmail' | 'outlook'): SampleThread[] {
  return threadFiles(site).map((file) => {
    const page = loadHtml(read(file));
    const doc = page.document;
    try {
      if (site === 'gmail') {
        const h2 = doc.querySelector('h2[data-legacy-thread-id]');
        const region = doc.querySelector('[role=main]')!;
        const senders = Array.from(doc.querySelectorAll('[role=listitem] .gD[email]'));
        return {
          id: `FMfcgz${h2?.getAttribute('data-legacy-thread-id') ?? file.length}`,
          file,
          subject: text(h2),
          sender: senders.at(-1)?.getAttribute('name') ?? '',
          snippet: text(doc.querySelector('.iA.g6')).slice(0, 90),
          regionHtml: region.innerHTML,
          account:
            doc.querySelector('a[href*="accounts.google.com"][aria-label]')?.getAttribute('aria-label') ?? '',
          lang: doc.documentElement.getAttribute('lang') ?? 'en',
        };
      }
      const convid = doc.querySelector('[aria-selected="true"][data-convid]')?.getAttribute('data-convid');
      const heading = doc.querySelector('[data-app-section="ConversationContainer"] [role=heading][title]');
      const senders = Array.from(
        doc.querySelectorAll('[data-app-section="ConversationContainer"] [aria-label*="@"]'),
      );
      return {
        id: convid ?? `AAQk${file.length}`,
        file,
        subject: heading?.getAttribute('title') ?? '',
        sender: text(senders.at(-1)).replace(/<.*$/, '').trim(),
        snippet: '',
        regionHtml: doc.querySelector('#ReadingPaneContainerId')!.innerHTML,
        account: doc.querySelector('[id^="primaryMailboxRoot_"]')?.getAttribute('data-folder-name') ?? '',
        lang: doc.documentElement.getAttribute('lang') ?? 'en',
      };
    } finally {
      page.close();
    }
  });
}

/**
 * The mail app's own Send, as the sites wire it: Gmail's Closure buttons act on mouseup after a
 * mousedown on the same button (and on Enter/Space when focused); Outlook's buttons act on click; both
 * send on Ctrl/⌘+Enter inside a compose box. Each send is recorded in `window.__mockSent` (the test's
 * view of what the site sent), then the compose box closes with a "Message sent" notice.
 */
function siteSendScript(site: 'gmail' | 'outlook'): string {
  return `<script>(() => {
  const site = ${JSON.stringify(site)};
  window.__mockSent = [];
  const SEND = site === 'gmail' ? '.T-I.aoO[role=button]' : 'button[data-testid="ComposeSendButton"], button:has([data-icon-name="SendRegular"])';
  const EDITOR = site === 'gmail' ? '[g_editable="true"][contenteditable="true"]' : '[role=textbox][contenteditable="true"][aria-multiline="true"]:not([aria-haspopup])';
  const BOX = site === 'gmail' ? '.M9' : '[id^="docking_InitVisiblePart"], [role=region], [role=dialog]';
  const boxOf = (el) => el && el.closest(BOX);
  const send = (box, how) => {
    const editor = box.querySelector(EDITOR);
    window.__mockSent.push({ how, text: editor ? editor.innerText : '' });
    const gone = site === 'gmail' ? (box.closest('.ip.adB') || box) : box;
    const note = document.createElement('div');
    note.setAttribute('role', 'status');
    note.className = 'mock-sent-toast';
    note.textContent = 'Message sent';
    note.style.cssText = 'position:fixed;left:16px;bottom:16px;background:#323232;color:#fff;padding:10px 16px;border-radius:4px;z-index:10';
    document.body.append(note);
    gone.remove();
  };
  let pressed = null;
  document.addEventListener('mousedown', (e) => { pressed = e.target.closest && e.target.closest(SEND); });
  document.addEventListener('mouseup', (e) => {
    const button = e.target.closest && e.target.closest(SEND);
    if (site === 'gmail' && button && button === pressed) send(boxOf(button), 'click');
    pressed = null;
  });
  document.addEventListener('click', (e) => {
    const button = e.target.closest && e.target.closest(SEND);
    if (site === 'outlook' && button) send(boxOf(button), 'click');
  });
  document.addEventListener('keydown', (e) => {
    const box = boxOf(e.target);
    if (!box) return;
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { e.preventDefault(); send(box, 'shortcut'); return; }
    const button = e.target.closest && e.target.closest(SEND);
    if (site === 'gmail' && button && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); send(box, 'key'); }
  });
})();</script>`;
}

/** The router that makes a saved page behave like the mail app's single-page navigation. */
function routerScript(site: 'gmail' | 'outlook', threads: SampleThread[], delayMs: number): string {
  const templates = Object.fromEntries(threads.map((t) => [t.id, t.regionHtml]));
  const accounts = Object.fromEntries(threads.map((t) => [t.id, t.account]));
  const langs = Object.fromEntries(threads.map((t) => [t.id, t.lang]));
  const json = JSON.stringify({ site, templates, accounts, langs, delayMs }).replace(/</g, '\\u003c');
  return `<script>(() => {
  const { site, templates, accounts, langs, delayMs } = ${json};
  // Each sample comes from its own mailbox: show that mailbox's owner while its thread is open.
  const setAccount = (id) => {
    // ... and its UI language, which decides how the app writes dates.
    if (id && langs[id]) document.documentElement.lang = langs[id];
    const account = id && accounts[id];
    if (!account) return;
    const gmail = document.querySelector('a[href*="accounts.google.com"][aria-label]');
    if (site === 'gmail' && gmail) gmail.setAttribute('aria-label', account);
    const root = document.querySelector('[id^="primaryMailboxRoot_"]');
    if (site === 'outlook' && root) root.setAttribute('data-folder-name', account);
  };
  const region = document.querySelector(site === 'gmail' ? '[role=main]' : '#ReadingPaneContainerId');
  const home = region.innerHTML;
  let generation = 0;
  const currentId = () => {
    if (site === 'gmail') {
      const parts = location.hash.slice(1).split('/');
      return parts.length >= 2 ? parts[parts.length - 1] : null;
    }
    const m = /\\/id\\/([^/?#]+)/.exec(location.pathname);
    return m ? decodeURIComponent(m[1]) : null;
  };
  const select = (id) => {
    document.querySelectorAll('[data-convid]').forEach((row) =>
      row.setAttribute('aria-selected', String(row.getAttribute('data-convid') === id)));
  };
  const route = (instant) => {
    const id = currentId();
    const ticket = ++generation;
    if (site === 'outlook') select(id);
    const html = id ? templates[id] : home;
    setAccount(id);
    if (html === undefined) { region.textContent = 'Conversation not found.'; return; }
    if (instant || !id) { region.innerHTML = html; return; }
    region.innerHTML = '<div class="parley-demo-loading" style="padding:24px;color:#5f6368">Loading…</div>';
    setTimeout(() => { if (ticket === generation) region.innerHTML = html; }, delayMs);
  };
  document.addEventListener('click', (event) => {
    const row = event.target.closest('[data-demo-open]');
    if (!row) return;
    event.preventDefault();
    const id = row.getAttribute('data-demo-open');
    if (site === 'gmail') location.hash = '#inbox/' + id;
    else { history.pushState(null, '', '/mail/inbox/id/' + encodeURIComponent(id)); route(false); }
  });
  if (site === 'gmail') window.addEventListener('hashchange', () => route(false));
  else window.addEventListener('popstate', () => route(false));
  route(true);
})();</script>`;
}

function gmailShell(threads: SampleThread[], delayMs: number): string {
  const page = loadHtml(read('gmail/inbox.html'));
  try {
    const doc = page.document;
    const rows = threads
      .map(
        (t) =>
          `<tr class="zA zE" role="row" tabindex="-1" data-demo-open="${attr(t.id)}" style="cursor:pointer">` +
          `<td class="yX xY" style="padding:8px 12px;font-weight:700"><span class="yP" name="${attr(t.sender)}">${attr(t.sender)}</span></td>` +
          `<td class="xY a4W" style="padding:8px 12px"><span class="bog"><span>${attr(t.subject)}</span></span>` +
          `<span class="y2" style="color:#5f6368"> - ${attr(t.snippet)}</span></td></tr>`,
      )
      .join('');
    const tbody = doc.querySelector('[role=main] tbody');
    if (tbody) tbody.innerHTML = rows;
    else
      doc
        .querySelector('[role=main]')!
        .insertAdjacentHTML('beforeend', `<table><tbody>${rows}</tbody></table>`);
    doc.head.insertAdjacentHTML('beforeend', `<style id="parley-demo-skin">${GMAIL_SKIN}</style>`);
    doc.body.insertAdjacentHTML('beforeend', routerScript('gmail', threads, delayMs));
    doc.body.insertAdjacentHTML('beforeend', siteSendScript('gmail'));
    return '<!DOCTYPE html>' + doc.documentElement.outerHTML;
  } finally {
    page.close();
  }
}

function outlookShell(threads: SampleThread[], delayMs: number): string {
  const page = loadHtml(read(threads[0].file));
  try {
    const doc = page.document;
    const list = doc.querySelector('#MailList');
    const rows = threads
      .map(
        (t) =>
          `<div role="option" data-convid="${attr(t.id)}" data-demo-open="${attr(t.id)}" aria-selected="false" tabindex="-1" ` +
          `style="padding:8px 12px;cursor:pointer;border-bottom:1px solid #edebe9"><div style="font-weight:600">${attr(t.sender)}</div>` +
          `<div>${attr(t.subject)}</div></div>`,
      )
      .join('');
    if (list) {
      const listbox = list.querySelector('[role=listbox]') ?? list;
      listbox.innerHTML = rows;
    }
    const pane = doc.querySelector('#ReadingPaneContainerId')!;
    pane.innerHTML = '<div style="padding:48px;color:#605e5c;text-align:center">Select an item to read</div>';
    doc.head.insertAdjacentHTML('beforeend', `<style id="parley-demo-skin">${OUTLOOK_SKIN}</style>`);
    doc.body.insertAdjacentHTML('beforeend', routerScript('outlook', threads, delayMs));
    doc.body.insertAdjacentHTML('beforeend', siteSendScript('outlook'));
    return '<!DOCTYPE html>' + doc.documentElement.outerHTML;
  } finally {
    page.close();
  }
}

export function buildMockMail(options: { delayMs?: number; extraGmail?: SampleThread[] } = {}): MockMail {
  const delayMs = options.delayMs ?? 400;
  const gmailThreads = [...sampleThreads('gmail'), ...(options.extraGmail ?? [])];
  const outlookThreads = sampleThreads('outlook');
  return {
    gmail: { shell: gmailShell(gmailThreads, delayMs), threads: gmailThreads },
    outlook: { shell: outlookShell(outlookThreads, delayMs), threads: outlookThreads },
    unknownGmail: read('unknown/gmail-unknown-layout.html'),
    gmailThreadUrl: (id) => `${GMAIL_BASE}#inbox/${id}`,
    outlookThreadUrl: (id, base = OUTLOOK_BASE) => `${base}inbox/id/${encodeURIComponent(id)}`,
  };
}

/** Routes the mail hosts to the mock pages; aborts every other request so nothing leaves the machine. */
export async function routeMockMail(context: BrowserContext, mail: MockMail): Promise<void> {
  const html = (route: Route, body: string) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const isDocument = route.request().resourceType() === 'document';
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:') return route.fallback();
    if (url.host === 'mail.google.com' && isDocument) {
      return html(route, url.pathname.startsWith('/mail/u/5/') ? mail.unknownGmail : mail.gmail.shell);
    }
    if (/^outlook\.(live|office|office365)\.com$/.test(url.host) && isDocument) {
      return html(route, mail.outlook.shell);
    }
    return route.abort('blockedbyclient');
  });
}
