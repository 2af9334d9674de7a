/**
 * Politeness of a short text (a request, a sentence or a short message), after the strategies of
 * Danescu-Niculescu-Mizil et al. (2013), "A computational approach to politeness with application to
 * social factors" (ACL). A logistic regression over those strategy features plus a limited bag of
 * words/bigrams, trained offline by `scripts/train/train-politeness.ts` on the Stanford Politeness
 * Corpus (Wikipedia requests, top vs bottom quartile). Pure: no DOM, no network.
 *
 * The strategy detectors are lexical/positional approximations of the paper's parse-based ones.
 *
 * The model was fitted on one- to three-sentence requests from the extremes of the politeness scale. On
 * longer texts evidence adds up and scores move towards 0 or 1; for a message-level figure, score sentences
 * or paragraphs and aggregate. Scores near 0.5 mean "no clear evidence either way", not "neutral".
 */
import weightsFile from './data/politeness-weights.json';
import {
  analyse,
  compilePhrases,
  findPhrases,
  linearModel,
  ngramKeys,
  type Analysed,
  type CompiledPhrase,
  type LinearWeights,
} from './text-features';

export type PolitenessStrategy =
  | 'gratitude'
  | 'deference'
  | 'greeting'
  | 'positiveLexicon'
  | 'negativeLexicon'
  | 'apologizing'
  | 'please'
  | 'pleaseStart'
  | 'indirectBtw'
  | 'indirectRequest'
  | 'directQuestion'
  | 'directStart'
  | 'counterfactualModal'
  | 'indicativeModal'
  | 'firstPersonStart'
  | 'firstPerson'
  | 'firstPersonPlural'
  | 'secondPerson'
  | 'secondPersonStart'
  | 'hedges'
  | 'factuality'
  | 'exclamation'
  | 'shouting'
  | 'informal';

export interface PolitenessFeature {
  strategy: PolitenessStrategy;
  /** Plain-words name of the strategy ("Gratitude"). */
  label: string;
  /** Matched words: `text === input.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** The strategy's weight in the shipped model (> 0 pushes towards polite, < 0 towards impolite). */
  weight: number;
}

/** Where in its sentence a word must be for a strategy to fire. */
type Where = 'any' | 'start' | 'notStart' | 'firstTwo';

interface StrategySpec {
  id: PolitenessStrategy;
  label: string;
  /** Space-separated word sequences; `a|b` alternatives, `x*` prefix. */
  phrases: string[];
  where: Where;
  /** Skip a match when the next word is one of these (e.g. "good morning" is not deference). */
  notBefore?: string[];
}

const FIRST_PERSON = "i|me|my|mine|myself|i'm|i've|i'd|i'll|im|ive";
const SECOND_PERSON = "you|your|yours|yourself|yourselves|you're|you've|you'll|you'd|u|ur|youre";

// Short lexicons written for this project (general English, not domain terms).
const POSITIVE =
  'good|great|nice|excellent|awesome|wonderful|fantastic|brilliant|helpful|kind|kindly|glad|happy|pleased|' +
  'pleasure|love|lovely|best|welcome|perfect|useful|valuable|impressive|impressed|fine|cool|interesting|' +
  'enjoy|enjoyed|appreciated|thoughtful|generous|clear|correct|well|better|improve|improved|improvement|' +
  'agree|support|fair|friendly|hope|hopefully|success|successful|congratulations|congrats|beautiful|' +
  'amazing|terrific|superb|outstanding|neat|sure|willing|gladly|honor|honour|respect|trust|worth';
const NEGATIVE =
  'bad|wrong|terrible|awful|horrible|stupid|dumb|idiot|idiotic|useless|pointless|ridiculous|absurd|' +
  'nonsense|rubbish|garbage|crap|annoying|annoyed|angry|upset|rude|hostile|attack|attacked|attacking|' +
  'accuse|accused|accusing|abuse|abusive|blame|fault|failed|fail|failure|poor|worse|worst|lie|lies|lying|' +
  'liar|false|fake|biased|bias|nonsensical|incompetent|lazy|pathetic|disgusting|hate|hated|shame|' +
  'shameful|problem|problems|mistake|mistakes|error|errors|unacceptable|unfair|disruptive|' +
  'harass|harassment|insult|insulting|offensive|silly|waste|threat|threaten|ignore|ignored|' +
  'ignoring|complain|complaint|confused|confusing|mess|damn|hell|sucks|unhelpful|deny|denied|refuse|' +
  'refused|violation|violate|violates';

