import { describe, expect, it } from 'vitest';
import { analyzeInput } from '../../cli/analyze';

describe('parley analyze', () => {
  it('reads JSON lines and writes one line per input in the design shape', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Refund the $59.99 today or I will dispute it with my bank!!!' }),
      JSON.stringify({ id: 'b', text: 'Thanks, the revised quote works for us.' }),
    ].join('\n');
    const { lines, errors } = analyzeInput(input, 'stdin');
    expect(errors).toEqual([]);
    expect(lines.map((l) => l.id)).toEqual(['a', 'b']);
    const a = lines[0] as unknown as {
      tone: { level: string; score: number; signals: Record<string, unknown>[] };
      positions: Record<string, unknown>[];
    };
    expect(Object.keys(a).sort()).toEqual(['id', 'positions', 'tone']);
    expect(Object.keys(a.tone).sort()).toEqual(['level', 'score', 'signals']);
    for (const s of a.tone.signals) expect(Object.keys(s).sort()).toEqual(['end', 'kind', 'start', 'text']);
    expect(a.positions.find((p) => p.kind === 'amount')).toMatchObject({
      text: '$59.99',
      value: { currency: 'USD', value: 59.99 },
    });
  });

  it('adds explanations and the reasons for the level with --details only', () => {
    const text = 'Per my last email, the pallets were due on the 14th. Where are they?';
    const plain = analyzeInput(JSON.stringify({ id: 'p', text }), 'stdin').lines[0] as unknown as {
      tone: object;
    };
    const detailed = analyzeInput(JSON.stringify({ id: 'p', text }), 'stdin', true).lines[0] as unknown as {
      tone: { level: string; reasons?: string[] };
    };
    expect(plain.tone).not.toHaveProperty('reasons');
    expect(detailed.tone.level).toBe('tense');
    expect(detailed.tone.reasons).toContain('“Per my last email”');
  });

  it('treats a plain-text file as one message', () => {
    const { lines } = analyzeInput('Hello,\nplease send the contract by Friday.\nThanks', 'mail.txt');
    expect(lines).toHaveLength(1);
    expect(lines[0].id).toBe('mail.txt');
  });

  it('reports bad lines clearly and still analyses the good ones', () => {
    const input = ['{"id":"ok","text":"Please call me."}', '{"id":"bad",', '{"id":"no-text"}'].join('\n');
    const { lines, errors } = analyzeInput(input, 'stdin');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toHaveProperty('tone');
    expect(lines[1]).toMatchObject({ id: null, error: expect.stringContaining('line 2') });
    expect(lines[2]).toMatchObject({ id: 'no-text', error: expect.stringContaining('text') });
    expect(errors).toHaveLength(2);
  });

  it('says when it cannot judge the tone', () => {
    const { lines } = analyzeInput(JSON.stringify({ id: 'x', text: 'Ok.' }), 'stdin');
    expect((lines[0] as unknown as { tone: Record<string, unknown> }).tone).toMatchObject({ judged: false });
  });
});
