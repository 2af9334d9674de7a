import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gmailAdapter, gmailThreadIdFromUrl } from '../../utils/mail/gmail';
import { outlookAdapter, outlookThreadIdFromUrl } from '../../utils/mail/outlook';
import { adapterForUrl } from '../../utils/mail';
import { PAGES, loadHtml } from './helpers';

const page = (rel: string) => loadHtml(readFileSync(join(PAGES, rel), 'utf8')).document;
const GMAIL_THREAD = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfLmJwTqVsnRrXkHdPzWcMgKd';
const OUTLOOK_THREAD = 'https://outlook.live.com/mail/0/inbox/id/AQQkADAwATM0MDAAMS1jTgmlvb8%3D';

describe('URLs', () => {
  it('knows which adapter handles which host', () => {
    expect(adapterForUrl('https://mail.google.com/mail/u/1/#inbox')?.site).toBe('gmail');
    for (const host of ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com']) {
      expect(adapterForUrl(`https://${host}/mail/`)?.site).toBe('outlook');
    }
    expect(adapterForUrl('https://mail.google.com.evil.example/')).toBeNull();
    expect(adapterForUrl('https://example.com/')).toBeNull();
  });

  it.each([
    ['#inbox/FMfcgzQbfLmJwTqVsnRrXkHdPzWcMgKd', 'FMfcgzQbfLmJwTqVsnRrXkHdPzWcMgKd'],
    ['#label/Clients/FMfcgzQbfLmJwTqVsnRrXkHdPzWcMgKd', 'FMfcgzQbfLmJwTqVsnRrXkHdPzWcMgKd'],
    ['#search/refund/FMfcgzQbfLmJwTqVsnRrXkHdPzWcMgKd', 'FMfcgzQbfLmJwTqVsnRrXkHdPzWcMgKd'],
    ['#inbox', null],
    ['#inbox?compose=new', null],
    ['#settings/general', null],
  ])('Gmail %s → %s', (hash, id) => {
    expect(gmailThreadIdFromUrl(`https://mail.google.com/mail/u/0/${hash}`)).toBe(id);
  });

  it('Outlook conversation URLs', () => {
    expect(outlookThreadIdFromUrl(OUTLOOK_THREAD)).toBe('AQQkADAwATM0MDAAMS1jTgmlvb8=');
    expect(outlookThreadIdFromUrl('https://outlook.office.com/mail/deeplink/read/AAMk123')).toBe('AAMk123');
    expect(outlookThreadIdFromUrl('https://outlook.office.com/mail/inbox')).toBeNull();
  });
});

describe('Gmail adapter', () => {
  it('reads a German thread: ids, own messages, partial collapsed message', () => {
    const read = gmailAdapter.read(page('gmail/thread-de.html'), GMAIL_THREAD);
    expect(read.status).toBe('thread');
    const thread = read.thread!;
    expect(thread.threadId).toMatch(/\S/);
    expect(new Set(thread.messages.map((m) => m.id)).size).toBe(thread.messages.length);
    expect(thread.messages.some((m) => m.partial)).toBe(true);
    expect(thread.messages.some((m) => m.own)).toBe(true);
    expect(thread.messages.some((m) => !m.own)).toBe(true);
  });

  it('says "none" on the inbox and "unreadable" for an unknown layout at a thread URL', () => {
    expect(
      gmailAdapter.read(page('gmail/inbox.html'), 'https://mail.google.com/mail/u/0/#inbox').status,
    ).toBe('none');
    expect(gmailAdapter.read(page('unknown/gmail-unknown-layout.html'), GMAIL_THREAD).status).toBe(
      'unreadable',
    );
  });

  it('anchors the panel beside the conversation, outside the message list', () => {
    const doc = page('gmail/thread-de.html');
    const anchor = gmailAdapter.panelAnchor(doc)!;
    expect(anchor.element.getAttribute('role')).toBe('list');
    expect(anchor.append).toBe('before');
  });

  it('diagnostics are counts only', () => {
    const hits = gmailAdapter.diagnose(page('gmail/thread-de.html'));
    expect(hits.find((h) => h.key === 'body')!.count).toBeGreaterThan(0);
    for (const h of hits) expect(Object.keys(h).sort()).toEqual(['count', 'key', 'view']);
  });
});

describe('Outlook adapter', () => {
  it('reads a German outlook.live.com thread without relying on hashed classes', () => {
    const read = outlookAdapter.read(page('outlook/thread-live-de.html'), OUTLOOK_THREAD);
    expect(read.status).toBe('thread');
    const msgs = read.thread!.messages;
    expect(msgs.length).toBeGreaterThanOrEqual(3);
    expect(msgs[0].partial).toBe(true);
    expect(msgs.every((m) => m.from.email.includes('@'))).toBe(true);
  });

  it('reads the compose box but not the To/Cc wells', () => {
    const read = outlookAdapter.read(page('outlook/thread-es-compose.html'), OUTLOOK_THREAD);
    expect(read.compose.present).toBe(true);
    expect(read.compose.draftText).not.toMatch(/@/);
  });

  it('anchors the panel under the subject heading', () => {
    const anchor = outlookAdapter.panelAnchor(page('outlook/thread-live-de.html'))!;
    expect(anchor.append).toBe('after');
    expect(anchor.element.querySelector('[role=heading][title]')).not.toBeNull();
  });
});

describe('Gmail clipped messages', () => {
  it('marks a message Gmail clipped ("View entire message") as partial', () => {
    const html = `<html><body><div role="main"><div class="a98 iY"><h2 class="hP" data-legacy-thread-id="1a2b3c4d5e6f7a8b">Long</h2>
      <div role="list"><div role="listitem" class="h7"><div class="adn ads" data-legacy-message-id="m1">
      <span class="gD" email="a@x.example" name="A">A</span><span class="g3" title="Mon, Nov 2, 2026, 10:15 AM"></span>
      <div class="ii gt"><div class="a3s aiL">First part of a very long message</div></div>
      <div class="iX"><span>[Message clipped]</span> <a href="?ui=2&amp;view=lg&amp;permmsgid=msg-f:1">View entire message</a></div>
      </div></div></div></div></div></body></html>`;
    const doc = loadHtml(html).document;
    const read = gmailAdapter.read(doc, GMAIL_THREAD);
    expect(read.thread!.messages[0]).toMatchObject({
      partial: true,
      text: 'First part of a very long message',
    });
  });
});
