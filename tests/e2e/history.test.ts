/**
 * End-to-end: the negotiation history in real Chromium. Reading routed Gmail and Outlook threads records
 * them (content script → background → IndexedDB); the popup lists them and opens their page with the
 * tone chart; a commitment ticked in the popup survives a browser restart; an export imported into a
 * fresh profile reproduces the same records; a malformed import file changes nothing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithParley, type ParleyBrowser } from '../../scripts/lib/browser';
import { buildMockMail, routeMockMail, type MockMail } from '../../scripts/lib/mock-mail';
import { expectPanelShows, expectedOf } from './support/panel';
import type { ExportFile } from '../../utils/db/types';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean }> } };

const work = mkdtempSync(join(tmpdir(), 'parley-history-'));
const profile = join(work, 'profile');
const freshProfile = join(work, 'fresh-profile');

/** Runs `fn` with Chromium on `profileDir` (kept between runs: a restart reopens the same profile). */
async function withBrowser<T>(profileDir: string, fn: (b: ParleyBrowser) => Promise<T>, mail?: MockMail) {
  const browser = await launchWithParley({ profileDir });
  try {
    if (mail) await routeMockMail(browser.context, mail);
    return await fn(browser);
  } finally {
    await browser.close();
  }
}

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The stored negotiation of `site`, read straight from the extension's IndexedDB (as the popup would). */
async function storedNegotiation(page: Page, site: string) {
  return page.evaluate(
    (site) =>
      new Promise<{ id: string; threadId: string; url: string; subject: string }>((resolve, reject) => {
        const req = indexedDB.open('parley');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const all = req.result.transaction('negotiations').objectStore('negotiations').getAll();
          all.onsuccess = () => resolve(all.result.find((n: { site: string }) => n.site === site));
          all.onerror = () => reject(all.error);
        };
      }),
    site,
  );
}

async function openPopup(browser: ParleyBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 380, height: 560 });
  await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  return page;
}

async function openOptions(browser: ParleyBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await page.locator('#data input[type="file"]').waitFor();
  return page;
}

const listed = (page: Page) => page.locator('[data-parley="negotiation"] .neg-subject').allTextContents();

/** Downloads "Export everything" from the options page and returns the file's text. */
async function exportEverything(browser: ParleyBrowser, name: string): Promise<string> {
  const page = await openOptions(browser);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export everything' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^parley-export-\d{4}-\d{2}-\d{2}\.json$/);
  const path = join(work, name);
  await download.saveAs(path);
  await page.close();
  return readFileSync(path, 'utf8');
}

const withoutTime = (text: string) => {
  const file = JSON.parse(text) as ExportFile;
  return { ...file, exportedAt: '' };
};

const mail = buildMockMail({ delayMs: 100 });
const gmailThread = mail.gmail.threads.find((t) => t.file.includes('thread-en'))!;
const outlookThread = mail.outlook.threads.find((t) => t.file.includes('thread-en'))!;
const subjects = [expectedOf(gmailThread).subject, expectedOf(outlookThread).subject];
const PROMISE = 'I will send you the revised quote by Friday.';

