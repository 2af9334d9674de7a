/**
 * Tone: how hostile a message is and why. Every signal is located in the text (UTF-16 offsets) and
 * explained in plain words. Signals come from rules and lexicons (lexicon-tone.ts); the level weighs them
 * and the wording with small shipped logistic models (data/tone-weights.json). No model download, fast
 * enough to run on every message of a thread.
 */
import {
  ABSOLUTES,
  BENIGN_PAST,
  BLAME,
  BLAME_IN_COMPLAINT,
  COMPLAINT_CONTEXT,
  HARM_PAST,
  FAULT_PAST,
  COMMAND_VERBS,
  CONTEMPT,
  CONTEMPT_PHRASES,
  HARMLESS,
  INSULT_ADJECTIVES,
  CONDUCT_ADJECTIVES,
  INSULT_NOUNS,
  MASKED_PROFANITY,
  POLITE,
  PROFANITY,
  SARCASM,
  SCARE_QUOTED,
  SOFTENERS,
  TARGETS,
  TENSION,
  TENSION_STRONG,
} from './lexicon-tone';
import { ENGLISH, judgeable } from './judgeable';
import { PLAN_INTRO } from './lexicon-positions';
import { LIST_MARKER, alternation, inRanges, quotedRanges, sentences, span } from './text';
import { sigmoid, weightMap, type LinearWeights } from './text-features';
import toneWeights from './data/tone-weights.json';
import type { PositionKind, Signal, SignalKind, Span, ToneLevel, ToneResult } from './types';

export const EXPLANATIONS: Record<SignalKind, string> = {
  insult: 'Name-calling attacks the person instead of the problem; it makes agreement harder.',
  profanity: 'Swearing reads as loss of control and gives the other side a reason to stop listening.',
  shouting: 'Several words in capitals read as shouting.',
  exclamation: 'Repeated exclamation marks read as anger rather than emphasis.',
  blame: 'Puts the fault squarely on the reader; state the facts and what you need instead.',
  sarcasm: 'Ironic praise or mock politeness: readers hear contempt, not humour.',
  absolute: 'Sweeping words like "always", "never", "every time" invite denial instead of a fix.',
  contempt: 'Belittling words signal disrespect and harden the other side’s position.',
  command: 'An unsoftened order; a request with a reason gets further.',
  threat: 'A consequence stated as a threat; say it only if you will act on it, and say it calmly.',
};

/**
 * What the level is judged from: how many signals of each kind the message carries, its irritation cues
 * ("per my last email", "still"), its politeness markers, and what the writer takes positions on
 * (pressing demands and deadlines read tenser, offers calmer). Counts are capped, so one long rant does
 * not outweigh everything; the length is on a log scale.
 */
const SIGNAL_KINDS = Object.keys(EXPLANATIONS) as SignalKind[];
export const TONE_FEATURES = [
  ...SIGNAL_KINDS.map((k) => `signal:${k}`),
  'cue:strong',
  'cue:weak',
  'polite',
  'position:refusal',
  'position:demand',
  'position:deadline',
  'position:escalation',
  'position:commitment',
  'length',
] as const;
type CueFeature = 'cue:strong' | 'cue:weak' | 'polite';
const CAP = { signal: 3, position: 4, 'cue:strong': 3, 'cue:weak': 4, polite: 4 } as const;

/**
 * Besides the rules' findings, the level weighs the wording itself: two bag-of-words models ("at least
 * tense", "hostile") over the words and word pairs of the writer's own text, fitted on the same labeled
 * emails (scripts/train/train-tone.ts). They catch what no lexicon lists ("yet again", "frankly", "how
 * hard can it be"). Their log-odds are two more inputs of the level models.
 */
export const WORD_FEATURES = ['words:tense', 'words:hostile'] as const;
/** The inputs of the level models: the rules' findings, then the word models' log-odds. */
export const LEVEL_FEATURES = [...TONE_FEATURES, ...WORD_FEATURES] as const;
/** Word-model log-odds are clipped, so one long email cannot outweigh everything. */
const WORD_CLIP = 6;
/** A word is quoted in the "why" line only if it weighs at least this much (log-odds) on its own. */
const MIN_WORD_WEIGHT = 0.25;
/**
 * Words that weigh in the models but explain nothing to a reader ("your", "want", "not"): a quoted word
 * or pair needs at least one word outside these.
 */
const UNQUOTABLE = new Set([
  ...ENGLISH,
  ...['want', 'wants', 'need', 'needs', 'sure', 'today', 'really', "don't", "doesn't", "didn't"],
  ...["can't", "won't", "isn't", "i'm", "i've", "i'd", "i'll", "we're", "you're", "it's", "that's"],
]);

interface LevelModel {
  bias: number;
  features: string[];
  weights: number[];
}
/**
 * Two logistic models over LEVEL_FEATURES (data/tone-weights.json, fitted by scripts/train/train-tone.ts on
 * labeled negotiation emails): "at least tense" and "hostile". An attack (`attack`: name-calling, or
 * swearing or contempt with an order) makes a message hostile whatever the models say.
 */
