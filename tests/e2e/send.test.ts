/**
 * End-to-end: the Send check in real Chromium on routed Gmail and Outlook compose pages. The mock
 * sites' own Send handlers record every send (`window.__mockSent`): Gmail's act on mouseup like its
 * Closure buttons, Outlook's on click, both on Ctrl+Enter.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useMockMailBrowser } from './support/panel';

const session = useMockMailBrowser(50);

const HOSTILE =
  'This is ridiculous. You people are completely incompetent and I am sick of your excuses. FIX IT NOW!!!';
const CALM =
  'Thank you for the update. I can send the corrected figures on Thursday, or we can talk it through on a short call tomorrow. Which suits you better?';

type Site = 'gmail' | 'outlook';

const EDITOR: Record<Site, string> = {
  gmail: '[g_editable="true"][contenteditable="true"]',
  outlook: '[role=textbox][contenteditable="true"][aria-multiline="true"]:not([aria-haspopup])',
};
const SEND: Record<Site, string> = {
  gmail: '.T-I.aoO[role=button]',
  outlook: 'button[data-testid="ComposeSendButton"]',
};

async function openCompose(site: Site): Promise<Page> {
  const { mail, browser } = session;
  const url =
    site === 'gmail'
      ? mail.gmailThreadUrl(mail.gmail.threads.find((t) => t.file.includes('inline-reply'))!.id)
      : mail.outlookThreadUrl(mail.outlook.threads.find((t) => t.file.includes('compose'))!.id);
  const { page } = await openPage(browser.context, url);
  await page.waitForSelector(EDITOR[site]);
  // The panel is up: Parley's content script runs on this page.
  await page.waitForFunction(
    () => !!document.querySelector('parley-panel')?.shadowRoot?.querySelector('.subject'),
  );
  return page;
}

/** Replaces the user's own words in the draft (above the quote and signature) by `text`, by typing. */
async function typeDraft(page: Page, site: Site, text: string): Promise<void> {
  const editor = page.locator(EDITOR[site]).first();
  await editor.click();
  await page.evaluate((css) => {
    const editor = document.querySelector(css)!;
    // Select the user's own lines: everything before the signature/quote blocks.
    const stop = editor.querySelector(
      '.gmail_signature_prefix, #Signature, .gmail_quote, [id$="appendonsend"]',
    );
    const range = document.createRange();
    range.setStart(editor, 0);
    if (stop) range.setEndBefore(stop);
    else range.setEnd(editor, editor.childNodes.length);
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    sel.addRange(range);
  }, EDITOR[site]);
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

const sent = (page: Page) =>
  page.evaluate(() => (window as unknown as { __mockSent: { how: string; text: string }[] }).__mockSent);

const reviewDialog = (page: Page) => page.getByRole('dialog', { name: /^Parley/ });

describe.each(['gmail', 'outlook'] as const)('Send check on %s', (site) => {
  it('a hostile draft shows the review and does not send; "Send anyway" sends exactly once', async () => {
    const page = await openCompose(site);
    await typeDraft(page, site, HOSTILE);
    await page.locator(SEND[site]).click();
    await expect.poll(() => reviewDialog(page).isVisible()).toBe(true);
    expect(await sent(page)).toEqual([]);
    // The findings name the words, and the draft is untouched.
    const text = await reviewDialog(page).textContent();
    expect(text).toMatch(/ridiculous|incompetent/);
    expect(await page.locator(EDITOR[site]).first().innerText()).toContain('FIX IT NOW');

    await reviewDialog(page).getByRole('button', { name: 'Send anyway' }).click();
    await expect.poll(async () => (await sent(page)).length).toBe(1);
    expect((await sent(page))[0].text).toContain('incompetent');
    await page.waitForTimeout(300);
    expect(await sent(page)).toHaveLength(1);
    expect(await page.locator('parley-review').count()).toBe(0);
    await page.close();
  });

  it('a calm draft sends at once, with no review', async () => {
    const page = await openCompose(site);
    await typeDraft(page, site, CALM);
    await page.locator(SEND[site]).click();
    expect(await sent(page)).toHaveLength(1);
    expect(await page.locator('parley-review').count()).toBe(0);
    await page.close();
  });

  it('Ctrl+Enter is checked too; Esc goes back to the draft with nothing sent', async () => {
    const page = await openCompose(site);
    await typeDraft(page, site, HOSTILE);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => reviewDialog(page).isVisible()).toBe(true);
    // Focus starts on "Edit": Enter there would not send.
    await expect
      .poll(() =>
        page.evaluate(() => document.querySelector('parley-review')?.shadowRoot?.activeElement?.textContent),
      )
      .toBe('Edit');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('parley-review').count()).toBe(0);
    expect(await sent(page)).toEqual([]);
    // Back in the draft, where the caret was: typing goes into the editor.
    expect(
      await page.evaluate((css) => document.activeElement === document.querySelector(css), EDITOR[site]),
    ).toBe(true);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => reviewDialog(page).isVisible()).toBe(true);
    await reviewDialog(page).getByRole('button', { name: 'Send anyway' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await sent(page)).length).toBe(1);
    await page.close();
  });

  it('"Apply suggestion" edits the draft in place, as typing', async () => {
    const page = await openCompose(site);
    await typeDraft(page, site, 'This is ridiculous. Please check the figures before Friday.');
    await page.locator(SEND[site]).click();
    await expect.poll(() => reviewDialog(page).isVisible()).toBe(true);
    const inputs: string[] = [];
    await page.exposeFunction('__parleyInput', (t: string) => inputs.push(t));
    await page.evaluate((css) => {
      document
        .querySelector(css)!
        .addEventListener('input', (e) =>
          (window as unknown as { __parleyInput(t: string): void }).__parleyInput(
            (e as InputEvent).inputType,
          ),
        );
    }, EDITOR[site]);
    await reviewDialog(page).getByRole('button', { name: 'Apply suggestion' }).first().click();
    const draft = await page.locator(EDITOR[site]).first().innerText();
    expect(draft).not.toMatch(/ridiculous/i);
    expect(draft).toContain('Please check the figures before Friday.');
    expect(inputs).toContain('insertText');
    expect(await sent(page)).toEqual([]);
    await page.close();
  });
});

