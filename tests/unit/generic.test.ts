import { describe, expect, it } from 'vitest';
import { readGenericPage } from '../../utils/mail/generic';
import { loadHtml } from './helpers';

const TICKET = `<!doctype html><html><head><title>Ticket #4411 · Helpdesk</title></head><body>
<nav><a href="/">Home</a> · <a href="/tickets">Tickets</a></nav>
<main><article><h1>Ticket #4411: duplicate charge</h1>
<div class="msg"><p>I was charged twice for the March invoice and I want the duplicate charge of $120 refunded by Friday.
This is the second time this has happened and I am losing patience with your billing team.</p></div>
<div class="msg"><p>Thanks for flagging this. We are reviewing both charges and will reply within two business days with
the result and a refund reference &lt;script&gt;alert(1)&lt;/script&gt;.</p></div></article></main>
<footer>© Helpdesk Inc · Privacy · Terms</footer></body></html>`;

describe('generic page reader (Readability)', () => {
  it('reads the main content as text lines and leaves navigation and footer out', () => {
    const page = loadHtml(TICKET, 'https://help.example.com/t/4411');
    const before = page.document.body.textContent;
    const read = readGenericPage(page.document, 'https://help.example.com/t/4411');
    expect(read.ok).toBe(true);
    const text = read.thread!.messages[0].text;
    expect(text).toContain('duplicate charge of $120 refunded by Friday');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).not.toContain('Privacy · Terms');
    expect(read.thread!.site).toBe('generic');
    // Readability worked on a clone: the page is untouched.
    expect(page.document.body.textContent).toBe(before);
  });

  it('says so when a page has nothing to read', () => {
    const page = loadHtml('<!doctype html><html><body></body></html>', 'https://example.com/');
    const read = readGenericPage(page.document, 'https://example.com/');
    expect(read.ok).toBe(false);
    expect(read.reason).toMatch(/no .*text/i);
  });
});

describe('popup: pages no extension may read', () => {
  it.each([
    ['chrome://settings', true],
    ['chrome-extension://abc/popup.html', true],
    ['https://chromewebstore.google.com/detail/x', true],
    ['https://addons.mozilla.org/en-US/firefox/', true],
    ['https://help.example.com/t/1', false],
    ['file:///tmp/mail.html', false],
  ])('%s → %s', async (url, off) => {
    const { isOffLimits } = await import('../../utils/popup/analyze-page');
    expect(isOffLimits(url)).toBe(off);
  });
});
