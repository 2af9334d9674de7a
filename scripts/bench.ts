/**
 * `npm run bench`: Parley's performance figures against the budgets in ../shared/docs/design.md.
 * Prints each figure with its budget. (Figures for analysis, the Send check and the popup's history
 * arrive with those features.)
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { loadHtml } from '../cli/dom';
import { readMailPage } from '../utils/mail';
import { readdirSync } from 'node:fs';
import nlp from 'compromise';
import { analyzeMessage } from '../utils/analysis/analyze';
import { benchPopup } from './lib/bench-popup';
import { benchSendCheck } from './lib/bench-send';
import { launchWithParley, EXTENSION_DIR } from './lib/browser';
import { buildMockMail, routeMockMail } from './lib/mock-mail';

const rows: { what: string; value: string; budget: string; ok: boolean | null }[] = [];
const row = (what: string, value: string, budget: string, ok: boolean | null) =>
  rows.push({ what, value, budget, ok });
const ms = (n: number) => `${n.toFixed(1)} ms`;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

/** A conversation of `n` messages built from a sample page (its messages repeated with new ids). */
function longGmailThread(n: number): string {
  const page = loadHtml(readFileSync('tests/pages/gmail/thread-de.html', 'utf8'));
  const doc = page.document;
  const list = doc.querySelector('[role=list]')!;
  const items = Array.from(list.children);
  for (let i = items.length; i < n; i++) {
    const clone = items[i % items.length].cloneNode(true) as Element;
    clone
      .querySelectorAll('[data-legacy-message-id]')
      .forEach((el) => el.setAttribute('data-legacy-message-id', `b${i}`));
    list.append(clone);
  }
  const html = '<!DOCTYPE html>' + doc.documentElement.outerHTML;
  page.close();
  return html;
}

const regionOf = (html: string) => {
  const page = loadHtml(html);
  const region = page.document.querySelector('[role=main]')!.innerHTML;
  page.close();
  return region;
};
const subjectOf = (html: string) => {
  const page = loadHtml(html);
  const subject = page.document.querySelector('h2.hP')?.textContent?.trim() ?? '';
  page.close();
  return subject;
};

function sizes() {
  for (const name of ['gmail', 'outlook']) {
    const js = readFileSync(join(EXTENSION_DIR, `content-scripts/${name}.js`));
    const css = readFileSync(join(EXTENSION_DIR, `content-scripts/${name}.css`));
    const gz = gzipSync(Buffer.concat([js, css]), { level: 9 }).length / 1024;
    row(`content script (${name}) injected, gzip`, `${gz.toFixed(1)} KB`, '≤ 60 KB', gz <= 60);
  }
}

function nodeRead() {
  const html = longGmailThread(10);
  const url = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfLmJwTqVsnRrXkHdPzWcMgKd';
  const page = loadHtml(html, url);
  const times: number[] = [];
  for (let i = 0; i < 60; i++) {
    const t = performance.now();
    readMailPage(page.document, url);
    times.push(performance.now() - t);
  }
  page.close();
  row(
    'read a 10-message Gmail thread (Node, happy-dom), p95',
    ms(pct(times.slice(10), 95)),
    '(informative)',
    null,
  );
}

