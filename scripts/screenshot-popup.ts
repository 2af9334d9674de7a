/**
 * `npx wxt build && npx tsx scripts/screenshot-popup.ts`: docs/screenshots/popup.png (and, with
 * `--detail`, docs/screenshots/popup-negotiation.png) from the real extension. Parley reads the project's
 * sample Gmail and Outlook threads at their real URLs (the records are what the content scripts and the
 * background really store), the user sends one reply with two promises through the background's
 * record-sent request, and the popup is captured at its real size (380×560).
 */
import { mkdirSync, rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithParley } from './lib/browser';
import { buildMockMail, routeMockMail } from './lib/mock-mail';

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } };

const OUT = resolve('docs/screenshots');
const detail = process.argv.includes('--detail');

/** `YYYY-MM-DDTHH:MM:SS` local, `days` from now. */
function localIso(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:00`;
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'parley-shot-'));
  const browser = await launchWithParley({ profileDir: join(dir, 'profile') });
  try {
    const mail = buildMockMail({ delayMs: 50 });
    await routeMockMail(browser.context, mail);
    const threads = [
      ...mail.gmail.threads.map((t) => mail.gmailThreadUrl(t.id)),
      ...mail.outlook.threads.map((t) => mail.outlookThreadUrl(t.id)),
    ];
    for (const url of threads) {
      const page = await browser.context.newPage();
      await page.goto(url);
      await page.waitForFunction(
        () => !!document.querySelector('parley-panel')?.shadowRoot?.querySelector('.subject'),
        null,
        { timeout: 15_000 },
      );
      await page.close();
    }

    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 560 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await popup
      .locator('[data-parley="negotiation"]')
      .nth(threads.length - 1)
      .waitFor();

    // The user replied in the English Gmail thread two days ago, promising two things.
    const stored = await popup.evaluate(
      () =>
        new Promise<{ threadId: string; subject: string; url: string }[]>((resolve, reject) => {
          const req = indexedDB.open('parley');
          req.onerror = () => reject(req.error);
          req.onsuccess = () => {
            const all = req.result.transaction('negotiations').objectStore('negotiations').getAll();
            all.onsuccess = () => resolve(all.result.filter((n: { site: string }) => n.site === 'gmail'));
          };
        }),
    );
    const renewal = stored.find((n) => /renewal/i.test(n.subject)) ?? stored[0];
    const sent = await popup.evaluate(
      ([meta, date]) =>
        chrome.runtime.sendMessage({
          type: 'record-sent',
          meta: { site: 'gmail', ...meta },
          text: 'Thanks for your patience. I will send you the revised quote by tomorrow, and I will call you on Friday to walk through the seat count.',
          date,
          to: [],
          findings: [],
        }),
      [renewal, localIso(-2)] as const,
    );
    if (!sent.ok) throw new Error(`record-sent failed: ${sent.error}`);

    await popup.reload();
    await popup.locator('[data-parley="due"]').first().waitFor();
    await popup.waitForTimeout(300);
    mkdirSync(OUT, { recursive: true });
    await popup.screenshot({ path: join(OUT, 'popup.png') });
    console.log(`wrote ${join(OUT, 'popup.png')}`);

    if (detail) {
      await popup
        .locator('[data-parley="negotiation"]', { hasText: renewal.subject })
        .getByRole('button')
        .click();
      await popup.locator('svg[role="img"]').waitFor();
      await popup.waitForTimeout(200);
      await popup.screenshot({ path: join(OUT, 'popup-negotiation.png') });
      console.log(`wrote ${join(OUT, 'popup-negotiation.png')}`);
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
