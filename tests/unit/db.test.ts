import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { analyzeThread } from '../../utils/analysis/thread';
import type { Message } from '../../utils/mail/types';
import type { ThreadMeta } from '../../utils/messaging';
import { addDays } from '../../utils/dates';
import { agreementIn, suggestedStatusOf } from '../../utils/db/derive';
import { ImportError, describePath, parseImport } from '../../utils/db/export-file';
import {
  addFact,
  commitmentsDue,
  commitmentsDuePage,
  contextFor,
  deleteAll,
  deleteFact,
  deleteNegotiation,
  deleteRecourse,
  dueCount,
  exportAll,
  exportNegotiation,
  getSettings,
  ignoreThread,
  importFile,
  listNegotiations,
  negotiationDetail,
  recordFailure,
  recordThread,
  saveFact,
  saveRecourse,
  saveSettings,
  setCommitmentDone,
  setStatus,
} from '../../utils/db/repo';
import { recordSent } from '../../utils/db/sent';
import { openParleyDb, type ParleyDB } from '../../utils/db/schema';
import type { CommitmentRecord, ExportFile, NegotiationRecord, RoundRecord } from '../../utils/db/types';
import { seedNegotiations } from '../../scripts/lib/seed';

let opened: ParleyDB[] = [];
let serial = 0;
function freshDb(): ParleyDB {
  const db = openParleyDb(`parley-test-${++serial}`);
  opened.push(db);
  return db;
}
afterEach(async () => {
  for (const db of opened) await db.delete();
  opened = [];
});

const kim = { name: 'Kim Okafor', email: 'kim@northwind.example' };
const me = { name: 'Alex Morgan', email: 'alex@morgan.example' };

function msg(id: string, text: string, date: string | null, own = false, partial = false): Message {
  return { id, from: own ? me : kim, date, text, own, partial };
}

function meta(threadId: string, subject = 'Refund for order 1042'): ThreadMeta {
  return { site: 'gmail', threadId, subject, url: `https://mail.google.com/mail/u/0/#inbox/${threadId}` };
}

const record = (db: ParleyDB, m: ThreadMeta, messages: Message[]) =>
  recordThread(db, m, messages, analyzeThread({ messages }));

const THREAD = [
  msg(
    'm1',
    'Hi, the standing desks arrived damaged. We want a refund of $400 by Friday.',
    '2026-03-02T09:00:00',
  ),
  msg('m2', "Sorry about that. I'll send a replacement by Thursday.", '2026-03-02T11:00:00', true),
  msg(
    'm3',
    'This is ridiculous!!! Refund the $400 by 2099-03-06 or we will go to our lawyers.',
    '2026-03-03T08:30:00',
  ),
];

/** Every record in every table, read with IndexedDB itself (not through Dexie's instance). */
async function rawCounts(name: string): Promise<Record<string, number>> {
  const idb: IDBDatabase = await new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const names = [...idb.objectStoreNames];
  const tx = idb.transaction(names, 'readonly');
  const counts: Record<string, number> = {};
  await Promise.all(
    names.map(
      (n) =>
        new Promise<void>((resolve) => {
          const req = tx.objectStore(n).count();
          req.onsuccess = () => {
            counts[n] = req.result;
            resolve();
          };
        }),
    ),
  );
  idb.close();
  return counts;
}