const STRATEGIES: StrategySpec[] = [
  {
    id: 'gratitude',
    label: 'Gratitude',
    phrases: ['thank*', 'thx', 'thanx', 'appreciate*', 'grateful', 'gratitude', 'cheers'],
    where: 'any',
  },
  {
    id: 'deference',
    label: 'Deference',
    phrases: [
      'great|good|nice|interesting|cool|excellent|awesome|impressive|wonderful|fantastic|brilliant',
      'well done',
      'kudos',
    ],
    where: 'start',
    notBefore: ['morning', 'afternoon', 'evening', 'day', 'night', 'luck'],
  },
  {
    id: 'deference',
    label: 'Deference',
    phrases: [
      'great|good|nice|excellent|fine|impressive|terrific|solid|thorough work|job|point|idea|catch|question|edit|edits|article|contribution*|effort|writing|call',
      'well done|said|written|put',
      'kudos',
    ],
    where: 'any',
  },
  {
    id: 'greeting',
    label: 'Greeting',
    phrases: [
      'hi',
      'hello',
      'hey',
      'heya',
      'hiya',
      'howdy',
      'greetings',
      'dear',
      'good morning|afternoon|evening|day',
    ],
    where: 'start',
  },
  {
    id: 'apologizing',
    label: 'Apologizing',
    phrases: [
      'sorry',
      'apolog*',
      'oops',
      'woops',
      'whoops',
      'excuse me',
      'forgive me',
      'pardon',
      'my bad|mistake',
      'i regret',
    ],
    where: 'any',
  },
  { id: 'please', label: 'Please', phrases: ['please|pls|plz|pleas'], where: 'notStart' },
  { id: 'pleaseStart', label: 'Please (sentence start)', phrases: ['please|pls|plz|pleas'], where: 'start' },
  {
    id: 'indirectBtw',
    label: 'Indirect (by the way)',
    phrases: ['by the way', 'btw', 'incidentally'],
    where: 'any',
  },
  {
    id: 'indirectRequest',
    label: 'Indirect request',
    phrases: [
      'i was|am wondering',
      'i wonder|wondered',
      'wondering if|whether',
      'would|do you mind',
      'would|is it be|possible',
      'if you could|would|can|have',
      'if possible',
      "if you don't mind",
      'when you get|have a chance|moment|minute',
      "if it's|it not too",
      "i'd|would be grateful|happy|glad",
      'would appreciate',
    ],
    where: 'any',
  },
  { id: 'directQuestion', label: 'Direct question', phrases: ['what|why|who|how'], where: 'firstTwo' },
  { id: 'directStart', label: 'Direct start', phrases: ['so|then|and|but|or'], where: 'start' },
  {
    id: 'counterfactualModal',
    label: 'Counterfactual modal',
    phrases: ['could|would you|u|ya|we'],
    where: 'any',
  },
  { id: 'indicativeModal', label: 'Indicative modal', phrases: ['can|will you|u|ya'], where: 'any' },
  { id: 'firstPersonStart', label: '1st person start', phrases: [FIRST_PERSON], where: 'start' },
  { id: 'firstPerson', label: '1st person', phrases: [FIRST_PERSON], where: 'notStart' },
  {
    id: 'firstPersonPlural',
    label: '1st person plural',
    phrases: ["we|us|our|ours|ourselves|we're|we've|we'll|we'd|let's"],
    where: 'any',
  },
  { id: 'secondPersonStart', label: '2nd person start', phrases: [SECOND_PERSON], where: 'start' },
  { id: 'secondPerson', label: '2nd person', phrases: [SECOND_PERSON], where: 'notStart' },
  {
    id: 'hedges',
    label: 'Hedges',
    phrases: [
      'think|thought|guess|suppose|supposed|assume|assumed|suspect|believe|feel|felt',
      'maybe|perhaps|possibly|probably|presumably|apparently|likely|unlikely|seemingly',
      'might|may|seem|seems|seemed|appear|appears|appeared',
      'suggest|suggests|suggested|suggestion',
      'somewhat|fairly|rather|quite|roughly|approximately|generally|usually|typically|mostly|mainly|largely',
      'sort|kind of',
      'not sure|certain',
      'in my opinion|view',
      'as far as i know|can',
      'to my knowledge',
      'unclear|uncertain',
    ],
    where: 'any',
  },
  {
    id: 'factuality',
    label: 'Factuality',
    phrases: [
      'in fact',
      'actually|really|honestly|surely|truly|obviously|clearly',
      'the point|truth|reality|fact is',
    ],
    where: 'any',
  },
  { id: 'positiveLexicon', label: 'Positive words', phrases: [POSITIVE], where: 'any' },
  { id: 'negativeLexicon', label: 'Negative words', phrases: [NEGATIVE], where: 'any' },
  {
    id: 'informal',
    label: 'Informal spelling',
    phrases: ['u|ur|pls|plz|cuz|coz|wanna|gonna|dunno|lol|omg|wtf|ya|r'],
    where: 'any',
  },
];

