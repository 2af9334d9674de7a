import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftCommand } from '../../cli/draft';
import { InputError } from '../../cli/errors';
import { ROOT } from './helpers';

const input = {
  thread: {
    subject: 'Invoice INV-2041',
    messages: [
      {
        from: { name: 'Anna Keller', email: 'anna@keller.example' },
        date: '2026-03-01T11:30:00',
        text: "We can't pay this month, our budget is frozen. We'll pay it later, probably in April.",
      },
    ],
  },
  facts: [
    { id: 'inv', label: 'Invoice', value: 'INV-2041', kind: 'reference' },
    { id: 'amt', label: 'Amount due', value: '€4,800', kind: 'amount' },
    { id: 'due', label: 'Due date', value: '2026-02-15', kind: 'date' },
  ],
  recourses: [{ id: 'col', text: 'pass the account to our collections partner', committed: true }],
  user: { name: 'Tom Becker', authority: { maxCredit: 200 } },
  today: '2026-03-02',
};

describe('parley draft', () => {
  it('prints the analysis and suggestions in the design shape', () => {
    const out = draftCommand(JSON.stringify(input));
    expect(Object.keys(out).sort()).toEqual(['analysis', 'suggestions']);
    expect(out.analysis).toHaveProperty('current');
    expect(out.suggestions.length).toBeGreaterThanOrEqual(2);
    for (const s of out.suggestions) {
      expect(Object.keys(s).sort()).toEqual(
        ['factsCited', 'gaps', 'options', 'rationale', 'recoursesStated', 'strategy', 'text'].sort(),
      );
      expect(typeof s.text).toBe('string');
      expect(s.options.every((o) => typeof o === 'string')).toBe(true);
    }
    const payment = out.suggestions.find((s) => s.strategy === 'payment')!;
    expect(payment.text).toContain('INV-2041');
    expect(payment.factsCited).toEqual(expect.arrayContaining(['inv', 'amt']));
    expect(payment.recoursesStated).toEqual(['col']);
    expect(payment.text.trimEnd().endsWith('Tom Becker')).toBe(true);
    // The output is plain JSON.
    expect(JSON.parse(JSON.stringify(out))).toEqual(out);
  });

  it('rejects bad input with a clear message', () => {
    const bad = (v: unknown) => () => draftCommand(typeof v === 'string' ? v : JSON.stringify(v));
    expect(bad('Please refund me.')).toThrow(InputError);
    expect(bad('Please refund me.')).toThrow(/draft needs JSON/);
    expect(bad('{"thread": ')).toThrow(/not valid JSON/);
    expect(bad({ facts: [] })).toThrow(/thread is missing/);
    expect(bad({ thread: { messages: [] } })).toThrow(/thread.messages is empty/);
    expect(bad({ thread: { messages: [{ text: 'Hi', own: true }] } })).toThrow(
      /no message from the other side/,
    );
    expect(bad({ thread: { messages: [{ from: {} }] } })).toThrow(/thread.messages\[0\].text is missing/);
    expect(bad({ ...input, facts: [{ value: 'x', kind: 'rumour' }] })).toThrow(
      /facts\[0\].kind must be one of/,
    );
    expect(bad({ ...input, user: { name: 'T', tone: 'angry' } })).toThrow(/user.tone/);
    expect(bad({ ...input, today: 'March' })).toThrow(/today must be a date/);
  });

  it('runs from the command line: JSON on stdout, exit code 0', () => {
    const cli = join(ROOT, 'node_modules/.bin/tsx');
    const ok = spawnSync(cli, ['cli/parley.ts', 'draft', '-'], {
      cwd: ROOT,
      input: JSON.stringify(input),
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    const out = JSON.parse(ok.stdout) as { suggestions: { strategy: string }[] };
    expect(out.suggestions.map((s) => s.strategy)).toContain('payment');
    expect(ok.stderr).toBe('');
  }, 30000);
});
