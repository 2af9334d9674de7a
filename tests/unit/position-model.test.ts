import { describe, expect, it } from 'vitest';
import weights from '../../utils/analysis/data/position-weights.json';
import { learnedKinds, sentenceKeys, sentenceScores } from '../../utils/analysis/position-model';
import { extractPositions } from '../../utils/analysis/positions';

const added = (text: string) => {
  const off = new Set(extractPositions(text, { learned: false }).map((p) => `${p.kind}:${p.start}:${p.end}`));
  return extractPositions(text).filter((p) => !off.has(`${p.kind}:${p.start}:${p.end}`));
};

describe('the learned second look at positions', () => {
  it('ships a model per learned kind, with its threshold and the data it was fitted on', () => {
    expect(Object.keys(weights.kinds).sort()).toEqual(['commitment', 'threat']);
    for (const m of Object.values(weights.kinds)) {
      expect(m.features.length).toBe(m.weights.length);
      expect(m.threshold).toBeGreaterThanOrEqual(0.5);
      expect(m.positives).toBeGreaterThan(100);
    }
    expect(weights.source.data).toMatch(/odd ids/);
  });

  it('reads structural cues as well as words', () => {
    const keys = sentenceKeys("If not, we'll ask for part of the money back.");
    expect(keys).toEqual(expect.arrayContaining(['@iwe_will', '@if', 'money']));
    expect(sentenceKeys('Could you send it by Friday?')).toEqual(
      expect.arrayContaining(['@q', '@by', '@when']),
    );
    expect(sentenceKeys('Kindly send the form.')).toContain('@please');
    // A whole word: "pleased" is no "please".
    expect(sentenceKeys('We are pleased with the work.')).not.toContain('@please');
  });

  it('adds a threat the rules miss, spanning its sentence', () => {
    const text =
      "Thanks for the update. If this isn't resolved, the club will have no option but to cover your logo on the shirts from the next match.";
    const [p, ...rest] = added(text);
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ kind: 'threat' });
    expect(p.text).toBe(
      "If this isn't resolved, the club will have no option but to cover your logo on the shirts from the next match",
    );
    expect(p.text).toBe(text.slice(p.start, p.end));
  });

  it('scores plain news and thanks low', () => {
    for (const s of ['We were very happy with the service.', 'The meeting went well, thanks again.']) {
      const scores = sentenceScores(s);
      expect(scores.commitment).toBeLessThan(0.5);
      expect(scores.threat).toBeLessThan(0.5);
    }
  });

  it('leaves a sentence alone when the rules already found that kind, an ask or a promise in it', () => {
    const text =
      "If this isn't resolved, the club will have no option but to cover your logo on the shirts from the next match.";
    const s = { start: 0, end: text.length };
    expect(learnedKinds(text, s, [{ kind: 'threat', start: 24, end: 40 }])).toEqual([]);
    expect(learnedKinds(text, s, [{ kind: 'demand', start: 0, end: 10 }])).toEqual([]);
    expect(learnedKinds(text, s, [{ kind: 'commitment', start: 24, end: 40 }])).toEqual([]);
    expect(learnedKinds(text, s, [])).toEqual(['threat']);
    // Service steps after a failed condition stay what the rules say they are.
    expect(added("If the invoice isn't correct, we will reissue it.")).toEqual([]);
  });

  it('can be switched off, leaving the rules alone', () => {
    const text =
      "If this isn't resolved, the club will have no option but to cover your logo on the shirts from the next match.";
    expect(extractPositions(text, { learned: false }).some((p) => p.kind === 'threat')).toBe(false);
    expect(extractPositions(text).some((p) => p.kind === 'threat')).toBe(true);
  });

  it('never looks at quoted history or the signature', () => {
    const text =
      "Thanks, noted.\n\nOn Tue, 4 Mar 2025, Jane Doe <jane@x.com> wrote:\nIf this isn't resolved, the club will have no option but to cover your logo on the shirts from the next match.";
    expect(extractPositions(text)).toEqual([]);
  });
});