describe('recording threads', () => {
  it('stores rounds, people, positions and derived fields', async () => {
    const db = freshDb();
    const n = await record(db, meta('t1'), THREAD);
    expect(n.id).toBe('gmail:t1');
    expect(n.status).toBe('open');
    expect(n.rounds.map((r) => r.messageId)).toEqual(['m1', 'm2', 'm3']);
    expect(n.rounds[0].text).toBe(THREAD[0].text);
    expect(n.counterparts).toEqual([kim]);
    expect(n.firstActivity).toBe('2026-03-02T09:00:00');
    expect(n.lastActivity).toBe('2026-03-03T08:30:00');
    expect(n.hostile).toBe(n.rounds[2].level === 'hostile');
    expect(n.positions.some((p) => p.kind === 'amount' && p.messageId === 'm3')).toBe(true);
    // The amount of m1 is the history of the current one.
    const amount = n.positions.find((p) => p.kind === 'amount')!;
    expect(amount.history.map((h) => h.messageId)).toEqual(['m1']);
    expect(THREAD[2].text.slice(amount.start, amount.end)).toBe(amount.text);
    expect(n.nextDeadline).toBe('2099-03-06');
    expect(n.searchText).toContain('refund for order 1042');
    expect(n.searchText).toContain('kim@northwind.example');
    const stored = await negotiationDetail(db, 'gmail:t1');
    expect(stored?.negotiation).toEqual(n);
  });

  it('merges re-reads by message id and keeps the user’s status', async () => {
    const db = freshDb();
    await record(db, meta('t1'), THREAD.slice(0, 2));
    await setStatus(db, 'gmail:t1', 'impasse');
    // A later read shows only the newest messages, the first one collapsed to a snippet.
    const n = await record(db, meta('t1'), [
      msg('m1', 'Hi, the standing…', '2026-03-02T09:00:00', false, true),
      THREAD[2],
    ]);
    expect(n.rounds.map((r) => r.messageId)).toEqual(['m1', 'm2', 'm3']);
    expect(n.rounds[0].text).toBe(THREAD[0].text);
    expect(n.status).toBe('impasse');
  });

  it('loses nothing when several tabs record the same thread at once', async () => {
    const db = freshDb();
    const many = Array.from({ length: 12 }, (_, i) =>
      msg(
        `x${i}`,
        `Message ${i}: we need an answer about the invoice.`,
        `2026-04-01T${String(8 + i).padStart(2, '0')}:00:00`,
      ),
    );
    // Each "tab" saw a different part of the thread.
    const views = [many.slice(0, 4), many.slice(3, 8), many.slice(8), [many[1], many[10]], many.slice(5, 7)];
    await Promise.all(views.map((v) => record(db, meta('busy'), v)));
    const n = (await negotiationDetail(db, 'gmail:busy'))!.negotiation;
    expect(n.rounds.map((r) => r.messageId)).toEqual(many.map((m) => m.id));
    expect(n.firstActivity).toBe('2026-04-01T08:00:00');
    expect(n.lastActivity).toBe('2026-04-01T19:00:00');
  });

  it('keeps no text when text storage is off, and removes stored text when it is turned off', async () => {
    const db = freshDb();
    await record(db, meta('kept'), THREAD);
    await recordSent(db, meta('kept'), {
      text: "I'll call you tomorrow.",
      date: '2026-03-03T10:00:00',
      to: [kim],
      findings: [],
    });
    await saveSettings(db, { storeText: false });
    const purged = (await negotiationDetail(db, 'gmail:kept'))!;
    expect(purged.negotiation.rounds.every((r) => r.text === undefined)).toBe(true);
    expect(purged.sentReplies.every((r) => r.text === undefined)).toBe(true);
    expect(purged.negotiation.searchText).not.toContain('standing desks');
    expect(purged.negotiation.rounds[2].positions.length).toBeGreaterThan(0);

    const n = await record(db, meta('t2'), [msg('a1', 'That works for us, thanks.', '2026-03-04T10:00:00')]);
    expect(n.rounds[0].text).toBeUndefined();
    expect(n.rounds[0].agreement).toBe(true);
    expect(n.suggestedStatus).toBe('agreed');
  });
  it('stores only web links: another scheme leaves no link, and never replaces a stored one', async () => {
    const db = freshDb();
    await record(db, { ...meta('t1'), url: 'javascript:alert(document.cookie)' }, THREAD.slice(0, 1));
    expect((await negotiationDetail(db, 'gmail:t1'))?.negotiation.url).toBe('');
    // The history is kept all the same.
    expect((await negotiationDetail(db, 'gmail:t1'))?.negotiation.rounds).toHaveLength(1);
    await record(db, meta('t1'), THREAD.slice(0, 2));
    await record(db, { ...meta('t1'), url: 'data:text/html,<script>x</script>' }, THREAD);
    const n = (await negotiationDetail(db, 'gmail:t1'))!.negotiation;
    expect(n.url).toBe(meta('t1').url);
    expect(n.rounds).toHaveLength(3);
    await recordSent(
      db,
      { ...meta('t9', 'Quote'), url: 'vbscript:msgbox' },
      {
        text: 'Thanks.',
        date: '2026-03-03T10:00:00',
        to: [kim],
        findings: [],
      },
    );
    expect((await negotiationDetail(db, 'gmail:t9'))?.negotiation.url).toBe('');
  });
});

