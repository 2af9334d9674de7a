/**
 * End-to-end: the built extension in Chromium on the project's sample Gmail and Outlook pages, served
 * at the real mail URLs. Checks what a user sees: the panel, thread switching, the remembered collapse
 * and the unknown-layout message.
 */
import { describe, expect, it } from 'vitest';
import { expectPanelShows, expectedOf, openPage, panelContent, useMockMailBrowser } from './support/panel';
import { GMAIL_UNKNOWN_BASE, OUTLOOK_LIVE_BASE } from '../../scripts/lib/mock-mail';

const session = useMockMailBrowser(300);

describe('Gmail', () => {
  it('shows the open thread, follows the user to another thread and to the inbox, without duplicates', async () => {
    const { browser, mail } = session;
    const [first, second] = mail.gmail.threads;
    const { page, errors } = await openPage(browser.context, mail.gmailThreadUrl(first.id));
    await expectPanelShows(page, first);

    await page.evaluate((id) => (location.hash = `#inbox/${id}`), second.id);
    await expectPanelShows(page, second);

    await page.evaluate(() => (location.hash = '#inbox'));
    await page.waitForFunction(() => document.querySelectorAll('parley-panel').length === 0, null, {
      timeout: 5000,
    });

    await page.locator(`[data-demo-open="${first.id}"]`).click();
    await expectPanelShows(page, first);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the panel collapsed across reloads once the user collapses it (keyboard)', async () => {
    const { browser, mail } = session;
    const [first] = mail.gmail.threads;
    const { page } = await openPage(browser.context, mail.gmailThreadUrl(first.id));
    await expectPanelShows(page, first);
    const toggle = page.locator('parley-panel button.toggle');
    await toggle.press('Enter');
    await expect.poll(() => toggle.getAttribute('aria-expanded')).toBe('false');
    await page.reload();
    await expect
      .poll(() => page.locator('parley-panel button.toggle').getAttribute('aria-expanded'))
      .toBe('false');
    await page.locator('parley-panel button.toggle').click();
    await expect
      .poll(() => page.locator('parley-panel button.toggle').getAttribute('aria-expanded'))
      .toBe('true');
    await page.close();
  });

  it('takes the page’s dark theme from its first frame', async () => {
    const { browser, mail } = session;
    const [first] = mail.gmail.threads;
    const page = await browser.context.newPage();
    // A dark Gmail theme, and a record of the theme the panel has when it first enters the page.
    await page.addInitScript(() => {
      const w = window as unknown as { __firstTheme?: string | null };
      new MutationObserver((_, observer) => {
        const host = document.querySelector('parley-panel');
        if (!host) return;
        w.__firstTheme = host.getAttribute('data-theme');
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
      addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = '* { background-color: rgb(32, 33, 36) !important; color: #e8eaed !important; }';
        document.head.append(style);
      });
    });
    await page.goto(mail.gmailThreadUrl(first.id));
    await expectPanelShows(page, first);
    expect(await page.evaluate(() => (window as unknown as { __firstTheme?: string }).__firstTheme)).toBe(
      'dark',
    );
    expect(await page.locator('parley-panel').getAttribute('data-theme')).toBe('dark');
    await page.close();

    const light = await openPage(browser.context, mail.gmailThreadUrl(first.id));
    await expectPanelShows(light.page, first);
    expect(await light.page.locator('parley-panel').getAttribute('data-theme')).toBe('light');
    await light.page.close();
  });

  it('says clearly when the layout is unknown, with diagnostics to copy', async () => {
    const { browser } = session;
    const { page, errors } = await openPage(
      browser.context,
      `${GMAIL_UNKNOWN_BASE}#inbox/FMfcgzQbfLmJwTqVsnRrXkHdPzWcMgKd`,
    );
    await page.waitForFunction(
      () => !!document.querySelector('parley-panel')?.shadowRoot?.querySelector('.notice'),
      null,
      { timeout: 10_000 },
    );
    const shown = await panelContent(page);
    expect(shown.notice).toContain('Parley can’t read this conversation');
    await expect
      .poll(() => page.locator('parley-panel button', { hasText: 'Copy diagnostics' }).count())
      .toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('analysis in the panel', () => {
  it('shows each message’s tone, the other side’s positions, the trend, and where a position was said', async () => {
    const { browser, mail } = session;
    const thread = mail.gmail.threads.find((t) => t.file.includes('en-renewal'))!;
    const { page, errors } = await openPage(browser.context, mail.gmailThreadUrl(thread.id));
    await expectPanelShows(page, thread);
    const panel = page.locator('parley-panel');
    await expect.poll(() => panel.locator('.badge.tone').count()).toBeGreaterThan(0);
    // The newest message (the customer's) is hostile, with highlighted, explained signals.
    const last = panel.locator('[data-parley="message"]').last();
    await expect.poll(() => last.locator('.badge.tone').textContent()).toBe('Hostile');
    await expect.poll(() => last.locator('mark.signal').count()).toBeGreaterThan(0);
    expect(await last.locator('.why li').count()).toBeGreaterThan(0);
    // Their positions, and a click shows where it was said.
    const positions = panel.locator('[data-parley="position"]');
    await expect.poll(() => positions.count()).toBeGreaterThan(0);
    await positions.first().locator('button').click();
    await expect.poll(() => panel.locator('mark.focus').count()).toBeGreaterThan(0);
    await expect.poll(() => panel.locator('.trend .dot').count()).toBe(expectedOf(thread).messages.length);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Outlook', () => {
  it('shows the open conversation and follows a click on another one', async () => {
    const { browser, mail } = session;
    const [first, second] = mail.outlook.threads;
    const { page, errors } = await openPage(browser.context, mail.outlookThreadUrl(first.id));
    await expectPanelShows(page, first);
    await page.locator(`#MailList [data-demo-open="${second.id}"]`).click();
    await expectPanelShows(page, second);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('runs on outlook.live.com too', async () => {
    const { browser, mail } = session;
    const [first] = mail.outlook.threads;
    const { page } = await openPage(browser.context, mail.outlookThreadUrl(first.id, OUTLOOK_LIVE_BASE));
    await expectPanelShows(page, first);
    await page.close();
  });
});
