/**
 * Request detection: does a sentence ask the reader for something (an action or an answer)?
 * A logistic regression over hand-made request cues, their pairwise combinations, a bag of words/bigrams and
 * a few word classes, trained offline by `scripts/train/train-requests.ts` on ParakweetLabs'
 * EmailIntentDataSet (see `requestFeatureKeys`). Pure: no DOM, no network.
 *
 * Semantics follow the training data: conditional invitations ("If you have any questions, please call me")
 * count as requests there. The project's labeling guide (shared/data/LABELS.md) does *not* count stock
 * sign-offs ("Let me know if you have any questions") as demands: use `isStockSignOff` to drop them,
 * e.g. `isRequest(s) >= 0.5 && !isStockSignOff(s)`.
 */
import weightsFile from './data/request-weights.json';
import {
  analyse,
  compilePhrases,
  findPhrases,
  linearModel,
  ngramKeys,
  type Analysed,
  type LinearWeights,
} from './text-features';

export type RequestCue =
  | 'please'
  | 'pleaseStart'
  | 'imperativeStart'
  | 'modalYou'
  | 'modalYouStart'
  | 'indirect'
  | 'wantYouTo'
  | 'needStatement'
  | 'wantObject'
  | 'appreciateIf'
  | 'letMeKnow'
  | 'contactMe'
  | 'yourInput'
  | 'conditionalYou'
  | 'dontHesitate'
  | 'questionMark'
  | 'whStart'
  | 'auxStart'
  | 'firstPersonStart'
  | 'secondPersonStart'
  | 'link'
  | 'number'
  | 'money'
  | 'colonEnd'
  | 'exclamation'
  | 'length1to3'
  | 'length4to6'
  | 'length7to12'
  | 'length13to20'
  | 'length21to30'
  | 'length31plus'
  | 'questionToReader'
  | 'imperativeWithLink'
  | 'imperativeAfterClause'
  | 'adviseYou'
  | 'invite'
  | 'ownPlan'
  | 'ownReport'
  | 'thanks'
  | 'fyi'
  | 'secondPerson'
  | 'titleCase'
  | 'allCaps'
  | 'lowerStart'
  | 'noEndPunct'
  | 'periodEnd';

export interface RequestCueHit {
  cue: RequestCue;
  text: string;
  start: number;
  end: number;
  /** The cue's weight in the shipped model (> 0 pushes towards "request"). */
  weight: number;
}

/** Base-form verbs that commonly open an imperative in e-mail. */
const IMPERATIVE_VERBS =
  'send|call|let|give|forward|review|check|look|see|find|make|take|get|provide|confirm|advise|sign|fill|' +
  'complete|return|reply|respond|contact|email|e-mail|fax|mail|print|read|note|keep|add|remove|delete|update|' +
  'schedule|set|join|attend|come|bring|submit|approve|tell|ask|go|visit|click|use|try|remember|feel|do|' +
  "don't|be|have|plan|prepare|pick|follow|arrange|book|buy|pay|cancel|change|correct|fix|ensure|verify|" +
  'enter|register|download|install|open|put|move|share|write|ring|text|phone|ping|drop|stop|start|consider|' +
  'think|discuss|talk|meet|help|show|explain|describe|list|include|attach|circulate|distribute|coordinate|' +
  'handle|process|file|order|reserve|hold|wait|hurry|act|enjoy|stay|inform|notify|direct|refer|pass|pull|' +
  'run|draft|edit|finalize|finalise|clarify|identify|determine|decide|estimate|calculate|reconcile|track|' +
  'monitor|investigate|research|gather|collect|compile|obtain|request|watch|listen|speak|answer|indicate|' +
  'specify|mark|highlight|flag|resolve|deliver|ship|refund|credit|release|transfer|wire|deposit|accept|' +
  'decline|reject|rsvp|save|log|access|view|browse|search|select|choose|scan|copy|paste|reach|leave|' +
  'double-check|expedite|escalate|assign|invite|introduce|recommend|suggest|remind|fwd|shoot|grab|swing|' +
  'sort|figure|work|proceed|hang|bear|treat|restore|reopen|reverse|waive|replace|repair|reimburse|honor|' +
  'honour|revise|reconsider|reschedule|renew|extend|reduce|lower|match|apply|settle|clear|remit';