describe('negotiation history', () => {
  it('records the Gmail and Outlook threads read, lists them in the popup, and shows their page', async () => {
    await withBrowser(
      profile,
      async (browser) => {
        for (const [thread, url] of [
          [gmailThread, mail.gmailThreadUrl(gmailThread.id)],
          [outlookThread, mail.outlookThreadUrl(outlookThread.id)],
        ] as const) {
          const page = await browser.context.newPage();
          await page.goto(url);
          await expectPanelShows(page, thread);
          await page.close();
        }

        const popup = await openPopup(browser);
        await expect.poll(() => listed(popup)).toHaveLength(2);
        expect((await listed(popup)).sort()).toEqual([...subjects].sort());
        expect(await popup.locator('[data-parley="negotiation"] .neg-who').first().textContent()).not.toBe(
          '',
        );

        await popup
          .locator('[data-parley="negotiation"]', { hasText: subjects[0] })
          .getByRole('button')
          .click();
        await expect.poll(() => popup.locator('.detail-subject').textContent()).toBe(subjects[0]);
        const chart = popup.getByRole('img', { name: /^Tone over \d+ rounds?: / });
        await chart.waitFor();
        const rounds = expectedOf(gmailThread).messages.length;
        expect(await chart.locator('circle').count()).toBe(rounds);
        expect(await popup.getByRole('link', { name: 'Open in Gmail' }).getAttribute('href')).toMatch(
          /^https:\/\/mail\.google\.com\//,
        );
        await popup.keyboard.press('Escape');
        await expect.poll(() => popup.locator('.detail').count()).toBe(0);

        // A reply sent in the Gmail thread makes a commitment: the background's real handler gets the
        // request the content script sends on Send.
        const stored = await storedNegotiation(popup, 'gmail');
        const sent = await popup.evaluate(
          ([meta, text]) =>
            chrome.runtime.sendMessage({
              type: 'record-sent',
              meta,
              text,
              date: new Date().toISOString().slice(0, 19),
              to: [],
              findings: [],
            }),
          [
            { site: 'gmail', threadId: stored.threadId, subject: stored.subject, url: stored.url },
            PROMISE,
          ] as const,
        );
        expect(sent.ok).toBe(true);
        await expect.poll(() => listed(popup)).toHaveLength(2);
      },
      mail,
    );
  });

  it('a commitment ticked in the popup stays ticked after the browser restarts', async () => {
    let popup!: Page;
    const box = () =>
      popup.locator('[data-parley="commitment"]', { hasText: 'revised quote' }).getByRole('checkbox');
    await withBrowser(profile, async (browser) => {
      popup = await openPopup(browser);
      await popup
        .locator('[data-parley="negotiation"]', { hasText: subjects[0] })
        .getByRole('button')
        .click();
      await box().waitFor();
      expect(await box().isChecked()).toBe(false);
      await box().check();
      // Stored, and read back live from the database (the row is struck through as done).
      await popup
        .locator('[data-parley="commitment"].done', { hasText: 'revised quote' })
        .waitFor({ timeout: 5000 })
        .catch(async (err) => {
          throw new Error(`${err}\npopup says: ${await popup.locator('.detail').textContent()}`);
        });
    });

    await withBrowser(profile, async (browser) => {
      popup = await openPopup(browser);
      await popup
        .locator('[data-parley="negotiation"]', { hasText: subjects[0] })
        .getByRole('button')
        .click();
      await box().waitFor();
      expect(await box().isChecked()).toBe(true);
    });
  });

  it('export then import into a fresh profile reproduces the same records', async () => {
    const exported = await withBrowser(profile, (source) => exportEverything(source, 'export.json'));
    const file = JSON.parse(exported) as ExportFile;
    expect(file.negotiations.map((n) => n.subject).sort()).toEqual([...subjects].sort());
    expect(file.commitments.map((c) => c.done)).toEqual([true]);

    await withBrowser(freshProfile, async (fresh) => {
      const options = await openOptions(fresh);
      await options.locator('#data input[type="file"]').setInputFiles(join(work, 'export.json'));
      await options.getByText(/holds 2 negotiations, 1 reply you sent, 1 commitment/).waitFor();
      await options.getByRole('button', { name: 'Import', exact: true }).click();
      await options.getByText('Imported 2 negotiations from export.json.').waitFor();

      const reimported = await exportEverything(fresh, 'reexport.json');
      expect(withoutTime(reimported)).toEqual(withoutTime(exported));
      const popup = await openPopup(fresh);
      await expect.poll(() => listed(popup)).toHaveLength(2);
    });
  });

  it('a malformed import file is explained and changes nothing', async () => {
    await withBrowser(freshProfile, async (browser) => {
      const before = await exportEverything(browser, 'before.json');
      const broken = JSON.parse(before) as ExportFile;
      (broken.commitments[0] as { due: unknown }).due = 'next Friday';
      broken.negotiations[0].subject = 'Changed by a bad file';
      writeFileSync(join(work, 'broken.json'), JSON.stringify(broken));

      const options = await openOptions(browser);
      await options.locator('#data input[type="file"]').setInputFiles(join(work, 'broken.json'));
      const error = options.locator('[data-parley="import-error"]');
      await error.waitFor();
      expect(await error.textContent()).toMatch(
        /broken\.json cannot be imported\. Nothing was changed\..*commitment 1/,
      );
      expect(await options.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);

      const after = await exportEverything(browser, 'after.json');
      expect(withoutTime(after)).toEqual(withoutTime(before));
    });
  });
});