async function browserFigures() {
  const mail = buildMockMail({ delayMs: 0 });
  const parley = await launchWithParley();
  await routeMockMail(parley.context, mail);
  const longThread = longGmailThread(10);
  await parley.context.route('https://mail.google.com/mail/u/7/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: longThread }),
  );
  const page = await parley.context.newPage();
  // tsx keeps function names with a helper that does not exist in the page.
  await page.addInitScript('globalThis.__name = globalThis.__name || ((f) => f)');
  await page.addInitScript(() => {
    const w = window as unknown as { __parley: { name: string; duration: number }[]; __long: number[] };
    w.__parley = [];
    w.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries())
        if (e.name.startsWith('parley:')) w.__parley.push({ name: e.name, duration: e.duration });
    }).observe({ type: 'measure', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__long.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  // A distinct query each time so every visit is a real page load, not a same-document hash change.
  const url = (i: number) =>
    `https://mail.google.com/mail/u/7/?load=${i}#inbox/FMfcgzQbfLmJwTqVsnRrXkHdPzWcMgKd`;
  const panelTimes: number[] = [];
  const loadCost: number[] = [];
  let maxTask = 0;
  // 40 warm loads after a cold one: with fewer, the "p95" is just the single worst load, which on a
  // busy machine is the scheduler, not Parley.
  for (let i = 0; i < 41; i++) {
    await page.goto(url(i));
    await page.waitForFunction(
      () => !!document.querySelector('parley-panel')?.shadowRoot?.querySelector('.subject'),
    );
    const elapsed = await page.evaluate(() => performance.now());
    const measures = await page.evaluate(
      () => (window as unknown as { __parley: { name: string; duration: number }[] }).__parley,
    );
    const fromNav = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation' as never)[0] as PerformanceNavigationTiming;
      return nav ? nav.domContentLoadedEventEnd : 0;
    });
    if (process.env.BENCH_DEBUG)
      console.log(
        i,
        Math.round(elapsed - fromNav),
        JSON.stringify(measures.map((m) => [m.name, Math.round(m.duration * 10) / 10])),
      );
    if (i > 0) {
      // Warm: from the page being ready to the panel showing the thread.
      panelTimes.push(Math.max(0, elapsed - fromNav));
      loadCost.push(measures.reduce((s, m) => s + m.duration, 0));
      maxTask = Math.max(maxTask, ...measures.map((m) => m.duration));
    }
  }
  row(
    'page load: DOM ready → panel shown (incl. browser idle injection), p95',
    ms(pct(panelTimes, 95)),
    '(informative)',
    null,
  );
  row('main-thread time Parley adds to a page load (median)', ms(pct(loadCost, 50)), '(informative)', null);
  row(
    'main-thread time Parley adds to a page load (p95)',
    ms(pct(loadCost, 95)),
    '≤ 20 ms',
    pct(loadCost, 95) <= 20,
  );
  row('longest single Parley task on the page', ms(maxTask), '< 50 ms', maxTask < 50);

  // Opening threads in the single-page app (the way users open them): a 10-message thread and the samples.
  const switches: number[] = [];
  const tenId = 'FMfcgzTenMessagesBenchThread00';
  mail.gmail.threads.push({
    ...mail.gmail.threads[0],
    id: tenId,
    regionHtml: regionOf(longThread),
    subject: subjectOf(longThread),
  });
  await parley.context.unrouteAll();
  const rebuilt = buildMockMail({ delayMs: 0, extraGmail: mail.gmail.threads.slice(-1) });
  await routeMockMail(parley.context, rebuilt);
  await page.goto(rebuilt.gmailThreadUrl(rebuilt.gmail.threads[0].id));
  await page.waitForFunction(
    () => !!document.querySelector('parley-panel')?.shadowRoot?.querySelector('.subject'),
  );
  for (let i = 0; i < 12; i++) {
    // Every other switch opens the 10-message thread.
    const t =
      i % 2 === 0
        ? rebuilt.gmail.threads.find((x) => x.id === tenId)!
        : rebuilt.gmail.threads[((i / 2) % 2) | 0];
    const subject = await page.evaluate(async (id) => {
      const start = performance.now();
      location.hash = `#inbox/${id}`;
      return start;
    }, t.id);
    const shownAt = await page.evaluate(
      (want) =>
        new Promise<number>((resolve) => {
          const check = () => {
            const s = document
              .querySelector('parley-panel')
              ?.shadowRoot?.querySelector('.subject')?.textContent;
            if (s && document.querySelector('h2.hP')?.textContent === s && s === want)
              resolve(performance.now());
            else requestAnimationFrame(check);
          };
          check();
        }),
      t.subject,
    );
    switches.push(shownAt - subject);
  }
  row(
    'thread opened → panel shows tone and positions (warm, 10 messages, p95)',
    ms(pct(switches, 95)),
    '≤ 150 ms',
    pct(switches, 95) <= 150,
  );
  await parley.close();
}