describe('suggested status', () => {
  const round = (own: boolean, kinds: string[], agreement = false): RoundRecord => ({
    messageId: Math.random().toString(36),
    date: null,
    from: own ? me : kim,
    own,
    level: 'calm',
    score: 0,
    judged: true,
    positions: kinds.map((kind) => ({ kind: kind as 'refusal', text: kind })),
    ...(agreement ? { agreement } : {}),
  });

  it('finds agreement words, not negated, asked or conditional ones', () => {
    for (const yes of [
      'Agreed.',
      'That works for us.',
      'We accept the credit.',
      'Deal!',
      'Sounds good to me, thanks',
    ])
      expect(agreementIn(yes), yes).toBe(true);
    for (const no of [
      'We cannot accept a partial credit.',
      'Do you agree?',
      'If you agree, sign below.',
      'This is not a deal we can take.',
      'We accept no responsibility for the delay.',
      'As agreed in the contract, pay by Friday.',
    ])
      expect(agreementIn(no), no).toBe(false);
  });

  it('suggests agreed, impasse or nothing from the latest rounds', () => {
    expect(suggestedStatusOf([round(false, ['refusal']), round(true, []), round(false, [], true)])).toBe(
      'agreed',
    );
    // Agreement words with a refusal in the same message are not agreement.
    expect(suggestedStatusOf([round(false, ['refusal'], true)])).toBeNull();
    expect(suggestedStatusOf([round(false, ['refusal']), round(true, []), round(false, ['refusal'])])).toBe(
      'impasse',
    );
    // A commitment in between breaks the run of refusals.
    expect(
      suggestedStatusOf([round(false, ['refusal']), round(true, ['commitment']), round(false, ['refusal'])]),
    ).toBeNull();
    expect(suggestedStatusOf([round(false, ['refusal']), round(false, ['demand'])])).toBeNull();
  });
});

