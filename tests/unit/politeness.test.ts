import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv, parseCsvRecords } from '../../utils/analysis/csv';
import {
  evalPoliteness,
  politenessDataset,
  stratifiedSplit,
  type Example,
} from '../../utils/analysis/eval-public';
import {
  politenessFeatures,
  politenessScore,
  type PolitenessStrategy,
} from '../../utils/analysis/politeness';
import weights from '../../utils/analysis/data/politeness-weights.json';

const CSV = '../shared/data/public/politeness-wikipedia.csv';

function strategies(text: string): PolitenessStrategy[] {
  return politenessFeatures(text).map((f) => f.strategy);
}

describe('politenessScore', () => {
  it('ranks a hedged, grateful request above a direct accusatory question', () => {
    expect(politenessScore('Could you please send the file? Thanks!')).toBeGreaterThan(
      politenessScore('Why did you delete my edit?'),
    );
  });

  it.each([
    'Could you please send the file? Thanks!',
    'Hi Anna, sorry to bother you, but would you mind having a look at the draft?',
    'Thanks for the quick turnaround. Would it be possible to move the call to Thursday?',
    'Great work on the rewrite! By the way, where did you find the figures?',
  ])('polite: %s', (text) => {
    expect(politenessScore(text)).toBeGreaterThan(0.5);
  });

  it.each([
    'Why did you delete my edit?',
    'So can you retrieve it or not?',
    'In fact you did link to it. You have no idea what you are talking about.',
    'What is wrong with you? Why would anyone do that?',
  ])('impolite: %s', (text) => {
    expect(politenessScore(text)).toBeLessThan(0.5);
  });

  it('returns a probability, 0.5 for text without words', () => {
    for (const t of ['', '   ', '?!', '12345']) expect(politenessScore(t)).toBe(0.5);
    const s = politenessScore('Please review the attached contract.');
    expect(s).toBeGreaterThan(0);
    expect(s).toBeLessThan(1);
  });

  it('is deterministic and independent of call order', () => {
    const texts = ['Why did you delete my edit?', 'Thanks a lot, could you check it?', 'So what?'];
    const first = texts.map(politenessScore);
    const second = [...texts].reverse().map(politenessScore).reverse();
    expect(second).toEqual(first);
  });

  it('scores many sentences quickly (sanity, no timing assert)', () => {
    const base = 'Could you please take a look at the invoice when you get a chance? Thanks so much!';
    let sum = 0;
    for (let i = 0; i < 2000; i++) sum += politenessScore(base + ' ' + i);
    expect(Number.isFinite(sum)).toBe(true);
  });
});

describe('politenessFeatures', () => {
  it('finds the named strategies with offsets into the input', () => {
    const text =
      'Hi Sam, sorry to bother you. Could you please check the invoice? By the way, great work on the report, thanks!';
    const feats = politenessFeatures(text);
    for (const f of feats) expect(text.slice(f.start, f.end)).toBe(f.text);
    const byStrategy = new Map(feats.map((f) => [f.strategy, f.text]));
    expect(byStrategy.get('greeting')).toBe('Hi');
    expect(byStrategy.get('apologizing')).toBe('sorry');
    expect(byStrategy.get('counterfactualModal')).toBe('Could you');
    expect(byStrategy.get('please')).toBe('please');
    expect(byStrategy.get('indirectBtw')).toBe('By the way');
    expect(byStrategy.get('deference')).toBe('great work');
    expect(byStrategy.get('gratitude')).toBe('thanks');
  });

  it.each<[string, PolitenessStrategy]>([
    ['Why did you revert it?', 'directQuestion'],
    ['So can you fix it or not?', 'directStart'],
    ['You have broken the build again.', 'secondPersonStart'],
    ['In fact the numbers were wrong.', 'factuality'],
    ['Can you send it today?', 'indicativeModal'],
    ['I think we should wait.', 'hedges'],
    ['Could we meet on Monday?', 'firstPersonPlural'],
    ['Please stop changing the dates.', 'pleaseStart'],
    ['I was wondering whether the offer still stands.', 'indirectRequest'],
    ['I have attached the file.', 'firstPersonStart'],
    ['This is STOP DOING THAT territory.', 'shouting'],
  ])('%s → %s', (text, strategy) => {
    expect(strategies(text)).toContain(strategy);
  });

  it('does not take "good morning" for deference, nor "please" mid-sentence for a please-start', () => {
    expect(strategies('Good morning, could you call me?')).not.toContain('deference');
    expect(strategies('Good morning, could you call me?')).toContain('greeting');
    expect(strategies('Could you please call me?')).not.toContain('pleaseStart');
  });

  it('reports the model weight of each strategy, signed as in the paper for the clearest ones', () => {
    const w = (s: PolitenessStrategy, text: string) =>
      politenessFeatures(text).find((f) => f.strategy === s)!.weight;
    expect(w('gratitude', 'Thanks!')).toBeGreaterThan(0);
    expect(w('apologizing', 'Sorry for the delay.')).toBeGreaterThan(0);
    expect(w('directStart', 'So what now?')).toBeLessThan(0);
    expect(w('factuality', 'Actually it is fine.')).toBeLessThan(0);
  });
});

