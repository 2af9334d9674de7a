/**
 * A small, readable negotiation history for the popup and options tests, recorded through the real
 * storage path (analyzeThread → recordThread, recordSent) so the records are what Parley really keeps.
 * Run with the system date pinned to TODAY (vi.setSystemTime) so "ahead" and "overdue" are stable.
 */
import { analyzeThread } from '../../utils/analysis/thread';
import { recordThread } from '../../utils/db/repo';
import { recordSent } from '../../utils/db/sent';
import { openParleyDb, type ParleyDB } from '../../utils/db/schema';
import type { Message } from '../../utils/mail/types';
import type { ThreadMeta } from '../../utils/messaging';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, vi } from 'vitest';

/**
 * Before each test: the date pinned to NOW (only Date is faked: IndexedDB and the UI keep real timers),
 * a fresh database named `<prefix>-<n>` and a host element in the document, handed to `use`. After each:
 * the UI unmounted, the host removed, the database deleted and the real clock back.
 */
export function freshDbAndHost(prefix: string, use: (db: ParleyDB, host: HTMLElement) => void) {
  let db: ParleyDB;
  let host: HTMLElement;
  let count = 0;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOW);
    db = openParleyDb(`${prefix}-${++count}`);
    host = document.createElement('div');
    document.body.append(host);
    use(db, host);
  });
  afterEach(async () => {
    act(() => render(null, host));
    host.remove();
    await db.delete();
    vi.useRealTimers();
  });
}

export const TODAY = '2026-03-10';
export const NOW = new Date('2026-03-10T12:00:00');

const dana = { name: 'Dana Ruiz', email: 'dana@acme.example' };
const lee = { name: 'Lee Park', email: 'lee@globex.example' };
const sam = { name: 'Sam Odum', email: 'sam@initech.example' };
const me = { name: 'Alex Morgan', email: 'alex@supplier.example' };

const msg = (id: string, from: Message['from'], date: string, text: string, own = false): Message => ({
  id,
  from,
  date,
  text,
  own,
  partial: false,
});

export const INVOICE: ThreadMeta = {
  site: 'gmail',
  threadId: 't-acme',
  subject: 'Invoice INV-2041 dispute',
  url: 'https://mail.google.com/mail/u/0/#inbox/t-acme',
};
export const RENEWAL: ThreadMeta = {
  site: 'outlook',
  threadId: 't-globex',
  subject: 'Contract renewal 2026',
  url: 'https://outlook.office.com/mail/inbox/id/t-globex',
};
export const MARKUP: ThreadMeta = {
  site: 'gmail',
  threadId: 't-initech',
  subject: 'Refund <img src=x onerror=alert(1)>',
  url: 'javascript:alert(1)',
};

async function record(db: ParleyDB, meta: ThreadMeta, messages: Message[]) {
  return recordThread(db, meta, messages, analyzeThread({ messages }));
}

/** Three negotiations (hostile Gmail dispute, calm Outlook renewal, one with markup) and two commitments. */
export async function seedHistory(db: ParleyDB) {
  await record(db, MARKUP, [
    msg('i1', sam, '2026-02-20T09:00:00', 'Please refund the <b>duplicate</b> charge of $120.'),
  ]);
  await record(db, RENEWAL, [
    msg('g1', lee, '2026-03-04T09:00:00', 'Hi Alex, we would like to renew for another year at $12,000.'),
    msg('g2', me, '2026-03-04T15:00:00', 'Thanks Lee, that works for us. I will send the contract.', true),
    msg('g3', lee, '2026-03-05T10:00:00', 'Great, agreed. Thanks for the quick reply.'),
  ]);
  await record(db, INVOICE, [
    msg(
      'a1',
      dana,
      '2026-03-02T09:00:00',
      'Hello Alex, we expect a refund of €5,000 for the delayed delivery of the March order. Please confirm.',
    ),
    msg(
      'a2',
      me,
      '2026-03-03T10:00:00',
      'Thanks Dana, we are reviewing the delivery logs and will come back to you shortly.',
      true,
    ),
    msg(
      'a3',
      dana,
      '2026-03-06T16:00:00',
      'This is ridiculous. You people always delay everything!!! We now want €8,000 by March 20 or we will take legal action.',
    ),
  ]);
  const overdue = await recordSent(db, INVOICE, {
    text: 'I will call you tomorrow to agree the next steps.',
    date: '2026-03-05T10:00:00',
    to: [dana],
    findings: [],
  });
  const upcoming = await recordSent(db, INVOICE, {
    text: 'I will send you the delivery report by March 12.',
    date: '2026-03-08T10:00:00',
    to: [dana],
    findings: ['absolute'],
  });
  return { overdue: overdue[0], upcoming: upcoming[0] };
}

/** Polls (letting Preact and IndexedDB run) until `probe` returns something truthy. */
export async function waitFor<T>(probe: () => T | null | undefined | false, timeoutMs = 3000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${probe}`);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 10));
    });
  }
}