describe('searching and listing', () => {
  async function three(db: ParleyDB) {
    await record(db, meta('a', 'Invoice INV-2041 dispute'), [
      msg('a1', 'Séverine here: we will not pay INV-2041.', '2026-01-05T10:00:00'),
      msg('a2', 'We refuse again. You idiots!!!', '2026-01-06T10:00:00'),
    ]);
    await record(db, meta('b', 'Contract renewal'), [
      msg('b1', 'Please renew by 2099-01-31.', '2026-02-01T10:00:00'),
    ]);
    await record(db, meta('c', 'Lunch'), [msg('c1', 'Thanks for lunch!', '2026-03-01T10:00:00')]);
    await setStatus(db, 'gmail:c', 'closed');
  }

  it('lists newest first, searches word prefixes without accents, and filters', async () => {
    const db = freshDb();
    await three(db);
    const ids = (ns: NegotiationRecord[]) => ns.map((n) => n.threadId);
    expect(ids(await listNegotiations(db, {}))).toEqual(['c', 'b', 'a']);
    expect(ids(await listNegotiations(db, { limit: 2 }))).toEqual(['c', 'b']);
    expect(ids(await listNegotiations(db, { query: 'severine' }))).toEqual(['a']);
    expect(ids(await listNegotiations(db, { query: 'INV-2041' }))).toEqual(['a']);
    expect(ids(await listNegotiations(db, { query: 'ren' }))).toEqual(['b']);
    expect(ids(await listNegotiations(db, { query: 'northwind' }))).toEqual(['c', 'b', 'a']);
    expect(ids(await listNegotiations(db, { query: 'renew lunch' }))).toEqual([]);
    expect(ids(await listNegotiations(db, { status: 'closed' }))).toEqual(['c']);
    expect(
      ids(await listNegotiations(db, { status: 'open', hasDeadline: true, today: '2026-06-01' })),
    ).toEqual(['b']);
    expect(ids(await listNegotiations(db, { hasDeadline: false, today: '2026-06-01' }))).toEqual(['c', 'a']);
    const hostile = await listNegotiations(db, { hostile: true });
    expect(hostile.every((n) => n.hostile)).toBe(true);
    expect(ids(await listNegotiations(db, { hostile: false })).length + hostile.length).toBe(3);
    // Records come back without the index-only fields.
    expect(Object.keys((await listNegotiations(db, { limit: 1 }))[0])).not.toContain('words');
  });

  it('agrees with a plain scan on 600 seeded negotiations, for small and large result sets', async () => {
    const db = freshDb();
    await importFile(db, seedNegotiations(600, { endDate: '2026-06-30' }));
    const all = (await exportAll(db)).negotiations;
    const today = '2026-06-20';
    const words = (n: NegotiationRecord) =>
      n.searchText
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .split(/[^\p{L}\p{N}]+/u);
    const queries = [
      { query: 'refund' },
      { query: 'inv', status: 'open' as const },
      { query: 'lumen energy' },
      { query: 'warranty wr-10012' },
      { hostile: true, limit: 25 },
      { hasDeadline: true, today },
      { status: 'agreed' as const, hostile: false, limit: 40 },
      { query: 'zzzz' },
      { query: 'regards', limit: 50 },
      // Common conditions (over 1,000 index entries): these walk the rows newest first.
      { query: 'r', limit: 40 },
      { query: 'r inv', status: 'open' as const },
      { hostile: false, limit: 60 },
      {},
      { limit: 7 },
    ];
    for (const q of queries) {
      const terms = (q.query ?? '')
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean);
      const expected = all
        .filter((n) => terms.every((t) => words(n).some((w) => w.startsWith(t))))
        .filter((n) => !('status' in q) || n.status === q.status)
        .filter((n) => !('hostile' in q) || n.hostile === q.hostile)
        .filter(
          (n) =>
            !('hasDeadline' in q) || (n.nextDeadline !== null && n.nextDeadline >= today) === q.hasDeadline,
        )
        .sort((a, b) => (a.lastActivity < b.lastActivity ? 1 : a.lastActivity > b.lastActivity ? -1 : 0))
        .slice(0, 'limit' in q ? q.limit : undefined)
        .map((n) => n.lastActivity);
      const got = (await listNegotiations(db, q)).map((n) => n.lastActivity);
      expect(got, JSON.stringify(q)).toEqual(expected);
    }
  });
});

describe('sent replies and commitments', () => {
  it('stores a sent reply and the promises it makes, creating the negotiation if needed', async () => {
    const db = freshDb();
    const made = await recordSent(db, meta('new', 'Quote'), {
      text: "Thanks Kim. I'll send the revised quote by Thursday. We will also call you next week.",
      date: '2026-03-02T10:00:00',
      to: [kim],
      findings: ['exclamation'],
    });
    expect(made.length).toBeGreaterThan(0);
    const quote = made.find((c) => c.text.includes('revised quote'))!;
    expect(quote.due).toBe('2026-03-05');
    expect(quote.done).toBe(false);
    const detail = (await negotiationDetail(db, 'gmail:new'))!;
    expect(detail.negotiation.subject).toBe('Quote');
    expect(detail.negotiation.counterparts).toEqual([kim]);
    expect(detail.sentReplies).toHaveLength(1);
    expect(detail.sentReplies[0].findings).toEqual(['exclamation']);
    expect(detail.sentReplies[0].commitmentIds.sort()).toEqual(made.map((c) => c.id).sort());
    expect(detail.commitments.map((c) => c.id).sort()).toEqual(made.map((c) => c.id).sort());
  });

  it('counts and lists what is due, soonest first', async () => {
    const db = freshDb();
    const today = '2026-05-10';
    const file = exportWith([
      ['overdue', addDays(today, -3), false],
      ['today', today, false],
      ['soon', addDays(today, 3), false],
      ['later', addDays(today, 10), false],
      ['done', addDays(today, -1), true],
      ['undated', null, false],
    ]);
    await importFile(db, file);
    expect(await dueCount(db, today)).toBe(2);
    const due = await commitmentsDue(db, today);
    expect(due.map((c) => c.text)).toEqual(['overdue', 'today', 'soon']);
    expect(due[0].subject).toBe('Deliveries');
    expect((await commitmentsDue(db, today, 14)).map((c) => c.text)).toContain('later');
    expect((await commitmentsDue(db, today, 7, 2)).map((c) => c.text)).toEqual(['overdue', 'today']);
    // One page and the count of all, for lists that show the first few.
    const page = await commitmentsDuePage(db, today, 7, 2);
    expect(page.items.map((c) => [c.text, c.subject])).toEqual([
      ['overdue', 'Deliveries'],
      ['today', 'Deliveries'],
    ]);
    expect(page.total).toBe(3);
    expect((await commitmentsDuePage(db, today, 14)).items.map((c) => c.text)).toEqual([
      'overdue',
      'today',
      'soon',
      'later',
    ]);
    expect(await commitmentsDuePage(db, today, 7, 0)).toEqual({ items: [], total: 3 });
    await setCommitmentDone(db, due[0].id, true);
    expect(await dueCount(db, today)).toBe(1);
    await setCommitmentDone(db, due[0].id, false);
    expect(await dueCount(db, today)).toBe(2);
  });
});