/** The two models as weight vectors in LEVEL_FEATURES order. */
export interface LevelModels {
  tense: { bias: number; w: number[] };
  hostile: { bias: number; w: number[] };
}
/** The two word models: a weight per word or word pair (absent ones weigh 0). */
export interface WordModels {
  tense: { bias: number; weights: Map<string, number> };
  hostile: { bias: number; weights: Map<string, number> };
  /**
   * From this many words and pairs on, the words' evidence counts in full; below, in proportion. A
   * bag of words says little about a two-line note, where the rules' findings should decide.
   */
  fullAt: number;
}
const FILE = toneWeights as unknown as {
  tense: LevelModel;
  hostile: LevelModel;
  words: { tense: LevelModel; hostile: LevelModel; fullAt: number };
};
const MODELS: LevelModels = (() => {
  const vector = (m: LevelModel) => {
    const byName = new Map(m.features.map((f, i) => [f, m.weights[i] ?? 0]));
    return { bias: m.bias, w: LEVEL_FEATURES.map((f) => byName.get(f) ?? 0) };
  };
  return { tense: vector(FILE.tense), hostile: vector(FILE.hostile) };
})();
/** Word models from their weights (the shipped file's `words` section, or the trainer's fits). */
export function wordModels(tense: LinearWeights, hostile: LinearWeights, fullAt: number): WordModels {
  return {
    tense: { bias: tense.bias, weights: weightMap(tense) },
    hostile: { bias: hostile.bias, weights: weightMap(hostile) },
    fullAt,
  };
}

let shipped: { words: WordModels; neutral: number[] } | undefined;
/**
 * The shipped word models (lookup tables built on first use) and the level input of a message with
 * nothing in it: no finding, no word the word models know.
 */
function shippedWords(): { words: WordModels; neutral: number[] } {
  if (!shipped) {
    const words = wordModels(FILE.words.tense, FILE.words.hostile, FILE.words.fullAt);
    shipped = { words, neutral: [...TONE_FEATURES.map(() => 0), ...wordLogits(words, [])] };
  }
  return shipped;
}

/**
 * Words that say nothing about tone by themselves (articles, most pronouns, auxiliaries, prepositions):
 * alone, or paired with each other, they only echo a writer's style or an email's length. "you", "not",
 * "again", "still", "why", "please" are kept: they do carry tone.
 */
const WORD_STOP = new Set(
  (
    'the a an and or but if of to in on at for with from by as is are was were be been being it its this that ' +
    'these those i me my we us our he she they them their his her do does did have has had will would can could ' +
    'should shall may might must am so than then just also very about into out up down over off one two ' +
    "i'm i've i'd i'll we're we've we'll we'd it's that's there here there's what which who when where"
  ).split(' '),
);

/**
 * The words and word pairs of a text, as the word models see them: lower case, apostrophes straightened,
 * `!` and `?` as words of their own, an all-capitals word of two letters or more as `<caps>`; no word
 * of WORD_STOP alone, and no pair of two of them.
 */