/** Reads a store of Parley's database from the service worker (the extension's origin). */
async function storeRows(name: string): Promise<Record<string, unknown>[]> {
  return session.browser.serviceWorker.evaluate(
    (store) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('parley');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(store)) return resolve([]);
          const req = db.transaction(store).objectStore(store).getAll();
          req.onsuccess = () => {
            resolve(req.result as Record<string, unknown>[]);
            db.close();
          };
          req.onerror = () => reject(req.error);
        };
      }),
    name,
  );
}

describe('after sending', () => {
  it('the sent reply is recorded and its promise becomes a commitment with its due date', async () => {
    const page = await openCompose('gmail');
    await typeDraft(
      page,
      'gmail',
      'Thank you for your patience. I will send the revised delivery schedule by Friday, or we can go through it on a call tomorrow.',
    );
    await page.locator(SEND.gmail).click();
    expect(await sent(page)).toHaveLength(1);
    await expect
      .poll(async () => (await storeRows('commitments')).map((c) => c.text as string), { timeout: 10_000 })
      .toContainEqual(expect.stringMatching(/send the revised delivery schedule/));
    const [commitment] = (await storeRows('commitments')).filter((c) =>
      /revised delivery/.test(String(c.text)),
    );
    expect(commitment.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(commitment.done).toBe(false);
    const replies = await storeRows('sentReplies');
    expect(replies.some((r) => String(r.text).includes('revised delivery schedule'))).toBe(true);
    await page.close();
  });
});

describe('failing open', () => {
  it('an injected failure inside Parley still sends', async () => {
    const { browser } = session;
    await browser.serviceWorker.evaluate(() =>
      (
        globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
      ).chrome.storage.local.set({
        parleyFaultInjection: 'send-check',
      }),
    );
    try {
      const page = await openCompose('outlook');
      await typeDraft(page, 'outlook', HOSTILE);
      await page.waitForTimeout(200); // the content script has read the storage flag
      await page.locator(SEND.outlook).click();
      expect(await sent(page)).toHaveLength(1);
      expect(await page.locator('parley-review').count()).toBe(0);
      await page.close();
    } finally {
      await browser.serviceWorker.evaluate(() =>
        (
          globalThis as unknown as { chrome: { storage: { local: { remove(k: string): Promise<void> } } } }
        ).chrome.storage.local.remove('parleyFaultInjection'),
      );
    }
  });
});

describe('opting a thread out', () => {
  // Last in this file: the thread stays excluded for the rest of this browser session.
  it('"Don’t check this thread again" lets the next Send through at once', async () => {
    const page = await openCompose('gmail');
    await typeDraft(page, 'gmail', HOSTILE);
    await page.locator(SEND.gmail).click();
    await expect.poll(() => reviewDialog(page).isVisible()).toBe(true);
    await reviewDialog(page).getByRole('button', { name: 'Don’t check this thread again' }).click();
    await expect.poll(() => page.locator('parley-review').count()).toBe(0);
    expect(await sent(page)).toEqual([]);
    await page.locator(SEND.gmail).click();
    expect(await sent(page)).toHaveLength(1);
    await page.close();
  });
});
