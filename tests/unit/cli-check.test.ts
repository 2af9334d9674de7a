import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkCommand } from '../../cli/check';
import { InputError } from '../../cli/errors';
import { ROOT } from './helpers';

const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CLI = join(ROOT, 'cli/parley.ts');

describe('parley check', () => {
  it('takes a plain-text draft and prints the design shape', () => {
    const out = checkCommand('You are completely incompetent and I want this fixed.');
    expect(out.verdict).toBe('review');
    expect(Object.keys(out).sort()).toEqual(['findings', 'verdict']);
    for (const f of out.findings) {
      expect(Object.keys(f).sort()).toEqual(
        f.suggestion === undefined
          ? ['end', 'kind', 'message', 'start', 'text']
          : ['end', 'kind', 'message', 'start', 'suggestion', 'text'],
      );
    }
    expect(out.findings[0]).toMatchObject({ kind: 'insult', text: 'You are completely incompetent' });
  });

  it('takes JSON with the thread, facts, recourses, commitments, sensitivity, user and today', () => {
    const input = JSON.stringify({
      draft: 'You were invoiced $4,800 on 3 March. Otherwise we will pass this to collections. Fix it now.',
      thread: { messages: [{ text: 'We will not pay invoice INV-2041.', date: '2026-03-05T10:00:00' }] },
      facts: [{ label: 'Invoice INV-2041', value: '$4,800', kind: 'amount' }],
      recourses: [{ text: 'Pass the account to a collection agency', committed: true }],
      commitments: [],
      sensitivity: 'strict',
      user: { name: 'Sam', authority: { maxCredit: 200 } },
      today: '2026-03-10',
    });
    const out = checkCommand(input);
    expect(out.findings.map((f) => [f.kind, f.text])).toEqual([
      ['unsupported-claim', '3 March'],
      // The last sentence carries the command; the missing proposal sits on its words.
      ['no-proposal', 'Fix it now'],
      ['command', 'Fix it now.'],
    ]);
  });

  it('rejects bad input with a clear message', () => {
    expect(() => checkCommand('{"draft": ')).toThrow(InputError);
    expect(() => checkCommand('{"thread": {"messages": []}}')).toThrow(/"draft" is missing/);
    expect(() => checkCommand('{"draft": "Hi", "sensitivity": "loud"}')).toThrow(/sensitivity must be/);
    expect(() => checkCommand('{"draft": "Hi", "today": "10/03/2026"}')).toThrow(/"today" must be a date/);
    expect(() => checkCommand('{"draft": "Hi", "commitments": [{"text": "x", "due": "Friday"}]}')).toThrow(
      /commitments\[0\]\.due/,
    );
  });

  // Two real processes (tsx startup dominates): slow on a loaded machine, hence the long timeout.
  it('runs from the command line: JSON on stdout, errors on stderr with exit code 1', () => {
    const stdout = execFileSync(TSX, [CLI, 'check', '-'], {
      input: JSON.stringify({ draft: 'I’m copying your manager on this.', today: '2026-03-10' }),
      encoding: 'utf8',
    });
    const out = JSON.parse(stdout) as { verdict: string; findings: { kind: string }[] };
    expect(out.verdict).toBe('review');
    expect(out.findings.map((f) => f.kind)).toEqual(['premature-escalation']);

    const bad = spawnSync(TSX, [CLI, 'check', '-'], { input: '{"draft": 3}', encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/"draft" is missing or not a string/);
    expect(bad.stdout).toBe('');
  }, 60_000);
});
