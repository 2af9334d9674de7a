/**
 * A learned second opinion on each time expression of the writer's text: is it a due time?
 *
 * The rules in positions.ts decide from the request, promise or threat around a time expression, and
 * unseen mail keeps placing dates in ways they read wrongly: a past event told in the present tense
 * ("I bring my phone to your store on 2 April"), a date that names an occasion ("the storm on 18
 * January", "the AGM on 12 October"), an appointment the writer offers ("Our technician can attend on
 * Thursday"). A logistic model scores every candidate from its own words, the words just before and
 * after it in its sentence, its preposition and a few cues (a question, "please", a past-tense verb
 * before it, an "I will" or "we can", a condition). The rules keep the last word except where the
 * model is sure: a deadline the rules found is dropped when its score is below `keepFrom`, and a
 * candidate they passed over becomes one when its score reaches `addFrom`.
 *
 * Weights: `data/deadline-weights.json`, fitted by `scripts/train/train-deadlines.ts` on the shared dev
 * emails, the odd ids of the project's labeled sets and its deadline sets (see data/SOURCES.md). Pure: no
 * DOM, no network.
 */
import weightsFile from './data/deadline-weights.json';
import { linearScore, sigmoid, weightMap, type LinearWeights } from './text-features';

interface DeadlineWeights extends LinearWeights {
  /** A deadline the rules found stays when its score reaches this. */
  keepFrom: number;
  /** A candidate the rules passed over becomes a deadline when its score reaches this. */
  addFrom: number;
}

/** What the model needs of a candidate: deadlines.ts's TimeExpression has these. */
export interface TimeCandidate {
  start: number;
  end: number;
  text: string;
  strength: string;
  prep: string;
}

const WORD = /[a-z]+(?:'[a-z]+)?|\d+|[?!]/g;
const words = (s: string): string[] => s.toLowerCase().match(WORD) ?? [];

/** Cues tested on the sentence (or the part of it before the candidate), lower-cased. */
const PLEASE = /\b(?:please|pls|kindly)\b/;
const PAST_BEFORE = /\b(?:was|were|had|did|ago|last|yesterday)\b|\b[a-z]+ed\b/;
const FIRST_PERSON_MODAL = /\b(?:i|we)\s*(?:'ll|will|shall|can|could)\b/;
const YOU = /\byou\b/;
const CONDITION = /\b(?:if|unless|otherwise)\b/;

/**
 * The feature keys of a candidate in `text` (the same text the rules read). Its sentence runs to the
 * nearest `.`, `!`, `?` or line break on each side.
 */
export function deadlineKeys(text: string, c: TimeCandidate): string[] {
  let s0 = c.start;
  while (s0 > 0 && !/[.!?\n]/.test(text[s0 - 1]!)) s0--;
  let s1 = c.end;
  while (s1 < text.length && !/[.!?\n]/.test(text[s1]!)) s1++;
  const before = text.slice(s0, c.start);
  const left = words(before);
  const right = words(text.slice(c.end, s1));
  const keys = new Set<string>([`P:${c.prep || '-'}`, `S:${c.strength}`]);
  for (const w of words(c.text)) keys.add(`E:${/^\d+$/.test(w) ? '#' : w}`);
  // The six words before and five after, as bags; the nearest two on each side by position too.
  const near = left.slice(-6);
  near.forEach((w, i) => {
    keys.add(`L:${w}`);
    if (i >= near.length - 2) keys.add(`LL${near.length - i}:${w}`);
  });
  right.slice(0, 5).forEach((w, i) => {
    keys.add(`R:${w}`);
    if (i < 2) keys.add(`RR${i + 1}:${w}`);
  });
  if (near.length >= 2) keys.add(`LB:${near.at(-2)}_${near.at(-1)}`);
  // The whole sentence, as two bags: before and after the candidate.
  for (const w of left) keys.add(`SL:${w}`);
  for (const w of right) keys.add(`SR:${w}`);
  const sentence = text.slice(s0, s1).toLowerCase();
  if (text.slice(c.end, s1 + 1).includes('?')) keys.add('@q');
  if (PLEASE.test(sentence)) keys.add('@please');
  if (PAST_BEFORE.test(before.toLowerCase())) keys.add('@pastL');
  if (FIRST_PERSON_MODAL.test(sentence)) keys.add('@iwe_mod');
  if (YOU.test(sentence)) keys.add('@you');
  if (CONDITION.test(sentence)) keys.add('@if');
  if (!left.length) keys.add('@start');
  return [...keys];
}

let model: { bias: number; map: Map<string, number>; keepFrom: number; addFrom: number } | null = null;

function loaded() {
  if (!model) {
    const w = (weightsFile as unknown as { model: DeadlineWeights }).model;
    model = { bias: w.bias, map: weightMap(w), keepFrom: w.keepFrom, addFrom: w.addFrom };
  }
  return model;
}

/** Probability that the candidate is a due time. */
export function deadlineScore(text: string, c: TimeCandidate): number {
  const m = loaded();
  return sigmoid(linearScore(m.bias, m.map, deadlineKeys(text, c)));
}

/** The two thresholds: keep a rule-found deadline from `keepFrom`, add a passed-over one from `addFrom`. */
export function deadlineThresholds(): { keepFrom: number; addFrom: number } {
  const m = loaded();
  return { keepFrom: m.keepFrom, addFrom: m.addFrom };
}
