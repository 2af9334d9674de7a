import { describe, expect, it } from 'vitest';
import { commitmentsIn } from '../../utils/analysis/commitments';

/** Sent on Tuesday 10 March 2026. */
const SENT = '2026-03-10T09:30:00';

function found(text: string, date: string | null = SENT) {
  const out = commitmentsIn(text, date);
  for (const c of out) expect(c.text).toBe(text.slice(c.start, c.end));
  return out;
}

describe('commitmentsIn', () => {
  it('finds a promise with its deadline resolved against the reply date', () => {
    expect(found("I'll send the revised invoice by Thursday.")).toEqual([
      { text: "I'll send the revised invoice by Thursday", start: 0, end: 41, due: '2026-03-12' },
    ]);
  });

  it('keeps a deadline that comes before the promise', () => {
    expect(found('By Friday, we will ship the replacement.')).toEqual([
      { text: 'By Friday, we will ship the replacement', start: 0, end: 39, due: '2026-03-13' },
    ]);
  });

  it('gives each of two promises in a sentence its own date', () => {
    const out = found('I can pay $1,000 this Friday and the remaining $950 on the 20th.');
    expect(out.map((c) => [c.text, c.due])).toEqual([
      ['I can pay $1,000 this Friday', '2026-03-13'],
      ['the remaining $950 on the 20th', '2026-03-20'],
    ]);
  });

  it('tracks a promise with no date with due null', () => {
    expect(found("I'll check with the warehouse and get back to you.")).toEqual([
      { text: "I'll check with the warehouse and get back to you", start: 0, end: 49, due: null },
    ]);
  });

  it('leaves out offers not yet taken up, questions and "I can" without a date', () => {
    expect(found("We'd be happy to credit $200. I could also offer a discount.")).toEqual([]);
    expect(found('Shall I send it tomorrow?')).toEqual([]);
    expect(found('I can send a copy if that helps.')).toEqual([]);
  });

  it('reads only the user’s own words, not quoted history or the signature', () => {
    const text =
      "Hi Tom,\nThanks. I'll send the signed contract by end of day tomorrow.\n\nBest,\nSam\n" +
      '> On Mon, Tom wrote:\n> We will refund you by Friday.';
    expect(found(text)).toEqual([
      { text: "I'll send the signed contract by end of day tomorrow", start: 16, end: 68, due: '2026-03-11' },
    ]);
  });

  it('without a reply date, relative deadlines give no due date', () => {
    expect(found("I'll send the revised invoice by Thursday.", null)).toEqual([
      { text: "I'll send the revised invoice by Thursday", start: 0, end: 41, due: null },
    ]);
    expect(found("We'll deliver the report by 30 April 2026.", null)[0].due).toBe('2026-04-30');
  });
});