/** The messages of the project's sample pages: real-looking negotiation text. */
function sampleTexts(): string[] {
  const texts: string[] = [];
  for (const dir of ['gmail', 'outlook']) {
    for (const f of readdirSync(join('tests/pages', dir)).filter((x) => x.endsWith('.expected.json'))) {
      const page = JSON.parse(readFileSync(join('tests/pages', dir, f), 'utf8')) as {
        messages: { text: string }[];
      };
      texts.push(...page.messages.map((m) => m.text));
    }
  }
  return texts;
}

function analysisThroughput() {
  const texts = sampleTexts();
  const bytes = texts.reduce((n, t) => n + t.length, 0);
  const time = (fn: () => void, rounds: number) => {
    const t = performance.now();
    for (let i = 0; i < rounds; i++) fn();
    return (performance.now() - t) / rounds;
  };
  const runOurs = () => texts.forEach((t) => analyzeMessage(t));
  const runTheirs = () => texts.forEach((t) => nlp(t));
  runOurs(); // warm-up
  runTheirs();
  // Five blocks of each, alternated, and the median block of each: on a shared 2-core machine one busy
  // moment otherwise lands on one side only and decides the ratio (single runs gave 0.33 to 0.64).
  const oursBlocks: number[] = [];
  const theirsBlocks: number[] = [];
  for (let b = 0; b < 5; b++) {
    oursBlocks.push(time(runOurs, 8));
    theirsBlocks.push(time(runTheirs, 2));
  }
  const ours = pct(oursBlocks, 50);
  const theirs = pct(theirsBlocks, 50);
  row(
    `analysis of ${texts.length} sample messages (${(bytes / 1024).toFixed(1)} KB)`,
    ms(ours),
    '(informative)',
    null,
  );
  row("compromise's full parse of the same text", ms(theirs), '(reference)', null);
  const ratio = ours / theirs;
  row('analysis time ÷ compromise parse time', ratio.toFixed(3), '≤ 0.5', ratio <= 0.5);
  const perKb = (ours / bytes) * 1024;
  row('analysis speed', `${(1000 / perKb).toFixed(0)} KB/s`, '(informative)', null);
}

async function sendCheckFigures() {
  const { reviewP95, cleanP95, runs } = await benchSendCheck();
  row(
    `Send check, click → verdict, 2 KB draft needing a review (p95, ${runs} runs in all)`,
    ms(reviewP95),
    '≤ 30 ms',
    reviewP95 <= 30,
  );
  row(
    'Send check, click → verdict, clean 2 KB draft (p95; it then sends)',
    ms(cleanP95),
    '≤ 30 ms',
    cleanP95 <= 30,
  );
}

async function popupFigures() {
  const { firstPaintMs, searchMs } = await benchPopup();
  row(
    'popup first paint with 10,000 negotiations (p95)',
    ms(firstPaintMs.p95),
    '≤ 150 ms',
    firstPaintMs.p95 <= 150,
  );
  row('popup first paint with 10,000 negotiations (median)', ms(firstPaintMs.median), '(informative)', null);
  row('popup search, keystroke → list updated (p95)', ms(searchMs.p95), '≤ 30 ms', searchMs.p95 <= 30);
}

async function main() {
  sizes();
  nodeRead();
  analysisThroughput();
  await browserFigures();
  await sendCheckFigures();
  await popupFigures();
  const w = Math.max(...rows.map((r) => r.what.length));
  console.log('\nParley benchmark\n');
  for (const r of rows) {
    const mark = r.ok === null ? ' ' : r.ok ? '✓' : '✗';
    console.log(`${mark} ${r.what.padEnd(w)}  ${r.value.padStart(10)}   budget ${r.budget}`);
  }
  if (rows.some((r) => r.ok === false)) process.exitCode = 1;
}

main().catch((err) => {
  console.error(`bench failed: ${(err as Error).stack ?? (err as Error).message}`);
  process.exit(1);
});
