import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SCHEMA_V1, type V1Negotiation, type V1SentReply, type V1Settings } from '../../utils/db/migrations';
import { parseImport } from '../../utils/db/export-file';
import { searchRows } from '../../utils/db/rows';
import {
  commitmentsDue,
  dueCount,
  exportAll,
  getSettings,
  listNegotiations,
  listSummaries,
  negotiationDetail,
} from '../../utils/db/repo';
import { SCHEMA_V2, SCHEMA_VERSION, openParleyDb, type ParleyDB } from '../../utils/db/schema';
import type { NegotiationRecord } from '../../utils/db/types';

const kim = { name: 'Kim Séverin', email: 'kim@northwind.example' };
const me = { name: 'Alex Morgan', email: 'alex@morgan.example' };

/** Version 1 data as the first release wrote it: commitments inline, no derived fields. */
function v1Negotiation(threadId: string, overrides: Partial<V1Negotiation> = {}): V1Negotiation {
  return {
    id: `gmail:${threadId}`,
    site: 'gmail',
    threadId,
    subject: `Invoice INV-${threadId} dispute`,
    url: `https://mail.google.com/mail/u/0/#inbox/${threadId}`,
    counterparts: [kim],
    status: 'open',
    firstActivity: '2026-01-05T09:00:00',
    lastActivity: '2026-01-07T09:00:00',
    rounds: [
      {
        messageId: `${threadId}-1`,
        date: '2026-01-05T09:00:00',
        from: kim,
        own: false,
        level: 'tense',
        score: 0.4,
        judged: true,
        positions: [{ kind: 'refusal', text: 'we will not pay' }],
        text: 'We will not pay the invoice.',
      },
      {
        messageId: `${threadId}-2`,
        date: '2026-01-06T09:00:00',
        from: me,
        own: true,
        level: 'calm',
        score: 0.05,
        judged: true,
        positions: [],
        text: 'Here are the delivery records.',
      },
      {
        messageId: `${threadId}-3`,
        date: '2026-01-07T09:00:00',
        from: kim,
        own: false,
        level: 'hostile',
        score: 0.8,
        judged: true,
        positions: [
          { kind: 'refusal', text: 'we still refuse' },
          { kind: 'deadline', text: 'by 2099-02-01', value: { date: '2099-02-01' } },
        ],
        text: 'We still refuse, you clowns. Fix it by 2099-02-01.',
      },
    ],
    positions: [
      {
        kind: 'refusal',
        messageId: `${threadId}-3`,
        date: '2026-01-07T09:00:00',
        text: 'we still refuse',
        start: 0,
        end: 15,
        from: kim,
        history: [{ messageId: `${threadId}-1`, date: '2026-01-05T09:00:00', text: 'we will not pay' }],
      },
      {
        kind: 'deadline',
        messageId: `${threadId}-3`,
        date: '2026-01-07T09:00:00',
        text: 'by 2099-02-01',
        value: { date: '2099-02-01' },
        start: 34,
        end: 47,
        from: kim,
        history: [],
      },
    ],
    trend: 'heating',
    commitments: [
      {
        id: `${threadId}-c1`,
        text: 'send the delivery log by Friday',
        due: '2026-01-09',
        done: false,
        createdAt: '2026-01-06T09:00:00',
        replyId: `${threadId}-r1`,
      },
      {
        id: `${threadId}-c2`,
        text: 'call the carrier',
        due: null,
        done: true,
        createdAt: '2026-01-06T09:00:00',
      },
    ],
    ...overrides,
  };
}

const names: string[] = [];
let serial = 0;
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** Writes a version 1 database with the version 1 definition, then closes it. */
async function writeV1(data: {
  negotiations: V1Negotiation[];
  sentReplies: V1SentReply[];
  settings?: V1Settings;
}) {
  const name = `parley-migration-${++serial}`;
  names.push(name);
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  await v1.table('negotiations').bulkAdd(data.negotiations);
  await v1.table('sentReplies').bulkAdd(data.sentReplies);
  if (data.settings) await v1.table('settings').add(data.settings);
  await v1.table('facts').add({ id: 'f1', label: 'Invoice', value: 'INV-1', kind: 'reference' });
  await v1.table('failures').add({ date: '2026-01-01T00:00:00', where: 'panel', message: 'boom' });
  expect(v1.verno).toBe(1);
  v1.close();
  return name;
}

