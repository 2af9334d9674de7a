/**
 * End-to-end: Parley being updated or reloaded under an open mail tab. The mail site keeps working,
 * nothing throws into the page, and there is never more than one panel.
 */
import { describe, expect, it } from 'vitest';
import { ALIVE_PING } from '../../utils/messaging';
import { expectPanelShows, expectedOf, openPage, useMockMailBrowser } from './support/panel';

/** The extension APIs these tests call inside the service worker. */
declare const chrome: {
  tabs: {
    query(q: { url: string }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
  scripting: { executeScript(o: { target: { tabId: number }; files: string[] }): Promise<unknown> };
  runtime: { reload(): void };
};

const session = useMockMailBrowser(200);

describe('extension lifecycle under an open tab', () => {
  it('a newly injected version (as after an update) replaces the old one: one panel, no errors', async () => {
    const { browser, mail } = session;
    const [first, second] = mail.gmail.threads;
    const { page, errors } = await openPage(browser.context, mail.gmailThreadUrl(first.id));
    await expectPanelShows(page, first);
    // A live Parley answers the background, which therefore leaves the tab alone after a first install.
    const answer = await browser.serviceWorker.evaluate(async (ping) => {
      const [tab] = await chrome.tabs.query({ url: 'https://mail.google.com/*' });
      return chrome.tabs.sendMessage(tab.id!, ping);
    }, ALIVE_PING);
    expect(answer).toEqual({ alive: true });
    // What the background does on update: run the content script again in the open tab.
    await browser.serviceWorker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'https://mail.google.com/*' });
      await chrome.scripting.executeScript({
        target: { tabId: tab.id! },
        files: ['content-scripts/gmail.js'],
      });
    });
    await expectPanelShows(page, first);
    await page.evaluate((id) => (location.hash = `#inbox/${id}`), second.id);
    await expectPanelShows(page, second);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('after the extension is reloaded, the page keeps working with no uncaught errors and no stale panel', async () => {
    const { browser, mail } = session;
    const [first, second] = mail.gmail.threads;
    const { page, errors } = await openPage(browser.context, mail.gmailThreadUrl(first.id));
    await expectPanelShows(page, first);
    await browser.serviceWorker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await page.waitForTimeout(500);
    // The site's own navigation still runs…
    await page.evaluate((id) => (location.hash = `#inbox/${id}`), second.id);
    await page.waitForFunction(
      (subject) => document.querySelector('h2.hP')?.textContent === subject,
      expectedOf(second).subject,
    );
    // …and the orphaned content script has taken its panel away instead of showing the old thread.
    await page.waitForFunction(
      (subject) =>
        Array.from(document.querySelectorAll('parley-panel')).every(
          (host) => host.shadowRoot?.querySelector('.subject')?.textContent === subject,
        ),
      expectedOf(second).subject,
      { timeout: 5000 },
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
