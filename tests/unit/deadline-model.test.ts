import { describe, expect, it } from 'vitest';
import weights from '../../utils/analysis/data/deadline-weights.json';
import { deadlineKeys, deadlineScore, deadlineThresholds } from '../../utils/analysis/deadline-model';
import { findTimeExpressions } from '../../utils/analysis/deadlines';
import { deadlineCandidates, extractPositions } from '../../utils/analysis/positions';

const deadlines = (text: string, learned = true) =>
  extractPositions(text, { learned })
    .filter((p) => p.kind === 'deadline')
    .map((p) => p.text);

/** The time expression of `text` whose words are `phrase`, as the rules see it. */
const candidate = (text: string, phrase: string) => {
  const e = findTimeExpressions(text, 0, text.length, null).find((x) => x.text === phrase);
  if (!e) throw new Error(`no time expression "${phrase}"`);
  return e;
};

describe('the learned second opinion on deadlines', () => {
  it('ships one model with its two thresholds and the data it was fitted on', () => {
    const m = weights.model;
    expect(m.features.length).toBe(m.weights.length);
    expect(m.keepFrom).toBeLessThan(0.5);
    expect(m.addFrom).toBeGreaterThan(0.5);
    expect(deadlineThresholds()).toEqual({ keepFrom: m.keepFrom, addFrom: m.addFrom });
    expect(weights.source.data).toMatch(/odd ids/);
    expect(weights.source.deadlines).toBeGreaterThan(500);
  });

  it('reads the candidate, its preposition, its neighbours and its sentence', () => {
    const text = 'Thanks. Could you please send the signed contract by Friday? We start Monday.';
    const keys = deadlineKeys(text, candidate(text, 'by Friday'));
    expect(keys).toEqual(
      expect.arrayContaining([
        'P:by',
        'S:strong',
        'E:friday',
        'LL1:contract',
        'LB:signed_contract',
        '@q',
        '@please',
        '@you',
      ]),
    );
    // The sentence ends at its question mark: nothing of the next one.
    expect(keys.some((k) => k.endsWith(':start'))).toBe(false);
    expect(keys).not.toContain('SR:monday');
  });

  it('gives every candidate of the writer’s own text, with offsets into the text as written', () => {
    const text =
      'pls send the deposit by friday, im away next week.\n\nOn Mon, 2 Mar 2026, Ana <a@x.example> wrote:\n> Pay by Monday.';
    const found = deadlineCandidates(text);
    expect(found.map((c) => text.slice(c.start, c.end))).toEqual(['by friday', 'next week']);
    expect(found[0]!.keys).toContain('P:by');
  });

  it('scores an asked-for due time high and a past visit low', () => {
    const ask = 'Could you please send the signed contract by Friday?';
    const past = 'I brought my phone to your store on 2 April for a screen repair.';
    expect(deadlineScore(ask, candidate(ask, 'by Friday'))).toBeGreaterThan(0.9);
    expect(deadlineScore(past, candidate(past, 'on 2 April'))).toBeLessThan(0.15);
  });

  it('drops dates the rules took for due times: a past visit told in the present, an occasion, an offered slot', () => {
    const visit =
      'Hello, I bring my phone to your store on 2 April for screen repair under warranty. Nobody called me.';
    expect(deadlines(visit, false)).toEqual(['on 2 April']);
    expect(deadlines(visit)).toEqual([]);
    const agenda = "I'd like the ban put on the agenda for the AGM on 12 October and a proper vote taken.";
    expect(deadlines(agenda, false)).toEqual(['on 12 October']);
    expect(deadlines(agenda)).toEqual([]);
  });

  it('adds the due time of a promise the rules passed over', () => {
    for (const [text, due] of [
      [
        'We hope to sign the licence before end of June, as the product launches in July.',
        'before end of June',
      ],
      ['The adjustment will show on your account within 48 hours.', 'within 48 hours'],
    ]) {
      expect(deadlines(text!, false)).toEqual([]);
      expect(deadlines(text!)).toEqual([due]);
    }
  });

  it('keeps what the rules and the model agree on, and never adds a date already past', () => {
    expect(deadlines('Please send the signed contract by Friday.')).toEqual(['by Friday']);
    expect(deadlines('I need the keys back tonight.')).toEqual(['tonight']);
    const late = extractPositions('I will update you on the dispute by 3 March.', {
      date: '2026-04-01T09:00:00',
    });
    expect(late.filter((p) => p.kind === 'deadline')).toEqual([]);
  });
});