describe('context, facts, recourses and settings', () => {
  it('gives the Send check what it needs, and honours "don’t check this thread again"', async () => {
    const db = freshDb();
    await record(db, meta('t1'), THREAD);
    await recordSent(db, meta('t1'), {
      text: "I'll refund $40 by Friday.",
      date: '2026-03-03T10:00:00',
      to: [kim],
      findings: [],
    });
    const fact = await addFact(db, { label: 'Invoice', value: 'INV-2041', kind: 'reference' });
    expect(await addFact(db, { label: 'Invoice', value: 'INV-2041', kind: 'reference' })).toEqual(fact);
    await saveRecourse(db, { id: 'r1', text: 'Pass the account to collections', committed: true });
    await saveSettings(db, { sensitivity: 'strict', profile: { name: 'Alex' } });

    let ctx = await contextFor(db, 'gmail:t1');
    expect(ctx.facts).toEqual([fact]);
    expect(ctx.recourses).toEqual([{ id: 'r1', text: 'Pass the account to collections', committed: true }]);
    expect(ctx.commitments).toHaveLength(1);
    expect(Object.keys(ctx.commitments[0]).sort()).toEqual(['done', 'due', 'id', 'negotiationId', 'text']);
    expect(ctx.profile).toEqual({ name: 'Alex' });
    expect(ctx.sensitivity).toBe('strict');
    expect(ctx.checkThread).toBe(true);

    await ignoreThread(db, 'gmail:t1');
    await ignoreThread(db, 'gmail:t1');
    expect((await getSettings(db)).ignoredThreads).toEqual(['gmail:t1']);
    ctx = await contextFor(db, 'gmail:t1');
    expect(ctx.checkThread).toBe(false);

    await saveFact(db, { ...fact, value: 'INV-2042' });
    expect((await contextFor(db, 'gmail:t1')).facts[0].value).toBe('INV-2042');
    await deleteFact(db, fact.id);
    await deleteRecourse(db, 'r1');
    ctx = await contextFor(db, 'gmail:t1');
    expect(ctx.facts).toEqual([]);
    expect(ctx.recourses).toEqual([]);
  });

  it('has defaults before anything is saved, and keeps failures without growing forever', async () => {
    const db = freshDb();
    expect(await getSettings(db)).toEqual({
      storeText: true,
      sensitivity: 'lenient',
      ignoredThreads: [],
      profile: null,
    });
    for (let i = 0; i < 503; i++) await recordFailure(db, 'test', `failure ${i}`);
    const kept = await db.failures.toArray();
    expect(kept).toHaveLength(500);
    expect(kept[0].message).toBe('failure 3');
  });
});

/** A small export holding one negotiation and commitments with the given text, due date and state. */
function exportWith(commitments: [string, string | null, boolean][]): ExportFile {
  const file = seedNegotiations(1, { endDate: '2026-05-01' });
  const n = { ...file.negotiations[0], subject: 'Deliveries' };
  return {
    ...file,
    negotiations: [n],
    sentReplies: [],
    commitments: commitments.map(([text, due, done], i): CommitmentRecord => ({
      id: `c${i}`,
      negotiationId: n.id,
      text,
      due,
      done,
      createdAt: '2026-05-01T09:00:00',
    })),
  };
}

