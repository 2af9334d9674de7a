/**
 * End-to-end: suggested replies in the panel on routed Gmail and Outlook threads, and "Insert" putting
 * the chosen one into the open compose box, as typing, keeping what the user already wrote.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useMockMailBrowser } from './support/panel';

const session = useMockMailBrowser(50);

type Site = 'gmail' | 'outlook';
const EDITOR: Record<Site, string> = {
  gmail: '[g_editable="true"][contenteditable="true"]',
  outlook: '[role=textbox][contenteditable="true"][aria-multiline="true"]:not([aria-haspopup])',
};

async function open(site: Site, file: string): Promise<Page> {
  const { mail, browser } = session;
  const threads = site === 'gmail' ? mail.gmail.threads : mail.outlook.threads;
  const id = threads.find((t) => t.file.includes(file))!.id;
  const { page } = await openPage(
    browser.context,
    site === 'gmail' ? mail.gmailThreadUrl(id) : mail.outlookThreadUrl(id),
  );
  return page;
}

const panel = (page: Page) => page.locator('parley-panel');

async function suggestionTexts(page: Page): Promise<string[]> {
  await expect
    .poll(() => panel(page).locator('[data-parley="suggestion"]').count(), { timeout: 10_000 })
    .toBeGreaterThan(1);
  return panel(page).locator('[data-parley="suggestion"] .reply-text').allInnerTexts();
}

describe('suggested replies', () => {
  it('Gmail: suggestions for the newest message, and Insert keeps the user’s draft', async () => {
    const page = await open('gmail', 'inline-reply');
    const texts = await suggestionTexts(page);
    expect(texts.length).toBeLessThanOrEqual(4);
    // Each suggestion has its Insert button.
    const first = panel(page).locator('[data-parley="suggestion"]').first();
    await expect.poll(() => first.getByRole('button', { name: 'Insert' }).count()).toBe(1);
    const before = await page.locator(EDITOR.gmail).innerText();
    await first.getByRole('button', { name: 'Insert' }).click();
    const after = await page.locator(EDITOR.gmail).innerText();
    // The user's words are all still there, and the suggestion went in above the signature.
    expect(after).toContain('Monsieur Marchand,');
    expect(after).toContain('Cordialement,');
    const firstLine = texts[0]
      .split('\n')
      .find((l) => l.trim().length > 20)!
      .trim();
    expect(after.replace(/\s+/g, ' ')).toContain(firstLine.replace(/\s+/g, ' '));
    expect(after.indexOf(firstLine.slice(0, 20))).toBeGreaterThan(after.indexOf('Cordialement,'));
    expect(after.indexOf(firstLine.slice(0, 20))).toBeLessThan(after.indexOf('Directeur commercial'));
    expect(after.length).toBeGreaterThan(before.length);
    await expect.poll(() => first.getByRole('status').textContent()).toMatch(/Inserted/);
    await page.close();
  });

  it('Outlook: Insert goes in as typing (the editor hears input events)', async () => {
    const page = await open('outlook', 'compose');
    await suggestionTexts(page);
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
    }, EDITOR.outlook);
    await panel(page)
      .locator('[data-parley="suggestion"]')
      .first()
      .getByRole('button', { name: 'Insert' })
      .click();
    await expect.poll(() => inputs.length).toBeGreaterThan(0);
    expect(inputs).toContain('insertText');
    const after = await page.locator(EDITOR.outlook).innerText();
    expect(after).toContain('No voy a emitir una factura rectificativa.');
    await page.close();
  });

  it('without a compose box, Insert says so and Copy still works', async () => {
    const page = await open('gmail', 'renewal');
    await suggestionTexts(page);
    const first = panel(page).locator('[data-parley="suggestion"]').first();
    await first.getByRole('button', { name: 'Insert' }).click();
    await expect.poll(() => first.getByRole('status').textContent()).toMatch(/No reply is open/);
    await page.close();
  });
});