const IMPERATIVE_SET = new Set(IMPERATIVE_VERBS.split('|'));
const IMPERATIVE_PREFIX = new Set([
  'please',
  'pls',
  'plz',
  'kindly',
  'also',
  'just',
  'and',
  'so',
  'now',
  'then',
  'again',
  'simply',
  'first',
  'finally',
  'additionally',
  'ok',
  'okay',
  'oh',
  'but',
]);
const WH = new Set(['what', 'when', 'where', 'who', 'whom', 'whose', 'why', 'how', 'which']);
const AUX = new Set([
  'are',
  'is',
  'am',
  'was',
  'were',
  'do',
  'does',
  'did',
  'have',
  'has',
  'had',
  'can',
  'could',
  'would',
  'will',
  'should',
  'shall',
  'may',
  'might',
  'must',
  "won't",
  "can't",
  "don't",
  "didn't",
  "doesn't",
  "isn't",
  "aren't",
  "wouldn't",
  "couldn't",
  "shouldn't",
  "haven't",
  "hasn't",
]);

const WANT_VERBS = new Set(['want', 'need', 'require', 'expect', 'demand', 'needed', 'wanted', 'expected']);
const WANT_ADVERBS = new Set([
  'still',
  'really',
  'also',
  'just',
  'do',
  'definitely',
  'now',
  'will',
  "'ll",
  'would',
  'only',
]);
/** Words after a sentence-initial "verb" showing it is really a subject ("Credit will …", "Mark requested …"). */
const FINITE_AFTER = new Set([
  'will',
  'would',
  'is',
  'are',
  'was',
  'were',
  'has',
  'had',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'shall',
  'does',
  'did',
  'requested',
  'said',
  'asked',
]);

/** Sentence-initial base verbs that do not ask the reader for anything. */
function notImperative(w: readonly { norm: string }[], k: number): boolean {
  const v = w[k]!.norm;
  const n1 = w[k + 1]?.norm ?? '';
  const n2 = w[k + 2]?.norm ?? '';
  if ((v === 'do' || v === 'have') && /^(you|u|we|they|i)$/.test(n1)) return true; // "Do you …?" is a question
  if (v === 'let' && (n1 === 'me' || n1 === 'us') && n2 !== 'know') return true; // "Let me call him"
  if (v === 'see' && n1 === 'you') return true; // "See you Monday"
  if (v === 'look' && n1 === 'forward') return true;
  if ((v === 'talk' || v === 'speak') && n1 === 'to' && n2 === 'you') return true;
  return FINITE_AFTER.has(n1);
}

interface CueSpec {
  cue: RequestCue;
  phrases: string[];
  start?: boolean;
}