export function toneWordKeys(text: string): string[] {
  const tokens = (text.replace(/[’‘]/g, "'").match(/\p{L}[\p{L}']*|[!?]/gu) ?? []).map((w) =>
    w.length > 1 && /\p{Lu}{2}/u.test(w) && w === w.toUpperCase() ? '<caps>' : w.toLowerCase(),
  );
  const keys = new Set<string>();
  tokens.forEach((w, i) => {
    if (!WORD_STOP.has(w)) keys.add(w);
    const next = tokens[i + 1];
    if (next !== undefined && !(WORD_STOP.has(w) && WORD_STOP.has(next))) keys.add(`${w} ${next}`);
  });
  return [...keys];
}

/**
 * The word models' log-odds for a text's keys (WORD_FEATURES order), clipped; the evidence of a text
 * shorter than `fullAt` keys is scaled down in proportion.
 */
export function wordLogits(models: WordModels, keys: readonly string[]): number[] {
  const share = Math.min(1, keys.length / Math.max(1, models.fullAt));
  const one = (m: WordModels['tense']) => {
    let sum = 0;
    for (const k of keys) sum += m.weights.get(k) ?? 0;
    return Math.max(-WORD_CLIP, Math.min(WORD_CLIP, m.bias + sum * share));
  };
  return [one(models.tense), one(models.hostile)];
}

/** All-capitals words that are not shouting. */
const ACRONYMS = new Set(
  (
    'ASAP PDF USD EUR GBP CAD AUD NZD CHF JPY SLA SLAS PO POS CFPB FTC FCA IT CEO CFO CTO COO CIO VP SVP EVP HR QA API URL ' +
    'ID UK US USA EU VAT GST ETA FYI OK AM PM ET PT CT MT GMT UTC BST CET CRM ERP IBAN NDA SOW RMA KPI ROI SAAS B2B SKU ' +
    'TBD TBC EOD EOW COB RSVP FAQ IRS HMRC LLC LTD INC GMBH SARL SA AG PLC NHS DHL UPS FEDEX USPS EOB FDCPA MSA SOW RFP RFQ ' +
    'CV PR IPO BBB P&L Q1 Q2 Q3 Q4 AI ML UX UI SMS SSO VPN IP DNS SSL CC BCC RE FW FWD PS NB'
  ).split(' '),
);

const re = (words: readonly string[], flags = 'gi') => new RegExp(`\\b(?:${alternation(words)})\\b`, flags);
const PROFANITY_RE = re(PROFANITY);
const CONTEMPT_RE = re(CONTEMPT);
/** The reader or their side said to be something: "you are", "your agent was incredibly", "your team has been". */
const TARGET_IS = `\\b(?:${alternation(TARGETS)}|(?:your|ur)(?:\\s+[a-z]+){1,2})\\s+(?:are|is|were|was|'re|’re|seems?|seem to be|seemed|has been|have been)\\s+(?:(?:a|an|such|a bunch of|just|all|completely|totally|utterly|clearly|so|really|very|incredibly|extremely|absolutely|downright|frankly|quite|truly|beyond|unbelievably)\\s+){0,2}(?:[a-z]+(?:,\\s*|\\s+and\\s+))?`;
const INSULT_NOUN_RE = new RegExp(
  `${TARGET_IS}(?:${alternation([...INSULT_NOUNS, ...INSULT_ADJECTIVES])})\\b`,
  'gi',
);
const CONDUCT_RE = new RegExp(`${TARGET_IS}(?:${alternation(CONDUCT_ADJECTIVES)})\\b`, 'gi');
const INSULT_ADJ_RE = new RegExp(
  `\\b(?:${alternation(INSULT_ADJECTIVES)})\\s+(?:people|team|company|staff|agent|agents|rep|reps|idiots|morons|lot|bunch|service|support|management|firm|agency)\\b`,
  'gi',
);
/** The reader, their people or one of their things as the subject: "you're", "you lot are", "your agency is". */
const READER_IS = `\\b(?:you(?:'re|’re| are)|ur|you (?:people|lot|guys) are|(?:your|ur) [a-z]+ (?:is|are)) `;
/** The reader's side as a group: "your warranty department", "your operation", "you lot". */
const READER_GROUP = `(?:${alternation(TARGETS)}|you lot|(?:your|ur) (?:[a-z]+ )?(?:department|team|company|operation|service|staff|people|agents|firm|agency|office|crew|management|support|business|organi[sz]ation|outfit|shop|airline|council|board|factory|practice|helpdesk|ppl|guys))`;
const INSULT_OTHER: RegExp[] = [
  new RegExp(`\\b(?:${alternation(INSULT_NOUNS)})\\b`, 'gi'),
  /\b(?:someone|somebody|anyone|anybody) (?:competent|who knows what they(?:'re| are) doing|with a brain)\b/gi,
  /\bany competent\b/gi,
  // "You are a bunch of pirates", "your staff are a pack of cowboys": whatever the noun.
  new RegExp(`${READER_IS}(?:just |nothing but |all )?a (?:bunch|pack|gang|band|load) of [a-z]+`, 'gi'),
  // "Your agency is stealing money from tenants", "you're ripping people off".
  new RegExp(
    `${READER_IS}(?:basically |just |literally |simply |openly )?(?:stealing|robbing|scamming|swindling|fleecing|ripping (?:\\w+ )?off)\\b`,
    'gi',
  ),
  // "Your agency is a total disaster", "you're a disgrace", "your operation is a bloody circus": the
  // reader as a whole written off.
  new RegExp(
    `\\b${READER_GROUP}(?:'re|’re| are| is) (?:just |simply |nothing but |frankly |honestly )?an? (?:(?:total|complete|absolute|utter|bloody|fucking|f\\*+ing) )?(?:disaster|shambles|disgrace|joke|farce|embarrassment|circus|clown show|scam|catastrophe)\\b`,
    'gi',
  ),
  // "absolute joke of a department".
  /\b(?:(?:absolute|complete|total|utter) )?(?:joke|disgrace|shambles|excuse) of an? (?:company|department|service|business|firm|agency|airline|landlord|team|operation|organi[sz]ation|council|school|university|bank|shop|store|outfit|supplier|contractor|builder|garage|manager|professional)\b/gi,
  // Stock put-downs of competence: "couldn't organise a piss-up in a brewery", "couldn't run a bath",
  // "couldn't tell a VM from a hole in the ground", "your staff haven't a clue".
  /\b(?:could(?:n['’]t| not)|can(?:['’]t|not)) (?:organi[sz]e a piss-up in a brewery|run a bath|(?:run|organi[sz]e|manage) an? (?:lemonade stand|raffle|bake sale|whelk stall|kettle)|find (?:[a-z]+ )?way out of a paper bag|tell (?:[a-z-]+ ){1,3}from a hole in the ground)\b/gi,
  new RegExp(
    `\\b(?:${READER_GROUP}|they) (?:clearly |obviously |just |really |honestly )?(?:(?:have|has|do|does)n['’]t|do not|does not) (?:got |have )?(?:a|any|the (?:faintest|slightest)) (?:idea|clue)\\b(?! (?:about|that|whether|if|where|when|what|how|why|who)\\b)`,
    'gi',
  ),
  // "You are simply trying to cheat a small business".
  new RegExp(
    `${READER_IS}(?:simply |just |clearly |obviously |basically )?trying to (?:cheat|scam|rob|con|swindle|fleece|rip (?:\\w+ )?off)\\b`,
    'gi',
  ),
  /\bscript-reading\b/gi,
  // Calling the reader a liar: "you're lying", "one of you is lying to me", "you lied".
  /\b(?:you(?:'re| are)|you've been|(?:one|both|all|some) of you (?:is|are)|somebody (?:here )?is|someone (?:here )?is) (?:flat[- ]out |outright |just |clearly |openly |blatantly )?lying\b/gi,
  /\byou (?:flat[- ]out |outright |clearly |blatantly |openly )?lied\b/gi,
  // "Recruiters like you are why nobody trusts this industry."
  /\b[a-z]+ like you (?:are|is) (?:why|the reason|what(?:'s| is) wrong|the problem)\b/gi,
  /\b(?:racist|sexist|bigoted)\b/gi,
  // "You are a disgrace of a landlord", "you are the worst forwarder", "you are simply not capable".
  /\b(?:you(?:'re|’re| are)|you (?:people|lot|guys) are|your (?:company|firm|agency|shop|team|business|office) is) (?:(?:simply|just|clearly|truly|honestly|really|frankly|by far|without doubt|quite) )?(?:a (?:complete |total |absolute )?disgrace|an embarrassment|a laughing ?stock|the worst\b|not capable|incapable|not fit to)/gi,
  // "I'm stunned anyone there calls themselves a professional printer."
  /\b(?:how (?:can|do|does|dare)|(?:stunned|amazed|astonished|baffled|shocked) (?:that )?(?:anyone|anybody|you|someone|they))\b[^.?!\n]{0,40}\bcalls? (?:yourself|yourselves|themselves|itself)\b/gi,
  /\bscam(?:ming|s)? (?:people|customers|clients|tenants|members|families|pensioners|the elderly)\b/gi,
  // "since I'm not an idiot": the writer says the reader treats them as one.
  /\b(?:I|we)(?:'m|’m| am|'re|’re| are) not (?:an? |some )?(?:idiot|idiots|moron|morons|fool|fools|stupid|child|children|amateur|amateurs)\b/gi,
];
/** "not ridiculous", "isn't a joke", and hedged "a bit ridiculous" do not count. */
const NEGATION_BEFORE =
  /\b(?:not|n't|never|no|isn't|wasn't|aren't|hardly|a bit|a little|slightly|somewhat|kind of)\s+(?:\w+\s+){0,2}$/i;
const COMMAND_START = new RegExp(
  `^(?:(?:and|so|now|just|then|simply|also|otherwise|or|instead)[,]?\\s+)?(?:${alternation(COMMAND_VERBS)})\\b(?!\\s+(?:a (?:great|good|nice|lovely)|care|you\\b|me know|a look))`,
  'i',
);
const COMMAND_OTHER =
  /^(?:(?:and|so|now|just|then|also|otherwise|or)[,]?\s+)?(?:you(?: will|'ll|’ll) (?!(?:receive|get|find|see|be (?:able|receiving|glad|pleased)|have (?:(?:my|our) |(?:it|them|this|that|the (?:\w+ )?(?:report|draft|comments|figures|numbers|contract|invoice|quote|files?|documents?|money|payment|refund))(?= (?:by|before|within|in|on(?! (?:my|his|her|the|our|your) )|tomorrow|today|tonight|next|this|first|shortly|soon)\b|[.,;!]|$))|hear (?:from|back))\b)\w+|you have (?:\d+|one|two|three|four|five|six|seven|ten|fourteen|thirty) (?:hours|days|business days|working days) to|don'?t (?:you )?(?:even )?(?:think|bother|tell|threaten|waste|try|call|contact|send|email|ever)|do not (?:threaten|call|contact|send|bother|ever|waste|try)|stop (?:\w+ing)\b)/i;

interface Found {
  kind: SignalKind;
  start: number;
  end: number;
}

/** Every match of the patterns in `text`, as [start, end) ranges. */
function ranges(patterns: RegExp[], text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = pattern.exec(text)) !== null) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      out.push([m.index, m.index + m[0].length]);
    }
  }
  return out;
}

function collect(patterns: RegExp[], text: string, kind: SignalKind, out: Found[]) {
  for (const [start, end] of ranges(patterns, text)) out.push({ kind, start, end });
}

function shouting(text: string, out: Found[]) {
  const word = /[A-Za-z][A-Za-z'’&]*/g;
  let run: { start: number; end: number; count: number } | null = null;
  const flush = () => {
    if (run && run.count >= 2) out.push({ kind: 'shouting', start: run.start, end: run.end });
    run = null;
  };
  let m: RegExpExecArray | null;
  let prevEnd = 0;
  while ((m = word.exec(text)) !== null) {
    const w = m[0];
    const caps = w === w.toUpperCase() && /[A-Z]/.test(w);
    const between = text.slice(prevEnd, m.index);
    const joined = /^[\s,'’-]*$/.test(between);
    const isAcronym = ACRONYMS.has(w.replace(/[’']S$/, '')) || (w.length > 1 && w.length <= 3 && !caps);
    const counts = caps && !ACRONYMS.has(w) && (w.length >= 2 || (run !== null && joined));
    if (counts && run && joined) {
      run.end = m.index + w.length;
      if (w.length >= 2) run.count++;
    } else if (counts && !isAcronym) {
      flush();
      run = { start: m.index, end: m.index + w.length, count: w.length >= 2 ? 1 : 0 };
    } else {
      flush();
    }
    prevEnd = m.index + w.length;
  }
  flush();
}

/** "you", "you've", "your rep", "your billing team" followed by adverbs and a verb. */
const ADVERB =
  'have|has|had|just|clearly|then|now|still|again|already|also|all|even|simply|completely|somehow';
const YOU_DID = new RegExp(
  String.raw`\b(you(?:'ve|\s+have)?|your (?:own )?([a-z]+)(?: ([a-z]+))?)\s+((?:(?:${ADVERB})\s+)*)([a-z]+)\b`,
  'gi',
);
const ADVERBS = new RegExp(`^(?:${ADVERB})$`, 'i');
const PRAISE = /\b(?:thanks?|thank you|great|appreciate|grateful|kind|helpful|well done|good job|love)\b/i;

const isFault = (verb: string) =>
  (FAULT_PAST.has(verb) || (/[a-z]{3,}ed$/.test(verb) && !BENIGN_PAST.has(verb))) &&
  !/^(?:need|want|seem|use|ask|feel|tell|call)ed$/.test(verb);

/**
 * The writer restating the reader's side ("As I understand it, your ceiling is €110 because your board
 * cut the budget"): an acknowledgement, not an accusation.
 */
const RESTATED =
  /^(?:[-–—•*]\s*)?(?:(?:so|and|also)[,\s]+)?(?:as\s+I\s+understand\s+it|if\s+I\s+(?:have\s+)?understood\s+(?:you\s+)?(?:correctly|right)|if\s+I\s+understand\s+(?:you\s+)?(?:correctly|right)|I\s+understand\s+(?:that\s+)?|as\s+you\s+(?:said|explained|mentioned|put\s+it))\b/i;

/** "You blew through the budget", "your rep hung up on me": the reader did something harmful. */
function blameByVerb(all: Span[], complaint: boolean[], out: Found[]) {
  all.forEach((s, i) => {
    if (/\?\s*$/.test(s.text) || PRAISE.test(s.text) || RESTATED.test(s.text)) return;
    YOU_DID.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = YOU_DID.exec(s.text)) !== null) {
      const before = s.text.slice(Math.max(0, m.index - 12), m.index).toLowerCase();
      if (
        /\b(?:if|could|can|would|will|did|do|when|that|as|what|how|thank|once|after|before|since)\s+$/.test(
          before,
        )
      )
        continue;
      // "your rep hung up": the second word of "your X Y" may be the verb itself.
      const second = m[3]?.toLowerCase();
      const verb = m[5]!.toLowerCase();
      const used = isFault(verb)
        ? verb
        : !!second && !m[4] && isFault(second) && !ADVERBS.test(second)
          ? second
          : '';
      // "You removed the section" is blame only when the sentence complains about it.
      if (!used || (!HARM_PAST.has(used) && !complaint[i])) continue;
      out.push({ kind: 'blame', start: s.start + m.index, end: s.start + m.index + m[0].length });
    }
  });
}

/** Does each sentence complain, by itself or with the sentence after it ("You said Tuesday. Then Thursday.")? */
function complaints(all: Span[]): boolean[] {
  // "… didn't activate because of a fault on our side": the writer owns the fault, nobody is blamed.
  const own = all.map((s) => COMPLAINT_CONTEXT.test(s.text) && !OWN_FAULT.test(s.text));
  return own.map((c, i) => c || !!own[i + 1]);
}

const OWN_FAULT =
  /\b(?:on\s+our\s+(?:side|end)|our\s+(?:own\s+)?(?:mistake|fault|error|oversight)|(?:we|i)\s+(?:made|take)\s+(?:a|the|full)?\s*(?:mistake|responsibility|blame))\b/i;

/** Whether the line at `at` is a list item under an intro announcing the writer's own actions. */
function ownPlanItem(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const isItem = (line: string) => LIST_MARKER.test(line.trimStart());
  if (!isItem(text.slice(lineStart, lineStart + 8))) return false;
  // Walk up over the other items to the intro line.
  let end = lineStart - 1;
  while (end > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    if (!isItem(line)) return PLAN_INTRO.test(line.trim());
    end = start - 1;
  }
  return false;
}

const linear = (m: { bias: number; w: number[] }, x: readonly number[]) =>
  x.reduce((z, v, i) => z + v * (m.w[i] ?? 0), m.bias);
const INSULT = TONE_FEATURES.indexOf('signal:insult');
const SWEARING = TONE_FEATURES.indexOf('signal:profanity');
const BELITTLING = TONE_FEATURES.indexOf('signal:contempt');
const ORDER = TONE_FEATURES.indexOf('signal:command');

/**
 * An attack whatever the models say: name-calling, or swearing or contempt together with an order
 * ("This is pathetic. Send the refund today.", "Pay the damn invoice."). In the training emails every
 * message with swearing or contempt and an order is labeled hostile (23 and 56 of them).
 */
const attack = (x: readonly number[]) =>
  (x[INSULT] ?? 0) > 0 || (((x[SWEARING] ?? 0) > 0 || (x[BELITTLING] ?? 0) > 0) && (x[ORDER] ?? 0) > 0);

/**
 * Level and score from the feature vector (see LEVEL_FEATURES), with the shipped models or, for the
 * trainer, candidate ones. `neutral` is the vector of a message with nothing in it: no finding, no word
 * the word models know (all 0 if not given); it scores 0.
 */
export function levelWith(
  models: LevelModels,
  x: readonly number[],
  neutral: readonly number[] = [],
): { level: ToneLevel; score: number } {
  const pHostile = sigmoid(linear(models.hostile, x));
  // What is hostile is at least tense.
  const pTense = Math.max(pHostile, sigmoid(linear(models.tense, x)));
  const level: ToneLevel = attack(x) || pHostile >= 0.5 ? 'hostile' : pTense >= 0.5 ? 'tense' : 'calm';
  // The expected level, rescaled so that a message with nothing in it scores 0.
  const none = sigmoid(linear(models.hostile, neutral));
  const baseline = (Math.max(sigmoid(linear(models.tense, neutral)), none) + none) / 2;
  const expected = (pTense + pHostile) / 2;
  const score = Math.max(0, Math.min(1, (expected - baseline) / (1 - baseline)));
  return { level, score: Math.round(score * 1000) / 1000 };
}

/** The feature vector of a message (TONE_FEATURES order). */
function featureVector(
  signals: readonly Signal[],
  cues: Record<CueFeature, number>,
  positions: readonly { kind: PositionKind }[],
  ownLength: number,
): number[] {
  return TONE_FEATURES.map((f) => {
    const [group, kind] = f.split(':');
    if (group === 'signal') return Math.min(signals.filter((s) => s.kind === kind).length, CAP.signal);
    if (group === 'position') return Math.min(positions.filter((p) => p.kind === kind).length, CAP.position);
    if (f === 'length') return Math.log(1 + ownLength / 200);
    return Math.min(cues[f as CueFeature], CAP[f as CueFeature]);
  });
}

export interface ToneOptions {
  /**
   * All positions found in the writer's own words, which the level takes into account: a message that
   * presses demands and deadlines reads tenser than one that offers. Each threat is also a `threat`
   * signal. Without them the level is judged from the wording alone.
   */
  positions?: readonly (Span & { kind: PositionKind })[];
  /** Threat spans, when the positions are not at hand: each is a `threat` signal. */
  threats?: Span[];
  /** Only the first `end` characters are the writer's own words (quoted history and signature after). */
  end?: number;
}

type Range = [number, number];
type Measured =
  | {
      judged: true;
      signals: Signal[];
      /** The rules' findings (TONE_FEATURES order). */
      features: number[];
      /** The writer's own words as the word models see them (toneWordKeys). */
      words: string[];
      own: string;
      cues: { strong: Range[]; weak: Range[] };
    }
  | { judged: false; reason: ToneResult['reason'] };

/** Tone of one message. */
export function analyzeTone(input: string, options: ToneOptions = {}): ToneResult {
  const m = measureTone(input, options);
  if (!m.judged) return { level: 'calm', score: 0, signals: [], judged: false, reason: m.reason };
  const { words, neutral } = shippedWords();
  const x = [...m.features, ...wordLogits(words, m.words)];
  const { level, score } = levelWith(MODELS, x, neutral);
  const result: ToneResult = { level, score, signals: m.signals, judged: true };
  if (level !== 'calm') {
    // The first irritation phrase of each strength, in text order, for the "why" line.
    const first = (r: Range[]) =>
      r.length ? input.slice(...r.reduce((a, b) => (b[0] < a[0] ? b : a))) : undefined;
    const cues = { strong: first(m.cues.strong), weak: first(m.cues.weak) };
    const model = level === 'hostile' ? words.hostile : words.tense;
    const quoted = [cues.strong, cues.weak].filter((c): c is string => !!c);
    result.reasons = levelReasons(MODELS, x, level, {
      ...cues,
      words: weightiestWords(model, m, quoted, 2),
    });
  }
  return result;
}

/** Signal kinds in the words of a "why" line. */
const SIGNAL_PHRASE: Record<SignalKind, string> = {
  insult: 'name-calling',
  profanity: 'swearing',
  shouting: 'shouting',
  exclamation: 'repeated exclamation marks',
  blame: 'blame',
  sarcasm: 'sarcasm',
  absolute: 'sweeping absolutes',
  contempt: 'contempt',
  command: 'orders',
  threat: 'threats',
};
const POSITION_PHRASE: Partial<Record<PositionKind, [string, string]>> = {
  demand: ['a demand', 'demands'],
  deadline: ['a deadline', 'deadlines'],
  refusal: ['a refusal', 'refusals'],
  escalation: ['a move to escalate', 'moves to escalate'],
};
/** Below this share of the strongest push (in log-odds), a feature is not named. */
const MINOR = 0.35;

/**
 * Why a message is tense or hostile: the features that pushed the deciding model up (the "hostile" model
 * for a hostile level, "at least tense" otherwise), strongest first, at most four. An attack leads a
 * hostile level it decided (name-calling; or swearing or contempt, then the order), since it decides on
 * its own.
 */
function levelReasons(
  models: LevelModels,
  x: readonly number[],
  level: Exclude<ToneLevel, 'calm'>,
  cues: { strong?: string; weak?: string; words: string[] },
): string[] {
  const model = level === 'hostile' ? models.hostile : models.tense;
  const pushes = LEVEL_FEATURES.map((f, i) => ({ f, i, z: x[i] * (model.w[i] ?? 0) }))
    .filter((p) => p.z > 0 && p.f !== 'length')
    .sort((a, b) => b.z - a.z);
  const top = pushes[0]?.z ?? 0;
  const forced =
    level !== 'hostile' || !attack(x)
      ? []
      : (x[INSULT] ?? 0) > 0
        ? [INSULT]
        : [(x[SWEARING] ?? 0) > 0 ? SWEARING : BELITTLING, ORDER];
  for (const f of [...forced].reverse()) {
    const i = pushes.findIndex((p) => p.i === f);
    if (i >= 0) pushes.unshift(...pushes.splice(i, 1));
    else pushes.unshift({ f: LEVEL_FEATURES[f]!, i: f, z: 0 });
  }
  const quote = (t: string) => `“${t.replace(/^[\s(]+|[\s).!]+$/g, '')}”`;
  const out: string[] = [];
  for (const p of pushes) {
    if (out.length === 4) break;
    if (!forced.includes(p.i) && p.z < MINOR * top) continue;
    const [group, kind] = p.f.split(':');
    const n = x[p.i];
    if (group === 'signal') out.push(SIGNAL_PHRASE[kind as SignalKind]);
    else if (group === 'position') {
      const words = POSITION_PHRASE[kind as PositionKind];
      if (words) out.push(n === 1 ? words[0] : `${n >= CAP.position ? `${n}+` : n} ${words[1]}`);
    } else if (p.f === 'cue:strong' && cues.strong) out.push(quote(cues.strong));
    else if (p.f === 'cue:weak' && cues.weak) out.push(quote(cues.weak));
    else if (group === 'words' && cues.words.length) {
      const line = `wording like ${cues.words.map(quote).join(' and ')}`;
      if (!out.includes(line)) out.push(line);
    }
  }
  return out;
}

/** What `analyzeTone` judges the level from: the rules' findings and the writer's own words. */
export interface ToneInputs {
  /** TONE_FEATURES order. */
  features: number[];
  /** toneWordKeys of the writer's own text. */
  words: string[];
}

/** The inputs `analyzeTone` judges the level from, or null if it cannot judge the text. */
export function toneInputs(input: string, options: ToneOptions = {}): ToneInputs | null {
  const m = measureTone(input, options);
  return m.judged ? { features: m.features, words: m.words } : null;
}

/**
 * The words that weigh most towards the level in a word model, as the writer wrote them (at most `n`,
 * strongest first): the "why" line quotes them. Word pairs and words of three letters or more only, and
 * never a word inside a pair already quoted.
 */
function weightiestWords(
  model: WordModels['tense'],
  m: { words: string[]; own: string },
  quoted: string[],
  n: number,
): string[] {
  const heavy = m.words
    .filter((k) => /^[\p{L}' ]+$/u.test(k) && k.length >= 3 && k.split(' ').some((w) => !UNQUOTABLE.has(w)))
    .map((k) => ({ k, w: model.weights.get(k) ?? 0 }))
    .filter((x) => x.w >= MIN_WORD_WEIGHT)
    .sort((a, b) => b.w - a.w || (a.k < b.k ? -1 : 1));
  const flat = m.own.replace(/[’‘]/g, "'");
  const out: string[] = [];
  // Words of an irritation cue the "why" line already quotes ("still" in “still have not”) count as taken.
  const taken = quoted.flatMap((q) => toneWordKeys(q));
  for (const { k } of heavy) {
    if (out.length === n) break;
    if (taken.some((t) => ` ${t} `.includes(` ${k} `) || ` ${k} `.includes(` ${t} `))) continue;
    // Letters, apostrophes and spaces only (filtered above), so the key needs no escaping.
    const at = new RegExp(`(?<![\\p{L}'])${k.split(' ').join(`[\\s,;:-]+`)}(?![\\p{L}'])`, 'iu').exec(flat);
    if (!at) continue;
    taken.push(k);
    out.push(m.own.slice(at.index, at.index + at[0].length));
  }
  return out;
}

/** The signals of a message and the features its level is judged from. */
function measureTone(input: string, options: ToneOptions): Measured {
  const limit = Math.min(options.end ?? input.length, input.length);
  const own = input.slice(0, limit);
  const judge = judgeable(own);
  if (!judge.ok) return { judged: false, reason: judge.reason };

  const harmless = ranges(HARMLESS, own);
  const quotes = quotedRanges(own);

  const found: Found[] = [];
  collect([PROFANITY_RE, MASKED_PROFANITY], own, 'profanity', found);
  collect([INSULT_NOUN_RE, INSULT_ADJ_RE, ...INSULT_OTHER], own, 'insult', found);
  collect([CONTEMPT_RE, ...CONTEMPT_PHRASES], own, 'contempt', found);
  collect(ABSOLUTES, own, 'absolute', found);
  collect([...BLAME, CONDUCT_RE], own, 'blame', found);
  const ownSentences = sentences(own);
  const complaint = complaints(ownSentences);
  for (const [a, b] of ranges(BLAME_IN_COMPLAINT, own)) {
    const i = ownSentences.findIndex((s) => a >= s.start && a < s.end);
    if (i >= 0 && complaint[i]) found.push({ kind: 'blame', start: a, end: b });
  }
  collect(SARCASM, own, 'sarcasm', found);
  collect([/!{2,}|\?!+|!\?+/g], own, 'exclamation', found);
  shouting(own, found);

  // Scare quotes around praise ("quick" turnaround) are sarcasm; other quotes are someone else's words.
  for (const [a, b] of quotes) {
    if (SCARE_QUOTED.test(own.slice(a, b))) found.push({ kind: 'sarcasm', start: a, end: b });
  }

  for (const s of ownSentences) {
    if (/\?\s*$/.test(s.text) || SOFTENERS.test(s.text)) continue;
    // "Here's what I'll do today: - remove the charges - add a credit": the writer's own plan, not orders.
    if (ownPlanItem(own, s.start)) continue;
    const body = s.text.replace(/^[-–—•*\s]+/, '');
    const offset = s.start + (s.text.length - body.length);
    // "Refund policy: 30 days" is a label, not an order.
    if (/^[\p{L}][\p{L}-]*(?:\s+[\p{L}-]+){0,3}\s*:/u.test(body)) continue;
    if (COMMAND_START.test(body) || COMMAND_OTHER.test(body)) {
      found.push({ kind: 'command', start: offset, end: s.end });
    }
  }
  blameByVerb(ownSentences, complaint, found);
  for (const t of options.threats ?? options.positions?.filter((p) => p.kind === 'threat') ?? []) {
    if (t.start < limit) found.push({ kind: 'threat', start: t.start, end: Math.min(t.end, limit) });
  }

  const kept = found.filter((f) => {
    if (harmless.some(([a, b]) => f.start < b && f.end > a)) return false;
    if (f.kind !== 'sarcasm' && f.kind !== 'threat' && inRanges(quotes, f.start, f.end)) return false;
    if (
      (f.kind === 'contempt' || f.kind === 'insult') &&
      NEGATION_BEFORE.test(own.slice(Math.max(0, f.start - 30), f.start))
    ) {
      return false;
    }
    return true;
  });

  // One signal per place: drop exact duplicates and spans inside another signal of the same kind.
  kept.sort((a, b) => a.start - b.start || b.end - a.end);
  const signals: Signal[] = [];
  for (const f of kept) {
    if (signals.some((s) => s.kind === f.kind && f.start >= s.start && f.end <= s.end)) continue;
    signals.push({ ...span(input, f.start, f.end), kind: f.kind, explanation: EXPLANATIONS[f.kind] });
  }

  // Irritation cues ("per my last email", "still") and politeness markers are not signals: they are not
  // aimed at the reader, but they weigh on the level.
  const strong = ranges(TENSION_STRONG, own);
  const weak = ranges(TENSION, own);
  const cues = { 'cue:strong': strong.length, 'cue:weak': weak.length, polite: ranges([POLITE], own).length };
  return {
    judged: true,
    signals,
    features: featureVector(signals, cues, options.positions ?? [], own.length),
    words: toneWordKeys(own),
    own,
    // For the "why" line: the weak cues not already inside a strong one ("still" in "still have not").
    cues: { strong, weak: weak.filter(([a, b]) => !strong.some(([c, d]) => a < d && b > c)) },
  };
}
