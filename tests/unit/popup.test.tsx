import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { Popup } from '../../components/Popup';
import { openParleyDb, SCHEMA_VERSION, type ParleyDB } from '../../utils/db/schema';
import { listSummaries } from '../../utils/db/repo';
import {
  EARLY_READ,
  IDB_VERSION,
  PAGE_SIZE,
  readFirstPage,
  takeEarlyRead,
} from '../../utils/popup/first-page';
import { chartGeometry, trendSummary } from '../../utils/popup/trend';
import { positionChange, deadlinesAhead } from '../../utils/popup/positions';
import { activityText, dueText, safeWebUrl } from '../../utils/popup/format';
import { loadOnce } from '../../utils/popup/load-once';
import type { CurrentPosition } from '../../utils/analysis/thread';
import type { RoundRecord } from '../../utils/db/types';
import { INVOICE, MARKUP, RENEWAL, TODAY, freshDbAndHost, seedHistory, waitFor } from './history-fixtures';

let db: ParleyDB;
let host: HTMLElement;
freshDbAndHost('popup-test', (d, h) => {
  db = d;
  host = h;
});

const items = () => [...host.querySelectorAll<HTMLElement>('[data-parley="negotiation"]')];
const subjects = () => items().map((li) => li.querySelector('.neg-subject')!.textContent);
const button = (name: string | RegExp) =>
  [...host.querySelectorAll<HTMLButtonElement>('button')].find((b) =>
    typeof name === 'string' ? b.textContent?.trim() === name : name.test(b.textContent ?? ''),
  );