const YOU = 'you|u|ya';
const ME = 'me|us';
const CUES: CueSpec[] = [
  { cue: 'please', phrases: ['please|pls|plz|kindly'] },
  { cue: 'modalYou', phrases: [`can|could|would|will|won't|wouldn't|couldn't ${YOU}`] },
  { cue: 'modalYouStart', phrases: [`can|could|would|will|won't|wouldn't|couldn't ${YOU}`], start: true },
  {
    cue: 'indirect',
    phrases: [
      'would|do you mind',
      'would|is it be|possible',
      'i was|am wondering',
      'i wonder|wondered',
      'wondering if|whether',
      'is there any way|chance',
      'any chance',
    ],
  },
  {
    cue: 'wantYouTo',
    phrases: [
      `need|want|like|ask|asking|request|expect|invite ${YOU} to`,
      `i'd|we'd like|love ${YOU} to`,
      `would like|love ${YOU} to`,
    ],
  },
  {
    cue: 'needStatement',
    phrases: [
      "i'd|we'd like|love",
      'i|we would like|love',
      'i|we am|are looking for',
      "i'm|we're looking for",
      'it would be good|great|helpful|nice|ideal|best',
      'would be ideal|great|helpful',
    ],
  },
  {
    cue: 'appreciateIf',
    phrases: [
      'would|will appreciate',
      "i'd|we'd appreciate",
      "would|will|i'd|we'd greatly|really|truly|much|sincerely|very appreciate",
      'would be grateful|appreciated',
      'appreciate it if',
      'grateful if',
    ],
  },
  {
    cue: 'letMeKnow',
    phrases: [
      `let ${ME} know`,
      `keep ${ME} posted|informed|updated|advised|apprised|in`,
      `get back to ${ME}`,
      `fill ${ME} in`,
      'advise|confirm|tell me|us',
      'let me|us hear',
    ],
  },
  {
    cue: 'contactMe',
    phrases: [
      `call|email|e-mail|contact|phone|ring|text|ping|reply|respond|write|fax|page|buzz ${ME}`,
      `give|drop ${ME} a|an call|ring|line|note|email|e-mail|shout`,
      'reach out',
      'get in touch',
      'reply to this',
      `send ${ME}`,
    ],
  },
  {
    cue: 'yourInput',
    phrases: [
      'your thoughts|comments|feedback|input|opinion|views|approval|help|assistance|advice|signature|response|reply|confirmation|suggestions|availability|ideas|answer',
    ],
  },
  {
    cue: 'conditionalYou',
    phrases: [
      `if ${YOU} have|need|want|would|are|require|wish|get|can|could`,
      `should ${YOU} have|need|require|wish`,
      'if there is|are anything|any',
      "if there's anything|any",
    ],
  },
  {
    // Advice or obligation aimed at the reader: "you may want to", "you need to", "be sure to".
    cue: 'adviseYou',
    phrases: [
      `${YOU} may|might|will|would want|wish to`,
      `${YOU} should|must|better`,
      `${YOU} need|have to`,
      "you'll|you'd need|have|want to",
      "you'd better",
      'be sure|certain to',
      'make sure',
      "don't|do not forget",
      'remember to',
    ],
  },
  {
    // Invitations and suggestions phrased as questions: "how about lunch", "want to come", "why don't you".
    cue: 'invite',
    phrases: [
      'how|what about',
      `why don't ${YOU}|we`,
      `do|would ${YOU} want|like|wanna|care`,
      'want|wanna to come|join|meet|go|grab|get',
      'wanna',
      "let's",
      'shall we',
    ],
  },
  {
    // The writer's own plan or commitment: usually informs rather than asks ("I will send", "we'll call").
    cue: 'ownPlan',
    phrases: [
      'i|we will|shall',
      "i'll|we'll",
      "i'm|we're going to",
      'i|we am|are going to',
      'i|we plan|intend|hope to',
    ],
  },
  {
    cue: 'thanks',
    phrases: ['thank*', 'thanks|thx|ty', 'much appreciated', 'congrat*', 'i|we appreciate'],
  },
  {
    // Information handed over, not asked for.
    cue: 'fyi',
    phrases: [
      'fyi',
      'for your information|reference|records|review',
      'attached|enclosed|below is|are',
      'here is|are',
      "here's",
      'i|we have attached|enclosed|included',
      "i've|we've attached|enclosed|included",
      'i|we attached|enclosed|forwarded',
    ],
  },
  {
    cue: 'dontHesitate',
    phrases: ["don't|do not hesitate", 'feel free', 'hesitate to'],
  },
];
const COMPILED = CUES.map((c) => ({ ...c, compiled: compilePhrases(c.phrases) }));

