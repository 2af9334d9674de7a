/**
 * A learned second look at the sentences where the position rules found no promise or no threat.
 *
 * The rules in positions.ts know many phrasings, but unseen mail keeps bringing new ones ("we'll
 * have the crew back on site", "after that the HSE"). Per kind, a logistic model scores a sentence
 * from its words, word pairs and a few structural cues (a first-person future or modal, negation, a
 * condition, a question, money, a time word). A sentence that scores at or above the kind's threshold,
 * and holds no position of that kind yet, becomes one; its span is the whole sentence.
 *
 * Weights: `data/position-weights.json`, fitted by `scripts/train/train-positions.ts` on the shared
 * dev emails and the odd ids of the project's labeled sets (see data/SOURCES.md). Only commitments and
 * threats: on mail the rules had never seen, the added demands, refusals and deadlines were wrong more
 * often than right. Pure: no DOM, no network.
 */
import weightsFile from './data/position-weights.json';
import { analyse, linearScore, ngramKeys, sigmoid, weightMap, type LinearWeights } from './text-features';
import type { PositionKind } from './types';

export type LearnedKind = 'commitment' | 'threat';

interface KindModel extends LinearWeights {
  /** Probability from which a sentence counts as a position of this kind. */
  threshold: number;
}

interface WeightsFile {
  kinds: Record<LearnedKind, KindModel>;
}

/** Structural cues, tested on the lower-cased sentence. Keys start with `@` (hand-made features). */
const CUES: [string, RegExp][] = [
  ['@iwe_will', /\b(?:i|we)\s*(?:'ll|\s+will|\s+shall)\b/],
  ['@iwe_can', /\b(?:i|we)\s+(?:can|could)\b/],
  ['@iwe_would', /\b(?:i|we)\s*(?:'d|\s+would)\b/],
  ['@iwe_going', /\b(?:i|we)\s*(?:'m|'re|\s+am|\s+are)\s+going\s+to\b/],
  ['@iwe_ing', /\b(?:i|we)\s*(?:'m|'re|\s+am|\s+are)\s+\w+ing\b/],
  ['@neg', /n't\b|\b(?:not|never|no)\b/],
  ['@if', /\b(?:if|unless|otherwise|or\s+else|failing|until)\b/],
  ['@q', /\?/],
  ['@you_start', /^(?:you|your)\b/],
  ['@iwe_start', /^(?:i|we)\b/],
  ['@money', /[$€£]\s?\d|\d\s?(?:€|eur|usd|gbp)\b|\b(?:eur|usd|gbp|inr|aed)\s?\d/],
  [
    '@when',
    /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|today|week|month|\d{1,2}(?:st|nd|rd|th)|january|february|march|april|may|june|july|august|september|october|november|december|eod|cob|days?|hours?)\b/,
  ],
  ['@by', /\b(?:by|before|within|until|no\s+later\s+than)\b/],
  ['@please', /\b(?:please|pls|kindly)\b/],
];

/** The feature keys of one sentence: its n-grams (see text-features.ts) and the structural cues. */
export function sentenceKeys(sentence: string): string[] {
  const keys = ngramKeys(analyse(sentence));
  const low = sentence.toLowerCase();
  for (const [key, re] of CUES) if (re.test(low)) keys.push(key);
  return keys;
}

let models: Map<LearnedKind, { bias: number; map: Map<string, number>; threshold: number }> | null = null;

function loaded() {
  if (!models) {
    const w = weightsFile as unknown as WeightsFile;
    models = new Map(
      (Object.keys(w.kinds) as LearnedKind[]).map((k) => [
        k,
        { bias: w.kinds[k].bias, map: weightMap(w.kinds[k]), threshold: w.kinds[k].threshold },
      ]),
    );
  }
  return models;
}

/** Probability, per learned kind, that a sentence states a position of that kind. */
export function sentenceScores(sentence: string): Record<LearnedKind, number> {
  const keys = sentenceKeys(sentence);
  const out = {} as Record<LearnedKind, number>;
  for (const [kind, m] of loaded()) out[kind] = sigmoid(linearScore(m.bias, m.map, keys));
  return out;
}

interface SpanLike {
  start: number;
  end: number;
}

/**
 * Kinds the rules found in a sentence that rule out a learned one: a sentence the rules read as an ask
 * or a threat carries its "I'll" or "we can" inside the condition or the ask ("just let me know by
 * Thursday so we can plan"), not as a promise; an ask is not a threat, and a service step the rules
 * read as a promise ("If the invoice isn't correct, we will reissue it") is not one either.
 */
const EXCLUDED_BY: Record<LearnedKind, PositionKind[]> = {
  commitment: ['demand', 'threat'],
  threat: ['demand', 'commitment'],
};

/**
 * The learned kinds a sentence adds: each kind whose score reaches its threshold, that no position
 * already found (`found`, any overlap with the sentence) has, and that none of them rules out.
 */
export function learnedKinds(
  text: string,
  sentence: SpanLike,
  found: readonly (SpanLike & { kind: PositionKind })[],
): LearnedKind[] {
  const here = new Set(
    found.filter((p) => p.start < sentence.end && p.end > sentence.start).map((p) => p.kind),
  );
  const m = loaded();
  const open = [...m.keys()].filter((k) => !here.has(k) && !EXCLUDED_BY[k].some((x) => here.has(x)));
  if (!open.length) return [];
  const scores = sentenceScores(text.slice(sentence.start, sentence.end));
  return open.filter((k) => scores[k] >= m.get(k)!.threshold);
}
