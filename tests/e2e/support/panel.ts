/** Helpers for end-to-end tests: open routed mail pages and read what Parley's panel shows. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithParley, type ParleyBrowser } from '../../../scripts/lib/browser';
import {
  buildMockMail,
  routeMockMail,
  type MockMail,
  type SampleThread,
} from '../../../scripts/lib/mock-mail';

export interface ExpectedPage {
  subject: string;
  messages: { from: { name: string; email: string }; text: string }[];
}

export const expectedOf = (t: SampleThread): ExpectedPage =>
  JSON.parse(readFileSync(join('tests/pages', t.file.replace(/\.html$/, '.expected.json')), 'utf8'));

/** Opens `url` in a new tab and collects the page's uncaught errors. */
export async function openPage(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(url);
  return { page, errors };
}

/** What the panel shows, read from its open shadow root. */
export async function panelContent(page: Page) {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('parley-panel');
    const root = hosts[0]?.shadowRoot;
    return {
      hosts: hosts.length,
      subject: root?.querySelector('.subject')?.textContent ?? null,
      notice: root?.querySelector('.notice')?.textContent ?? null,
      messages: Array.from(root?.querySelectorAll('[data-parley="message"]') ?? []).map((li) => ({
        sender: li.querySelector('.sender')?.textContent ?? '',
        text: li.querySelector('.text')?.textContent ?? '',
      })),
    };
  });
}

/** Waits until the panel shows `thread`, then checks it shows exactly its messages, once. */
export async function expectPanelShows(page: Page, thread: SampleThread): Promise<void> {
  const expected = expectedOf(thread);
  await page.waitForFunction(
    (subject) =>
      document.querySelector('parley-panel')?.shadowRoot?.querySelector('.subject')?.textContent === subject,
    expected.subject,
    { timeout: 10_000 },
  );
  const shown = await panelContent(page);
  expect(shown.hosts).toBe(1);
  expect(shown.messages.map((m) => m.sender)).toEqual(
    expected.messages.map((m) => m.from.name || m.from.email),
  );
  expect(shown.messages.map((m) => m.text)).toEqual(expected.messages.map((m) => m.text));
}

/**
 * Starts Chromium with Parley and the mock mail hosts for a test file (closed after it). Read the
 * returned object's fields inside tests: they are set once the browser is up.
 */
export function useMockMailBrowser(delayMs: number): { browser: ParleyBrowser; mail: MockMail } {
  const session = {} as { browser: ParleyBrowser; mail: MockMail };
  beforeAll(async () => {
    session.mail = buildMockMail({ delayMs });
    session.browser = await launchWithParley();
    await routeMockMail(session.browser.context, session.mail);
  });
  afterAll(async () => {
    await session.browser?.close();
  });
  return session;
}