interface RawCue {
  cue: RequestCue;
  start: number;
  end: number;
}

function detect(a: Analysed): RawCue[] {
  const out: RawCue[] = [];
  const w = a.words;
  for (const spec of COMPILED) {
    for (const h of findPhrases(a, spec.compiled, { atSentenceStart: spec.start })) {
      if (spec.cue === 'please' && w[h.from]!.clauseStart) {
        out.push({ cue: 'pleaseStart', start: w[h.from]!.start, end: w[h.to - 1]!.end });
        continue;
      }
      out.push({ cue: spec.cue, start: w[h.from]!.start, end: w[h.to - 1]!.end });
    }
  }
  // Sentence-start cues.
  for (const first of a.clauseStarts) {
    const t = w[first]!;
    let k = first;
    while (k < w.length && w[k]!.sentence === t.sentence && IMPERATIVE_PREFIX.has(w[k]!.norm)) k++;
    const v = w[k];
    if (v && v.sentence === t.sentence && IMPERATIVE_SET.has(v.norm) && !notImperative(w, k)) {
      out.push({ cue: 'imperativeStart', start: v.start, end: v.end });
    }
    if (WH.has(t.norm)) out.push({ cue: 'whStart', start: t.start, end: t.end });
    else if (AUX.has(t.norm)) out.push({ cue: 'auxStart', start: t.start, end: t.end });
    if (/^(i|we|i'm|we're|i've|we've|i'll|we'll|i'd|we'd)$/.test(t.norm))
      out.push({ cue: 'firstPersonStart', start: t.start, end: t.end });
    if (/^(you|your|you're|you've|you'll|you'd|u|ur)$/.test(t.norm))
      out.push({ cue: 'secondPersonStart', start: t.start, end: t.end });
  }
  // "I want / need / expect …": the writer wants something. Followed by "to" it is usually the writer's own
  // plan ("I need to check"); followed by an object it asks for a thing ("I want a refund").
  for (let i = 0; i < w.length; i++) {
    if (w[i]!.norm !== 'i' && w[i]!.norm !== 'we') continue;
    let k = i + 1;
    while (k < w.length && k - i <= 3 && WANT_ADVERBS.has(w[k]!.norm)) k++;
    const v = w[k];
    if (!v || v.sentence !== w[i]!.sentence || !WANT_VERBS.has(v.norm)) continue;
    const next = w[k + 1];
    if (next && next.sentence === v.sentence && (next.norm === 'you' || next.norm === 'u')) continue; // wantYouTo
    const cue: RequestCue =
      next && next.norm === 'to' && next.sentence === v.sentence ? 'needStatement' : 'wantObject';
    out.push({ cue, start: w[i]!.start, end: v.end });
  }
  // "If you have questions, call me" / "To unsubscribe, click here": an imperative after an introductory
  // clause, which the clause-start rule above cannot see.
  for (const first of a.sentenceFirstWord) {
    if (first < 0 || !INTRO_WORDS.has(w[first]!.norm)) continue;
    const sentence = w[first]!.sentence;
    const comma = a.tokens.findIndex(
      (t) => t.sentence === sentence && t.start > w[first]!.start && (t.norm === ',' || t.norm === '-'),
    );
    if (comma < 0) continue;
    let k = w.findIndex((t) => t.start > a.tokens[comma]!.start);
    while (k >= 0 && k < w.length && w[k]!.sentence === sentence && IMPERATIVE_PREFIX.has(w[k]!.norm)) k++;
    const v = k >= 0 ? w[k] : undefined;
    if (v && v.sentence === sentence && IMPERATIVE_SET.has(v.norm) && !notImperative(w, k))
      out.push({ cue: 'imperativeAfterClause', start: v.start, end: v.end });
  }
  // "I sent / we talked / I've already spoken": the writer reports something done.
  for (let i = 0; i + 1 < w.length; i++) {
    if (!/^(i|we|i've|we've|i'd|we'd)$/.test(w[i]!.norm)) continue;
    for (let k = i + 1; k < w.length && k <= i + 3 && w[k]!.sentence === w[i]!.sentence; k++) {
      const v = w[k]!.norm;
      if ((v.length > 4 && v.endsWith('ed') && !WANT_VERBS.has(v)) || PAST_IRREGULAR.has(v)) {
        out.push({ cue: 'ownReport', start: w[i]!.start, end: w[k]!.end });
        break;
      }
      if (!REPORT_ADVERBS.has(v)) break;
    }
  }
  const you = w.find((t) => /^(you|your|yours|u|ur|you're|you've|you'll|you'd|yourself|ya)$/.test(t.norm));
  if (you) out.push({ cue: 'secondPerson', start: you.start, end: you.end });
  pushShapeCues(a, out);
  let lastWordOrPunct: (typeof a.tokens)[number] | undefined;
  for (const t of a.tokens) {
    if (t.norm === '?') out.push({ cue: 'questionMark', start: t.start, end: t.end });
    else if (t.norm === '!') out.push({ cue: 'exclamation', start: t.start, end: t.end });
    else if (t.norm === '<url>' || t.norm === '<email>')
      out.push({ cue: 'link', start: t.start, end: t.end });
    else if (t.norm === '<num>') out.push({ cue: 'number', start: t.start, end: t.end });
    else if (t.norm === '$' || t.norm === '€' || t.norm === '£')
      out.push({ cue: 'money', start: t.start, end: t.end });
    if (t.norm !== ',') lastWordOrPunct = t;
  }
  if (lastWordOrPunct?.norm === ':')
    out.push({ cue: 'colonEnd', start: lastWordOrPunct.start, end: lastWordOrPunct.end });
  // Interactions the linear model cannot form itself.
  const has = (c: RequestCue) => out.some((h) => h.cue === c);
  const q = out.find((h) => h.cue === 'questionMark');
  if (q && w.some((t) => /^(you|your|u|ur|you're|you've|you'll|you'd|we|us|our)$/.test(t.norm)))
    out.push({ cue: 'questionToReader', start: q.start, end: q.end });
  const imp = out.find((h) => h.cue === 'imperativeStart');
  if (imp && has('link')) out.push({ cue: 'imperativeWithLink', start: imp.start, end: imp.end });
  if (w.length > 0) out.push({ cue: lengthCue(w.length), start: w[0]!.start, end: w[w.length - 1]!.end });
  out.sort((p, q) => p.start - q.start || p.end - q.end);
  return out;
}

