import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandler, type AnyResponse } from '../../utils/background/handler';
import { BADGE_ALARM, badgeText, refreshBadge } from '../../utils/background/badge';
import { dueCount, getSettings, negotiationDetail, saveSettings } from '../../utils/db/repo';
import { openParleyDb, type ParleyDB } from '../../utils/db/schema';
import { localDay } from '../../utils/dates';
import { LIMITS } from '../../utils/db/validate';
import type { ParleyResponses } from '../../utils/messaging';

const kim = { name: 'Kim', email: 'kim@x.example' };
const message = (id: string, text: string, own = false) => ({
  id,
  from: own ? { name: 'Alex', email: 'alex@y.example' } : kim,
  date: '2026-03-03T09:00:00',
  text,
  own,
  partial: false,
});
const meta = {
  site: 'gmail',
  threadId: 't1',
  subject: 'Refund',
  url: 'https://mail.google.com/mail/u/0/#inbox/t1',
};
const key = { site: 'gmail', threadId: 't1' };

let db: ParleyDB;
let serial = 0;
let dueChanged: ReturnType<typeof vi.fn<() => void>>;
let handle: ReturnType<typeof createHandler>;

beforeEach(() => {
  db = openParleyDb(`parley-bg-${++serial}`);
  dueChanged = vi.fn<() => void>();
  handle = createHandler({ db: () => db, onDueChanged: dueChanged });
});
afterEach(async () => {
  await db.delete();
});

/** Sends a request and returns its answer, typed for that request type. */
async function ask<T extends keyof ParleyResponses>(req: { type: T } & Record<string, unknown>) {
  const pending = handle(req);
  expect(pending).toBeInstanceOf(Promise);
  return (await pending) as ParleyResponses[T];
}
const ok = <R extends AnyResponse>(r: R): Extract<R, { ok: true }> => {
  if (!r.ok) throw new Error(`expected ok, got ${r.error}`);
  return r as Extract<R, { ok: true }>;
};