describe('politeness weights file', () => {
  it('names its source, split and held-out accuracy', () => {
    expect(weights.source.repository).toBe('sudhof/politeness@0449a15');
    expect(weights.source.license).toMatch(/CC BY 4\.0/);
    expect(weights.split.testFraction).toBe(0.2);
    expect(weights.heldOut.n).toBe(436);
    expect(weights.features.length).toBe(weights.weights.length);
  });
});

describe('CSV parser', () => {
  it('handles quoted fields with commas, escaped quotes, line breaks, CRLF and a BOM', () => {
    const text = '\uFEFFa,b,c\r\n1,"x, y","say ""hi"""\r\n2,"line one\nline two",\n\n3,,"last"';
    expect(parseCsv(text)).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"'],
      ['2', 'line one\nline two', ''],
      ['3', '', 'last'],
    ]);
    expect(parseCsvRecords(text)[1]).toEqual({ a: '2', b: 'line one\nline two', c: '' });
  });

  it('accepts another delimiter', () => {
    expect(parseCsv('a;"b;c"\n', ';')).toEqual([['a', 'b;c']]);
  });
});

describe('stratifiedSplit', () => {
  const examples: Example[] = Array.from({ length: 103 }, (_, i) => ({
    key: 'k' + i,
    text: 't' + i,
    label: i % 3 === 0 ? 1 : 0,
  }));

  it('holds out 20 % of each class, disjoint, independent of input order', () => {
    const a = stratifiedSplit(examples);
    const b = stratifiedSplit([...examples].reverse());
    expect(a).toEqual(b);
    const pos = examples.filter((e) => e.label === 1).length;
    expect(a.test.filter((e) => e.label === 1).length).toBe(Math.round(pos * 0.2));
    expect(a.test.filter((e) => e.label === 0).length).toBe(Math.round((examples.length - pos) * 0.2));
    const testKeys = new Set(a.test.map((e) => e.key));
    expect(a.train.some((e) => testKeys.has(e.key))).toBe(false);
    expect(a.train.length + a.test.length).toBe(examples.length);
  });
});

describe.runIf(existsSync(CSV))('held-out accuracy on the Stanford Politeness Corpus (Wikipedia)', () => {
  const csv = existsSync(CSV) ? readFileSync(CSV, 'utf8') : '';

  it('builds the paper’s quartile task: 1,089 polite and 1,089 impolite requests', () => {
    const data = politenessDataset(csv);
    expect(data.filter((e) => e.label === 1).length).toBe(1089);
    expect(data.filter((e) => e.label === 0).length).toBe(1089);
  });

  it('reaches ≥ 80 % on the held-out 20 %, as recorded in the weights file', () => {
    const r = evalPoliteness(csv);
    expect(r.split).toBe('held-out');
    expect(r.n).toBe(436);
    expect(r.baseline).toBeCloseTo(0.5, 2);
    expect(r.accuracy).toBeGreaterThanOrEqual(0.8);
    expect(Math.round(r.accuracy * 10000) / 100).toBe(weights.heldOut.accuracy);
  });
});