/** Words opening an introductory clause that may be followed by an imperative after a comma. */
const INTRO_WORDS = new Set([
  'if',
  'when',
  'whenever',
  'once',
  'to',
  'for',
  'before',
  'after',
  'should',
  'in',
  'unless',
  'while',
  'until',
  'as',
  'since',
  'otherwise',
  'meanwhile',
]);
/** Words that may stand between "I/we" and a past-tense verb ("we have already talked"). */
const REPORT_ADVERBS = new Set([
  'just',
  'already',
  'also',
  'recently',
  'finally',
  'have',
  'has',
  'never',
  'only',
]);
const PAST_IRREGULAR = new Set(
  (
    'sent|spoke|talked|got|had|was|were|did|made|met|left|went|thought|told|said|received|heard|saw|found|' +
    'took|gave|came|wrote|forgot|bought|paid|put|read|ran|understood|knew|felt|kept|spent|been|done|gone|' +
    'seen|spoken|written|taken|given|sold|won|lost|began|begun|brought|caught|chose|drove|flew|held|led|set'
  ).split('|'),
);

/**
 * Typography of the sentence: headlines and marketing copy ("Go Here Now For More Information", "SEARCH NOW")
 * look different from written e-mail prose, and a missing final full stop marks fragments and headers.
 */