describe('background request handler', () => {
  it('ignores messages that are not Parley requests', () => {
    expect(handle({ type: 'something-else' })).toBeUndefined();
    expect(handle('hello')).toBeUndefined();
    expect(handle(null)).toBeUndefined();
  });

  it('analyses a thread without recording it when there is no meta', async () => {
    const r = ok(
      await ask({ type: 'analyze-thread', messages: [message('1', 'Refund the $40 by Friday!!!')] }),
    );
    expect(r.analysis.messages[0].analysis.positions.some((p) => p.kind === 'amount')).toBe(true);
    expect(r.suggestions).toEqual([]);
    expect(r.context).toBeNull();
    expect(await db.negotiations.count()).toBe(0);
  });

  it('with meta, records the negotiation and answers with context and drafted replies', async () => {
    const r = ok(
      await ask({
        type: 'analyze-thread',
        messages: [
          message(
            '1',
            'Your product broke after two days. I want a full refund of $400 by Friday or I will dispute the charge.',
          ),
        ],
        meta,
      }),
    );
    expect(r.analysis.current.length).toBeGreaterThan(0);
    expect(r.context).toMatchObject({
      facts: [],
      recourses: [],
      commitments: [],
      checkThread: true,
      sensitivity: 'lenient',
    });
    expect(r.suggestions.length).toBeGreaterThanOrEqual(2);
    expect(r.suggestions.every((s) => typeof s.text === 'string' && s.text.length > 0)).toBe(true);
    const stored = await negotiationDetail(db, 'gmail:t1');
    expect(stored?.negotiation.rounds.map((x) => x.messageId)).toEqual(['1']);
    expect(stored?.negotiation.subject).toBe('Refund');
  });

  it('still records a thread the user chose not to check, and says so in the context', async () => {
    ok(await ask({ type: 'ignore-thread', meta: key }));
    const r = ok(await ask({ type: 'analyze-thread', messages: [message('1', 'Any update?')], meta }));
    expect(r.context?.checkThread).toBe(false);
    expect(await db.negotiations.count()).toBe(1);
    expect((await getSettings(db)).ignoredThreads).toEqual(['gmail:t1']);
  });

  it('records a thread whose page link is not a web address, without the link', async () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'not a link']) {
      const r = ok(
        await ask({
          type: 'analyze-thread',
          messages: [message('1', 'Any update?')],
          meta: { ...meta, url },
        }),
      );
      expect(r.analysis.messages).toHaveLength(1);
      expect((await negotiationDetail(db, 'gmail:t1'))?.negotiation.url).toBe('');
    }
    // A web link later is kept; a bad one after it does not replace it.
    ok(await ask({ type: 'analyze-thread', messages: [message('1', 'Any update?')], meta }));
    ok(
      await ask({
        type: 'analyze-thread',
        messages: [message('1', 'Any update?')],
        meta: { ...meta, url: 'javascript:alert(1)' },
      }),
    );
    expect((await negotiationDetail(db, 'gmail:t1'))?.negotiation.url).toBe(meta.url);
  });

  it('drafts with the user’s own wording when they added some', async () => {
    const angry = [
      message(
        '1',
        'Your product broke after two days. I want a full refund of $400 by Friday or I will dispute the charge.',
      ),
    ];
    // Firmer users get firmer wording wherever a slot has some: theirs is the only firmer restatement.
    const mine = 'Let me restate it so nothing is lost: {want}.';
    await saveSettings(db, { profile: { name: 'Alex', tone: 'firmer' } });
    const before = ok(await ask({ type: 'analyze-thread', messages: angry, meta }));
    expect(before.suggestions.some((s) => s.text.includes('Let me restate it so nothing is lost'))).toBe(
      false,
    );

    await saveSettings(db, {
      phrases: {
        common: {
          restate: [{ text: mine, tone: 'firmer' }],
          restateReason: [{ text: mine, tone: 'firmer' }],
        },
        // Wording that breaks the rules (a number, a missing placeholder) never reaches a reply.
        options: { intro: ['Here are 3 ways forward.'], optionFull: ['A full refund, no questions asked.'] },
      },
    });
    const after = ok(await ask({ type: 'analyze-thread', messages: angry, meta }));
    const restated = after.suggestions.filter((s) =>
      s.text.includes('Let me restate it so nothing is lost:'),
    );
    expect(restated.length).toBeGreaterThan(0);
    // The placeholder is filled with their position, not left as {want}.
    expect(restated.every((s) => !s.text.includes('{want}'))).toBe(true);
    expect(after.suggestions.some((s) => /Here are 3 ways|no questions asked/.test(s.text))).toBe(false);
  });

  it('keeps the analysis when recording fails', async () => {
    const broken = createHandler({
      db: () => {
        throw new Error('database unavailable');
      },
    });
    const r = ok(
      (await broken({
        type: 'analyze-thread',
        messages: [message('1', 'Hello there, any news?')],
        meta,
      })) as ParleyResponses['analyze-thread'],
    );
    expect(r.analysis.messages).toHaveLength(1);
    expect(r.context).toBeNull();
    expect(await broken({ type: 'get-context', meta: key })).toEqual({
      ok: false,
      error: 'database unavailable',
    });
  });

  it('answers get-context from the stored data', async () => {
    ok(await ask({ type: 'add-fact', fact: { label: 'Invoice', value: 'INV-2041', kind: 'reference' } }));
    const r = ok(await ask({ type: 'get-context', meta: key }));
    expect(r.context.facts.map((f) => f.value)).toEqual(['INV-2041']);
    expect(r.context.profile).toBeNull();
  });

  it('answers get-context for a new message (no conversation) with the user’s own settings', async () => {
    await saveSettings(db, { sensitivity: 'off' });
    ok(await ask({ type: 'add-fact', fact: { label: 'Invoice', value: 'INV-2041', kind: 'reference' } }));
    ok(
      await ask({
        type: 'record-sent',
        meta,
        text: "I'll send the revised quote by Thursday.",
        date: '2026-03-02T10:00:00',
        to: [kim],
        findings: [],
      }),
    );
    const r = ok(await ask({ type: 'get-context', meta: { site: 'gmail', threadId: '' } }));
    expect(r.context.sensitivity).toBe('off');
    expect(r.context.facts.map((f) => f.value)).toEqual(['INV-2041']);
    // Another conversation's promises are not this message's.
    expect(r.context.commitments).toEqual([]);
    expect(r.context.checkThread).toBe(true);
  });

  it('records a sent reply with its commitments and updates the badge', async () => {
    const r = ok(
      await ask({
        type: 'record-sent',
        meta,
        text: "Thanks Kim. I'll send the revised quote by Thursday.",
        date: '2026-03-02T10:00:00',
        to: [kim],
        findings: ['exclamation'],
      }),
    );
    expect(r.commitments).toHaveLength(1);
    expect(r.commitments[0]).toEqual({
      id: expect.any(String),
      negotiationId: 'gmail:t1',
      text: expect.stringContaining('send the revised quote by Thursday'),
      due: '2026-03-05',
      done: false,
    });
    expect(dueChanged).toHaveBeenCalledTimes(1);
    expect(await dueCount(db, '2026-03-05')).toBe(1);
    // A reply without promises does not touch the badge.
    ok(
      await ask({
        type: 'record-sent',
        meta,
        text: 'Thanks!',
        date: '2026-03-02T11:00:00',
        to: [kim],
        findings: [],
      }),
    );
    expect(dueChanged).toHaveBeenCalledTimes(1);
  });

  it('adds a fact and records a failure (long reports cut, not refused)', async () => {
    const r = ok(await ask({ type: 'add-fact', fact: { label: 'Total', value: '$400', kind: 'amount' } }));
    expect(r.fact).toEqual({ id: expect.any(String), label: 'Total', value: '$400', kind: 'amount' });
    ok(await ask({ type: 'record-failure', where: 'panel', message: 'x'.repeat(5000) }));
    const [failure] = await db.failures.toArray();
    expect(failure.where).toBe('panel');
    expect(failure.message).toHaveLength(LIMITS.failureMessage);
  });

  it('loads the Send check into the asking tab only', async () => {
    const loadChecker = vi.fn(async () => ({ ok: true as const }));
    const withChecker = createHandler({ db: () => db, loadChecker });
    const sender = { id: 'parley', tab: { id: 7 } as never, frameId: 0 };
    expect(await withChecker({ type: 'load-checker' }, sender)).toEqual({ ok: true });
    expect(loadChecker).toHaveBeenCalledWith(sender);
    expect(await withChecker({ type: 'load-checker' }, { id: 'parley' })).toEqual({
      ok: false,
      error: 'the Send check loads only into a mail tab',
    });
  });

  it('refuses malformed requests with a reason instead of throwing', async () => {
    const bad: [Record<string, unknown>, RegExp][] = [
      [{ type: 'analyze-thread', messages: [{ id: 1, text: 5 }] }, /messages\[0\]\.id must be text/],
      [{ type: 'analyze-thread', messages: 'all of them' }, /messages must be a list/],
      [
        { type: 'analyze-thread', messages: [message('1', 'x'.repeat(LIMITS.messageText + 1))] },
        /messages\[0\]\.text is too long/,
      ],
      [
        {
          type: 'analyze-thread',
          messages: Array.from({ length: LIMITS.messagesPerThread + 1 }, (_, i) => message(String(i), 'hi')),
        },
        /messages has too many entries/,
      ],
      [
        { type: 'analyze-thread', messages: [{ ...message('1', 'hi'), date: 'last Tuesday' }] },
        /messages\[0\]\.date must be a date/,
      ],
      [{ type: 'analyze-thread', messages: [], meta: { ...meta, url: 42 } }, /meta\.url must be text/],
      [
        { type: 'analyze-thread', messages: [], meta: { ...meta, site: 'yahoo' } },
        /meta\.site must be one of/,
      ],
      [{ type: 'get-context' }, /meta must be an object/],
      [{ type: 'ignore-thread', meta: { site: 'gmail', threadId: ' ' } }, /meta\.threadId is empty/],
      [
        { type: 'record-sent', meta, text: 'hi', date: '2026-03-02', to: [kim], findings: ['rude'] },
        /findings\[0\] must be one of/,
      ],
      [
        { type: 'record-sent', meta, text: 'hi', date: 'now', to: [kim], findings: [] },
        /date must be a date/,
      ],
      [
        { type: 'record-sent', meta, text: 'hi', date: '2026-03-02', to: [{ name: 'K' }], findings: [] },
        /to\[0\]\.email is missing/,
      ],
      [{ type: 'ignore-thread', meta: { site: 'gmail' } }, /meta\.threadId is missing/],
      [{ type: 'add-fact', fact: { label: 'x', value: 'y', kind: 'secret' } }, /fact\.kind must be one of/],
      [{ type: 'add-fact', fact: { label: 'x', value: '', kind: 'note' } }, /fact\.value is empty/],
      [{ type: 'record-failure', where: 5, message: 'x' }, /where must be text/],
    ];
    for (const [req, error] of bad) {
      const r = await handle(req);
      expect(r?.ok, JSON.stringify(req).slice(0, 100)).toBe(false);
      if (r && !r.ok) expect(r.error, JSON.stringify(req).slice(0, 100)).toMatch(error);
    }
    expect(await db.negotiations.count()).toBe(0);
    expect(await db.facts.count()).toBe(0);
  });
});

