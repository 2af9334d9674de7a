import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeThread } from '../../utils/analysis/thread';
import { analyzeCached, analyzeMessage } from '../../utils/analysis/analyze';
import { readMailPage } from '../../utils/mail';
import type { Message } from '../../utils/mail/types';
import { PAGES, loadHtml } from './helpers';

const msg = (id: string, own: boolean, date: string, text: string, name = own ? 'Me' : 'Kim'): Message => ({
  id,
  from: { name, email: `${name.toLowerCase()}@x.example` },
  date,
  text,
  own,
  partial: false,
});

describe('analyzeThread', () => {
  const thread = {
    messages: [
      msg(
        '1',
        false,
        '2026-03-03T09:00:00',
        'Hi, we need a credit of €5,000 for the late delivery. Could you confirm by Friday?',
      ),
      msg(
        '2',
        true,
        '2026-03-04T09:00:00',
        'Hi Kim, I can offer €2,000 now and a review next week. Best, Me',
      ),
      msg(
        '3',
        false,
        '2026-03-10T09:00:00',
        'This is ridiculous. You people lost our shipment AGAIN. We now want €8,000 by March 13 or we cancel the contract. I am copying your CEO.',
      ),
    ],
  };

  it("lists the other side's current positions, latest first in kind order, with how amounts changed", () => {
    const a = analyzeThread(thread);
    const amounts = a.current.filter((p) => p.kind === 'amount');
    expect(amounts.map((p) => p.value)).toEqual([{ currency: 'EUR', value: 8000 }]);
    expect(amounts[0].history.map((h) => h.value)).toEqual([{ currency: 'EUR', value: 5000 }]);
    expect(amounts[0].messageId).toBe('3');
    // The user's own offer is not "their" position.
    expect(a.current.some((p) => p.text.includes('2,000'))).toBe(false);
    const kinds = a.current.map((p) => p.kind);
    expect(kinds.indexOf('amount')).toBeLessThan(kinds.indexOf('threat'));
  });

  it('tracks the tone of each round, the trend and who escalated', () => {
    const a = analyzeThread(thread);
    expect(a.rounds.map((r) => r.messageId)).toEqual(['1', '2', '3']);
    expect(a.rounds[2].level).toBe('hostile');
    expect(a.trend).toBe('heating');
    expect(a.escalatedBy?.messageId).toBe('3');
  });

  it('calls a conversation that calms down "cooling"', () => {
    const a = analyzeThread({
      messages: [
        msg(
          '1',
          false,
          '2026-03-03T09:00:00',
          'This is a joke. Your team is useless and I am DONE WAITING!!!',
        ),
        msg('2', true, '2026-03-03T10:00:00', 'I am sorry. I will call you at 2pm today with a fix.'),
        msg(
          '3',
          false,
          '2026-03-04T09:00:00',
          'Thanks for the call, that helps. Could you send the summary by Friday?',
        ),
      ],
    });
    expect(a.trend).toBe('cooling');
  });

  it('reads a real sample thread end to end', () => {
    const page = loadHtml(
      readFileSync(join(PAGES, 'gmail/thread-en-renewal.html'), 'utf8'),
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfLmJwTqVsnRrXkHdPzWcMgKd',
    );
    const read = readMailPage(
      page.document,
      'https://mail.google.com/mail/u/0/#inbox/FMfcgzQbfLmJwTqVsnRrXkHdPzWcMgKd',
    )!;
    const a = analyzeThread(read.thread!);
    expect(a.messages).toHaveLength(read.thread!.messages.length);
    expect(a.rounds.at(-1)!.level).toBe('hostile');
    expect(a.current.length).toBeGreaterThan(0);
    for (const { id, analysis } of a.messages) {
      const text = read.thread!.messages.find((m) => m.id === id)!.text;
      for (const x of [...analysis.tone.signals, ...analysis.positions])
        expect(text.slice(x.start, x.end)).toBe(x.text);
    }
  });
});

describe('analysis cache', () => {
  it('returns the same result for the same message and recomputes when the text changes', () => {
    const a = analyzeCached('m1', 'Please refund the $40 by Friday.', { date: '2026-03-03T09:00:00' });
    expect(analyzeCached('m1', 'Please refund the $40 by Friday.', { date: '2026-03-03T09:00:00' })).toBe(a);
    const b = analyzeCached('m1', 'Please refund the $45 by Friday.', { date: '2026-03-03T09:00:00' });
    expect(b).not.toBe(a);
    expect(b).toEqual(analyzeMessage('Please refund the $45 by Friday.', { date: '2026-03-03T09:00:00' }));
  });
});