describe('export and import', () => {
  async function populated(): Promise<ParleyDB> {
    const db = freshDb();
    await record(db, meta('t1'), THREAD);
    await recordSent(db, meta('t1'), {
      text: "I'll send the refund by Friday.",
      date: '2026-03-03T10:00:00',
      to: [kim],
      findings: ['absolute'],
    });
    await record(db, meta('t2', 'Second'), [msg('z1', 'Agreed, thanks.', '2026-03-05T10:00:00')]);
    await addFact(db, { label: 'Invoice', value: 'INV-2041', kind: 'reference' });
    await saveRecourse(db, { id: 'r1', text: 'Collections', committed: true });
    await saveSettings(db, {
      sensitivity: 'strict',
      profile: { name: 'Alex', authority: { maxDiscountPercent: 10 } },
      phrases: {
        common: { greeting: ['Good morning {name},', { text: 'Dear {name},', tone: 'firmer' }] },
        payment: { ask: ['Could you confirm which of these suits you?'] },
      },
    });
    await ignoreThread(db, 'gmail:t2');
    return db;
  }
  const withoutDate = (f: ExportFile) => ({ ...f, exportedAt: '' });

  it('round-trips everything through the JSON file', async () => {
    const source = await populated();
    const file = await exportAll(source);
    expect(file.negotiations).toHaveLength(2);
    const target = freshDb();
    const summary = await importFile(target, parseImport(JSON.stringify(file)));
    expect(summary).toEqual({
      negotiations: 2,
      sentReplies: 1,
      commitments: 1,
      facts: 1,
      recourses: 1,
      settings: true,
    });
    expect(withoutDate(await exportAll(target))).toEqual(withoutDate(file));
    // Imported records are searchable and due-indexed like recorded ones.
    expect((await listNegotiations(target, { query: 'standing desks' })).map((n) => n.id)).toEqual([
      'gmail:t1',
    ]);
  });

  it('exports one negotiation with its replies and commitments, and merges it on import', async () => {
    const source = await populated();
    const one = await exportNegotiation(source, 'gmail:t1');
    expect(one.negotiations.map((n) => n.id)).toEqual(['gmail:t1']);
    expect(one.facts).toBeUndefined();
    expect(one.sentReplies).toHaveLength(1);
    const target = freshDb();
    await record(target, meta('t1'), [THREAD[0], msg('m9', 'Any news?', '2026-03-09T10:00:00')]);
    await setStatus(target, 'gmail:t1', 'impasse');
    await importFile(target, parseImport(JSON.stringify(one)));
    const n = (await negotiationDetail(target, 'gmail:t1'))!;
    // Rounds of both kept, the local status kept over the file's 'open'.
    expect(n.negotiation.rounds.map((r) => r.messageId)).toEqual(['m1', 'm2', 'm3', 'm9']);
    expect(n.negotiation.status).toBe('impasse');
    expect(n.commitments).toHaveLength(1);
    await expect(exportNegotiation(source, 'gmail:nope')).rejects.toThrow(/no longer stored/);
  });

  it('refuses foreign and malformed files with a clear message, and changes nothing', async () => {
    const db = await populated();
    const before = await exportAll(db);
    const good = JSON.parse(JSON.stringify(before)) as ExportFile;
    const mutate = (f: (x: ExportFile & Record<string, unknown>) => void) => {
      const copy = JSON.parse(JSON.stringify(good));
      f(copy);
      return JSON.stringify(copy);
    };
    const cases: [string, RegExp][] = [
      ['not json at all', /not valid JSON/],
      ['{"negotiations": []', /not valid JSON|cut short/],
      ['[1,2,3]', /not a Parley export/],
      ['{"format":"other-app","version":1}', /not a Parley export/],
      [mutate((f) => (f.version = 2 as 1)), /newer version of Parley/],
      [mutate((f) => delete (f as Partial<ExportFile>).negotiations), /“negotiations” is missing/],
      [
        mutate((f) => (f.negotiations[0].status = 'maybe' as 'open')),
        /negotiation 1: “status” must be one of open/,
      ],
      [
        mutate((f) => (f.negotiations[0].rounds[1].score = 3)),
        /negotiation 1, round 2: “score” must be between 0 and 1/,
      ],
      [
        mutate((f) => (f.negotiations[0].rounds[0].from.email = 5 as unknown as string)),
        /round 1: “from.email” must be text/,
      ],
      [mutate((f) => (f.negotiations[0].url = 'javascript:alert(1)')), /“url” must be a web address/],
      [mutate((f) => (f.negotiations[0].lastActivity = 'yesterday')), /“lastActivity” must be a date/],
      [mutate((f) => (f.negotiations[0].id = 'gmail:other')), /“id” must be “gmail:t1”/],
      [mutate((f) => f.negotiations.push(f.negotiations[0])), /negotiation 3: “id” repeats “gmail:t1”/],
      [
        mutate((f) => (f.commitments[0].negotiationId = 'gmail:ghost')),
        /commitment 1: “negotiationId” names negotiation “gmail:ghost”/,
      ],
      [
        mutate((f) => (f.sentReplies[0].commitmentIds = ['nope'])),
        /sent reply 1: “commitmentIds\[0\]”|commitment reference 1/,
      ],
      [mutate((f) => (f.commitments[0].due = '2026-02-30')), /“due” must be a date/],
      [mutate((f) => (f.facts![0].kind = 'secret' as 'note')), /fact 1: “kind” must be one of/],
      [mutate((f) => (f.settings!.sensitivity = 'loud' as 'off')), /“settings.sensitivity” must be one of/],
      // The user's own wording is checked with the drafter's rules, entry by entry.
      [
        mutate((f) => (f.settings!.phrases = { common: { greeting: ['Hello,'] } })),
        /“settings.phrases.common.greeting” wording 1 can’t be used: the phrase must use \{name\}/,
      ],
      [
        mutate((f) => f.settings!.phrases!.payment!.ask.push('Pay within 5 days.')),
        /“settings.phrases.payment.ask” wording 2 can’t be used: no numbers in the wording/,
      ],
      [
        mutate((f) => (f.settings!.phrases = { common: { closing: ['Thanks, {name}.'] } })),
        /wording 1 can’t be used: unknown placeholder \{name\}; it accepts no placeholders/,
      ],
      [
        mutate((f) => (f.settings!.phrases = { hold: { stance: ['Stop wasting my time, you idiot.'] } })),
        /“settings.phrases.hold.stance” wording 1 can’t be used: .* would make the reply read as hostile/,
      ],
      [
        mutate(
          (f) =>
            (f.settings!.phrases = { common: { greeting: [{ text: 'Hi {name},', tone: 'icy' as never }] } }),
        ),
        /wording 1 can’t be used: tone must be one of warmer, neutral, firmer/,
      ],
      [
        mutate((f) => (f.settings!.phrases = { threats: { intro: ['Hello'] } } as never)),
        /“settings.phrases” has “threats”, which is not a phrase group/,
      ],
      [
        mutate((f) => (f.settings!.phrases = { hold: { outro: ['Thanks.'] } } as never)),
        /“settings.phrases.hold” has “outro”, which is not a slot of hold/,
      ],
      [
        mutate((f) => (f.settings!.phrases = { hold: { intro: 'Thanks.' } } as never)),
        /“settings.phrases.hold.intro” must be a list/,
      ],
      [mutate((f) => (f.negotiations[0].subject = 'x'.repeat(3000))), /“subject” is too long/],
      [
        mutate((f) => (f.negotiations[0].rounds[0].positions[0] = { kind: 'wish', text: 'x' } as never)),
        /position 1: “kind”/,
      ],
    ];
    for (const [json, message] of cases) {
      let error: unknown;
      try {
        parseImport(json);
      } catch (err) {
        error = err;
      }
      expect(error, json.slice(0, 80)).toBeInstanceOf(ImportError);
      expect((error as Error).message).toMatch(/^This file can’t be imported: /);
      expect((error as Error).message, json.slice(0, 80)).toMatch(message);
    }
    expect(withoutDate(await exportAll(db))).toEqual(withoutDate(before));
  });

  it('keeps the user’s own wording when an imported file has none', async () => {
    const source = await populated();
    const file = await exportAll(source);
    expect(file.settings?.phrases?.payment?.ask).toEqual(['Could you confirm which of these suits you?']);
    const target = freshDb();
    await saveSettings(target, {
      phrases: { hold: { stance: ['I want to be clear about where we stand.'] } },
    });
    const { phrases: _p, ...older } = file.settings!;
    await importFile(target, parseImport(JSON.stringify({ ...file, settings: older })));
    expect((await getSettings(target)).phrases).toEqual({
      hold: { stance: ['I want to be clear about where we stand.'] },
    });
    // A file with wording of its own replaces it, trimmed as it is stored.
    const trimmed = { ...file.settings!, phrases: { hold: { intro: ['  Here is where we stand.  '] } } };
    await importFile(target, parseImport(JSON.stringify({ ...file, settings: trimmed })));
    expect((await getSettings(target)).phrases).toEqual({ hold: { intro: ['Here is where we stand.'] } });
  });

  it('imports a negotiation stored without a link', async () => {
    const source = freshDb();
    await record(source, { ...meta('t1'), url: '' }, THREAD);
    const file = await exportAll(source);
    expect(file.negotiations[0].url).toBe('');
    const target = freshDb();
    await importFile(target, parseImport(JSON.stringify(file)));
    expect((await negotiationDetail(target, 'gmail:t1'))?.negotiation.url).toBe('');
  });

  it('writes all of a file or nothing', async () => {
    const db = await populated();
    const before = await exportAll(db);
    const file = seedNegotiations(30, { endDate: '2026-05-01' });
    // A record IndexedDB rejects (an id that is no valid key) in the middle of the import.
    (file.commitments[5] as unknown as { id: unknown }).id = { not: 'a key' };
    await expect(importFile(db, file)).rejects.toThrow();
    expect(withoutDate(await exportAll(db))).toEqual(withoutDate(before));
  });

  it('rejects lists beyond the size limits before reading their entries', () => {
    const json = `{"format":"parley-export","version":1,"exportedAt":"2026-01-01T00:00:00","negotiations":[${'0,'.repeat(100_000)}0]}`;
    expect(() => parseImport(json)).toThrow(/“negotiations” has too many entries \(more than 100,000\)/);
  });

  it('names places in words', () => {
    expect(describePath('negotiations[3].rounds[0].from.email')).toBe('negotiation 4, round 1: “from.email”');
    expect(describePath('settings.ignoredThreads[2]')).toBe('settings, ignored conversation 3');
    expect(describePath('exportedAt')).toBe('“exportedAt”');
  });
});