function typeInto(input: HTMLInputElement, value: string) {
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function choose(select: HTMLSelectElement, value: string) {
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

function mount(openOptions = vi.fn()) {
  act(() =>
    render(
      <Popup
        db={db}
        today={TODAY}
        getTab={async () => ({ id: 1, url: 'https://example.com/' })}
        openOptions={openOptions}
      />,
      host,
    ),
  );
  return { openOptions };
}

describe('popup: the list', () => {
  it('teaches what to do when nothing is saved yet', async () => {
    mount();
    const empty = await waitFor(() => host.querySelector('[data-parley="empty"]'));
    expect(empty.textContent).toMatch(/No negotiations yet/);
    expect(empty.textContent).toMatch(/Open a conversation in Gmail or Outlook/);
    expect(items()).toHaveLength(0);
    // "Analyze this page" stays available on a non-mail tab.
    expect(button('Analyze this page')).toBeDefined();
  });

  it('lists negotiations newest first with counterpart, status, hostile marker, trend and deadline', async () => {
    await seedHistory(db);
    mount();
    await waitFor(() => items().length === 3);
    expect(subjects()).toEqual([INVOICE.subject, RENEWAL.subject, MARKUP.subject]);
    const [invoice, renewal] = items();
    expect(invoice.querySelector('.neg-who')!.textContent).toBe('Dana Ruiz');
    expect(invoice.querySelector('.badge.hostile')).not.toBeNull();
    expect(invoice.querySelector('.neg-trend')!.textContent).toMatch(/heating up/);
    expect(invoice.querySelector('.neg-deadline')!.textContent).toBe('Deadline Mar 20');
    expect(invoice.querySelector('.neg-when')!.textContent).toBe('2 days ago');
    expect(renewal.querySelector('.badge.hostile')).toBeNull();
    expect(renewal.querySelector('.badge')!.textContent).toBe('Open');
  });

  it('renders mail text as text, never as HTML', async () => {
    await seedHistory(db);
    mount();
    await waitFor(() => items().length === 3);
    expect(subjects()[2]).toBe('Refund <img src=x onerror=alert(1)>');
    expect(host.querySelector('img')).toBeNull();
  });

  it('opens on commitments due: overdue first, each with its negotiation', async () => {
    await seedHistory(db);
    mount();
    const due = await waitFor(() => {
      const list = host.querySelectorAll('[data-parley="due"]');
      return list.length === 2 && [...list];
    });
    expect(due[0].textContent).toMatch(/I will call you tomorrow/);
    expect(due[0].textContent).toMatch(/Overdue by 4 days/);
    expect(due[1].textContent).toMatch(/Due in 2 days/);
    expect(due[1].textContent).toContain(INVOICE.subject);
    // The due list comes before the negotiations.
    const order = host.querySelector('.due')!.compareDocumentPosition(host.querySelector('.negotiations')!);
    expect(order & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('searches subjects, people and text, and says when nothing is found', async () => {
    await seedHistory(db);
    mount();
    await waitFor(() => items().length === 3);
    const search = host.querySelector<HTMLInputElement>('input[type="search"]')!;

    typeInto(search, 'lee');
    await waitFor(() => items().length === 1);
    expect(subjects()).toEqual([RENEWAL.subject]);

    // Stored message text is searched too ("ridiculous" is only in Dana's message).
    typeInto(search, 'ridicul');
    await waitFor(() => subjects()[0] === INVOICE.subject && items().length === 1);

    typeInto(search, 'zebra');
    const empty = await waitFor(() => host.querySelector('[data-parley="empty"]'));
    expect(empty.textContent).toMatch(/Nothing found for “zebra”/);
    act(() => button('Clear search and filters')!.click());
    await waitFor(() => items().length === 3);
    expect(search.value).toBe('');
  });

  it('filters by status, hostile and deadline', async () => {
    await seedHistory(db);
    mount();
    await waitFor(() => items().length === 3);
    const [hostile, deadline] = [
      ...host.querySelectorAll<HTMLInputElement>('.filter-row input[type="checkbox"]'),
    ];

    act(() => hostile.click());
    await waitFor(() => items().length === 1);
    expect(subjects()).toEqual([INVOICE.subject]);
    act(() => hostile.click());
    await waitFor(() => items().length === 3);

    act(() => deadline.click());
    await waitFor(() => items().length === 1);
    expect(subjects()).toEqual([INVOICE.subject]);
    act(() => deadline.click());
    await waitFor(() => items().length === 3);

    const { setStatus } = await import('../../utils/db/repo');
    await setStatus(db, 'outlook:t-globex', 'agreed');
    choose(host.querySelector<HTMLSelectElement>('.filter-row select')!, 'agreed');
    await waitFor(() => items().length === 1);
    expect(subjects()).toEqual([RENEWAL.subject]);
  });

  it('updates live when a negotiation is recorded elsewhere', async () => {
    await seedHistory(db);
    mount();
    await waitFor(() => items().length === 3);
    const { recordSent } = await import('../../utils/db/sent');
    await recordSent(
      db,
      {
        site: 'gmail',
        threadId: 'new',
        subject: 'Late payment',
        url: 'https://mail.google.com/mail/u/0/#inbox/new',
      },
      { text: 'Hello, following up on the payment.', date: '2026-03-09T09:00:00', to: [], findings: [] },
    );
    await waitFor(() => items().length === 4);
    expect(subjects()[0]).toBe('Late payment');
  });

  it('opens the options page', async () => {
    const { openOptions } = mount();
    act(() => button('Settings & data')!.click());
    expect(openOptions).toHaveBeenCalledOnce();
  });
});

describe('popup: the first page, before Dexie', () => {
  /** Opens `name` at `version` with plain IndexedDB, creating stores in `upgrade`, and closes it. */
  function rawDb(name: string, version: number, upgrade: (db: IDBDatabase) => void): Promise<void> {
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(name, version);
      request.onupgradeneeded = () => upgrade(request.result);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
  }
  const databaseNames = async () => (await indexedDB.databases()).map((d) => d.name);

  it('reads what listSummaries reads for the unfiltered list, newest first, at most `limit`', async () => {
    await seedHistory(db);
    expect(IDB_VERSION).toBe(SCHEMA_VERSION * 10);
    expect(await readFirstPage(PAGE_SIZE + 1, db.name)).toEqual(
      await listSummaries(db, { limit: PAGE_SIZE + 1, today: TODAY }),
    );
    expect(await readFirstPage(2, db.name)).toEqual(await listSummaries(db, { limit: 2, today: TODAY }));
    expect((await readFirstPage(2, db.name))!.map((n) => n.subject)).toEqual([
      INVOICE.subject,
      RENEWAL.subject,
    ]);
  });

  it('creates no database when there is none, and Dexie then creates it as usual', async () => {
    const name = `first-page-missing-${db.name}`;
    expect(await readFirstPage(PAGE_SIZE, name)).toBeNull();
    expect(await databaseNames()).not.toContain(name);
    const fresh = openParleyDb(name);
    await fresh.open();
    expect(fresh.verno).toBe(SCHEMA_VERSION);
    expect(await fresh.search.count()).toBe(0);
    await fresh.delete();
  });

  it('leaves a database of another schema version to Dexie, unchanged', async () => {
    const name = `first-page-old-${db.name}`;
    await rawDb(name, 20, (raw) => {
      const search = raw.createObjectStore('search', { keyPath: 'id' });
      search.createIndex('order', 'order', { unique: true });
      search.add({ id: 'a', order: '1', subject: 'Old row', status: 'open' });
    });
    expect(await readFirstPage(PAGE_SIZE, name)).toBeNull();
    expect((await indexedDB.databases()).find((d) => d.name === name)?.version).toBe(20);
    indexedDB.deleteDatabase(name);
  });

  it('hands the early script’s read to the popup once, and nothing when the script did not run', async () => {
    await seedHistory(db);
    expect(takeEarlyRead()).toBeUndefined();
    const read = readFirstPage(PAGE_SIZE + 1, db.name);
    (globalThis as Record<string, unknown>)[EARLY_READ] = read;
    expect(takeEarlyRead()).toBe(read);
    expect(takeEarlyRead()).toBeUndefined();
    expect((await read)!.map((n) => n.subject)[0]).toBe(INVOICE.subject);
  });

  it('paints the early rows, then the live list takes over without replacing them', async () => {
    await seedHistory(db);
    const firstPage = await readFirstPage(PAGE_SIZE + 1, db.name);
    const props = { today: TODAY, getTab: async () => null, openOptions: vi.fn(), firstPage };
    act(() => render(<Popup db={null} {...props} />, host));
    expect(subjects()).toEqual([INVOICE.subject, RENEWAL.subject, MARKUP.subject]);
    const before = items();

    const loading: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const r of records)
        for (const node of r.addedNodes) if (node.textContent?.includes('Loading')) loading.push('Loading');
    });
    observer.observe(host, { childList: true, subtree: true });
    act(() => render(<Popup db={db} {...props} />, host));
    // The due list reads once the database is there; by then the live list has answered too.
    await waitFor(() => host.querySelectorAll('[data-parley="due"]').length === 2);
    observer.disconnect();
    expect(loading).toEqual([]);
    // The very same elements: Preact kept them (same keys, same order), nothing was redrawn.
    expect(items()).toHaveLength(before.length);
    items().forEach((li, i) => expect(li).toBe(before[i]));

    // The live query is in charge now: a negotiation recorded elsewhere shows up.
    await db.transaction('rw', db.search, async () => {
      const row = (await db.search.get('gmail:t-acme'))!;
      await db.search.put({ ...row, id: 'x', order: `0${row.order}`, subject: 'Newer' });
    });
    await waitFor(() => items().length === 4);
    expect(subjects()[0]).toBe('Newer');
  });

  it('shows the early rows only for the unfiltered first page', async () => {
    await seedHistory(db);
    const firstPage = await readFirstPage(PAGE_SIZE + 1, db.name);
    act(() =>
      render(<Popup db={null} today={TODAY} getTab={async () => null} firstPage={firstPage} />, host),
    );
    expect(items()).toHaveLength(3);
    typeInto(host.querySelector<HTMLInputElement>('input[type="search"]')!, 'renewal');
    await waitFor(() => items().length === 0);
    expect(host.querySelector('.negotiations')!.textContent).toMatch(/Loading…/);
    act(() => render(<Popup db={db} today={TODAY} getTab={async () => null} firstPage={firstPage} />, host));
    await waitFor(() => items().length === 1);
    expect(subjects()).toEqual([RENEWAL.subject]);
  });
});

describe('popup: a negotiation', () => {
  async function openInvoice() {
    const seeded = await seedHistory(db);
    mount();
    await waitFor(() => items().length === 3);
    act(() => items()[0].querySelector('button')!.click());
    await waitFor(() => host.querySelector('.detail-subject'));
    return seeded;
  }

  it('shows the trend chart, positions with how they moved, deadlines, commitments and replies', async () => {
    await openInvoice();
    expect(host.querySelector('.detail-subject')!.textContent).toBe(INVOICE.subject);
    const chart = host.querySelector('svg[role="img"]')!;
    expect(chart.getAttribute('aria-label')).toBe(
      'Tone over 3 rounds: heating up. Their latest message: hostile.',
    );
    expect(chart.querySelectorAll('circle')).toHaveLength(3);

    const amount = host.querySelector('.pos-amount')!;
    expect(amount.querySelector('.change')!.textContent).toMatch(
      /^€5,000(\.00)? on Mar 2 → €8,000(\.00)? now$/,
    );
    expect(host.querySelector('.deadlines')!.textContent).toMatch(/Mar 20.*by March 20/);
    const commitments = host.querySelectorAll('[data-parley="commitment"]');
    expect(commitments).toHaveLength(2);
    expect(host.querySelectorAll('.reply')).toHaveLength(2);
    expect(host.querySelector('.reply-findings')!.textContent).toBe('Sent despite: absolute');

    const link = host.querySelector<HTMLAnchorElement>('.detail-meta a')!;
    expect(link.textContent).toBe('Open in Gmail');
    expect(link.href).toBe(INVOICE.url);
  });

  it('toggling a commitment writes it to the database', async () => {
    const { upcoming } = await openInvoice();
    const box = [...host.querySelectorAll('[data-parley="commitment"]')]
      .find((li) => li.textContent?.includes('delivery report'))!
      .querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    act(() => box.click());
    await expect.poll(async () => (await db.commitments.get(upcoming.id))?.done).toBe(true);
    // The list of what is due follows (live) once back.
    act(() => button(/Back/)!.click());
    await waitFor(() => host.querySelectorAll('[data-parley="due"]').length === 1);
  });

  it('sets the status, offering Parley’s suggestion', async () => {
    await seedHistory(db);
    mount();
    await waitFor(() => items().length === 3);
    act(() => items()[1].querySelector('button')!.click()); // the renewal: "agreed" in its last message
    await waitFor(() => host.querySelector('.status-field'));
    expect(host.querySelector('.suggestion')!.textContent).toMatch(/Parley suggests “Agreed”/);
    act(() => button('Use it')!.click());
    await expect.poll(async () => (await db.negotiations.get('outlook:t-globex'))?.status).toBe('agreed');
    choose(host.querySelector<HTMLSelectElement>('.status-field select')!, 'closed');
    await expect.poll(async () => (await db.negotiations.get('outlook:t-globex'))?.status).toBe('closed');
  });

  it('never turns a stored javascript: URL into a link', async () => {
    await seedHistory(db);
    mount();
    await waitFor(() => items().length === 3);
    act(() => items()[2].querySelector('button')!.click());
    await waitFor(() => host.querySelector('.detail-subject'));
    expect(host.querySelector('.detail-meta a')).toBeNull();
  });

  it('Back and Esc return to the list, focus on the negotiation that was open', async () => {
    await openInvoice();
    expect(host.querySelector<HTMLElement>('.home')!.hidden).toBe(true);
    act(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    await waitFor(() => !host.querySelector('.detail'));
    expect(host.querySelector<HTMLElement>('.home')!.hidden).toBe(false);
    expect(document.activeElement).toBe(items()[0].querySelector('button'));
  });

  it('deletes only after confirmation', async () => {
    await openInvoice();
    act(() => button('Delete…')!.click());
    expect(host.querySelector('.confirm')!.textContent).toMatch(/Delete this negotiation\?/);
    act(() => button('Cancel')!.click());
    expect(await db.negotiations.get('gmail:t-acme')).toBeDefined();

    act(() => button('Delete…')!.click());
    act(() => button('Delete')!.click());
    await waitFor(() => items().length === 2);
    expect(await db.negotiations.get('gmail:t-acme')).toBeUndefined();
    expect(await db.commitments.where('negotiationId').equals('gmail:t-acme').count()).toBe(0);
  });
});

describe('popup helpers', () => {
  const round = (over: Partial<RoundRecord>): RoundRecord => ({
    messageId: String(Math.random()),
    date: null,
    from: { name: 'Dana', email: '' },
    own: false,
    level: 'calm',
    score: 0,
    judged: true,
    positions: [],
    ...over,
  });

  it('plots higher tone scores higher and draws the line through the other side only', () => {
    const g = chartGeometry([
      round({ score: 0.8, level: 'hostile' }),
      round({ own: true, score: 0 }),
      round({ score: 0.2 }),
    ]);
    expect(g.points[0].y).toBeLessThan(g.points[2].y);
    expect(g.line.match(/[ML]/g)).toEqual(['M', 'L']);
    expect(trendSummary([], 'unknown')).toBe('No rounds yet');
    expect(trendSummary([round({}), round({})], 'cooling')).toBe(
      'Tone over 2 rounds: cooling down. Their latest message: calm.',
    );
  });

  it('describes how a position moved, dropping repeats and other currencies', () => {
    const p = (value: number, currency = 'EUR', date = '2026-03-03T10:00:00') => ({
      messageId: `${value}`,
      date,
      text: `${value}`,
      value: { currency, value },
    });
    const current = {
      ...p(8000, 'EUR', '2026-03-09T10:00:00'),
      kind: 'amount',
      start: 0,
      end: 4,
      from: { name: '', email: '' },
      history: [p(5000), p(5000), p(300, 'USD'), p(6000, 'EUR', '2026-03-05T10:00:00')],
    } as CurrentPosition;
    expect(positionChange(current, TODAY)).toMatch(
      /^€5,000(\.00)? on Mar 3 → €6,000(\.00)? on Mar 5 → €8,000(\.00)? now$/,
    );
    expect(positionChange({ ...current, history: [p(8000)] }, TODAY)).toBeNull();
    expect(
      deadlinesAhead(
        [
          { ...current, kind: 'deadline', text: 'by Mar 1', value: { date: '2026-03-01' } },
          { ...current, kind: 'deadline', text: 'by Friday', value: { date: '2026-03-13' } },
        ],
        TODAY,
      ).map((d) => d.text),
    ).toEqual(['by Friday']);
  });

  it('says dates relative to today and keeps only web links', () => {
    expect(dueText('2026-03-09', TODAY)).toBe('Overdue by 1 day');
    expect(dueText('2026-03-10', TODAY)).toBe('Due today');
    expect(dueText(null, TODAY)).toBe('No date');
    expect(dueText('2025-12-01', TODAY)).toBe('Overdue since Dec 1, 2025');
    expect(activityText('2026-03-09T23:00:00', TODAY)).toBe('yesterday');
    expect(safeWebUrl('javascript:alert(1)')).toBeNull();
    expect(safeWebUrl('https://mail.google.com/mail/u/0/#inbox/x')).toBe(
      'https://mail.google.com/mail/u/0/#inbox/x',
    );
  });
});

describe('loadOnce', () => {
  it('shares one load between callers and tries again after a failure', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValue('page');
    const get = loadOnce(load);
    await expect(get()).rejects.toThrow('offline');
    const [a, b] = await Promise.all([get(), get()]);
    expect([a, b]).toEqual(['page', 'page']);
    expect(load).toHaveBeenCalledTimes(2);
    await get();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
