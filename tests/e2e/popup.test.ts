/**
 * End-to-end: the toolbar popup and the generic page reader it injects (reader.js) in real Chromium.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithParley, type ParleyBrowser } from '../../scripts/lib/browser';

declare const chrome: {
  tabs: { query(q: { url: string }): Promise<{ id?: number }[]> };
  scripting: {
    executeScript(o: { target: { tabId: number }; files: string[] }): Promise<{ result?: unknown }[]>;
  };
};

const TICKET = `<!doctype html><html><head><title>Ticket #4411 · Helpdesk</title></head><body>
<nav><a href="/">Home</a> · <a href="/tickets">Tickets</a></nav>
<main><article><h1>Ticket #4411: duplicate charge</h1>
<p>I was charged twice for the March invoice and I want the duplicate charge of $120 refunded by Friday.
This is the second time this has happened and I am losing patience with your billing team.</p>
<p>Thanks for flagging this. We are reviewing both charges and will reply within two business days with the
result and a refund reference.</p></article></main><footer>Privacy · Terms</footer></body></html>`;

let browser: ParleyBrowser;

beforeAll(async () => {
  browser = await launchWithParley();
  // A help-desk-like page; served on a host Parley may script so the test can inject without a click.
  await browser.context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (!url.protocol.startsWith('http')) return route.fallback();
    return url.pathname === '/support/ticket/4411'
      ? route.fulfill({ contentType: 'text/html', body: TICKET })
      : route.abort('blockedbyclient');
  });
});

afterAll(async () => {
  await browser?.close();
});

describe('popup', () => {
  it('renders, and explains when the page cannot be read', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.getByRole('button', { name: 'Analyze this page' }).click();
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toMatch(/extension pages and extension stores cannot be read/);
    await page.close();
  });

  it('teaches what to do with no history yet, and opens the options page', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.getByText('No negotiations yet').waitFor();
    const [options] = await Promise.all([
      browser.context.waitForEvent('page', (p) => p.url().endsWith('/options.html')),
      page.getByRole('button', { name: 'Settings & data' }).click(),
    ]);
    await options.getByRole('heading', { name: 'Parley settings' }).waitFor();
    await options.close();
    await page.close();
  });

  it('the generic reader returns the page text through scripting.executeScript', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://mail.google.com/support/ticket/4411');
    const result = (await browser.serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'https://mail.google.com/support/*' });
      const [res] = await chrome.scripting.executeScript({
        target: { tabId: tab.id! },
        files: ['/reader.js'],
      });
      return res.result;
    })) as { ok: boolean; thread: { subject: string; messages: { text: string }[] } };
    expect(result.ok).toBe(true);
    expect(result.thread.subject).toContain('Ticket #4411');
    expect(result.thread.messages[0].text).toContain('duplicate charge of $120 refunded by Friday');
    expect(result.thread.messages[0].text).not.toContain('Privacy');
    await page.close();
  });
});