interface CompiledSpec extends StrategySpec {
  compiled: CompiledPhrase[];
  notBeforeSet?: Set<string>;
}

const COMPILED: CompiledSpec[] = STRATEGIES.map((s) => ({
  ...s,
  compiled: compilePhrases(s.phrases),
  notBeforeSet: s.notBefore ? new Set(s.notBefore) : undefined,
}));

const LABELS: Record<PolitenessStrategy, string> = Object.fromEntries(
  STRATEGIES.map((s) => [s.id, s.label]),
) as Record<PolitenessStrategy, string>;
LABELS.exclamation = 'Exclamation';
LABELS.shouting = 'Shouting (all caps)';

interface RawHit {
  strategy: PolitenessStrategy;
  start: number;
  end: number;
}

function positionOk(a: Analysed, wordIdx: number, where: Where): boolean {
  const t = a.words[wordIdx]!;
  switch (where) {
    case 'any':
      return true;
    case 'start':
      return t.clauseStart;
    case 'notStart':
      return !t.clauseStart;
    case 'firstTwo':
      return t.clausePos <= 1;
  }
}

function detect(a: Analysed): RawHit[] {
  const hits: RawHit[] = [];
  for (const spec of COMPILED) {
    for (const h of findPhrases(a, spec.compiled, { atSentenceStart: spec.where === 'start' })) {
      if (!positionOk(a, h.from, spec.where)) continue;
      if (spec.notBeforeSet) {
        const next = a.words[h.to];
        if (next && next.sentence === a.words[h.from]!.sentence && spec.notBeforeSet.has(next.norm)) continue;
      }
      hits.push({ strategy: spec.id, start: a.words[h.from]!.start, end: a.words[h.to - 1]!.end });
    }
  }
  for (const t of a.tokens) {
    if (t.norm === '!') hits.push({ strategy: 'exclamation', start: t.start, end: t.end });
  }
  // Shouting: two consecutive all-caps words of 2+ letters (not a lone acronym).
  const w = a.words;
  for (let i = 0; i + 1 < w.length; i++) {
    const x = a.text.slice(w[i]!.start, w[i]!.end);
    const y = a.text.slice(w[i + 1]!.start, w[i + 1]!.end);
    if (isCapsWord(x) && isCapsWord(y)) {
      hits.push({ strategy: 'shouting', start: w[i]!.start, end: w[i + 1]!.end });
      i++;
    }
  }
  // One hit per strategy and place: of overlapping hits of the same strategy keep the longest.
  hits.sort((p, q) => p.start - q.start || q.end - p.end);
  const kept: RawHit[] = [];
  for (const h of hits) {
    if (kept.some((k) => k.strategy === h.strategy && h.start < k.end && k.start < h.end)) continue;
    kept.push(h);
  }
  return kept;
}

function isCapsWord(s: string): boolean {
  return s.length >= 2 && /^\p{Lu}+$/u.test(s) && s !== 'OK';
}

/** Feature keys of a text, as used by the model: `@strategy` for each strategy present, plus n-grams. */
export function politenessFeatureKeys(text: string): string[] {
  const a = analyse(text);
  const keys = new Set<string>();
  for (const h of detect(a)) keys.add('@' + h.strategy);
  for (const k of ngramKeys(a)) keys.add(k);
  return [...keys];
}

export interface PolitenessWeights extends LinearWeights {
  source: unknown;
}

const model = linearModel(weightsFile as unknown as PolitenessWeights, politenessFeatureKeys, 0.5);
const getMap = model.lookup;

/** Probability-like politeness of `text`: 0 (impolite) … 1 (polite); 0.5 for empty text. */
export function politenessScore(text: string): number {
  return model.score(text);
}

/** Score with explicit weights (used by the trainer and tests). */
export const politenessScoreWith = model.scoreWith;

/** The politeness strategies that fire in `text`, in text order, with the model's weight for each. */
export function politenessFeatures(text: string): PolitenessFeature[] {
  const map = getMap();
  return detect(analyse(text)).map((h) => ({
    strategy: h.strategy,
    label: LABELS[h.strategy],
    text: text.slice(h.start, h.end),
    start: h.start,
    end: h.end,
    weight: map.get('@' + h.strategy) ?? 0,
  }));
}

/** All strategy ids, in a stable order. */
export const POLITENESS_STRATEGIES: readonly PolitenessStrategy[] = [
  ...new Set<PolitenessStrategy>([...STRATEGIES.map((s) => s.id), 'exclamation', 'shouting']),
];