function pushShapeCues(a: Analysed, out: RawCue[]): void {
  const letters = a.words.filter((t) => /^\p{L}/u.test(a.text.slice(t.start, t.end)));
  if (letters.length === 0) return;
  const span = { start: letters[0]!.start, end: letters[letters.length - 1]!.end };
  const raw = letters.map((t) => a.text.slice(t.start, t.end));
  const caps = raw.filter((r) => /^\p{Lu}/u.test(r)).length;
  const upper = raw.filter((r) => r.length > 1 && r === r.toUpperCase()).length;
  if (letters.length >= 3 && upper / letters.length >= 0.6) out.push({ cue: 'allCaps', ...span });
  else if (letters.length >= 4 && caps / letters.length >= 0.6) out.push({ cue: 'titleCase', ...span });
  if (/^\p{Ll}/u.test(raw[0]!)) out.push({ cue: 'lowerStart', ...span });
  const tail = a.text.trimEnd();
  if (/\.["'”’)\]]*$/.test(tail)) out.push({ cue: 'periodEnd', ...span });
  else if (!/[?!:]["'”’)\]]*$/.test(tail)) out.push({ cue: 'noEndPunct', ...span });
}

/** Sentence length in words, bucketed (fragments and very long boilerplate sentences behave differently). */
function lengthCue(n: number): RequestCue {
  if (n <= 3) return 'length1to3';
  if (n <= 6) return 'length4to6';
  if (n <= 12) return 'length7to12';
  if (n <= 20) return 'length13to20';
  if (n <= 30) return 'length21to30';
  return 'length31plus';
}

const WHEN_WORDS = new Set(
  (
    'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|' +
    'today|tomorrow|tonight|yesterday|week|weekend|morning|afternoon|evening|noon|asap|eod|cob'
  ).split('|'),
);

/**
 * Feature keys of a sentence, as used by the model:
 * - `@cue` for each hand-made cue present;
 * - `&cue+cue` for each pair of cues present together (sorted by name; length buckets left out), so the
 *   linear model can weigh combinations of sentence form — an imperative with a link, a question with a
 *   "you", a conditional clause followed by "please";
 * - word n-grams (`w`, `w1 w2`, `^ w` for a clause's first word) and clause-opening bigrams (`^ w1 w2`,
 *   "^ could you", "^ please send");
 * - word classes that generalise over rare words: `<when>` (days, today, tomorrow…) and `<Name>` (a
 *   capitalised word that is not the first of its sentence).
 */
export function requestFeatureKeys(sentence: string): string[] {
  const a = analyse(sentence);
  const keys = new Set<string>();
  const cues = [...new Set(detect(a).map((h) => h.cue))].sort();
  for (const c of cues) keys.add('@' + c);
  const paired = cues.filter((c) => !c.startsWith('length'));
  for (let i = 0; i < paired.length; i++)
    for (let j = i + 1; j < paired.length; j++) keys.add(`&${paired[i]}+${paired[j]}`);
  for (const k of ngramKeys(a)) keys.add(k);
  const w = a.words;
  for (const i of a.clauseStarts) {
    const next = w[i + 1];
    if (next && next.sentence === w[i]!.sentence) keys.add(`^ ${w[i]!.norm} ${next.norm}`);
  }
  for (const t of w) {
    if (WHEN_WORDS.has(t.norm)) keys.add('<when>');
    else if (t.wordIndex > 0 && /^\p{Lu}\p{Ll}/u.test(sentence.slice(t.start, t.end))) keys.add('<Name>');
  }
  return [...keys];
}

export interface RequestWeights extends LinearWeights {
  source: unknown;
}

const model = linearModel(weightsFile as unknown as RequestWeights, requestFeatureKeys, 0);
const getMap = model.lookup;

/** Probability-like score that `sentence` asks the reader for an action or an answer (0..1; 0 if empty). */
export function isRequest(sentence: string): number {
  return model.score(sentence);
}

/** Score with explicit weights (used by the trainer and tests). */
export const isRequestWith = model.scoreWith;

/** The hand-made request cues found in `sentence`, in text order, with the model's weight for each. */
export function requestCues(sentence: string): RequestCueHit[] {
  const map = getMap();
  return detect(analyse(sentence)).map((h) => ({
    cue: h.cue,
    text: sentence.slice(h.start, h.end),
    start: h.start,
    end: h.end,
    weight: map.get('@' + h.cue) ?? 0,
  }));
}

const STOCK_PATTERNS: RegExp[] = [
  /\b(?:please\s+)?(?:let\s+(?:me|us)\s+know|(?:do\s+not|don't|dont)\s+hesitate\s+to\s+\w+(?:\s+(?:out|in\s+touch))?(?:\s+(?:me|us|with\s+(?:me|us)))?|feel\s+free\s+to\s+\w+(?:\s+(?:out|in\s+touch))?(?:\s+(?:me|us|to\s+(?:me|us)|with\s+(?:me|us)))?|(?:contact|call|e-?mail|ask|reach\s+out\s+to|get\s+in\s+touch\s+with|write\s+to)\s+(?:me|us)|give\s+(?:me|us)\s+a\s+(?:call|ring|shout)|drop\s+(?:me|us)\s+a\s+(?:line|note))\b(?:\s+(?:any\s?time|at\s+any\s+time))?/gi,
  /\b(?:if|should)\s+(?:you\s+(?:have|need|require|want)|there\s+(?:are|is))\s+(?:any(?:thing)?\s+)?(?:(?:further|other|more|additional|else|follow-up)\s+)?(?:questions?|concerns?|comments?|queries|query|issues?|problems?|help|assistance|information|info|clarification|details)?(?:\s+(?:or|and|\/)\s+(?:\w+\s+)?(?:questions?|concerns?|comments?|queries|issues?|problems?|suggestions?|feedback))?\b/gi,
  /\bif\s+(?:there\s+is|there's)\s+anything\s+(?:else\s+)?(?:(?:i|we)\s+can\s+do(?:\s+to\s+help)?|you\s+need)\b/gi,
  /\bif\s+you\s+need\s+anything(?:\s+else)?\b/gi,
  /\bif\s+(?:this|that)\s+helps\b/gi,
  /\b(?:i|we)\s+(?:look|am\s+looking|are\s+looking)\s+forward\s+to\s+hearing\s+from\s+you\b/gi,
  /\b(?:looking|look)\s+forward\s+to\s+hearing\s+from\s+you\b/gi,
  /\b(?:hope|hoping)\s+to\s+hear\s+from\s+you(?:\s+soon)?\b/gi,
  /\bhope\s+this\s+helps\b/gi,
];
const FILLER = new Set([
  'please',
  'and',
  'or',
  'also',
  'of',
  'course',
  'again',
  'thanks',
  'thank',
  'you',
  'any',
  'time',
  'anytime',
  'at',
  'just',
  'so',
  'me',
  'us',
  'in',
  'the',
  'meantime',
  'have',
  'a',
  'great',
  'nice',
  'day',
  'weekend',
  'soon',
  'directly',
  'here',
  'by',
  'email',
  'phone',
]);

/**
 * True when `sentence` is only a stock sign-off invitation ("Let me know if you have any questions",
 * "Don't hesitate to contact me", "Looking forward to hearing from you"), with no specific ask besides it.
 */
export function isStockSignOff(sentence: string): boolean {
  let rest = sentence;
  let matched = false;
  for (const re of STOCK_PATTERNS) {
    re.lastIndex = 0;
    rest = rest.replace(re, () => {
      matched = true;
      return ' ';
    });
  }
  if (!matched) return false;
  const leftover = (rest.toLowerCase().match(/[\p{L}']+/gu) ?? []).filter((w) => !FILLER.has(w));
  return leftover.length <= 1;
}