describe('database migration from version 1', () => {
  it('carries every record over with its derived fields, commitments moved to their table', async () => {
    const negotiations = [
      v1Negotiation('a'),
      v1Negotiation('b', {
        status: 'closed',
        lastActivity: '2026-02-01T10:00:00',
        rounds: [
          {
            messageId: 'b-1',
            date: '2026-02-01T10:00:00',
            from: kim,
            own: false,
            level: 'calm',
            score: 0.1,
            judged: true,
            positions: [],
            text: 'That works for us, thank you.',
          },
        ],
        positions: [],
        trend: 'unknown',
        commitments: [],
      }),
      // Stored while text storage was off: no text, the analysis only.
      v1Negotiation('c', {
        rounds: v1Negotiation('c').rounds.map(({ text: _t, ...r }) => r),
        commitments: [],
      }),
    ];
    const name = await writeV1({
      negotiations,
      sentReplies: [
        {
          id: 'a-r1',
          negotiationId: 'gmail:a',
          date: '2026-01-06T09:00:00',
          text: 'Here are the records.',
          findings: [],
        },
        { id: 'c-r1', negotiationId: 'gmail:c', date: '2026-01-06T09:00:00', findings: ['absolute'] },
      ],
      settings: { id: 'settings', storeText: true, sensitivity: 'strict', ignoredThreads: ['gmail:b'] },
    });

    const db: ParleyDB = openParleyDb(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);

    // Negotiations: every one, with the fields version 2 derives.
    const a = (await negotiationDetail(db, 'gmail:a'))!;
    expect(a.negotiation.hostile).toBe(true);
    expect(a.negotiation.nextDeadline).toBe('2099-02-01');
    expect(a.negotiation.suggestedStatus).toBe('impasse');
    expect(a.negotiation.searchText).toContain('invoice inv-a dispute');
    expect(a.negotiation.searchText).toContain('you clowns');
    expect(a.negotiation.searchText).toContain('kim@northwind.example');
    expect(a.negotiation).not.toHaveProperty('commitments');
    const { commitments: _c, ...v1a } = negotiations[0];
    expect(a.negotiation).toMatchObject(v1a);

    const b = (await negotiationDetail(db, 'gmail:b'))!;
    expect(b.negotiation.status).toBe('closed');
    expect(b.negotiation.suggestedStatus).toBe('agreed');
    expect(b.negotiation.rounds[0].agreement).toBe(true);
    expect(b.negotiation.hostile).toBe(false);
    expect(b.negotiation.nextDeadline).toBeNull();

    const c = (await negotiationDetail(db, 'gmail:c'))!;
    expect(c.negotiation.rounds.every((r) => r.text === undefined)).toBe(true);
    expect(c.negotiation.searchText).toContain('we still refuse');
    expect(c.negotiation.suggestedStatus).toBe('impasse');

    // Commitments: moved out of their negotiation into the indexed table.
    expect(a.commitments.map((x) => [x.id, x.negotiationId, x.due, x.done])).toEqual([
      ['a-c1', 'gmail:a', '2026-01-09', false],
      ['a-c2', 'gmail:a', null, true],
    ]);
    expect(await dueCount(db, '2026-01-09')).toBe(1);
    expect(await dueCount(db, '2026-01-08')).toBe(0);
    expect((await commitmentsDue(db, '2026-01-08', 1)).map((x) => [x.id, x.subject])).toEqual([
      ['a-c1', 'Invoice INV-a dispute'],
    ]);

    // Sent replies now list the commitments they made.
    expect(a.sentReplies.map((r) => [r.id, r.commitmentIds])).toEqual([['a-r1', ['a-c1']]]);
    expect(c.sentReplies.map((r) => [r.id, r.commitmentIds, r.findings])).toEqual([
      ['c-r1', [], ['absolute']],
    ]);

    // Settings gain a profile; everything else untouched.
    expect(await getSettings(db)).toEqual({
      storeText: true,
      sensitivity: 'strict',
      ignoredThreads: ['gmail:b'],
      profile: null,
    });
    expect(await db.facts.toArray()).toEqual([
      { id: 'f1', label: 'Invoice', value: 'INV-1', kind: 'reference' },
    ]);
    expect(await db.failures.count()).toBe(1);

    // Every negotiation has its search entry, and the new indexes work on migrated records.
    expect((await db.search.toArray()).map((r) => r.id).sort()).toEqual(['gmail:a', 'gmail:b', 'gmail:c']);
    expect((await db.words.toArray()).map((r) => r.id).sort()).toEqual(['gmail:a', 'gmail:b', 'gmail:c']);
    expect((await listNegotiations(db, { query: 'clowns' })).map((n) => n.id)).toEqual(['gmail:a']);
    expect((await listNegotiations(db, { hostile: true })).map((n) => n.id).sort()).toEqual([
      'gmail:a',
      'gmail:c',
    ]);
    expect((await listNegotiations(db, { status: 'closed' })).map((n) => n.id)).toEqual(['gmail:b']);

    // And what was migrated is a valid export.
    const exported = JSON.stringify(await exportAll(db));
    expect(() => parseImport(exported)).not.toThrow();
    db.close();
  });

  it('opens an empty version 1 database', async () => {
    const name = await writeV1({ negotiations: [], sentReplies: [] });
    const db = openParleyDb(name);
    expect(await listNegotiations(db)).toEqual([]);
    expect(await getSettings(db)).toMatchObject({ storeText: true, profile: null });
    db.close();
  });
});

describe('database migration from version 2', () => {
  it('adds what list items show to the search rows, so lists read no full records', async () => {
    // A version 2 database: records as they are now, search rows without counterparts and trend.
    const source = openParleyDb(
      await writeV1({
        negotiations: [v1Negotiation('a'), v1Negotiation('b', { trend: 'heating' })],
        sentReplies: [],
      }),
    );
    const records: NegotiationRecord[] = await source.negotiations.toArray();
    source.close();
    const name = `parley-migration-${++serial}`;
    names.push(name);
    const v2 = new Dexie(name);
    v2.version(2).stores(SCHEMA_V2);
    await v2.table('negotiations').bulkAdd(records);
    await v2.table('search').bulkAdd(
      records.map((n) => {
        const { counterparts: _c, trend: _t, ...row } = searchRows(n).search;
        return row;
      }),
    );
    v2.close();

    const db = openParleyDb(name);
    const summaries = await listSummaries(db);
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(summaries.map((n) => n.id).sort()).toEqual(['gmail:a', 'gmail:b']);
    for (const s of summaries) {
      const full = records.find((n) => n.id === s.id)!;
      expect(s).toEqual({
        id: full.id,
        subject: full.subject,
        lastActivity: full.lastActivity,
        status: full.status,
        hostile: full.hostile,
        trend: full.trend,
        nextDeadline: full.nextDeadline,
        counterparts: full.counterparts,
      });
    }
    db.close();
  });
});