describe('toolbar badge', () => {
  beforeEach(() => fakeBrowser.reset());

  it('shows open commitments due today or overdue, empty when none', async () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(120)).toBe('99+');
    expect(await refreshBadge(db, '2026-03-05')).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    ok(
      await ask({
        type: 'record-sent',
        meta,
        text: "I'll call you on 2026-03-04.",
        date: '2026-03-02T10:00:00',
        to: [kim],
        findings: [],
      }),
    );
    expect(await refreshBadge(db, '2026-03-05')).toBe(1);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
    expect(await refreshBadge(db, '2026-03-03')).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });
});

describe('background entrypoint', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(async () => {
    const { default: Dexie } = await import('dexie');
    await Dexie.delete('parley');
  });

  it('answers Parley’s own requests asynchronously, ignores others, and keeps the badge current', async () => {
    const { default: background } = await import('../../entrypoints/background');
    background.main();
    const send = (msg: unknown, sender: { id?: string }) =>
      new Promise<{ returned: unknown[]; response: Promise<unknown> }>((resolve) => {
        let respond!: (value: unknown) => void;
        const response = new Promise((r) => (respond = r));
        void fakeBrowser.runtime.onMessage
          .trigger(msg, sender, respond)
          .then((returned: unknown[]) => resolve({ returned, response }));
      });

    const foreign = await send({ type: 'get-context', meta: key }, { id: 'some-other-extension' });
    expect(foreign.returned).toEqual([false]);
    const notOurs = await send({ type: 'hello' }, { id: fakeBrowser.runtime.id });
    expect(notOurs.returned).toEqual([false]);

    const today = localDay();
    const sent = await send(
      {
        type: 'record-sent',
        meta,
        text: `I'll send the contract by ${today}.`,
        date: `${today}T08:00:00`,
        to: [kim],
        findings: [],
      },
      { id: fakeBrowser.runtime.id },
    );
    expect(sent.returned).toEqual([true]);
    const answer = (await sent.response) as ParleyResponses['record-sent'];
    expect(answer.ok && answer.commitments.map((c) => c.due)).toEqual([today]);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
    expect(await fakeBrowser.alarms.get(BADGE_ALARM)).toMatchObject({ periodInMinutes: 24 * 60 });
  });
});
