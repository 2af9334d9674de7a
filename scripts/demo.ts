/**
 * `npm run demo`: Parley in a real Chromium on the project's sample Gmail and Outlook threads, served at
 * the real mail URLs so the real content scripts run. With a display, a window opens for you to use;
 * without one (or with --headless) it runs headless, saves screenshots to demo-output/ and prints what
 * Parley read.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { INSTALL_HINT, findChromium, launchWithParley } from './lib/browser';
import { GMAIL_BASE, GMAIL_UNKNOWN_BASE, buildMockMail, routeMockMail } from './lib/mock-mail';

const OUT = resolve('demo-output');
const headless = process.argv.includes('--headless') || !(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

interface Shown {
  subject: string | null;
  notice: string | null;
  trend: string | null;
  positions: string[];
  suggestions: string[];
  messages: {
    sender: string;
    date: string;
    partial: boolean;
    tone: string;
    signals: string[];
    text: string;
  }[];
}

async function panel(page: Page): Promise<Shown> {
  return page.evaluate(() => {
    const root = document.querySelector('parley-panel')?.shadowRoot;
    return {
      subject: root?.querySelector('.subject')?.textContent ?? null,
      notice: root?.querySelector('.notice-text')?.textContent ?? null,
      trend: root?.querySelector('.trend-word')?.textContent ?? null,
      positions: Array.from(root?.querySelectorAll('[data-parley="position"] .position-button') ?? []).map(
        (b) => `${b.querySelector('.kind')?.textContent}: ${b.querySelector('.what')?.textContent}`,
      ),
      suggestions: Array.from(root?.querySelectorAll('[data-parley="suggestion"]') ?? []).map(
        (li) =>
          `${li.querySelector('.suggestion-head strong')?.textContent}: ${(li.querySelector('.reply-text')?.textContent ?? '').replace(/\s+/g, ' ').slice(0, 110)}…`,
      ),
      messages: Array.from(root?.querySelectorAll('[data-parley="message"]') ?? []).map((li) => ({
        sender: li.querySelector('.sender')?.textContent ?? '',
        date: li.querySelector('time')?.getAttribute('datetime') ?? '',
        partial: !!li.querySelector('.partial'),
        tone: li.querySelector('.badge.tone')?.textContent ?? '',
        signals: Array.from(li.querySelectorAll('.why strong')).map((x) => x.textContent ?? ''),
        text: li.querySelector('.text')?.textContent ?? '',
      })),
    };
  });
}

async function waitForPanel(page: Page, what: 'subject' | 'notice', timeout = 10_000) {
  await page.waitForFunction(
    (sel) => !!document.querySelector('parley-panel')?.shadowRoot?.querySelector(sel),
    what === 'subject' ? '.subject' : '.notice',
    { timeout },
  );
  if (what === 'subject') {
    // The analysis arrives from the background a moment later: every message gets its tone badge.
    await page
      .waitForFunction(
        () => {
          const root = document.querySelector('parley-panel')?.shadowRoot;
          const n = root?.querySelectorAll('[data-parley="message"]').length ?? 0;
          return n > 0 && root!.querySelectorAll('.badge.tone').length === n;
        },
        null,
        { timeout },
      )
      .catch(() => console.log('  (analysis did not arrive in time)'));
  }
}

function print(label: string, shown: Shown) {
  console.log(`\n▶ ${label}`);
  if (shown.notice) {
    console.log(`  panel message: ${shown.notice.trim()}`);
    return;
  }
  console.log(`  subject: ${shown.subject}`);
  if (shown.trend) console.log(`  tone trend: ${shown.trend}`);
  for (const p of shown.positions) console.log(`  their position: ${p}`);
  for (const m of shown.messages) {
    const first = m.text.split('\n').slice(0, 2).join(' / ');
    const tone = m.tone ? ` [${m.tone}${m.signals.length ? `: ${m.signals.join(', ')}` : ''}]` : '';
    console.log(
      `  - ${m.sender} (${m.date || 'no date'})${tone}${m.partial ? ' [collapsed: preview only]' : ''}`,
    );
    console.log(`      ${first.length > 150 ? first.slice(0, 147) + '…' : first}`);
  }
  for (const x of shown.suggestions) console.log(`  suggested reply · ${x}`);
}

/** The Send check: a heated draft in the Outlook reply box, Send pressed, the review shown. */
async function sendCheck(page: Page, url: string, name: string) {
  await page.goto(url);
  await waitForPanel(page, 'subject');
  const editor = page.locator(
    '[role=textbox][contenteditable="true"][aria-multiline="true"]:not([aria-haspopup])',
  );
  await editor.click();
  await page.evaluate(() => {
    const ed = document.querySelector(
      '[role=textbox][contenteditable="true"][aria-multiline="true"]:not([aria-haspopup])',
    )!;
    const range = document.createRange();
    range.setStart(ed, 0);
    range.setEndBefore(ed.querySelector('#Signature') ?? ed.lastChild!);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(
    'Marta,\nThis is ridiculous. Your team ALWAYS blames the source text!!! Pay the full 4.860,00 € by Friday or we will take legal action.\nLucía\n',
  );
  await page.locator('button[data-testid="ComposeSendButton"]').click();
  const dialog = page.getByRole('dialog', { name: /^Parley/ });
  await dialog.waitFor({ timeout: 5000 });
  console.log('\n▶ Send check on a heated Outlook draft: Send was held for a review');
  for (const f of await dialog.locator('.finding').all()) {
    const head = await f.locator('.finding-head').textContent();
    const msg = await f.locator('.finding-message').textContent();
    const fix = await f
      .locator('.fix-text')
      .textContent()
      .catch(() => null);
    console.log(`  - ${head}: ${msg}${fix ? ` → try: ${fix}` : ''}`);
  }
  const sent = await page.evaluate(() => (window as unknown as { __mockSent: unknown[] }).__mockSent.length);
  console.log(`  messages the site sent so far: ${sent}`);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  await page.locator('parley-review').screenshot({ path: join(OUT, `${name}-review.png`) });
}

async function shot(page: Page, name: string) {
  const host = page.locator('parley-panel').first();
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  if (await host.count())
    await host.screenshot({ path: join(OUT, `${name}-panel.png`) }).catch(() => undefined);
}

async function main() {
  if (!findChromium()) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  const mail = buildMockMail();
  const parley = await launchWithParley({ headless });
  await routeMockMail(parley.context, mail);
  console.log(`Parley ${headless ? '(headless)' : ''} loaded as extension ${parley.extensionId}.`);
  console.log(
    'Sample mail is served locally at the real Gmail and Outlook addresses; nothing leaves this machine.',
  );

  const page = parley.context.pages()[0] ?? (await parley.context.newPage());
  if (!headless) {
    await page.goto(mail.gmailThreadUrl(mail.gmail.threads[0].id));
    const outlook = await parley.context.newPage();
    await outlook.goto(mail.outlookThreadUrl(mail.outlook.threads[0].id));
    await page.bringToFront();
    console.log('\nA Chromium window is open with Parley on sample Gmail and Outlook inboxes (two tabs).');
    console.log('Open other threads from the inbox list; close the window to end the demo.');
    await new Promise<void>((done) => parley.context.on('close', () => done()));
    return;
  }

  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  let n = 0;
  for (const t of mail.gmail.threads) {
    await page.goto(mail.gmailThreadUrl(t.id));
    await waitForPanel(page, 'subject');
    print(`Gmail: ${t.file}`, await panel(page));
    await shot(page, `${String(++n).padStart(2, '0')}-gmail-${t.file.replace(/^.*\/|\.html$/g, '')}`);
  }
  for (const t of mail.outlook.threads) {
    await page.goto(mail.outlookThreadUrl(t.id));
    await waitForPanel(page, 'subject');
    print(`Outlook: ${t.file}`, await panel(page));
    await shot(page, `${String(++n).padStart(2, '0')}-outlook-${t.file.replace(/^.*\/|\.html$/g, '')}`);
  }
  const compose = mail.outlook.threads.find((t) => t.file.includes('compose')) ?? mail.outlook.threads[0];
  await sendCheck(
    page,
    mail.outlookThreadUrl(compose.id),
    `${String(++n).padStart(2, '0')}-outlook-send-check`,
  );
  await page.goto(`${GMAIL_UNKNOWN_BASE}#inbox/FMfcgzQbfLmJwTqVsnRrXkHdPzWcMgKd`);
  await waitForPanel(page, 'notice');
  print('Gmail with a layout Parley does not know', await panel(page));
  await shot(page, `${String(++n).padStart(2, '0')}-gmail-unknown-layout`);
  await page.goto(`${GMAIL_BASE}#inbox`);
  await page.waitForTimeout(400);
  await shot(page, `${String(++n).padStart(2, '0')}-gmail-inbox`);
  console.log(`\nScreenshots saved to ${OUT}/`);
  await parley.close();
}

main().catch((err) => {
  console.error(`demo failed: ${(err as Error).message}`);
  process.exit(1);
});