describe('deleting', () => {
  it('removes a negotiation with its replies and commitments from IndexedDB', async () => {
    const db = freshDb();
    await record(db, meta('t1'), THREAD);
    await recordSent(db, meta('t1'), {
      text: "I'll call you on Monday.",
      date: '2026-03-03T10:00:00',
      to: [kim],
      findings: [],
    });
    await record(db, meta('t2'), [msg('k1', 'Hello', '2026-03-04T10:00:00')]);
    await ignoreThread(db, 'gmail:t1');
    await deleteNegotiation(db, 'gmail:t1');
    expect(await negotiationDetail(db, 'gmail:t1')).toBeUndefined();
    expect((await getSettings(db)).ignoredThreads).toEqual([]);
    db.close();
    const counts = await rawCounts(db.name);
    expect(counts).toMatchObject({ negotiations: 1, search: 1, words: 1, sentReplies: 0, commitments: 0 });
  });

  it('deletes everything', async () => {
    const db = freshDb();
    await record(db, meta('t1'), THREAD);
    await recordSent(db, meta('t1'), {
      text: "I'll call you on Monday.",
      date: '2026-03-03T10:00:00',
      to: [kim],
      findings: [],
    });
    await addFact(db, { label: 'Invoice', value: 'INV-1', kind: 'reference' });
    await saveSettings(db, { sensitivity: 'strict' });
    await recordFailure(db, 'x', 'y');
    await deleteAll(db);
    db.close();
    const counts = await rawCounts(db.name);
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    expect(Object.keys(counts).sort()).toEqual([
      'commitments',
      'facts',
      'failures',
      'negotiations',
      'recourses',
      'search',
      'sentReplies',
      'settings',
      'words',
    ]);
  });
});
