/**
 * Position extraction: what the writer demands, offers, refuses, threatens, escalates, and the money
 * amounts and due times involved. Pure, regex and rule based, no dependencies (it ships in the content
 * script). The rules follow shared/data/LABELS.md:
 *
 * - Only the writer's own text: quoted history ("On … wrote:", "-----Original Message-----", "From: …
 *   Sent:", "> " lines), a "-- " signature and the sign-off block after the closing are ignored.
 * - The text is cut into sentences and clauses; each clause is tried against small rule sets
 *   (escalation, threat, refusal, demand, commitment). Spans keep to the core phrase.
 * - Amounts come from amounts.ts; a repeated amount (same currency and value) is reported once.
 * - Deadlines come from deadlines.ts and are kept only when they say when a demand or commitment is
 *   due: "by / before / until / within …" anywhere in a sentence that asks or promises something, a
 *   bare "today", "this week", "on the 20th" only right after the request or promise in its clause.
 *   Background and past dates, meeting dates, policy terms and the time of a threatened consequence
 *   are not deadlines.
 */
import { extractAmounts } from './amounts';
import { deadlineKeys, deadlineScore, deadlineThresholds } from './deadline-model';
import { learnedKinds } from './position-model';
import { ownScope } from './scope';
import {
  findTimeExpressions,
  guessDateOrder,
  parseReferenceDate,
  refIsoDate,
  resolveInner,
  namesDate,
} from './deadlines';
import type { DateOrder, RefDate, TimeExpression } from './deadlines';
import {
  AUTHORITY,
  CANT_STOP,
  IMPERATIVE_VERBS,
  DONT_REFUSAL_VERBS,
  IMPERATIVE_RE,
  MILD_CONSEQUENCE,
  NOT_REFUSAL,
  OFFER_VERBS,
  PLAN_INTRO,
  PLEASE_STOP,
  RHETORICAL,
  STOCK_PHRASES,
  STRONG_CONSEQUENCE,
  THREAT_CONSEQUENCES,
  WILL_STOP,
} from './lexicon-positions';
import { LETTER_MARKER, LIST_MARKER } from './text';
import type { DeadlineValue, Position, PositionKind, Span } from './types';

export interface ExtractPositionsOptions {
  /**
   * Where the writer's own words end, when the caller already knows (the mail readers removed quotes
   * and signature): skips this module's own quote and signature detection.
   */
  end?: number;
  /** The message's ISO date-time (`2026-11-16T09:41:00`), used to resolve relative deadlines. */
  date?: string | null;
  /**
   * Whether the learned second looks may change the rules' result: position-model.ts adds promises and
   * threats the rules missed, deadline-model.ts drops and adds deadlines where it is sure. On by default.
   * Off, the result is the rules' alone (used to measure what the models add).
   */
  learned?: boolean;
}

// ---------------------------------------------------------------------------------------------------
// Scope: the writer's own text
// ---------------------------------------------------------------------------------------------------

/** End offset of the writer's own text: before quoted history and the sign-off / signature block. */
export function ownTextEnd(text: string): number {
  return ownScope(text).end;
}

/**
 * The sentences of the writer's own text as the position rules split them (offsets into `text`), for
 * the trainer of position-model.ts.
 */
export function ownSentences(text: string): { start: number; end: number }[] {
  const t = normalise(text);
  return splitSentences(t, 0, Math.min(ownTextEnd(t), t.length));
}

/**
 * The time expressions of the writer's own text that could be due times, each with its feature keys for
 * deadline-model.ts (offsets into `text`), as the rules see them: for the trainer of that model.
 */
export function deadlineCandidates(text: string): { start: number; end: number; keys: string[] }[] {
  const ex = restoreTexting(text);
  const t = normalise(ex?.text ?? text);
  const back = (i: number) => (ex ? ex.toOriginal[i]! : i);
  const end = Math.min(ownTextEnd(t), t.length);
  return findTimeExpressions(t, 0, end, null, guessDateOrder(t.slice(0, end))).map((e) => ({
    start: back(e.start),
    end: back(e.end),
    keys: deadlineKeys(t, e),
  }));
}

// ---------------------------------------------------------------------------------------------------
// Sentences and clauses
// ---------------------------------------------------------------------------------------------------

interface Sentence {
  start: number;
  end: number;
  question: boolean;
  clauses: Clause[];
  conditional: boolean;
  /** Under "Here's what happens now:": the writer lays down what the reader does next. */
  decreed?: boolean;
  /** The whole message, lower case (normalised), which the offsets index. */
  doc: string;
}

interface Clause {
  start: number;
  end: number;
  /** Offset after leading conjunctions / interjections. */
  body: number;
  /** Leading connectors, lower case ("and", "or", "otherwise", "if"…). */
  lead: string[];
  sentence: Sentence;
  index: number;
}

const ABBREV =
  /(?:\b(?:Mr|Mrs|Ms|Dr|St|Prof|Jr|Sr|vs|etc|e\.g|i\.e|approx|No|Inc|Ltd|Co|Corp|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|a\.m|p\.m|U\.S|ref|Ref|nr|Nr|Apt|Ave|Rd|incl|min|max|ca|Rs|rs)|\b[A-Z])$/;

/** Abbreviations a name or number follows: never a sentence end. */
const TITLE_ABBREV =
  /(?:\b(?:Mr|Mrs|Ms|Dr|St|Prof|Jr|Sr|vs|e\.g|i\.e|approx|No|nr|Nr|ref|Ref|Apt|Ave|Rd|incl|ca|Rs|rs)|\b[A-Z])$/;
/** Capitalised words that open a sentence and are not names, dates or places. */
const SENTENCE_OPENER =
  /^\s+(?:I|We|You|Where|What|When|Why|How|Who|Which|Please|Kindly|The|This|That|These|Those|It|If|Can|Could|Would|Will|Do|Does|Did|Is|Are|Was|Were|Has|Have|Thanks|Thank|Let|Our|My|Your|So|But|And|Also|Otherwise|Any|Still|Since|As|Unfortunately|However|Regards|Best|Kind|Sincerely|Cheers)\b/;

function splitSentences(t: string, from: number, to: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = from;
  const push = (e: number) => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(t[a])) a++;
    while (b > a && /\s/.test(t[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (let i = from; i < to; i++) {
    const ch = t[i];
    if (ch === '\n') {
      const lineStart = t.lastIndexOf('\n', i - 1) + 1;
      const prevLine = t.slice(lineStart, i);
      const nextChar = t.slice(i + 1, i + 3).trim()[0] ?? '';
      const blank = /^\s*$/.test(t.slice(i + 1, t.indexOf('\n', i + 1) < 0 ? to : t.indexOf('\n', i + 1)));
      const wrapped = prevLine.length >= 60 && !/[.!?:;,]["')]?\s*$/.test(prevLine) && /[a-z]/.test(nextChar);
      if (blank || !wrapped) {
        push(i);
        s = i + 1;
      }
      continue;
    }
    // "We require Quantex to: (a) deliver …; (b) continue …; and (c) provide …": each lettered item is a
    // sentence of its own.
    if (
      ch === '(' &&
      i > s &&
      LETTER_MARKER.test(t.slice(i, i + 7)) &&
      /[:;]\s*(?:(?:and|or)\s+)?$/.test(t.slice(Math.max(s, i - 8), i))
    ) {
      push(i);
      s = i;
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?') {
      let j = i;
      while (j + 1 < to && /[.!?]/.test(t[j + 1])) j++;
      while (j + 1 < to && /["')\]”’]/.test(t[j + 1])) j++;
      const next = t[j + 1];
      if (j + 1 < to && !/\s/.test(next)) {
        i = j;
        continue;
      }
      // "1. Keep the rate …": a list number at the start of a line is not a sentence of its own.
      if (ch === '.' && j === i && /^[ \t]*\d{1,2}$/.test(t.slice(t.lastIndexOf('\n', i - 1) + 1, i))) {
        i = j;
        continue;
      }
      // "I need three things: 1. The invoice. 2. …": an inline list number starts the item's sentence.
      const inline =
        ch === '.' && j === i ? /[:.;!?]\s+(\d{1,2})$/.exec(t.slice(Math.max(from, i - 8), i)) : null;
      if (inline) {
        const numStart = i - inline[1].length;
        if (numStart > s) push(numStart);
        s = numStart;
        i = j;
        continue;
      }
      // "Mr. Clarke", "J. Smith", "No. 5" never end a sentence; "on 2 Feb. Where is …", "etc. We …",
      // "at 5 p.m. Please …", "due 28 Feb. Ship it by Friday" do when a word that only opens a sentence,
      // or an order, follows.
      if (
        ch === '.' &&
        j === i &&
        ABBREV.test(t.slice(Math.max(from, i - 6), i)) &&
        // "No. Absolutely not.": a bare "No." answering is a sentence ("No. 5" is not).
        !(/^\s*no$/i.test(t.slice(s, i)) && !/^\s*[\d#]/.test(t.slice(j + 1, j + 4))) &&
        (TITLE_ABBREV.test(t.slice(Math.max(from, i - 6), i)) ||
          (!SENTENCE_OPENER.test(t.slice(j + 1, j + 16)) &&
            !IMPERATIVE_SET.has(
              /^\s+([A-Z][a-z]+)\b/.exec(t.slice(j + 1, j + 20))?.[1]?.toLowerCase() ?? '',
            )))
      ) {
        i = j;
        continue;
      }
      push(j + 1);
      s = j + 1;
      i = j;
    }
  }
  push(to);
  return out;
}

const wordSet = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
const SUBJ_WORDS = wordSet(
  "i i'm i'll i've i'd we we're we'll we've we'd you you'll you're you've you'd he she they it's that's there's that'd it'd",
);
const COMMA_WORDS = wordSet(
  'and but or so because since as which while whereas although though otherwise then yet plus unless if when once not nor ' +
    'please kindly pls plz just could can would will either let where what why how who is are do does did any',
);
const CONJ_WORDS = wordSet('and or but so otherwise then plus');
const CONJ_NEXT = wordSet("please let will can either don't");
const FILLERS = wordSet('also then just please');
const SINCE_NEXT = wordSet('i we you it this that they our my your the there he she');
const IMPERATIVE_SET = new Set(IMPERATIVE_VERBS);
const DASH_WORDS = wordSet(
  'and but so please just could can would will let anything any either is are do does did has have where what when why how who our my your the this that it',
);
const NOT_SPLIT_BEFORE_BUT =
  /(?:\bno\s+(?:choice|option|alternative)|\bnothing|\banything|\beverything|\ball)$/;
const NOT_SPLIT_BEFORE_IF =
  /(?:appreciate\s+it|grateful|great|helpful|amazing|ideal|appreciated|wondering|hoping|asking)$/;
/** A frame that asks the reader for what follows: "I request you to", "we ask you to", "we want that you". */
const ASK_FRAME =
  /^(?:(?:so|and|also|therefore|hence)[,\s]+)?(?:(?:i|we)\s+(?:would\s+|'d\s+)?(?:(?:kindly|hereby|therefore|also|again)\s+)?(?:request|ask|urge|require|want|need|expect)\s+(?:that\s+)?(?:you|u)\s+(?:to\s+)?|(?:kindly\s+)?request\s+you\s+to\s+)(?:(?:kindly|please|immediately)\s+)?/;
const LIGHT_FIRST_ACT =
  /^(?:(?:and|so|also|then|please|pls|plz|kindly|(?:i\s+|we\s+)?request\s+you\s+to)[,\s]+)*([a-z]+)(?:\s+(?:it|this|that|them))?(?:\s+(?:carefully|again|properly|urgently|back|over|through|about\s+it))?$/;
// Request, promise and escalation forms read by detectDemand, extractFrom and detectEscalation below.
const HELPS_IF =
  /^(?:(?:going\s+forward|in\s+(?:the\s+)?future|for\s+the\s+future|also|and|but|so|then)[,\s]+)*(?:it|that)\s*(?:would|'d)\s+(?:(?:really|greatly|also|certainly)\s+)?(?:be\s+(?:really\s+|very\s+|most\s+|so\s+|extremely\s+|hugely\s+|a\s+(?:big|great|huge|real)\s+)?(?:helpful|useful|help)|help(?:\s+(?:a\s+lot|enormously|hugely|greatly|us|me))?)\s+(?:if|to)\s/;
/**
 * What the writer would welcome from the reader: "a revised invoice by Friday 20 March would be ideal",
 * "otherwise a refund of £23 would be ok for me", "your confirmation would be appreciated". Group 1 is the
 * lead-in before the thing asked, group 2 its determiner, group 3 the word of welcome.
 */
const WOULD_WELCOME =
  /^((?:(?:so|and|but|otherwise|then|ideally)[,\s]+)*)(a|an|the|your|some)\s+(?!(?:[\w-]+\s+){0,3}?(?:of\s+)?(?:ours|mine|our|my|we|i)\b)[^,;!?]{2,60}?\s+(?:would|will)\s+be\s+(?:really\s+|very\s+|much\s+|greatly\s+|most\s+|gratefully\s+|equally\s+)?(ideal|great|appreciated|helpful|perfect|fine|ok|okay|acceptable|welcome|brilliant|preferable|received)\b/;
const RATHER_HEAR =
  /^(?:(?:so|and|but|also|honestly|frankly)[,\s]+)*(?:i|we)(?:'d|\s+would)?\s+(?:much\s+|really\s+|honestly\s+|genuinely\s+)?(?:rather|prefer)\s+(?:(?:to\s+)?hear\b|(?:that\s+)?(?:you|u)\s+(?!(?:because|as|for|over|to|than|and|or|but|guys|people|too|instead)\b)[a-z]{2,})/;
const OWED_TO_WRITER =
  /\b(?:(?:i|we)\s+(?:think|believe|feel)\s+)?(?:(?:i|we)\s+(?:should|ought\s+to|deserve\s+to)\s+(?:get|receive|be\s+(?:refunded|compensated|reimbursed|credited))\b|(?:it\s+)?(?:is|it's|would\s+be)\s+(?:only\s+)?fair\s+(?:that\s+)?(?:you|u)\s+(?!(?:know|are|were|have|had|can|could|understand|see|realise|realize)\b)[a-z]{2,})/;
const WAIT_REPLY_BY =
  /^(?:(?:so|and|also|then)[,\s]+)*(?:(?:i|we)\s+(?:am\s+|'m\s+|are\s+|'re\s+)?(?:still\s+)?)?(?:wait|waiting|await|awaiting)\s+(?:for\s+)?(?:your|a|the)\s+(?:urgent\s+|prompt\s+|quick\s+|early\s+|kind\s+|positive\s+|written\s+)?(?:answer|reply|response|return|confirmation|feedback|decision|revert)\s+(?:by|until|till|within|before|today|tomorrow|this|latest|not\s+later)\b/;
const SUGGEST_TO_READER =
  /^(?:(?:so|and|but|then|therefore)[,\s]+)?(?:i|we)(?:'d|\s+would)?\s+(?:(?:gently|strongly|also|respectfully|therefore|really|honestly)\s+)*(?:suggest|recommend|advise)\s+(?:that\s+)?(?:you\s+|u\s+)?(?!(?:you|u|we|i|us|our|my)\b)[a-z]{2,}/;
const GAP_BEFORE_COMMIT =
  /\b(?:nothing|anything(?:\s+else)?|(?:(?:two|three|few|some|other|many)\s+)?things|how\s+much\s+[a-z]+er|how\s+[a-z]+er)\s*$/;
const NARRATED_HABIT =
  /^(?:i|we)\s+(?:(?:'ve|have)\s+)?(?:already\s+)?(?!(?:will|'ll|can|could|would|'d|shall|may|might|must|am|are|'m|'re|need|want)\b)[a-z]+\b[^.;!?]*?\b(?:already|\d+\s+times|(?:two|three|four|five|six|several|many)\s+times|every\s+(?:day|week|month|year|time))\b/;
/**
 * A senior person asked for: "passed to someone at a senior level", "a reply from someone with actual
 * authority", "Could someone with the authority to make a decision get back to me?".
 */
const TO_SOMEONE_SENIOR =
  /\b(?:(?:i|we)\s+(?:would\s+|'d\s+|should\s+|want|need|ask)[^.;!?]{0,40}?\b)?(?:pass(?:ed)?|refer(?:red)?|escalat(?:e|ed)|sen[dt]|forward(?:ed)?|hand(?:ed)?)\s+(?:on\s+|up\s+)?to\s+(?:someone|somebody|a\s+person)\s+(?:in\s+(?:senior|your\s+(?:[\w-]+\s+){0,6}?(?:leadership|management))|with\s+(?:the\s+|more\s+|actual\s+|real\s+|some\s+)?(?:authority|seniority)|more\s+senior|senior|at\s+(?:a\s+)?(?:more\s+)?senior\s+level)\b|^(?:could|can|would|will)\s+(?:someone|somebody)\s+(?:with\s+(?:the\s+|more\s+|actual\s+|real\s+|some\s+)?(?:authority|seniority)|(?:more\s+)?senior|in\s+charge|at\s+(?:a\s+)?(?:more\s+)?senior\s+level)\b|\b(?:a\s+)?(?:response|reply|answer|call)\s+from\s+(?:someone|somebody)\s+with\s+(?:the\s+|actual\s+|real\s+|some\s+)?(?:authority|seniority)\b/;
const MODAL_BEFORE =
  /\b(?:i|we|you|they|he|she)\b|\b(?:it|someone|to)\s*(?:'ll|'d|will|would|can|could|must|should|may|might|shall|have\s+to|has\s+to|need\s+to|needs\s+to|'m\s+going\s+to|am\s+going\s+to|are\s+going\s+to|'re\s+going\s+to)\b|\bto\s+[a-z]+\b/i;

const LEAD_RE =
  /^(?:(and|but|or|so|then|also|plus|otherwise|either|else|now|well|ok|okay|frankly|honestly|seriously|again|finally|lastly|instead|meanwhile|anyway|yes|oh|if\s+not|failing\s+that|in\s+that\s+case|as\s+well\s+as|(?:hi|hello|hey|dear)\s+[a-z][\w'-]*(?=,))\b,?\s*)/i;

function splitClauses(t: string, lower: string, sent: Sentence): Clause[] {
  const cuts = new Set<number>();
  const text = lower.slice(sent.start, sent.end);
  const add = (i: number) => {
    if (i > 0 && i < text.length) cuts.add(i);
  };
  // Tokens with their offsets; `w` is the word without surrounding punctuation.
  const toks: { s: number; raw: string; w: string }[] = [];
  const tokRe = /\S+/g;
  let tm: RegExpExecArray | null;
  while ((tm = tokRe.exec(text))) {
    const raw = tm[0];
    const clean = /^[a-z0-9']+$/.test(raw);
    toks.push({ s: tm.index, raw, w: clean ? raw : raw.replace(/^["'(“‘]+|[^a-z0-9']+$/g, '') });
  }
  const word = (i: number) => toks[i]?.w ?? '';
  const isSubj = (i: number) =>
    SUBJ_WORDS.has(word(i)) || ((word(i) === 'that' || word(i) === 'it') && word(i + 1) === 'would');
  const pending: number[] = [];
  // Where a sentence's opening "if" is ("But if you prefer another company I will refund the £1,200").
  const ifAt = /^(?:but|and|so)$/.test(word(0)) ? 1 : 0;
  for (let i = 1; i < toks.length; i++) {
    const prev = toks[i - 1].raw;
    const w = word(i);
    const at = toks[i].s;
    if (/[;:]$/.test(prev) && !(/\d[;:]$/.test(prev) && /^\d/.test(w))) add(at);
    if (prev.endsWith(',') && (COMMA_WORDS.has(w) || isSubj(i))) add(at);
    // "I wait for your answer 10 days, after this I complain to the ombudsman": what follows the wait.
    if (
      prev.endsWith(',') &&
      w === 'after' &&
      /^(?:this|that)$/.test(word(i + 1)) &&
      (isSubj(i + 2) || /^(?:my|our)$/.test(word(i + 2)))
    )
      add(at);
    // "Refund the fee, close the account": a list of orders, when the sentence opens with one ("Don't send
    // me a new schedule, send me a build": or with one not to do).
    if (
      prev.endsWith(',') &&
      IMPERATIVE_SET.has(w) &&
      IMPERATIVE_SET.has(
        word(0) === 'please' || word(0) === "don't"
          ? word(1)
          : word(0) === 'do' && word(1) === 'not'
            ? word(2)
            : word(0),
      ) &&
      /^(?:the|my|our|your|a|an|me|us|it|this|that|these|those|all|everything|someone|somebody)$/.test(
        word(i + 1),
      )
    )
      add(at);
    if (/^(?:[—–-]{1,2})$/.test(prev) && (DASH_WORDS.has(w) || isSubj(i) || IMPERATIVE_SET.has(w))) add(at);
    if (CONJ_WORDS.has(w)) {
      let j = i + 1;
      if (FILLERS.has(word(j))) j++;
      if (isSubj(j) || CONJ_NEXT.has(word(j))) add(at);
      // "…and my lawyer will contact you": a new subject of the writer's side with its own verb.
      if (
        /^(?:my|our)$/.test(word(j)) &&
        /^(?:(?:[\w'-]+\s+){1,2}?)(?:will|'ll|shall|would|is\s+going\s+to|are\s+going\s+to)\b/.test(
          text.slice(toks[j + 1]?.s ?? text.length),
        )
      )
        add(at);
      if (
        w === 'or' &&
        (word(i + 1) === 'my' ||
          word(i + 1) === 'our' ||
          (word(i + 1) === 'else' && /^(?:my|our)$/.test(word(i + 2))))
      )
        add(at);
      if (
        (w === 'and' || w === 'or' || w === 'then') &&
        (IMPERATIVE_SET.has(word(j)) ||
          (w === 'and' && word(j) === 'to' && IMPERATIVE_SET.has(word(j + 1)))) &&
        !/[:-]$/.test(toks[j]?.raw ?? '') &&
        !/^(?:is|was|are|were|of)$/.test(word(j + 1))
      )
        pending.push(i);
    }
    if (w === 'but' && !/ly$/.test(word(i + 1)) && !NOT_SPLIT_BEFORE_BUT.test(text.slice(0, at).trimEnd()))
      add(at);
    if (w === 'because' || (w === 'so' && word(i + 1) === 'that')) add(at);
    // "im not paying for the ones u missed so take them off the invoice": the order that follows.
    if (
      w === 'so' &&
      IMPERATIVE_SET.has(word(i + 1)) &&
      /^(?:the|my|our|your|a|an|me|us|it|them|this|that|these|those|all|everything)$/.test(word(i + 2))
    )
      add(at);
    // "We are leaving on Sunday so please answer before Saturday": a polite order after the reason.
    if (w === 'so' && /^(?:please|pls|plz|kindly)$/.test(word(i + 1)) && IMPERATIVE_SET.has(word(i + 2)))
      add(at);
    // "I'll pay the £1,200 I bid and not a penny more": the promise, then the limit on it.
    if (w === 'and' && word(i + 1) === 'not' && /^(?:a|one)$/.test(word(i + 2))) add(at);
    // "You have until Friday to pay before we pass this to our solicitors": what follows the time given.
    if (
      w === 'before' &&
      /^(?:i|we)$/.test(word(i + 1)) &&
      /\b(?:hours?|days?|weeks?|until|till)\b/.test(text.slice(0, at))
    )
      add(at);
    if (w === 'since' && SINCE_NEXT.has(word(i + 1))) add(at);
    // The main clause after an opening condition or time clause left without its comma: "If you can commit
    // to the full 180 tonnes I'll do $1.18" (the promise after the condition), "Before I pay another dollar
    // into that fund I'd like to see a breakdown" (the ask after the writer's own step it must come before).
    const lead = word(ifAt);
    if (
      /^(?:if|once|until|till|unless|before)$/.test(lead) &&
      i >= 4 + ifAt &&
      !/[,;:]$/.test(prev) &&
      ![...cuts].some((x) => x <= at && x !== toks[ifAt]!.s)
    ) {
      const promiseAfterCondition =
        lead !== 'before' &&
        /^(?:you|u|your|there|it|this|that|the)$/.test(word(ifAt + 1)) &&
        (/^(?:i'll|we'll|i'd|we'd)$/.test(w) ||
          (/^(?:i|we)$/.test(w) && /^(?:will|can|could|would|shall)$/.test(word(i + 1)))) &&
        !/^(?:think|believe|know|feel|agree|say|said|hope|mean|that|whether|if|confirm|understand|see|decide|prefer|want|mind|sure|tell|told|show|guarantee|promise|expect|suggest|accept|realise|realize|assume|wonder)$/.test(
          word(i - 1),
        );
      const askAfterOwnStep =
        /^(?:before|until|till|once)$/.test(lead) &&
        /^(?:i|we)$/.test(word(ifAt + 1)) &&
        ((/^(?:i'd|we'd)$/.test(w) && word(i + 1) === 'like') ||
          (/^(?:i|we)$/.test(w) && /^(?:want|need|expect)$/.test(word(i + 1))));
      if (promiseAfterCondition || askAfterOwnStep) add(at);
    }
    if (
      w === 'if' &&
      word(i + 1) === 'you' &&
      /^(?:can|could|would)$/.test(word(i + 2)) &&
      !/^(?:not|n't|like|prefer|want|rather)$/.test(word(i + 3)) &&
      !(word(i + 3) === 'be' && /^(?:interested|happy|willing)$/.test(word(i + 4))) &&
      /^[a-z]/.test(word(i + 3)) &&
      !NOT_SPLIT_BEFORE_IF.test(text.slice(0, at).trimEnd())
    )
      add(at);
  }
  // "…and send a corrected invoice": a new request, unless the verb is coordinated with a subject or
  // modal before it ("we'll suspend … and pass …", "could you open a ticket and let us know").
  for (const i of pending) {
    const at = toks[i].s;
    let prevCut = 0;
    for (const c of cuts) if (c <= at && c > prevCut) prevCut = c;
    const seg = text.slice(prevCut, at);
    // "I request you to refund the room charge and reimburse the taxi": two things asked under one frame;
    // not after a light first act ("could you check this and refund", "come and repair").
    const framed = ASK_FRAME.exec(seg);
    const toVerb = word(i + 1) === 'to';
    if (
      framed &&
      seg.slice(framed[0].length).trim().split(/\s+/).length >= 3 &&
      !/^(?:check|come|go|sit|make|try|look|take|get|be)\b/.test(seg.slice(framed[0].length))
    ) {
      add(at);
      continue;
    }
    if (toVerb) continue;
    // "Kindly do the needful and share the schedule": one request, the stock opener names no act of its own.
    if (/\bdo\s+the\s+needful\s*$/.test(seg)) continue;
    // "Please sign and return the form", "Kindly review and revert": a bare first verb (with at most a
    // pronoun or a manner word) is the first half of one request, not a request of its own.
    const light = word(i) === 'and' ? LIGHT_FIRST_ACT.exec(seg.trim()) : null;
    if (light && (IMPERATIVE_SET.has(light[1]!) || /\b(?:please|pls|plz|kindly|request)\b/.test(light[0])))
      continue;
    if (
      MODAL_BEFORE.test(seg) ||
      /\b(?:go\s+ahead|come|try|be\s+sure|make\s+sure|nice|good|great)\s*$/.test(seg)
    )
      continue;
    add(at);
  }
  const points = [0, ...[...cuts].sort((a, b) => a - b), text.length];
  const clauses: Clause[] = [];
  for (let k = 0; k < points.length - 1; k++) {
    let a = sent.start + points[k];
    let b = sent.start + points[k + 1];
    while (a < b && /\s/.test(t[a])) a++;
    // List markers ("- ", "• ", "2) ").
    const bullet = LIST_MARKER.exec(t.slice(a, Math.min(b, a + 6)));
    if (bullet) a += bullet[0].length;
    while (b > a && /[\s,;:—–-]/.test(t[b - 1])) b--;
    if (b <= a) continue;
    let body = a;
    const lead: string[] = [];
    for (;;) {
      const m = LEAD_RE.exec(lower.slice(body, b));
      if (!m || m[0].length === 0) break;
      lead.push(m[1].replace(/\s+/g, ' '));
      body += m[0].length;
    }
    clauses.push({ start: a, end: b, body, lead, sentence: sent, index: clauses.length });
  }
  return clauses;
}

// ---------------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------------

const rx = (s: string, f = 'i') => new RegExp(s, f);
const setCache = new WeakMap<string[], Set<string>>();
/** Membership in a lexicon list (multi-word entries are written with `_`). */
const inList = (list: string[], w: string | undefined): boolean => {
  if (!w) return false;
  let set = setCache.get(list);
  if (!set) {
    set = new Set(list.map((x) => x.replace(/_/g, ' ')));
    setCache.set(list, set);
  }
  return set.has(w.replace(/_/g, ' '));
};

const STOCK = STOCK_PHRASES.map((p) => rx(`^(?:just\\s+|so\\s+|do\\s+)?(?:${p})`));
const RHET = RHETORICAL.map((p) => rx(p));
/** A put-down asked as a question, also in texting ("are u even a real dog walker"). */
const rhetorical = (q: string): boolean => {
  const full = q.replace(/\bu\b/g, 'you').replace(/\bur\b/g, 'your');
  return RHET.some((re) => re.test(full));
};
const CONSEQUENCE = rx(`\\b(?:${THREAT_CONSEQUENCES.join('|')})`);
const STRONG = rx(`\\b(?:${STRONG_CONSEQUENCE})`);
const MILD = rx(MILD_CONSEQUENCE);
const AUTH_RE = rx(`\\b${AUTHORITY}\\b`);
/** A clause that ends with someone copied in by name ("I'm copying in Dr Patel"). */
const COPY_NAME_END =
  /\b(?:cc'?ing|cc'?d|copying|copied|looping|looped)\s+(?:in\s+)?(?:(?:mr|mrs|ms|miss|dr|prof)\.?\s+)?[a-z][\w'-]+(?:\s+[a-z][\w'-]+)?\s*$/;
/** …and the next one names their authority (", as the clinic director"). */
const COPY_AS_TITLE = rx(`^\\s*,?\\s*as\\s+(?:the|our|your|my)\\s+(?:[\\w-]+\\s+){0,2}?${AUTHORITY}\\b`);
/** "I will call directly Mr. Hartmann, your CEO": the reader's superior, named and then titled. */
const CONTACT_NAME_END =
  /\b(?:call|ring|phone|contact|write\s+to|email|e-mail|speak\s+to|talk\s+to|go\s+to|take\s+(?:this|it)\s+(?:up\s+)?(?:to|with)|raise\s+(?:this|it)\s+with)\s+(?:directly\s+|personally\s+)?(?:mr|mrs|ms|miss|dr|prof)\.?\s+[a-z][\w'-]+(?:\s+[a-z][\w'-]+)?(?=\s*,)/;
const NAME_TITLE_AFTER = rx(
  `^\\s*,\\s*(?:your|the\\s+company's|your\\s+company's)\\s+(?:[\\w-]+\\s+){0,2}?${AUTHORITY}\\b`,
);

const QUESTION_START =
  /^(?:(?:please\s+)?(?:could|can|would|will|may|might|shall|should|is|are|was|were|do|does|did|has|have|can't|won't|couldn't|wouldn't|isn't|aren't|don't|doesn't|any|anything|what|what's|when|when's|where|where's|which|who|who's|whom|how|how's|why|is\s+there|are\s+there|still|thoughts|update|status|eta|whereabouts)\b)/i;

const ADV = String.raw`(?:(?:really|do|still|also|just|now|simply|absolutely|urgently|definitely|therefore|kindly|truly|very\s+much|greatly|certainly|would\s+also|now\s+also|formally|respectfully|hereby|politely|again|once\s+again|further|humbly|additionally|strongly|thus|hence|accordingly)\s+)*`;
const WANT_RE = rx(
  String.raw`\b(i|we)(?:\s*'d|\s+would)\s+${ADV}(?:like|love|appreciate|prefer|expect|ask|need|want|be\s+(?:very\s+|most\s+|really\s+|so\s+)?(?:grateful|thankful)|rather\s+you)\b|` +
    String.raw`\b(i|we)\s+should\s+${ADV}(?:like|appreciate|be\s+(?:most\s+|very\s+)?(?:grateful|glad|obliged|pleased\s+to\s+(?:receive|hear|have)))\b|` +
    String.raw`\b(i|we)\s+${ADV}(?:want|need|expect|require|demand|insist|request|ask|must\s+(?:have|insist|receive|see|get|(?:therefore\s+)?(?:ask|request))|have\s+to\s+(?:ask|request|insist)|need\s+to\s+(?:receive|see|have|get))\b|` +
    String.raw`\b(i|we)\s*(?:'m|'re|\s+am|\s+are)\s+${ADV}(?:asking|requesting|demanding|insisting|going\s+to\s+need|awaiting|waiting\s+(?:for|on)\s+(?:your|a|the)\s+(?:reply|response|answer|confirmation|update|decision|payment|refund|call))\b|` +
    String.raw`\b(i|we)(?:\s*'ll|\s+will|\s+shall)\s+${ADV}(?:need|expect)\b|` +
    String.raw`\b(i|we)(?:\s*'d|\s+would)\s+be\s+(?:hoping|looking)\s+(?:to|for)\b|` +
    String.raw`\b(?:it|that|this)(?:\s*'d|\s+would)\s+be\s+(?:great|helpful|appreciated|ideal|good|wonderful|amazing|brilliant)\s+if\s+you\b|` +
    String.raw`\b(?:i\s+was|i'm|i\s+am|we\s+were|we're|we\s+are|i|we)\s+(?:hoping|wondering|wonder|wondered)\s+(?:that\s+|if\s+|whether\s+)?you\s+(?:could|can|would|might)\b`,
);
const NEEDS_BE_RE =
  /^((?:before|until|once|as\s+soon\s+as)\s+[^,;]{3,80},\s*)?(?:(?:this|that|these|those|the|your)\s+[\w\s-]{1,30}?|it|this|that|these)\s+(?:needs|need|has|have|must)\s+(?:to\s+)?be\s+(?:fixed|resolved|refunded|corrected|sorted|replaced|repaired|paid|cancell?ed|canceled|removed|reversed|credited|done|addressed|delivered|sent|returned|reissued|updated|escalated|reviewed|rebooked|rescheduled|processed|investigated|notified|informed|signed|approved|completed|finished|submitted|issued|confirmed|released|cleared|settled|collected|installed|inspected|cleaned|checked|tested|amended|revised|rectified|handled|arranged|provided)\b/i;
const DUE_RE =
  /^(?:the\s+)?(?:full\s+|outstanding\s+|remaining\s+)?(?:payment|balance|amount|rent|invoice|sum|deposit|fee)(?:\s+of\s+\S+)?\s+(?:is|are|will\s+be|must\s+be|should\s+be)\s+(?:now\s+)?(?:due|payable|paid|settled|received)\b(?!\s+on\s+\d)/i;
const SUBJECTLESS_ASK =
  /^(?:(?:would|'d)\s+(?:really\s+|very\s+much\s+|greatly\s+)?(?:appreciate|love|like)\b|requesting\b|asking\s+for\b|appreciate\s+(?:it\s+)?if\s+you\b|hoping\s+(?:that\s+)?you\s+(?:can|could|will|might)\b|need\s+(?:this|it|the|a|an|your|you\s+to)\b|let's\s+(?!not\b|be\s+(?:honest|clear|real|fair)|face\s+it|see\b|say\b|just\s+(?:say|hope)|hope\b|call\s+it|agree\s+to\s+disagree)[a-z]+)|\b(?<!\b(?:as|if|whatever|whenever|wherever|however)\s+(?:you|u|they|he|she)\s+(?:so\s+)?)please[.!]?$/i;
const EXPECTED_RE =
  /\b(?:a|an|your|the)\s+(?:[\w-]+\s+){0,2}?(?:response|reply|answer|payment|confirmation|refund|decision|update|attention|action|resolution)(?:\s+(?:to|on|regarding)\s+(?:this|the|my|our)\s+[\w-]+)?\s+(?:is|will\s+be)\s+(?:now\s+)?(?:expected|required|needed|appreciated|requested)\b|\b(?:it\s+is|it's)\s+(?:imperative|essential|vital|critical|crucial|important|urgent)\s+that\s+(?:you|your|the|this|we\s+receive)\b|\byou\s+(?:are|will\s+be|'ll\s+be)\s+(?:required|obliged|obligated|expected|asked|requested)\s+to\b|\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:writing|emailing|contacting\s+you|reaching\s+out)\s+to\s+(?:formally\s+)?(?:request|ask\s+(?:for|you|that)|demand|inquire|enquire)\b|\bi\s+trust\s+(?:that\s+)?(?!you\s+(?:will|'ll|would)\s+(?:understand|appreciate|agree|see|realise|realize)\b)(?:you|this|it|the\s+\w+)\s+will\s+(?!understand|appreciate|agree|see|know|recall|remember)/i;
/** The writer's side asking in its own name: "The Board asks that the fence be restained". */
const ORG_ASKS_RE =
  /^(?:(?:and|so|but|therefore|accordingly)[,\s]+)?(?:the|our)\s+(?:[\w-]+\s+){0,2}?(?:board|committee|council|management|landlord|company|school|practice|association|owner|client|employer|trust|authority|university|department|customer|buyer|purchaser|lessor|licensor|principal|sponsor|charterers?|owners)\s+(?:therefore\s+|now\s+|also\s+|kindly\s+|hereby\s+)?(?:asks|requests|requires|expects|insists|(?:is|are)\s+(?:asking|requesting|requiring|insisting))\s+(?:that|you|your|(?:the\s+)?(?:supplier|contractor|tenant|licensee|seller|vendor|provider|consultant|agency|sub-?contractor|lessee|franchisee|site)\b|an?\s)/i;
/**
 * "I want to know …", "we need to see …", "I'd like to hear back": wanting to learn or receive something
 * asks the reader for it. Wanting to do something oneself ("I need to plan the payroll", "we want to
 * finish this as much as you do", "I'd like to lock in the date") asks nothing by itself.
 */
const ASK_INFINITIVE =
  /^(?:know|see|hear|receive|get|have|understand|request|ask|appeal|sit|inspect|review|check|collect|pick|speak|talk|meet|discuss|cancel|return|exchange|book|order|reschedule|rebook|change|swap|upgrade|downgrade|claim|withdraw|terminate|extend|reduce|shorten|postpone|defer|increase|adjust|amend|renegotiate|switch|transfer|remove|add|end)$/;
const SUGGEST_RE =
  /\b(?:i|we)\s+(?:would\s+|'d\s+|strongly\s+)?(?:suggest|recommend|advise|trust|urge)\s+(?:that\s+)?you\b(?!\s*(?:will|'ll|would)\s+(?:understand|appreciate|agree|see|realise|realize|know|recall|remember)\b)|\b(?:i|we)\s+(?:would\s+)?(?:hereby\s+|therefore\s+|now\s+)?invite\s+(?:you|your\s+(?:client|clients|company|firm|team|office))\s+to\s+(?!(?:contact|call|get\s+in\s+touch|reach\s+out|join\s+us|visit|attend|our|the|a|an)\b)[a-z]+|\b(?:i'm|i\s+am|we're|we\s+are)\s+counting\s+on\s+you\b/i;
const TEAM_MUST_RE =
  /^(?:your|the)\s+(?:[\w-]+\s+){0,2}?(?:team|company|staff|department|office|agent|engineer|technician|crew|support)\s+(?:needs\s+to|must|has\s+to|should)\s+[a-z]+/i;
const WAITING_RE =
  /^(?:(?:i'm|i\s+am|we're|we\s+are|i've\s+been|we've\s+been|am)\s+)?still\s+waiting\s+(?:on|for)\b/i;
const YOU_MUST_RE =
  /^(?:you|u)\s*(?:will|'ll|must|need\s+to|have\s+to|are\s+to|either|better|had\s+better|'d\s+better|are\s+going\s+to|'re\s+going\s+to|have\s+\w+\s+(?:(?:working|business|calendar)\s+)?(?:days?|hours?|weeks?)\s+to|(?:'ve|\s+have)\s+(?:got\s+)?(?:until|till)\s+[\w ,.:/-]{2,30}?\s+to)\s+(\w+)(?:\s+(\w+))?/i;
const YOU_MUST_STOP =
  /^(?:see|find|notice|know|understand|appreciate|agree|recall|remember|receive|hear|probably|already|be|get|surely|likely|soon|no|not|never|also|want|love|like|enjoy|forgive|think|believe|imagine|realise|realize|wonder|feel)$/i;
const IF_YOU_CAN_RE =
  /\bif\s+you\s+(?:can|could|would|will)\s+(?:please\s+|kindly\s+|also\s+|just\s+)?(?!not\b|n't\b|please\b|kindly\b|like\b|prefer\b|want\b|rather\b|be\s+(?:interested|happy|willing))([a-z]+)/i;
/** Verbs after "until you …" that describe no action asked of the reader. */
const UNTIL_NOT_ASK =
  /^(?:are|were|is|was|do|did|does|have|has|had|can|could|will|would|should|might|may|must|know|see|understand|realise|realize|learn|hear|get|feel|think|want|need|like)$/;
/**
 * A finite verb before any relative clause: "a member of our team will call you" is a statement, not a
 * second thing asked for ("a written explanation why it failed" is).
 */
const SECOND_CLAUSE_VERB =
  /^(?:(?!\b(?:why|that|which|who|whose|where|when|explaining|showing|setting|so|until|till|unless|once|because|while)\b).)*?(?:\b(?:will|would|can|could|is|are|was|were|has|have|had|should|may|might|must)\b|'(?:ll|re|ve)\b)/;
/** Leads of a clause offered as the alternative to an ask ("…, or …", "Otherwise …"). */
const OR_LEADS = new Set(['or', 'otherwise', 'else', 'if not', 'failing that']);
/** "pay it by friday or its going to small claims": the alternative inside the clause of the ask. */
const OR_INNER = /\s(?:or(?:\s+else)?|otherwise)\s+(?=(?:its|it's|it\s+(?:will|goes|is))\s)/;
/**
 * What the alternative starts with when it says what happens next: the writer's side or something of
 * theirs acting, "it" going somewhere, "don't expect …".
 */
const OR_CONSEQUENCE =
  /^(?:then\s+)?(?:i|we|im|i'm|we're|were|i'll|we'll|ill|it|it's|its|this|there|the\s+[\w-]+|my\s+[\w-]+|our\s+[\w-]+|your\s+[\w-]+|don't\s+expect|do\s+not\s+expect)\b/;
/** The alternative the writer offers: "or we can settle in cash", "or I'll collect it, if that's easier". */
const OR_OFFER =
  /^(?:then\s+)?(?:i|we)\s*(?:can|could|may|might|'d|would|am\s+happy|'m\s+happy|are\s+happy|'re\s+happy|(?:'ll|will)\s+(?:just|happily|gladly))\b|\bif\s+(?:that's|that\s+is|it's|it\s+is|that\s+would\s+be)\s+(?:easier|better|simpler|quicker|more\s+convenient)|\bif\s+you\s+(?:prefer|like|want|wish|would\s+rather)\b/;
/** "Let me know by Friday, otherwise we talk on Monday": a conversation planned, no sanction. */
const OR_TALK =
  /^(?:then\s+)?(?:i|we)\s*(?:'ll\s+|\s+will\s+|\s+)?(?:talk|speak|meet|discuss|chat|catch\s+up)\b/;
/** "we'll ring you" after the subject and its auxiliary: group 1 is the verb. */
const OWN_ACT =
  /^(?:then\s+)?(?:i|we)\s*(?:'ll|\s+will|\s+shall|(?:'m|\s+am|'re|\s+are)\s+going\s+to)\s+(?:just\s+|then\s+|simply\s+)?([a-z]+)/;
/** A promise's "we will <verb>" (group 1 is the verb). */
const FAILED_THEN_WILL =
  /^(?:then\s+)?(?:i|we)\s*(?:'ll|\s+will|\s+shall)\s+(?:just\s+|then\s+|simply\s+|have\s+to\s+|need\s+to\s+)?([a-z]+)\b/;
/** Service steps after a failure, not sanctions: "…, we'll refund the full value", "I'll come and look at it". */
const SERVICE_AFTER_FAILURE =
  /^(?:refund|credit|pay|put|work|update|come|look|do|fit|call|contact|send|replace|repair|fix|waive|reissue|cover|arrange|find|help|check|let|try|give|offer|reimburse|return|resend|rebook|reschedule|collect|deliver|investigate|review|process|honou?r|extend)$/;
/**
 * The reader not doing what was asked, before the promise in its sentence: "If the money is not on the
 * account by …", "If you can't …", "…, otherwise", "If not,".
 */
const NEGATIVE_CONDITION =
  /(?:\b(?:if|unless)\s+(?:you|u|your\s+[\w-]+|the\s+[\w-]+|it|this|that|payment|there)\b[^.;!?]{0,80}?\b(?:don't|do\s+not|doesn't|does\s+not|can't|cannot|won't|will\s+not|isn't|is\s+not|aren't|are\s+not|haven't|hasn't|have\s+not|has\s+not|fail\w*|didn't|not)\b|\b(?:otherwise|if\s+not|failing\s+that|or\s+else)\b)[^.;!?]*$/;
/** ", and that the settlement be revisited": a second "that …" after an ask (the match ends before "that"). */
const AND_THAT =
  /^\s*,?\s*and\s+(?:also\s+)?(?=that\s+(?:you|your|the|all|any|it|this|we|our|my|there|no)\b)/;
/** What the writer's side would lose, not do: "or we lose the slot", "otherwise we miss the ship date". */
const OWN_LOSS =
  /^(?:(?:we|i)\s*(?:will\s+|'ll\s+|would\s+|might\s+|may\s+|could\s+)?(?:lose|miss|have\s+to\s+wait|can't|cannot|won't\s+(?:have|be\s+able)|am\s+not\s+sure|'m\s+not\s+sure)|it\s+(?:will\s+continue|must|has\s+to|should|needs?\s+to)\b|no\s+(?:worries|problem))/;
/** A threat clause that names no consequence yet: "I will have no choice", "we'll have no other option". */
const NO_CHOICE_PREFACE =
  /^(?:(?:then|so|otherwise|sadly|regrettably|unfortunately)[,\s]+)?(?:i|we)\s*(?:'ll|\s+will|\s+would|'d|\s+shall)\s+(?:then\s+)?(?:have|be\s+left\s+with)\s+no\s+(?:other\s+)?(?:choice|option|alternative)s?[\s,.;:]*$/;
/** A line introducing a list of requests ("What I need from you:", "We'd like the following:"). */
const LIST_INTRO =
  /(?:\b(?:i|we)\s*(?:'m|'re|\s+am|\s+are)\s+(?:still\s+|also\s+)?asking\s+(?:you\s+)?for|\b(?:i|we)(?:\s*'m\s+going\s+to|\s+am\s+going\s+to|\s*'re\s+going\s+to|\s+are\s+going\s+to|\s*'ll|\s+will)?(?:\s+|(?='))(?:still\s+|also\s+)?(?:(?:need|want)(?!\s+to\s+(?:raise|flag|query|mention|point\s+out|highlight|clarify|note|dispute|question|address|discuss|go\s+(?:through|over)|cover|comment|respond|challenge|contest|explain|set\s+out|summari[sz]e)\b)|expect|require|request|(?:(?:would|'d)\s+)?ask\s+(?:you\s+)?(?:for|to)|(?:would|'d)\s+like(?!\s+to\s+(?:revisit|resolve|discuss|go\s+(?:through|over)|run\s+through|come\s+back|raise|clarify|flag|mention|cover|address|point\s+out|highlight|summari[sz]e|note|set\s+out|share|explain|comment|respond|walk\s+you))|(?:would\s+|'d\s+)?(?:propose|suggest)(?:\s+the\s+following)?\s*:|(?:would|'d)\s+be\s+grateful\s+for|(?:should|would|'d)\s+be\s+grateful\s+if\s+you\s+(?:would|could)|would\s+appreciate)\b|^(?:please\s+(?:send|provide|confirm|include|arrange)|(?:my|our)\s+(?:requests?|demands?|requirements?|conditions?|asks?|terms|proposal|counter-?proposal)\b)|\bwhat\s+(?:i|we)\s+(?:think|believe|suggest|propose)\s+(?:would|could|should)\s+work\b)[^:]*:$/i;
/** "I can offer a couple of options:" / "two alternatives:": the bullets after it are the writer's offers. */
const OPTIONS_INTRO =
  /\b(?:options?|alternatives?|choices|possibilities|scenarios|ways\s+(?:forward|we\s+could))\b[^:]*:$/i;
/** What separates a request from the other thing the writer would accept: ", or (at least) a refund". */
const ALT_ASK =
  /^[^,.;!?]{0,40}?,\s*or\s+(?:(?:at\s+(?:the\s+)?(?:very\s+)?(?:least|minimum)|alternatively|failing\s+that|if\s+not)[,\s]+)?(?=(?:an?|the|some|full|partial|written|my|our|your|\d|[£$€]|to\s+[a-z]+|whether|usd|eur|gbp|inr|aed|chf|cad|aud)\b|[£$€]|r\$)/;
/** The writer stopping or holding back their side's work or goods. */
const WITHHOLD_UNTIL =
  /\b(?:i|we)\s*(?:'ll|\s+will|\s+shall|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to|\s+are\s+going\s+to)\s+(?:have\s+to\s+|need\s+to\s+)?(?:pause|stop|hold|suspend|withhold|halt|freeze)\b/;
/** The writer's own service stopped or not resumed ("I can't continue with …", "we won't take any more loads"). */
const SERVICE_STOP =
  /\b(?:i|we|(?:my|our)\s+(?:[\w-]+\s+)?(?:lads|guys|crew|team|staff|engineers|drivers|fitters|men|workers|installers|cleaners|technicians|people))\s*(?:can't|cannot|can\s+not|won't|will\s+not|(?:'ll|\s+will)\s+not\s+be\s+able\s+to|won't\s+be\s+able\s+to|(?:'m|\s+am|'re|\s+are)\s+(?:not\s+able|unable)\s+to|don't|do\s+not|(?:'m|\s+am|'re|\s+are)\s+not)\s+(?:be\s+)?(?:continu\w*|come|coming|back\b|return\w*|go(?:ing)?\s+back|turn\w*\s+up|submit\w*|start\w*|proceed\w*|(?:releas|deliver|ship|suppl|send|tak|do|load)\w*\s+(?:any\s+)?(?:more|further)\b|do(?:ing)?\s+(?:any\s+)?(?:more\s+|further\s+)?work|work\w*\s+on)\b/;
/** A notice served by the writer, taken from this very message ("you can take this as your notice"). */
const TAKE_AS_NOTICE =
  /\byou\s+(?:can|may|should)\s+(?:take|consider|treat)\s+this\s+(?:email\s+|letter\s+|message\s+)?as\s+(?:your|my|our|formal)\b[^.;!?]{0,30}?\bnotice\b/;
/** "until the invoice is paid", "until we get the files": a condition, not a date. */
const UNTIL_CLAUSE =
  /\b(?:until|till|unless)\s+(?:the|your|we|you|i|payment|all|it|this|they|both|our)\b[^,.;!?]{0,50}?\b(?:is|are|has|have|gets?|get|receive|receives?|pays?|pay|signs?|sign|sends?|arrives?|received|paid|signed|cleared|settled|done|fixed|confirmed|approved|returned|sorted)\b/;
/**
 * The writer's sanction verbs: "we will deduct …", "we'll be charging interest …", "we're also docking the
 * fee …", "we will be seeking the cost … from you".
 */
const PENALTY_ACTION =
  /^(?:(?:so|then|therefore|hence|and|accordingly|otherwise)[,\s]+)?(?:i|we)\s*(?:(?:'ll|\s+will|\s+shall|\s+are\s+going\s+to|'re\s+going\s+to|\s+intend\s+to|\s+reserve\s+the\s+right\s+to)\s+(?:have\s+to\s+|need\s+to\s+|be\s+)?(?:also\s+)?(?:deduct|deducting|dock|docking|withhold|withholding|offset|set\s+off|charge|charging|apply|applying|invoice|bill|calculate|claim|claiming|levy|impose|enforce|add|recover|recovering|seek|seeking)|(?:'re|\s+are|'m|\s+am)\s+(?:also\s+|now\s+)?(?:deducting|docking|withholding|recovering|seeking))\b/;
/** The reader's money the sanction takes from: "from your invoice", "from you". */
const FROM_READER =
  /\bfrom\s+(?:you\b|your\s+(?:[\w-]+\s+){0,2}?(?:invoices?|payments?|fees?|account|company|balance|bill|retention|commission|settlement|remittance|statement)\b)/;
/** What the sanction is: penalties, late fees, interest, damages (a service credit only when deducted). */
const PENALTY_NOUN =
  /\b(?:(?:cost|costs|price|value)\s+of\s+(?:the\s+|any\s+)?(?:[\w-]+\s+)?(?:repairs?|damages?|cleaning|replacements?|rectification|remedial\s+work|rework)\s+from\s+(?:your|the)\b|penalt(?:y|ies)|late[- ](?:fees?|charges?|payment\s+(?:fees?|charges?|interest))|liquidated\s+damages|damages|(?:statutory\s+|default\s+)?interest|surcharges?|fines?|service\s+credits?)\b/;
/** The object of a list intro that names nothing itself: "a few things:", "the following:". */
const VAGUE_LIST_OBJECT =
  /\b(?:(?:the\s+)?following|(?:a\s+few|a\s+couple\s+of|some|several|two|three|four|five|these|the\s+following|the\s+below)\s+(?:things|items|points|actions|steps|documents|details)|(?:these|this|the\s+below))\s*(?:(?:from\s+(?:you|your\s+side|[\w.'&-]+(?:\s+[\w.'&-]+){0,2})|in\s+writing|urgently|asap|(?:by|until|till|before|no\s+later\s+than|within)\s+[^:]{1,30}?)\s*)*:$/;
/** "We can propose the following:", "I can offer two options:": the offer is what follows the colon. */
const OFFER_INTRO =
  /\b(?:i|we)\b(?![^:]*\b(?:ask|request|require|need|want|expect)\b)[^:]*\b(?:propose|offer|suggest|do)\s+(?:you\s+)?(?:the\s+following|(?:a\s+couple\s+of|a\s+few|two|three|some|several|the\s+following)\s+(?:options?|alternatives?|solutions?|possibilities|ways\s+forward))\s*:/i;
/** Put-downs in the imperative: no action is asked ("Stop insulting my intelligence"). */
const PUT_DOWN =
  /^(?:(?:just\s+)?(?:stop|quit)\s+(?:insulting|patroni[sz]ing|lying\s+to|pretending|playing\s+games|treating\s+(?:me|us)\s+like)\b|(?:oh\s+)?(?:pull\s+the\s+other\s+one|give\s+(?:me|us)\s+a\s+break|get\s+(?:real|a\s+grip|a\s+life)|spare\s+(?:me|us)\b|come\s+off\s+it)\s*[.!]*\s*$)/i;
/** "Just a friendly reminder to pay …", "this is a final reminder to submit …": group 1 is the verb. */
const REMINDER_TO =
  /^(?:(?:just|this\s+is|here\s+is|here's)\s+)?(?:a|my|our|one)?\s*(?:(?:friendly|gentle|quick|kind|final|polite|small|little|last|further|second|third)\s+)?reminder\s+to\s+(?:please\s+|kindly\s+)?([a-z]+)/;
/** "I am giving you final time until Monday 5 PM to clear …", "we give you 7 days to …": group 1 is the verb. */
const GIVE_YOU_UNTIL =
  /\b(?:i|we)\s*(?:'m\s+|\s+am\s+|'re\s+|\s+are\s+|'ll\s+|\s+will\s+|\s+hereby\s+|\s+now\s+|\s+)(?:now\s+)?giv(?:e|ing)\s+(?:you|u)\s+(?:(?:a\s+)?(?:final|last|further)\s+(?:time\s+|chance\s+)?|one\s+(?:more|last|final)\s+(?:chance\s+)?)?(?:until|till|up\s+to|\d+|one|two|three|five|seven|ten|fourteen|a\s+(?:week|day|month|fortnight)|the\s+(?:weekend|week)|today|tomorrow)\b[^,.;!?]{0,40}?\bto\s+([a-z]+)/;
const TAG_QUESTION =
  /^(?:is|isn't|are|aren't|was|wasn't|were|weren't|do|don't|does|doesn't|did|didn't|can|can't|could|couldn't|will|won't|would|wouldn't|have|haven't|has|hasn't|should|shouldn't)\s+(?:not\s+)?(?:it|you|u|they|we|he|she|i|there|that)\s*(?:not\s*)?[?!.]*$/;
const CEILING_RE =
  /^(?:our|my)\s+(?:ceiling|limit|maximum|max|absolute\s+limit|walk-?away(?:\s+price)?|budget\s+ceiling|top\s+price)\s+is\b/i;
/** "Please send", also after a short lead-in without a comma ("for the Christmas business please place …"). */
const PLEASE_RE =
  /^(?:just\s+|so\s+|(?:hi|hello|hey|dear)\s+[\w.'-]+(?:\s+[\w.'-]+)?\s*,\s+|(?:everyone|everybody|all|team|guys|folks|both\s+of\s+you),?\s+|(?:for|in|at|on|with|regarding|re|as\s+for|as\s+of|to|by|after|before|from|meanwhile|therefore|hence|also|then|now|today|tomorrow|again|this\s+time|however|moreover|additionally|furthermore|besides|anyway|still)\s+(?:[^\s,;.!?:]+\s+){0,5}?)?(?:please|kindly|pls|plz)\s*,?\s+(?:do\s+|also\s+|just\s+)?([a-z']+)/i;
const IMPERATIVE_START = rx(
  `^(?:just\\s+|simply\\s+|now\\s+|then\\s+|at\\s+(?:the\\s+(?:very\\s+)?)?least\\s+)?(${IMPERATIVE_RE})\\b(?!\\s*[:\\-(]|\\s+(?:is|was|are|were|has|have|had|will|would|of)\\b|'s)`,
);

/** "I am not able to understand / see / believe …": bewilderment, never a refusal. */
const BEWILDERED = 'understand|see|believe|comprehend|imagine|figure';
const BEWILDERED_AFTER = new RegExp(String.raw`^\s*(?:to\s+)?(?:${BEWILDERED})\b`);

type RefusalCheck = 'notX' | 'willNot' | 'cant' | 'dont' | 'plain' | 'judge' | 'nor';
const REFUSAL_RES: [RefusalCheck, RegExp][] = [
  // "Stage payment 4 (£11,600) is on hold until items 1–3 are done", "the balance stays on hold until you
  // send the sign-off records": what the writer owes, held back (not "I understand the instalment stays on
  // hold until then", the reader's hold restated).
  [
    'plain',
    /^(?![^.;!?]*\b(?:understand|appreciate|accept|know|agree|noted?|see)\b[^.;!?]*\bon\s+hold)(?:\d+[.)]\s*)?[^.;!?]{0,80}?\b(?:is|are|stays?|remains?|will\s+(?:stay|remain|be)|(?:is|are)\s+being\s+(?:kept|held|put))\s+on\s+hold\s+until\b/i,
  ],
  [
    'notX',
    /(?:(?:\b(?:i|we)\s*(?:'m|'re|\s+am|\s+are)|\bim)\s+(?:just\s+|simply\s+|still\s+|afraid\s+|definitely\s+|absolutely\s+|certainly\s+|therefore\s+|thus\s+|also\s+|really\s+|sure\s+as\s+hell\s+|(?:damn|damned|bloody|darn)\s+well\s+)?(?:not|never)|\b(?:i|we)\s+ain'?t)\s+(?:going\s+to\s+)?([a-z'-]+)(?:\s+([a-z]+))?/i,
  ],
  [
    'willNot',
    /\b(?:i|we)\s*(?:\s+will|\s+shall|'ll)\s+(?:also\s+|therefore\s+|simply\s+|certainly\s+|definitely\s+)?(?:not|never)\s+(?:be\s+)?([a-z'-]+)(?:\s+([a-z]+))?/i,
  ],
  ['willNot', /\b(?:i|we)\s+won't\s+(?:be\s+)?([a-z'-]+)(?:\s+([a-z]+))?/i],
  [
    'plain',
    /\b(?:i|we)\s+(?:wouldn't|would\s+not)\s+be\s+(?:able|prepared|willing|in\s+a\s+position)\s+to\s+[a-z]+/i,
  ],
  [
    'cant',
    /\b(?:i|we)\s+(?:simply\s+|just\s+|really\s+|unfortunately\s+|therefore\s+|thus\s+|also\s+)?(?:can't|cannot|can\s+not)\s+(?:possibly\s+)?([a-z'-]+)?(?:\s+([a-z]+))?/i,
  ],
  [
    'plain',
    new RegExp(
      String.raw`\b(?:i|we)\s*(?:'m|'re|\s+am|\s+are|\s+aren't)\s+(?:(?:just|simply|currently|afraid|therefore|thus|also|still|unfortunately|sadly|regrettably)\s+)*(?:unable|not\s+(?:yet\s+|currently\s+|presently\s+)?(?:able|in\s+a\s+position|prepared|willing|allowed|permitted|authori[sz]ed)|unwilling)\s+to\s+(?!(?:${BEWILDERED}|find)\b)[a-z'-]+`,
      'i',
    ),
  ],
  [
    'plain',
    /\b(?:i|we)\s+aren't\s+(?:able|in\s+a\s+position|prepared|willing|allowed|permitted|authori[sz]ed)\s+to\s+[a-z'-]+/i,
  ],
  ['plain', /\b(?:i|we)\s+aren't\s+(?:going\s+to\s+)?[a-z'-]+ing\b/i],
  [
    'plain',
    /\b(?:that|this|it)(?:\s+won't|\s+will\s+not|\s+is\s+not|\s+isn't|'s\s+not)\s+(?:be\s+)?(?:possible|an\s+option|happening|feasible|going\s+to\s+happen|something\s+we\s+can\s+do)\b/i,
  ],
  [
    'plain',
    /\bthere\s+(?:will\s+be|is|'s|can\s+be)\s+no\s+(?:refunds?|discounts?|credits?|exceptions?|extensions?|compensation|rebook\w*|reimbursements?|replacements?|waivers?|reductions?|concessions?|further\s+(?:discounts?|reductions?|concessions?|extensions?|refunds?|credits?|payments?|compensation|goodwill\b))\b/i,
  ],
  // "No further extensions will be granted", "no refund will be issued": the writer's side will not give it.
  [
    'plain',
    /^(?:(?:so|and|but|therefore|unfortunately|regrettably)[,\s]+)?no\s+(?:further\s+|additional\s+|other\s+)?(?:refunds?|discounts?|credits?|exceptions?|extensions?|compensation|reimbursements?|replacements?|waivers?|reductions?|concessions?|payments?|goodwill\s+\w+)\s+(?:will|can|shall|would)\s+be\s+(?:issued|granted|given|offered|made|paid|allowed|approved|agreed|considered|provided|applied)\b/i,
  ],
  // "Your appeal has therefore been rejected", "the claim is declined": a decision of the writer's side.
  [
    'plain',
    /^(?:(?:so|and|but|therefore|unfortunately|regrettably|sadly)[,\s]+)?(?:your|the|this)\s+(?:[\w-]+\s+){0,2}?(?:claim|request|appeal|application|complaint|proposal|offer|counter-?offer|dispute|submission|bid)\s+(?:has|have|is|was)\s+(?:therefore\s+|regrettably\s+|unfortunately\s+|now\s+|been\s+)*(?:rejected|declined|refused|denied|turned\s+down|not\s+(?:been\s+)?(?:approved|accepted|successful)|unsuccessful)\b(?!\s+by\b)/i,
  ],
  [
    'plain',
    /\b(?:i|we)(?:\s+must|\s+have\s+to|\s*'ll\s+have\s+to|\s+will\s+have\s+to|\s*'m\s+going\s+to\s+have\s+to|\s*'d\s+have\s+to|\s+would\s+have\s+to)?\s+say\s+no\b/i,
  ],
  ['plain', /\b(?:i|we)\s+(?:dispute|reject|contest)\s+(?:this|the|that|your|these|any)\b/i],
  // "We've decided not to renew the retainer", "we have decided against the upgrade".
  [
    'plain',
    /\b(?:i|we)\s*(?:'ve|\s+have|'d|\s+had)?\s+(?:now\s+|therefore\s+|regretfully\s+|reluctantly\s+|also\s+)?decided\s+(?:not\s+to\s+[a-z]+|against\s+[a-z]+)/i,
  ],
  [
    'plain',
    /\b(?:i|we)(?:\s+must|\s+have\s+to|\s*'ll\s+have\s+to|\s+will\s+have\s+to|\s*'m\s+going\s+to\s+have\s+to|\s*'d\s+have\s+to|\s+would\s+have\s+to|(?:\s*'m|\s+am|\s*'re|\s+are)\s+going\s+to)?\s+(?:refuse|decline|reject)\b/i,
  ],
  ['dont', /\b(?:i|we)\s+(?:do\s+not|don't|does\s+not)\s+([a-z]+)/i],
  ['plain', /\b(?:that|this|it)(?:\s+is\s+not|\s+isn't|'s\s+not)\s+something\s+(?:we|i)\b/i],
  [
    'plain',
    /\bnot\s+something\s+(?:we|i|(?:the|our|my)\s+[\w-]+)\s+(?:can|could|are\s+able|'re\s+able|is\s+able|will)/i,
  ],
  // "60 isn't happening", "the rate rise is not happening".
  ['plain', /\b[\w$€£.,%-]+\s+(?:isn't|is\s+not|aren't|are\s+not|won't\s+be|will\s+not\s+be)\s+happening\b/i],
  // "can't do it this week, I'm examining in Leeds": the subject left out.
  [
    'plain',
    /(?<=^|[-–—:]\s{1,3})(?:sorry,?\s+)?(?:can't|cannot|won't|unable\s+to)\s+(?:do|make|manage|attend|pay|accept|agree\s+to|go\s+(?:to|above|below|higher|lower))\b/i,
  ],
  [
    'plain',
    /(?:\b(?:is|are|'s)\s+)?(?:still\s+|well\s+|way\s+)?\b(?:above|beyond|more\s+than|over|outside(?:\s+of)?)\s+what\s+(?:we|i)\s+(?:(?:can|could|are\s+able\s+to|'re\s+able\s+to|are\s+willing\s+to)\s+(?:responsibly\s+|realistically\s+|reasonably\s+)?(?:forecast|commit\s+to|approve|accept|afford|pay|justify|offer|do|agree|sign|spend)|(?:have\s+|'ve\s+|had\s+|'d\s+)?budgeted)/i,
  ],
  [
    'plain',
    /^(?:not\s+happening|not\s+going\s+to\s+happen|no\s+way|absolutely\s+not|not\s+a\s+chance|no\s+deal|nope|hell\s+no|certainly\s+not|not\s+in\s+a\s+position\s+to\s+[a-z]+|not\s+(?:a|one)\s+(?:single\s+)?(?:penny|cent|dime|euro|pound|dollar|rupee|peso|real)\s+(?:less|more|lower|higher)\b|(?:respectfully|regrettably|sadly|honestly|frankly|politely|so|then),?\s+no\s*[.!]*$|not\s+(?:approving|accepting|paying|signing|agreeing\s+to|renewing|extending|refunding|reducing|waiving|budging|moving|negotiating|discussing\s+(?:this|it)\s+(?:further|again|any\s+more))\b|no\s+(?:more|further)\s+(?:extensions?|discussion|negotiation|discounts?|credits?|refunds?|concessions?|exceptions?|chances?)\s*[.!]*$|no\s+(?:refunds?|discount|extension|exceptions?)(?:\s*,\s*no\s+[^,.;!?]{1,30})?\s*[.!]*$)/i,
  ],
  // "I'll pay the £1,200 I bid and not a penny more", "We will pay £1,200 as agreed, not more".
  [
    'plain',
    /(?<=(?:,|\band)\s{1,2})not\s+(?:a|one)\s+(?:single\s+)?(?:penny|cent|dime|euro|pound|dollar|rupee|peso|real)\s+(?:more|over|above|extra|higher)\b|(?<=[\d)]\s{0,3}(?:as\s+agreed\s{0,2})?,\s{0,2})not\s+more\b/i,
  ],
  ['plain', /^not\s+(?:my|our)\s+(?:problem|concern)\s*[.!]*$|^not\s+more\s*[.!]*$/i],
  // "Shifting is simply not possible", "a refund under Art. 117 is not possible in this case" (a
  // pronoun subject is the "that is not possible" above; the condition check drops "if it is not possible").
  [
    'judge',
    /\b(?:is|are)\s+(?:(?:simply|unfortunately|just|sadly|really|therefore|regrettably)\s+)?not\s+possible\b/i,
  ],
  ['plain', /\bout\s+of\s+the\s+question\b|\bthere(?:'s|\s+is|\s+can\s+be)\s+no\s+question\s+of\b/i],
  // "They won't move on the service charge cap", "our client will not budge on price".
  [
    'plain',
    /\b(?:i|we|they|(?:the|our)\s+(?:[\w-]+\s+){0,2}?(?:client|landlord|owner|board|company|supplier|buyer|seller|insurer|bank|principal|employer|vendor))\s+(?:won't|will\s+not|can't|cannot|aren't\s+going\s+to|are\s+not\s+going\s+to)\s+(?:budge|move)\s+(?:on|from)\b/i,
  ],
  // "I keep the full deposit", "I'm keeping the £500 security deposit": the money is not coming back.
  [
    'plain',
    /\b(?:i|we)(?:'m|'re|\s+am|\s+are|\s+will|'ll|\s+shall)?\s+(?:keep|keeping|retain|retaining)\s+(?:the|your)\s+(?:full\s+|entire\s+|whole\s+)?(?:[£$€]\s?[\d.,]+\s+|[\d.,]+\s*(?:euros?|eur|€|dollars|pounds)\s+)?(?:security\s+|damage\s+|holding\s+)?deposit\b/i,
  ],
  ['plain', /^(?:no,?\s+thank(?:s|\s+you)|thanks,?\s+but\s+no\s+thanks|not\s+interested)\b/i],
  ['plain', /\b(?:i|we)(?:\s*'ll|\s+will|\s+must|\s*'d\s+better|\s+have\s+to)\s+pass\s*(?:[.!,]|$)/i],
  ['plain', /\b(?:it's|that's|it\s+is|that\s+is)\s+a\s+(?:no|hard\s+no|firm\s+no|pass)\b/i],
  [
    'plain',
    /\b(?:the|my|our)\s+answer\s+(?:is|remains|stays|is\s+still)\s+(?:a\s+)?(?:firm\s+|clear\s+)?no\b/i,
  ],
  [
    'plain',
    /\b(?:i|we)(?:\s+must|\s+have\s+to|\s*'ll\s+have\s+to|\s+will\s+have\s+to|\s*'m|\s*'re|\s+am|\s+are)?(?:\s+going\s+to)?\s+(?:turn|turning)\s+(?:(?:it|this|that|them|the\s+\w+|your\s+\w+)\s+)?down\b/i,
  ],
  ['plain', /\b(?:i|we)\s+(?:am\s+|are\s+)?not\s+(?:pay|accept|agree|sign)\b/i],
  // "25% of the first-year salary is too high for us", "the price is over our budget": an offer or a term
  // declined by judging it. ("This is not acceptable for us" is more often a complaint about service.)
  [
    'judge',
    /\b(?:is|are|'s|seems?|looks?)\s+(?:(?:simply|just|really|still|unfortunately|sadly|far|much|a\s+bit|rather|quite|clearly)\s+)*(?:too\s+(?:high|expensive|much|steep|low)|(?:well\s+|far\s+|way\s+)?(?:over|above|beyond)\s+our\s+budget)\s+(?:for|to)\s+(?:us|me|our\s+[\w-]+)\b|\b(?:is|are|'s)\s+(?:(?:still|well|far|way|unfortunately)\s+)*(?:over|above|beyond|outside)\s+(?:our|my)\s+(?:[\w-]+\s+)?budget\b|\b(?:is|are|'s)\s+(?:simply\s+|just\s+)?impossible\s+for\s+(?:us|me)\b/i,
  ],
  // "We cannot work with this price", "we can't keep the discount at 10% for everyone".
  [
    'plain',
    /\b(?:i|we)\s+(?:simply\s+|just\s+|really\s+|unfortunately\s+)?(?:can't|cannot|can\s+not)\s+(?:work\s+with|live\s+with)\s+(?:this|that|these|your|the|such\s+an?)\s+(?:[\w-]+\s+)?(?:price|prices|rate|rates|number|figure|offer|terms|quote|proposal|increase|budget)\b|\b(?:i|we)\s+(?:simply\s+|just\s+|unfortunately\s+)?(?:can't|cannot|can\s+not)\s+keep\s+(?:the|your|this|that|our)\s+(?:[\w-]+\s+){0,2}?(?:discount|price|rate|fee|offer|deal|terms)\s+(?:at|for)\b/i,
  ],
  // "We therefore decline the claim", "we hereby reject your request".
  [
    'plain',
    /\b(?:i|we)\s+(?:therefore|hereby|thus|respectfully|regretfully|must\s+(?:therefore\s+|respectfully\s+)?|have\s+to|unfortunately)\s+(?:refuse|decline|reject)\b/i,
  ],
  // "We'll pay nothing further under this contract."
  [
    'plain',
    /\b(?:i|we)(?:'ll|\s+will|\s+shall)\s+(?:be\s+)?(?:pay(?:ing)?|giv(?:e|ing)|refund(?:ing)?|offer(?:ing)?)\s+(?:you\s+)?(?:nothing|no\s+more|not\s+a\s+(?:penny|cent))\b/i,
  ],
  // "I will pay the corrected amount within 7 days of receiving it. Not before."
  ['plain', /^not\s+before(?:\s+then)?\s*[.!]?$/i],
  // "Nor will I be paying the remaining £1,240."
  ['nor', /\bnor\s+(?:will|shall|can|could|would)\s+(?:i|we)\s+(?:be\s+)?[a-z]+/i],
  // "I am not ready to pay extra $490" (non-native: not willing).
  [
    'plain',
    /\b(?:i|we)\s*(?:'m|'re|\s+am|\s+are)\s+not\s+ready\s+to\s+(?:pay|accept|agree|sign|give|refund|cover|take)\b/i,
  ],
  // An insurer's or a landlord's decision: "The damage to the bathroom itself is not covered", "we don't
  // think this should be charged", "the booking deposit is non-refundable".
  [
    'plain',
    /^(?:\d+[.)]\s+)?(?:(?:but|however|unfortunately|sadly)[,\s]+)?(?:the|this|that|these|those|your|any)\s+(?:(?!(?:says?|said|states?|stated|that|know|knew)\b)[\w£$€.,'-]+\s+){0,5}?(?:is|are)\s+(?:(?:unfortunately|sadly|therefore|also)\s+)?(?:not\s+covered|non-?refundable|not\s+refundable|excluded)\b/i,
  ],
  [
    'plain',
    /\b(?:i|we)\s+(?:don't|do\s+not)\s+(?:think|believe|feel)\s+(?:this|that|it|these|those)\s+should\s+be\s+(?:charged|paid|billed|invoiced|payable)\b/i,
  ],
  // A decision given in the name of the writer's side ("The Employer does not accept the notice", "Your
  // application is rejected"); "my claim was rejected" is the writer's own complaint.
  [
    'plain',
    /\b(?:the|our)\s+(?:[\w-]+\s+){0,2}?(?:client|employer|authority|company|landlord|board|owner|management|council|school|practice|agency|firm|insurer|buyer|seller|contractor|supplier|bank|university|committee|trust|principal)\s+(?:(?:does\s+not|doesn't|cannot|can't|will\s+not|won't)\s+(?:accept|agree|approve|pay|extend|consent|authori[sz]e|refund|waive)\b|(?:is|are)\s+(?:not\s+(?:prepared|willing|able|in\s+a\s+position)|unable)\s+to\s|isn't\s+(?:prepared|willing|able)\s+to\s)|\b(?:your|the|this|that)\s+(?:[\w£$€.,'-]+\s+){0,5}?(?:is|are)\s+(?:hereby\s+)?(?:rejected|declined|refused|denied|not\s+(?:accepted|approved))\b/i,
  ],
  // The same from an institution the writer speaks for, with any verb ("The University cannot assign
  // ownership of background IP", "the hospital will not accept the new prices"); a landlord or a company
  // named with any verb would be the writer's complaint about them.
  [
    'plain',
    /\bthe\s+(?:university|foundation|hospital|school|council|board|club|trust|college|practice|charity|society|association|committee|authority|ministry|department|fund|institute|museum|academy)\s+(?:(?:therefore|unfortunately|regrettably|simply)\s+)?(?:cannot|can't|can\s+not|will\s+not|won't|is\s+not\s+(?:able|willing|prepared|in\s+a\s+position)\s+to|isn't\s+(?:able|willing|prepared|in\s+a\s+position)\s+to|is\s+unable\s+to)\s+(?!be\b)[a-z]+/i,
  ],
  [
    'plain',
    // "You're not getting £600 back", "you won't get a date for the refactor until …": what the reader
    // will not be given.
    /\byou(?:'re|\s+are|\s+will\s+not\s+be|\s+won't\s+be)\s+not\s+getting\s+(?:a\s+(?:penny|cent|dime|single\s+\w+)|anything|any\s+(?:money|more|payment)|paid|(?:[$€£]\s?\d|\d[\d,.]*\s?(?:€|eur|usd|gbp|dollars|euros|pounds))[^\s,.;!?]*(?:\s+back)?|(?:a|the|your|any)\s+(?:refund|deposit|discount|credit|date|extension|penny|cent))(?=[\s,.;!?]|$)|\byou(?:'ll|\s+will)\s+not\s+get\s+(?:a\s+(?:penny|cent|dime)|anything)\b|\byou\s+won't\s+(?:get|see)\s+(?:a\s+(?:penny|cent|dime|refund|date|discount|credit)|anything)\b/i,
  ],
  [
    'plain',
    /\b(?:i|we)\s+(?:do\s+not|don't)\s+want\s+(?:(?:a|an|the|your|any|another)\s+(?!(?:trouble|problems?|issues?|fuss)\b)[a-z]|(?:more\s+)?(?:vouchers|credits|store\s+credit|credit\s+notes|discounts|replacements|refunds|repairs|points|coupons|gift\s+cards|compensation|partial\s+refunds)\b)/i,
  ],
  // "I'm afraid I couldn't go above £1,250", "we can't go any lower": the writer's limit.
  [
    'plain',
    /\b(?:i|we)\s+(?:couldn't|could\s+not|can't|cannot|can\s+not|won't|will\s+not|wouldn't|would\s+not)\s+(?:be\s+able\s+to\s+)?go\s+(?:above|higher|beyond|over|past|below|lower|under|any\s+(?:higher|lower|further))\b/i,
  ],
  [
    'plain',
    /\b(?:i|we)\s*(?:'m|'re|\s+am|\s+are)?\s+(?:writing|emailing)\s+to\s+(?:formally\s+)?(?:dispute|contest|reject|decline|refuse)\b/i,
  ],
  [
    'plain',
    /\b(?:cannot|can't|can\s+not|won't|will\s+not)\s+be\s+(?:refunded|cancell?ed|canceled|changed|returned|exchanged|waived|reversed|credited|honou?red|accepted|processed|extended|reimbursed|moved|rebooked|transferred|discounted|reduced|approved)\b/i,
  ],
  ['plain', /\b(?:i|we)\s+(?:have|'ve\s+got|have\s+got)\s+no\s+intention\s+of\b/i],
  // Object first: "This we cannot accept", "This our legal office cannot accept".
  [
    'plain',
    /^(?:this|that)\s+(?:we|i|(?:our|my)\s+(?:[\w-]+\s+){1,2}?)(?:cannot|can't|will\s+not|won't|do\s+not|don't|does\s+not|doesn't)\s+(?:accept|agree\s+to|approve|sign)\b/i,
  ],
  [
    'plain',
    /\b(?:i|we)(?:\s+must|\s+have\s+to|\s*'ll\s+have\s+to|\s+will\s+have\s+to|\s*'m\s+going\s+to\s+have\s+to|\s*'d\s+have\s+to|\s+would\s+have\s+to)?\s+(?:respectfully|politely|regretfully|reluctantly)\s+(?:decline|refuse|reject|pass)\b/i,
  ],
  [
    'plain',
    /(?:\b(?:it|that|this|price|rate|fee|figure)'s|\b(?:is|are))\s+(?:non-?negotiable|not\s+negotiable|not\s+up\s+for\s+(?:discussion|debate|negotiation))\b/i,
  ],
  [
    'plain',
    /\b(?:i|we)\s+(?:stand\s+by|are\s+standing\s+by|'re\s+standing\s+by)\s+(?:our|my|the)\s+(?:decision|price|pricing|position|quote|offer|invoice)/i,
  ],
  [
    'plain',
    /\b(?:that|this|it|(?:that|this|the|your)\s+[a-z-]+)\s+(?:won't|doesn't|does\s+not|will\s+not)\s+work\s+for\s+(?:us|me)\b/i,
  ],
  ['plain', /\b(?:that|this|it)\s+(?:is\s+not|isn't|'s\s+not)\s+acceptable\s+to\s+(?:us|me)\b/i],
  [
    'plain',
    /\b(?:refunds?|returns?|exchanges?|cancellations?|discounts?|exceptions?|extensions?)\s+(?:are|is|will)\s+(?:not|n't|no\s+longer)\s+(?:be\s+)?(?:possible|permitted|allowed|available|accepted|offered|given)\b/i,
  ],
  ['plain', /\b(?:i|we)\s*(?:'m|'re|\s+am|\s+are)\s+(?:declining|rejecting|refusing|turning\s+down)\b/i],
  [
    'plain',
    /\b(?:i|we)(?:\s*'ll|\s+will|\s+must|\s+have\s+to)?\s+(?:have\s+to\s+)?pass\s+on\s+(?:this|that|the|your)\b/i,
  ],
];

const THREAT_SUBJ =
  /\b(?:(?:i|we)(?:\s+won't|\s*'ll|\s*'m|\s*'re|\s+will|\s+shall|\s+am|\s+are|\s+must|\s*'d|\s+would|\s+may|\s+might|\s+could|\s+intend\s+to|\s+plan\s+to|\s+have\s+to|\s*'d\s+have\s+to|\s+would\s+have\s+to|\s+may\s+have\s+to|\s+might\s+have\s+to|\s+(?:may|might|would|'d|will|'ll)?\s*need\s+to|\s+(?:don't|do\s+not|won't)\s+(?:want\s+to\s+)?(?:need|have)\s+to|\s*'d\s+hate\s+to(?:\s+have\s+to)?|\s+would\s+hate\s+to(?:\s+have\s+to)?|\s+reserve\s+the\s+right\s+to|\s+go|\s+take|\s+report|\s+file|\s+contact|\s+write|\s+sue|\s+cancel|\s+move|\s+walk|\s+leave|\s+stop|\s+call|\s+withhold|\s+switch|\s+make|\s+terminate|\s+tell|\s+post|\s+put|\s+publish|\s+give|\s+inform|\s+share|\s+complain|\s+expose|\s+warn|\s+pass|\s+hand|\s+refer|\s+forward|\s+instruct|\s+escalate)|(?:my|our)\s+(?:[\w'’-]+\s+){0,2}?(?:lawyers?|attorneys?|solicitors?|counsel|legal\s+(?:team|department|counsel|partners?))(?:\s+(?:in|at|from)\s+[a-z]+)?\s+(?:will|'ll|is|are|takes?\s+over|gets?\s+involved|steps?\s+in|sends?|files?|starts?)|(?:my|our)\s+clients?\s+reserves?\s+the\s+right\s+to|(?:my|our)\s+(?:[\w-]+\s+)?(?:team|department|company|people)\s+(?:will|'ll|is\s+going\s+to|are\s+going\s+to)|(?:my|our)\s+clients?\s+(?:will|'ll|may|might|could|would|shall)\s+(?:(?:have\s+no\s+(?:other\s+)?(?:choice|option)\s+but\s+to|then|now|have\s+to)\s+)?instruct|you(?:'ll|\s+will)\s+be\s+hearing\s+from)\b/i;
const CONDITION_RE =
  /\b(?:hope\s+(?:i|we)\s+(?:don't|do\s+not|won't|will\s+not)\s+(?:need|have)\s+to|(?:don't|do\s+not)\s+want\s+to\s+have\s+to|(?:'d|would)\s+hate\s+to|if|unless|otherwise|or\s+else|failing\s+(?:that|which|this)|either|until|till|in\s+the\s+event|in\s+case|one\s+more|next\s+time|(?:another|any\s+(?:more|further|other))\s+(?:[\w'-]+\s+){1,3}?and|reserve\s+the\s+right|(?:be\s+)?(?:forced|compelled|obliged|required|constrained)\s+to|no\s+(?:other\s+)?(?:choice|option|alternative)\s+but|left\s+with\s+no|(?:i|we)(?:'m|\s+am|'re|\s+are)?\s+giv(?:e|ing)\s+(?:you|u)\s+(?:until|till|\d+\s+(?:more\s+)?(?:(?:working|business)\s+)?(?:hours?|days?|weeks?)|one\s+(?:more|last)\s+(?:day|week|chance)|a\s+(?:week|day|fortnight))|after\s+(?:that|this\s+date|that\s+date|this\s+deadline|which|this(?=[,\s]+(?:i|we|my|our)\b)))\b|\b(?:hours?|days?|weeks?|until\s+[\w ]{2,20}?)\s+to\s+[^.;!?]{1,40}?\s+before\s+(?:i|we)\b|^should\s|^(?:(?:so|just|then)[,\s]+)?(?:fail|keep|continue|miss|ignore|skip)\b[^.;!?]*\band\s+(?:i|we)\b/i;
/** Conditions that offer a service, not a consequence ("If you'd like, I'll cancel it for you"). */
const SERVICE_CONDITION =
  /\bif\s+you\s*(?:want|'d\s+like|would\s+like|prefer|'d\s+prefer|would\s+prefer|need|wish|like)\b|\bif\s+you\s+(?:don't|do\s+not|no\s+longer)\s+(?:need|want|require|wish|use)\b|\bfor\s+you\b|\bas\s+(?:requested|you\s+asked)\b/i;
const PASSIVE_THREAT =
  /\b(?:(?:your|the|this)\s+(?:[\w-]+\s+){0,2}?(?:account|service|contract|order|booking|subscription|membership|access|agreement|deposit|matter|case|debt|balance|invoice|claim|unit|vehicle|car|goods|items?|belongings|listing|application|reservation|place|file|payments?|retainer|instalments?|installments?|funds|fees?)\s+(?:[\w$€£.,-]+\s+){0,3}?(?:will|shall|may)\s+be\s+(?:suspended|terminated|cancell?ed|closed|disconnected|blocked|forfeited|withheld|referred|passed|handed|sent|escalated|reported|(?:scheduled\s+for\s+|sold\s+at\s+)?auction(?:ed)?|sold|towed|disposed\s+of|repossessed|released|given\s+to\s+(?:another|someone))\b|(?:(?:the|your|all|our)\s+(?:[\w-]+\s+){0,2}?(?:shifts?|deliveries|work|services?|supply|visits|collections|shipments?)\s+(?:will|shall)\s+(?:stop|cease|end|be\s+(?:stopped|suspended|paused|halted))\b)|(?:this|it|the\s+matter)\s+(?:will|shall)\s+be\s+(?:referred|passed|handed|escalated|reported|forwarded)\s+(?:on\s+)?to\s+(?:our|the|a|my)\s+(?:[\w-]+\s+){0,2}?(?:legal|lawyers?|solicitors?|attorneys?|collections?|debt|court|ombudsman|regulator|police|authorities))/i;
/** A formal notice the reader will receive ("you'll be receiving a notice to quit"): a threat under a condition. */
const YOU_RECEIVE_NOTICE =
  /\byou(?:'ll|\s+will)\s+(?:be\s+)?(?:receiv\w+|get\w*|have|served\s+with)\s+(?:a|an|my|our)\s+(?:[\w-]+\s+){0,2}?(?:notice\s+(?:to|of)|summons|fine|penalty|(?:letter|call|response|reply|visit)\s+from\s+(?:my|our))\b/i;
const RESULT_IN =
  /\b(?:(?:will|may|could|would|might)\s+(?:result|lead)\s+in|(?:you\s+)?leave\s+(?:me|us)\s+(?:with\s+)?no\s+(?:choice|option|alternative)|(?:our|my|the)\s+next\s+step\s+(?:would\s+be|will\s+be|is)|you\s+can\s+forget\s+about)\b/i;
/**
 * The writer's own act, negated: "we cannot send the crane", "I'm not paying a penny", "we don't come back".
 * Not a state ("I'm not sure"), nor a sanction waived ("we won't charge you for it").
 */
const NEGATED_ACT =
  /^(?:(?:then|unfortunately|sadly|so)[,\s]+)*(?:next\s+[a-z]+\s+)?(?:i|we)\s*(?:cannot|can't|can\s+not|won't|will\s+not|shall\s+not|(?:'m|\s+am|'re|\s+are)\s+not|do\s+not|don't|(?:will|'ll)\s+not\s+be\s+able\s+to|won't\s+be\s+able\s+to)\s+(?!(?:be|have|need|know|see|understand|want|think|believe|expect|sure|mind|hesitate|bother|charge|bill|invoice|penali[sz]e|fine|deduct|claim|chase|pursue|sue|report|cancel|terminate|escalate|take\s+(?:this|it|that|any|the\s+matter)\s+further|hold\s+(?:it|this|that)\s+against)\b)[a-z]/;
/** A condition on the reader's failure just before: "If they're not there, …", "Unless it's paid, …". */
const FAILED_BEFORE =
  /(?:\b(?:if|should)\s+(?:[\w'$€£.,]+\s+){0,8}?(?:\w*n't|not|never|fails?|failed)\b|\bunless\b)[^.;!?]{0,80}?,\s*$/;
const NEG_COND =
  /\b(?:if|should)\s+(?:[\w'$€£.,]+\s+){0,8}?(?:\w*n't|not|never|no\s+longer|fails?|failed|refuses?|refused|nobody|no\s+one|nothing|neither|none)\b|\bunless\b|\botherwise\b|\bor\s+else\b|\bif\s+not\b|\bfailing\s+(?:that|which|this)\b|\bin\s+the\s+absence\s+of\b|\bif\s+(?:i|we)\s+(?:get|receive|see|hear|have)\s+(?:one\s+more|another|any\s+(?:more|further))\b|\bif\s+(?:this|it|that)\s+(?:happens|continues|goes\s+on)\b/i;
/**
 * The verb after a first-person future ("we'll release", "I'm going to cancel", "I'm cancelling"). After a
 * bare "am"/"are" only a verb in -ing is an act ("I am on a fixed pension", "I'm on holiday" are states),
 * or the regret that announces one ("I'm afraid Kemi's place will be released").
 */
const FUTURE_VERB =
  /^(?:i|we)(?:(?:\s*'ll|\s+will|\s+shall|\s*'m\s+going\s+to|\s+am\s+going\s+to|\s*'re\s+going\s+to|\s+are\s+going\s+to)\s+(?:(?:then|simply|just|also|immediately|be)\s+)*|(?:\s*'m|\s+am|\s*'re|\s+are)\s+(?:(?:then|simply|just|also|immediately)\s+)*(?=[a-z]+ing\b|afraid\b|sorry\b))([a-z]+)/;
/** "I'll assume you're happy with it", "we will take it that the quote is accepted": silence read as assent. */
const ASSUME_ASSENT =
  /\b(?:i|we)\s*(?:'ll|\s+will|\s+shall)\s+(?:(?:just|simply|then)\s+)?(?:assume|presume|take\s+it\s+that|take\s+(?:that|this|your\s+silence)\s+as|treat\s+(?:that|this|your\s+silence)\s+as|proceed\s+on\s+(?:that|this|the)\s+basis)\b/;
/** Actions that serve the reader: under a negative condition they are still offers, not threats. */
const SERVICE_VERBS = new Set(
  (
    'send resend refund reschedule rebook call ring email look help provide offer arrange let process fix replace credit extend ' +
    'confirm check follow get happy glad sorry able assume take keep try give ship deliver update contact reach hold waive ' +
    'cover pay sort open investigate review escalate find see talk speak chat meet come visit return reimburse understand ' +
    'need want wait continue do make put set book reserve note hope expect bring share be there here available in issue ' +
    'cancelling assuming happy figure manage cope survive move go order redo reissue record amend adjust correct repeat ' +
    'rerun recheck swap exchange refit'
  ).split(' '),
);
/** What the reader owes: "if you don't pay / sign / reply …", "if I don't get my deposit back". */
const OWED_VERB = String.raw`pay|fix|deliver|send|sign|confirm|respond|reply|return|remove|refund|repair|finish|complete|resolve|sort|honou?r|cover|settle|clear|provide|collect|stop|match|meet|commit|agree|accept|call|apologi[sz]e|replace|credit|reimburse|compensate|remedy|rectify|correct|release|submit|approve|show\s+up|turn\s+up|arrive|come\s+(?:in|through)|attend|vacate|move\s+out|take\s+down|comply|reconsider|improve|get\s+back|come\s+back|hear|get|receive|see`;
/** The same, done to the thing owed: "if the invoice isn't paid", "if the car isn't back by Saturday". */
const OWED_DONE = String.raw`paid|fixed|delivered|sent|signed|confirmed|returned|removed|refunded|repaired|finished|completed|resolved|sorted(?:\s+out)?|honou?red|covered|settled|cleared|provided|received|done|made|wired|transferred|processed|collected|corrected|rectified|remedied|addressed|replaced|credited|reimbursed|back|ready|up\s+to\s+date|closed\s+out|submitted|approved|released|vacated|taken\s+down|up\s+to\s+standard|reversed|withdrawn|retracted|placed|booked|arranged|organi[sz]ed|answered|filed|lodged|scheduled|shipped|dispatched|installed|cleaned|picked\s+up|in\s+(?:my|our)\s+account`;
/**
 * A condition the reader fails ("if you don't pay", "if the invoice isn't paid by Friday", "should the
 * balance remain outstanding", "unless …", "otherwise"), or misconduct repeated ("if this happens again",
 * "if you continue to park in my space", "one more excuse and …"; not "when you're ready to climb again"):
 * what the writer announces after it is a sanction. The writer's own shortfall ("if we don't deliver by Friday") is not, unless they are the one
 * waiting ("if I don't hear back", "if I don't get my deposit back").
 */
const READER_FAILS = new RegExp(
  String.raw`\b(?:if|should|once|when)\s+(?!(?:i|we)\s)(?:[\w'$€£.,/-]+\s+){0,8}?(?:(?:don't|doesn't|didn't|do\s+not|does\s+not|won't|will\s+not|haven't|hasn't|have\s+not|has\s+not|fail(?:s|ed)?\s+to|refuse(?:s|d)?\s+to|(?:is|are)\s+(?:unable|not\s+able)\s+to)\s+(?:still\s+|actually\s+|even\s+|just\s+)?(?:be\s+)?(?:${OWED_VERB})\b|(?:isn't|aren't|is\s+not|are\s+not|'s\s+not|'re\s+not|not|wasn't|weren't|hasn't\s+been|haven't\s+been|has\s+not\s+been|have\s+not\s+been)\s+(?:still\s+|fully\s+|properly\s+)?(?:${OWED_DONE})\b|(?:remains?|is\s+still|are\s+still|stays?)\s+(?:outstanding|unpaid|unresolved|overdue|unsigned|unanswered|unfixed)|(?:stays?|remains?|is\s+still|are\s+still)\s+(?:online|up|live|published|posted)\b|(?:continues?|persists?|happens?|occurs?|repeats?|recurs?)\b)` +
    String.raw`|\bif\s+(?:it|they|that|this|not)\s*(?:(?:isn't|aren't|is\s+not|are\s+not|doesn't|don't|hasn't|haven't|won't|can't)\s*)?(?:[,;.]|$)` +
    String.raw`|\bif\s+(?:i|we)\s+(?:still\s+)?(?:don't|do\s+not|haven't|have\s+not|can't|cannot|didn't)\s+(?:hear|get|receive|see|have)\b` +
    // The writer waiting on what is owed to them: "if I'm not paid by Monday", "if we haven't been refunded".
    String.raw`|\bif\s+(?:i|we)(?:'m|'re|\s+am|\s+are)\s+(?:still\s+)?not\s+(?:paid|refunded|reimbursed|compensated|moved|rehoused|given|sent|contacted|credited|reinstated)\b|\bif\s+(?:i|we)\s+(?:haven't|have\s+not)\s+been\s+(?:paid|refunded|reimbursed|compensated|moved|rehoused|given|sent|contacted|credited|reinstated)\b` +
    String.raw`|\bif\s+(?:there\s+is\s+)?no\s+(?:answer|reply|response|payment|refund|action|solution|news|improvement|change|agreement)\b|\b(?:if|when)\s+(?!(?:i|we)\s)(?!(?:you|u)(?:(?:'re|\s+are|\s+feel)\s+(?:ready|able|well|fit|keen|free|happy)|(?:'d|\s+would)\s+like|\s+(?:want|wish|decide|choose|plan))\b)[^.;!?]{0,80}\b(?:again|one\s+more\s+time|once\s+more)\b|\bunless\b|\botherwise\b|\bor\s+else\b|\bif\s+not\b|\bfailing\s+(?:that|which|this)\b` +
    String.raw`|\b(?:one\s+more|another|any\s+(?:more|further))\s+(?:[\w'-]+\s+){1,3}?and\b|^(?:do|try)\s+(?:this|that|it)\s+again\b|^(?:fail|miss|ignore|skip)\b[^.;!?]*\band\b`,
);
/** After a failed condition, what only informs or helps ("I'll call you", "I'll assume you agree"). */
const INFORMS =
  /^(?:(?:call|ring|phone|e-?mail|contact|chat\s+(?:to|with)|raise\s+(?:it|this)\s+with)\s+(?:the\s+|your\s+)?(?:help\s*desk|support(?:\s+(?:line|team|desk))?|customer\s+(?:service|services|care|support)|helpline|service\s+desk|it\s+desk|front\s+desk|reception|switchboard)\b|(?:put|pass|forward|refer|send|take|present)\s+(?:your|these|those|the)\s+(?:[\w-]+\s+)?(?:comments|views|objections|concerns|response|points|feedback|query|queries|questions|evidence|reply|representations|side)\s+(?:on\s+|back\s+)?to|figure|manage|cope|make\s+do|survive|live\s+with|find\s+a\s+way|sort\s+(?:it|something|things)\s+(?:out\s+)?(?:myself|ourselves)|let|remind|follow|chase|(?:call|ring|phone|e-?mail|text|write|contact)(?=\s+(?:you|u|again|back|tomorrow|next|first\s+thing|later|on|in)\b|\s*[.!,]?\s*$)|check|ask|assume|presume|need|try|resend|send|look|update|understand|hope|wait|explain|help|happy|glad|sorry|be\s+in\s+touch|get\s+in\s+touch|get\s+back|reach\s+out|come\s+back\s+to\s+you|keep\s+(?:you|trying)|take\s+(?:that|it|this|your\s+silence)\s+as|treat\s+(?:it|this|that|your\s+silence)\s+as\s+(?:accepted|confirmed|agreed|approved|acceptance|agreement))\b/;
/** A failed condition's remedy at the writer's expense ("we will find you a replacement at no additional cost"). */
const REMEDY =
  /\b(?:at\s+no\s+(?:additional\s+|extra\s+|further\s+)?(?:cost|charge)|free\s+of\s+charge|for\s+free|for\s+you\b|on\s+us\b)|^(?:\w+\s+){0,2}?(?:find|get|send|give|offer|provide|arrange|book)\s+you\b/;
/**
 * The sanction itself, after a failed condition, when no one is named as doing it: "the goods stay in
 * our warehouse", "the show is cancelled", "your access will be switched off", "you're off the team".
 * The thing's fate must be bad for the reader ("the new lease will start anyway" is not a sanction).
 */
const IMPERSONAL_SANCTION =
  /(?:^|\s)(?:then\s+)?(?:(?:your|the|this|that|all|any)\s+(?:[\w-]+\s+){1,3}?(?:(?:will|shall|is|are|gets?|get)\s+(?:be\s+|being\s+)?(?:automatically\s+|immediately\s+|then\s+)?(?:cancell?ed|terminated|suspended|closed|disconnected|switched\s+off|turned\s+off|cut\s+off|blocked|frozen|forfeited|withheld|lost|released|given\s+(?:away|to)|sold|towed|removed|revoked|ended|void(?:ed)?|invalid(?:ated)?|deducted|passed\s+(?:on\s+)?to|referred|reported|stood\s+down|pushed\s+back|delayed|kept|retained|scrapped|binned|disposed\s+of|off|over|done|not\s+(?:be\s+)?(?:allowed|accepted|permitted|renewed|released|returned|refunded|honou?red|processed|delivered|shipped)|banned|barred|excluded|refused|denied|at\s+your\s+(?:own\s+)?(?:cost|expense|risk))\b|(?:won't|will\s+not|shall\s+not)\s+be\s+(?:allowed|accepted|permitted|renewed|released|returned|refunded|honou?red|processed|delivered|shipped)\b|(?:stays?|remains?)\s+(?:in|with|at)\s+(?:our|my)\b|reverts?\s+to\s+(?:me|us|the\s+(?:author|owner|landlord|seller))\b)|(?:the|my|our|your)\s+(?:[\w-]+\s+){0,2}?(?:council|police|authorities|ombudsman|regulator|lawyers?|solicitors?|attorneys?|courts?|bank|insurer|press|media|governors|hr|trading\s+standards)\s+(?:will|shall)\s+be\s+(?:notified|informed|contacted|involved|called|told|made\s+aware|brought\s+in)\b|(?:the|your|this|that)\s+(?:deal|contract|agreement|show|booking|order|partnership)(?:'s|\s+is|\s+will\s+be)\s+(?:finished|terminated|done|off|over)|you(?:'re|\s+are|'ll\s+be|\s+will\s+be)\s+(?:off|out|banned|barred|excluded|fired|finished|done|blacklisted)\b|(?:i|we)\s+(?:keep|stop|cancel|walk|terminate|withdraw|pull|sell|charge|bill|invoice|deduct|withhold|sue|bin|scrap)\b|that(?:'s|\s+is|\s+will\s+be)\s+the\s+last\s+(?:job|order|time|booking|project|contract|penny|cent|business|work|payment|shipment|delivery)\b|(?:(?:your|the|all|any|our|future)\s+(?:[\w-]+\s+){0,2}?)?(?:deliveries|orders|shipments|account|supplies|invoices|terms)\s+(?:will|shall)\s+(?:move|switch|go|revert|be\s+(?:moved|switched|put|placed|changed))\s+(?:back\s+)?(?:to|on(?:to)?)\s+(?:cash\s+on\s+delivery|pro-?\s?forma|payment\s+in\s+advance|prepayment|up-?front\s+payment)|(?:the|your|our|my)\s+(?:[\w-]+\s+){1,2}?(?:doesn't|won't|will\s+not|does\s+not)\s+(?:[\w'-]+\s+){1,5}?(?:anymore|any\s+more|again)\b)/;
/** A default, not a sanction: "unless you tell me otherwise", "unless I hear otherwise", "unless anyone objects". */
const DEFAULT_COND =
  /\bunless\s+(?:(?:i|we|you)\s+)?(?:hear|tell|let|advise|instruct|say|notify)\w*\b[^,.;]*?\b(?:otherwise|differently)\b|\bunless\s+(?:you|anyone|someone|anybody)\s+(?:objects?|disagrees?|says\s+otherwise)\b|^otherwise,?\s+(?:everything|all\b|the\s+rest|things|it\s+all|thanks|thank|great|good|fine|happy|no\s+(?:issues|problems))/;
/** The writer unable to go on ("I won't be able to hold …", "we are not able to …", "I'm afraid we can't …"). */
const UNABLE_AFTER =
  /^(?:i(?:'m|\s+am)\s+afraid\s+)?(?:i|we)(?:\s+won't|\s+will\s+not|\s+shall\s+not|\s*'ll\s+not)\s+be\s+able\s+to\s|^(?:i(?:'m|\s+am)\s+afraid\s+)?(?:i|we)(?:\s*'m|\s*'re|\s+am|\s+are)\s+(?:then\s+)?(?:not\s+able|unable|not\s+in\s+a\s+position)\s+to\s/;
/** A first-person verb in the plain present, opening a clause: "I give …", "we then send …". */
const PRESENT_ACT =
  /^(?:(?:then|so)[,\s]+)?(?:i|we)\s+(?:(?:then|also|directly|immediately|simply|just)\s+)*([a-z]+)\b(?!')/;
/** Plain-present verbs that announce nothing: auxiliaries, thoughts, feelings, waiting. */
const PRESENT_NOT_ACT =
  /^(?:am|are|was|were|be|have|has|had|do|does|did|can|could|would|should|must|might|may|will|shall|think|hope|understand|know|need|want|see|guess|believe|suppose|expect|assume|wait|feel|mean|agree|accept|apologi[sz]e|appreciate|thank|look|remain|stay|like|love|prefer|wish|trust|lose|miss|risk|talk|speak|meet|chat|discuss|catch|reconnect|revisit|follow|reschedule|try|sincerely|still|really|not|never|only|already|[a-z]+(?:ed|ing|ly))$/;
/** A condition the reader meets to earn something: "if you can …", "if your board agrees …". */
const READER_OFFERS =
  /\bif\s+(?:you\s+|your\s+(?:[\w-]+\s+){1,2}?)(?:can|could|are\s+able\s+to|is\s+able\s+to|agrees?|accepts?|approves?|signs?|confirms?|(?:is|are)\s+(?:happy|willing|prepared)\s+to)\b[^.;!?]*$/;
/** A polite frame around a request: "I would be grateful / I'd appreciate it if you could …". */
const POLITE_IF_YOU =
  /^(?:(?:so|and|but|also)[,\s]+)?(?:i|we)(?:'d|\s+would|\s+should)\s+(?:(?:also|really|very\s+much|greatly)\s+)?(?:be\s+(?:very\s+|most\s+|really\s+|so\s+)?(?:grateful|glad|happy|pleased|obliged|thankful)|appreciate\s+it|like\s+it)\s+if\s+(?:you|u|your\s+[\w-]+)\b/;
/**
 * A frame that names a sanction without making it: the polite request above ("I would be grateful if you
 * could waive the late fee"), a request, a preference, an offer or a topic ("I'd ask that you don't leave
 * reviews while …", "we'd rather negotiate with you than through journalists", "I'm happy to meet with the
 * solicitor", "I'm writing about the chargebacks").
 */
const NOT_A_THREAT_FRAME = new RegExp(
  String.raw`${POLITE_IF_YOU.source}|^(?:(?:so|and|but|also|however)[,\s]+)?(?:(?:i|we)(?:'d|\s+would)\s+(?:also\s+|really\s+)?(?:ask|appreciate|rather\s+(?!not\b)|prefer\s+(?!not\b))|(?:i|we)(?:'m|\s+am|'re|\s+are)\s+(?:(?:more\s+than|very|really|also|still|perfectly)\s+)?(?:happy|glad|willing)\s+to|(?:i|we)(?:'d|\s+would)\s+(?:also\s+)?be\s+(?:more\s+than\s+)?(?:happy|glad|willing|prepared)\s+to|(?:i|we)(?:'m|\s+am|'re|\s+are)\s+writing\s+(?:about|regarding|in\s+connection\s+with))\b`,
);
/** Verbs that lift a sanction rather than impose it ("we'll waive the late fee", "we'll drop the penalty"). */
const GIVE_BACK = /^(?:waive|remove|drop|forgive|lift|refund|credit|reimburse|retract)$/;
/** What "remove", "drop" or "lift" gives back: a charge or restriction, not the reader's logo or stock. */
const LIFTED_THING =
  /^\S+\s+(?:the\s+|that\s+|this\s+|your\s+|any\s+|all\s+|these\s+|those\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:fees?|charges?|penalt(?:y|ies)|fines?|interest|surcharges?|deductions?|restrictions?|blocks?|bans?|holds?|suspensions?|flags?|claims?|complaints?|disputes?|markers?|warnings?|points?|costs?|invoices?|debts?|balance|arrears|amount|requirements?|conditions?|caps?|limits?|minimums?)\b/;
/** "we'll waive the fee", "we'll remove the charge": a sanction lifted ("we will remove the logo" is not). */
const givesBack = (verb: string, act: string): boolean =>
  GIVE_BACK.test(verb) && (!/^(?:remove|drop|lift)$/.test(verb) || LIFTED_THING.test(act));
/** Help aimed at the reader ("I'll walk you through it", "we'll guide you"): a promise, never a threat. */
const SERVES_READER =
  /^(?:(?:walk|talk|take|run|steer|guide|coach)\s+you\s+through|(?:help|guide|assist|support|coach)\s+you)\b/;
const RELUCTANT =
  /\b(?:have\s+to|had\s+to|be\s+forced\s+to|be\s+obliged\s+to|be\s+compelled\s+to|be\s+required\s+to|be\s+constrained\s+to|no\s+(?:other\s+)?(?:choice|option|alternative)|left\s+with\s+no|reserve\s+the\s+right|be\s+left\s+with)\b/i;
const IMPERSONAL_THREAT =
  /(?:^|(?<=,\s{0,2}))(?:(?:and|also|then|so)\s+)?no\s+(?:more|further)\s+(?!questions?\b|queries\b|emails?\b|calls?\b)[\w-]+(?:\s+[\w-]+)?\s+(?:will\s+(?:be\s+)?|are\s+to\s+be\s+|is\s+to\s+be\s+)?(?:leaves?|ships?|shipped|go(?:es)?\s+out|released|delivered|booked|dispatched|supplied|serviced|sent)\b(?![^.;!?]*\bwithout\b)|^(?:(?:and|also)\s+)?any\s+(?!questions?\b|queries\b)[^.;!?]{2,60}?\s+will\s+be\s+(?:refused|rejected|returned|marked\s+(?:as\s+)?(?:non-compliant|late|void|invalid)|disqualified|charged|invoiced|billed|deducted|cancell?ed|referred|passed\s+to|destroyed|disposed\s+of|removed|towed)\b|\b(?:are|is|will\s+be|may\s+be|become|becomes)\s+liable\s+to\s+(?:be\s+)?(?:sold|disposed\s+of|destroyed|forfeited|auctioned|removed|towed|scrapped|cancell?ed|terminated)\b|\bthis\s+(?:is|will\s+be)\s+the\s+(?:last|final)\s+time\s+(?:we|i)\s+(?:trust|use|book|order|deal\s+with|work\s+with|buy\s+from|do\s+business\s+with|recommend|hire)\b|\byou(?:'ll|\s+will)\s+(?:regret|be\s+sorry)\b|\bdon't\s+make\s+me\b|\b(?:i|we)\s+(?:expressly\s+|hereby\s+)?reserve\s+(?:all\s+)?(?:of\s+)?(?:our|my)\s+(?:legal\s+)?rights\b|\b(?:you|your\s+(?:[\w-]+\s+)?[\w-]+)\s+(?:can|should|will|may)\s+expect\s+(?:a|an|my|our|to\s+(?:hear|receive|see))\b|\b(?:you're|you\s+are|you'll\s+be|you\s+will\s+be)\s+off\s+(?:the|our|my)\s+(?:[\w-]+\s+)?(?:list|panel|roster|psl|register|framework|account|books|project|job|site)\b|\b(?:i|we)(?:'ll|\s+will)\s+make\s+sure\s+(?:everyone|everybody|every\s+[\w-]+|all\s+(?:the\s+)?[\w-]+|the\s+whole\s+[\w-]+)\b[^.;!?]{0,60}\bknows?\b|\b(?:legal\s+action|(?:legal\s+)?proceedings|a\s+(?:claim|complaint|chargeback|lawsuit))\s+will\s+(?:follow|be\s+(?:taken|filed|issued|raised|initiated|started|lodged))\b|\bgo(?:es)?\s+to\s+collections\b|\b(?:after\s+that|otherwise|failing\s+that|if\s+not)[,\s]+(?:it's|it\s+is|it'll\s+be|it\s+will\s+be|it\s+goes\s+to)\s+(?:small\s+claims|court|legal|collections|(?:my|our)\s+(?:lawyers?|solicitors?|attorneys?)|an?\s+(?:chargeback|claim|complaint|dispute|court\s+claim)|trading\s+standards|the\s+(?:ombudsman|regulator|police|small\s+claims\s+court))|\b(?:this\s+is|consider\s+this)\s+(?:your|a|my|our|the)\s+(?:final|last)\s+(?:warning|chance|notice)\b|\blast\s+chance\b|\bsee\s+(?:you|u)\s+(?:in|at)\s+(?:the\s+)?(?:small\s+claims|court|tribunal|county\s+court)\b|\bevery(?:one|body)(?:\s+(?:in|at|on|around)\s+(?:the\s+|this\s+|our\s+|my\s+)?[\w-]+)?\s+(?:will|is\s+going\s+to)\s+(?:know|hear|find\s+out)\s+(?:how|what|about)\s+(?:you|your)\b|\byou(?:'ve|\s+have)\s+(?:just\s+)?lost\s+(?:a|my|our|yourself\s+a)\s+(?:\w+\s+)?(?:customer|client|business)\b|\b(?=(?:a|an|any|late|fees?|fines?|charges?|interest|penalt\w+|surcharges?|liquidated|damages|further|additional|extra)\b)(?<!\bno\s+(?:[\w-]+\s+){0,2})(?:(?:a|an|any)\s+)?(?:late\s+)?(?:fees?|fines?|charges?|interest|penalt\w+|surcharges?|(?:liquidated\s+)?damages|(?:further|additional|extra)\s+costs?)\s+(?:(?:(?:of|at)\s+\S+(?:\s+(?:per|a|each)\s+(?:day|week|month|night|hour))?|(?:as\s+per|per|under|according\s+to)\s+(?:the\s+|our\s+)?(?:[\w.-]+\s+){0,2}?(?:sla|contract|agreement|terms|clause\s+[\d.]+|policy|msa))\s+)?(?:will|may|shall|could)\s+be\s+(?:applied|added|charged|levied|incurred|imposed|deducted|assessed)\b|\b(?=(?:late|storage|demurrage|detention|penalty|overdue|daily|default)\b)(?<!\bno\s+)(?:late|storage|demurrage|detention|penalty|overdue|daily|default)\s+(?:[\w-]+\s+)?(?:fees?|charges?|interest|rates?)\b[^.;!?]{0,30}?\b(?:will|shall|may)\s+(?:apply|accrue|start|be\s+payable|kick\s+in)\b|\b(?=(?:fees?|charges?|interest|costs?)\b)(?<!\bno\s+(?:[\w-]+\s+){0,2})(?:fees?|charges?|interest|costs?)\s+of\s+[^.;!?]{1,25}?\s+per\s+(?:day|week|month|night)\s+(?:will|shall|may)\s+(?:apply|accrue|be\s+(?:applied|added|charged))\b|(?:^|,\s*)expect\s+(?:(?:a|an|my|our)\s+(?:[\w-]+\s+)?(?:chargeback|claim|complaint|letter|call|visit|review|dispute)|legal\s+(?:action|proceedings)|to\s+(?:hear\s+from|see\s+us\s+in)\s+(?:my|our|court))\b|\byou(?:'ll|\s+will)\s+be\s+hearing\s+from\b|\b(?:will|'ll)\s+(?:be|come)\s+from\s+(?:my|our)\s+(?:lawyers?|solicitors?|attorneys?|legal\s+(?:team|department|counsel))\b|\b(?:will|shall)\s+be\s+(?:treated|regarded|considered)\s+as\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:breach|resignation|abandonment|default|repudiation|no-show|forfeiture)\b|\b(?:and|or)\s+(?:just\s+)?see\s+what\s+happens\b|\b(?:the|our|this)\s+(?:deal|contract|agreement|partnership|relationship|order)\s+is\s+(?:off|over|terminated|finished|cancell?ed)\b|\b(?:contract|subscription|agreement|membership|lease|partnership)\s+will\s+not\s+be\s+renewed\b|\b(?:letter|call|notice|claim|visit|word)\s+from\s+(?:my|our)\s+(?:lawyers?|solicitors?|attorneys?|legal\s+(?:team|department|counsel))\b|\b(?:i|we)(?:'ve|\s+have)\s+(?:now\s+|already\s+|also\s+)*(?:instructed|engaged|retained|contacted|informed|notified|briefed|consulted|passed\s+(?:this|it|the\s+matter)\s+(?:on\s+)?to|forwarded\s+(?:this|it)\s+to)\s+(?:my|our|a)\s+(?:lawyers?|solicitors?|attorneys?|legal\s+(?:team|department|counsel))\b/i;
/**
 * Supply halted until the reader acts: "new deliveries for the Al Barsha project will be on hold from next
 * week until the account is regularised", "Until then, no further units will be released to any site",
 * "Account's on stop until the balance is cleared", "we may hold new colocation requests on these sites".
 * Only with a condition or a time it starts from (see detectThreat).
 */
const SUPPLY_HELD =
  /\b(?:(?:your|the|all|any|new|further|future)\s+(?:[\w-]+\s+){0,4}?)?(?:account|deliveries|orders|shipments|supplies|supply|works?|services?|requests?|projects?|collections)(?:'s|\s+(?:[\w-]+\s+){0,5}?(?:will|shall|may|is|are)\s+(?:be\s+)?(?:put\s+|placed\s+|kept\s+|now\s+)?)\s*on\s+(?:hold|stop)\b|\bno\s+(?:further\s+|more\s+|new\s+)?(?:[\w-]+\s+){0,2}?(?:units?|orders?|deliveries|shipments?|goods|stock|machines?|work|supplies|parts|equipment|staff|drivers?|crews?|vehicles?|pallets?|containers?|loads?|items?|products?|materials?|kit|trucks?|lorries|consignments?)\s+(?:[\w-]+\s+){0,4}?(?:will|shall)\s+be\s+(?:released|serviced|delivered|shipped|supplied|processed|accepted|dispatched|sent|carried\s+out|loaded)\b|\b(?:i|we)\s+(?:will|may|shall|'ll)\s+(?:put\s+on\s+)?hold\s+(?:all\s+|any\s+)?(?:new|further|future|pending)\s+[\w-]+/i;
/** Done for the reader, free or in their name: never a sanction. */
const FOR_THE_READER =
  /\bon\s+(?:your|his|her|their)\s+behalf\b|\bat\s+no\s+(?:extra\s+|additional\s+|further\s+)?(?:cost|charge)\b|\bfree\s+of\s+charge\b|\b(?:withdraw|retract|drop)\w*\s+(?:the|my|our|this)\s+(?:[\w-]+\s+)?(?:dispute|claim|complaint|chargeback|objection)\b/i;
/** "The next letter goes straight to my solicitor", "the next person you hear from will be the Ombudsman". */
const NEXT_IS_THREAT = rx(
  String.raw`\bthe\s+next\s+(?:person|people|thing|letter|e-?mail|message|call|one|communication|contact)\b[^.;!?]{0,30}?\b(?:will\s+be|'ll\s+be|is|goes|will\s+go|will\s+come)\b[^.;!?]{0,30}?\b(?:${STRONG_CONSEQUENCE})`,
);
/** "The Carrier reserves its right to terminate the Agreement": the writer's organisation, formally. */
const ORG_RESERVES = rx(
  String.raw`\b(?:the|our)\s+(?:[\w-]+\s+){0,2}?reserves?\s+(?:its|their|the)\s+rights?\s+to\s+(?:terminate|cancel|suspend|charge|withhold|claim|recover|pursue|take|seek|refer|retain|deduct|invoice|bill|end|rescind|withdraw)\b`,
);
const PUBLISH_THREAT =
  /\b(?:the|these|those|my|our|all\s+the)\s+(?:photos?|pictures?|videos?|footage|screenshots?|recordings?|emails?|story)\s+(?:go|goes|will\s+go|are\s+going|is\s+going|get\s+posted|will\s+be\s+(?:posted|published|shared))\s+(?:up\s+|straight\s+|right\s+|directly\s+)?(?:on|to|online|public|viral)\b/i;
/** "My attorney has already drafted the complaint", "next call, and my lawyer files suit". */
const LAWYER_ACTING =
  /\b(?:my|our)\s+(?:lawyers?|attorneys?|solicitors?|legal\s+(?:team|counsel))\s+(?:(?:has|have)\s+(?:already\s+)?(?:drafted|prepared|filed|started|written)\s+(?:the|a|our|my)\s+(?:complaint|claim|letter|lawsuit|suit|papers|proceedings)|files?\s+(?:suit|a\s+(?:claim|lawsuit|complaint)|papers|proceedings))\b/i;
const NEG_CONSEQUENCE =
  /^\S+(?:\s*'ll|\s+will|\s+would|\s*'d)?\s+(?:not|never)\s+(?:be\s+able\s+to\s+)?(?:continue|renew|recommend|(?:be\s+)?work(?:ing)?\s+(?:with|together)|do\s+business|place\s+(?:any\s+)?(?:further|more)|order\s+from|use\s+(?:you|your))\b|^\S+\s+won't\s+(?:be\s+able\s+to\s+)?(?:continue|renew|recommend|(?:be\s+)?work(?:ing)?\s+(?:with|together)|do\s+business|place\s+(?:any\s+)?(?:further|more)|order\s+from|use\s+(?:you|your))\b/i;
const YOU_LOSE =
  /\byou(?:'ll|\s+will|'re\s+going\s+to|\s+are\s+going\s+to)\s+(?:lose|be\s+losing)\s+(?:our|my|a|the)\s+(?:[\w-]+\s+)?(?:business|custom|account|client|customer|contract|deal)\b/i;

const ESCALATION_RES: RegExp[] = [
  // "… and also writing to your head office in Mumbai", "I write to your main office in Warsaw".
  /\b(?:writ\w+|complain\w*|escalat\w+|go|going|contact\w*|report\w*|(?:tak|rais|bring)\w*\s+(?:it|this|the\s+matter))\s+(?:(?:it|this)\s+)?(?:(?:up\s+)?(?:to|with)\s+)?(?:your|the)\s+(?:(?:head|main|central|corporate|parent)\s+(?:office|company)|headquarters|hq)\b/i,
  // "we want to meet the Head to discuss this", "I want to speak to the producer directly".
  /\b(?:meet|meeting|speak|talk|see|write\s+to|contact|call)\s+(?:(?:to|with)\s+)?(?:the|your)\s+(?:head|principal|headmaster|headmistress|producer|proprietor)\b(?!\s+(?:office|of|chef|start|count|teacher))/i,
  rx(
    String.raw`\b(?:speak|talk|speaking|talking|chat|meet|meeting|discuss\s+this)\s+(?:to|with)\s+(?:(?:you|yourself)\s+and\s+)?(?:(?:your|a|the|someone's|whoever\s+is)\s+)?(?:[\w-]+\s+){0,2}?${AUTHORITY}\b`,
  ),
  rx(
    String.raw`\b(?:cc'?ing|cc'?d|cc:|copying|copied|looping\s+in|looped\s+in|adding|informing|notifying|alerting|involving|writing\s+to)\s+(?:in\s+)?(?:your|the|a)\s+(?:[\w-]+\s+){0,2}?${AUTHORITY}\b`,
  ),
  // "I'll take it to Lisa as head of sales", "raise it with Tom, your regional director".
  rx(
    String.raw`\b(?:take|taking|bring|bringing|rais\w+|escalat\w+)\s+(?:it|this|the\s+matter|the\s+issue)\s+(?:up\s+)?(?:to|with)\s+[a-z][\w-]+(?:\s+[a-z][\w-]+)?,?\s+(?:as|our|your|the|who\s+is)\s+(?:[\w-]+\s+){0,2}?${AUTHORITY}\b`,
  ),
  rx(
    String.raw`\b(?:escalat\w*|pass\w*|transfer\w*|refer\w*|forward\w*|hand\w*|bump\w*|send|sends|sending|sent|take|taking|bring|bringing|rais\w+|report\w*|complain(?:s|ed|ing)?\b|writ\w+|go|going|went|elevat\w+|put|putting|connect\w*|contact\w*|give|giving|get\s+me)\s+(?:[\w'-]+\s+){0,3}?(?:to|with|over)\s+(?:(?:your|a|the|someone's)\s+(?:[\w-]+\s+){0,2}?|(?:mr|mrs|ms|miss|dr|prof)\.?\s+[a-z][\w'-]+,?\s+(?:the|your)\s+(?:[\w-]+\s+)?)${AUTHORITY}\b`,
  ),
  rx(
    String.raw`\b(?:rais\w+|take|taking|bring|bringing)\s+(?:it|this|the\s+matter|the\s+issue)\s+(?:up\s+)?(?:with|to)\s+[a-z][\w-]+\s+(?:at|in)\s+(?:[\w-]+'s\s+|the\s+|our\s+|a\s+|next\s+)?(?:exec|executive|board|leadership|management|steering)\b`,
  ),
  rx(
    String.raw`\b(?:reviewed|looked\s+at|handled|dealt\s+with|approved|seen|signed\s+off)\s+by\s+(?:a|your|the|someone)\s+(?:more\s+senior\s+)?${AUTHORITY}\b`,
  ),
  // "I'd like the extra £294.50 reviewed by the practice manager" (not "it was reviewed by …", done).
  rx(
    String.raw`(?<!\b(?:was|were|been|is|are|being)\s+)\b(?:reviewed|looked\s+at|handled|dealt\s+with)\s+by\s+(?:a|your|the|someone)\s+[\w-]+\s+${AUTHORITY}\b`,
  ),
  /\b(?:this|it|the\s+(?:matter|issue|case|complaint)|my\s+(?:case|complaint|ticket))\s+(?:to\s+be\s+|be\s+|is\s+being\s+|gets\s+|being\s+|will\s+be\s+|shall\s+be\s+|(?:has|have)\s+been\s+)?escalated\b/i,
  rx(String.raw`\bwho(?:'s|\s+is)\s+your\s+${AUTHORITY}\b`),
  rx(
    String.raw`\b(?:i|we)\s+(?:want|need|demand|'d\s+like|would\s+like)\s+(?:someone|somebody)\s+(?:more\s+senior|senior|in\s+charge|with\s+(?:more\s+)?authority)\b`,
  ),
  rx(
    String.raw`\b(?:email\s+address|e-mail\s+address|contact\s+details|phone\s+number|direct\s+line|number|name|details|contact)\s+(?:of|for)\s+(?:your|the)\s+${AUTHORITY}\b`,
  ),
  // "Send me your operations director's number", "I want your MD's email address".
  rx(
    String.raw`\byour\s+(?:[\w-]+\s+){0,2}?${AUTHORITY}(?:'s|’s)\s+(?:direct\s+|personal\s+|mobile\s+|phone\s+)?(?:number|e-?mail(?:\s+address)?|contact\s+details|details|name|line|mobile)\b`,
  ),
  rx(
    String.raw`\b(?:your|the)\s+(?:[\w-]+\s+){0,2}?${AUTHORITY}(?:\s+of\s+\w+)?\s+(?:hears|will\s+hear|finds\s+out|knows|learns|is\s+informed|gets\s+to\s+hear|is\s+made\s+aware)\b`,
  ),
  /\b(?:over|above|around)\s+your\s+head\b/i,
  // "I want to talk about the delivery problem with your manager", "I've copied in Mrs Hart as club
  // manager", "I will bring it to the attention of the Management Board".
  rx(
    String.raw`\b(?:speak|talk|discuss\s+(?:it|this|that|the\s+\w+))\s+about\s+[^.;!?]{1,50}?\s+with\s+(?:your|the)\s+(?:[\w-]+\s+){0,2}?${AUTHORITY}\b`,
  ),
  rx(
    String.raw`\b(?:cc'?ing|cc'?d|copying|copied|looping|looped)\s+(?:in\s+)?(?:(?:mr|mrs|ms|miss|dr|prof)\.?\s+)?[a-z][\w'-]+(?:\s+[a-z][\w'-]+)?,?\s+(?:as|our|your|the|who\s+is)\s+(?:[\w-]+\s+){0,2}?${AUTHORITY}\b`,
  ),
  rx(
    String.raw`\bbring\w*\s+(?:it|this|the\s+(?:matter|issue|problem))\s+to\s+the\s+attention\s+of\s+(?:the|your|our)\s+(?:[\w-]+\s+){0,2}?${AUTHORITY}\b`,
  ),
  rx(
    String.raw`\b(?:a|an|some)\s+(?:[\w-]+\s+){0,2}?(?:apology|explanation|call|phone\s+call|response|reply|answer|letter|visit)\s+(?:directly\s+|personally\s+)?from\s+(?:your|the|a)\s+(?:[\w-]+\s+){0,2}?${AUTHORITY}\b`,
  ),
  rx(
    String.raw`\bhear\s+(?:back\s+)?(?:directly\s+)?from\s+(?:(?:your|the|a)\s+(?:[\w-]+\s+){0,2}?)?${AUTHORITY}\b`,
  ),
  /\bescalat(?:e|ing)\s+(?:this|it|the\s+(?:matter|issue|case|complaint|ticket))\b/i,
  rx(
    String.raw`\b(?:i|we)\s+(?:want|need|demand|insist\s+on|'d\s+like|would\s+like|request|ask\s+for|am\s+asking\s+for|'m\s+asking\s+for)\s+(?:to\s+(?:speak|talk)\s+(?:to|with)\s+)?(?:a|your|the)\s+${AUTHORITY}\b`,
  ),
  // "or I'm on the phone to your CEO".
  rx(String.raw`\bon\s+the\s+phone\s+to\s+(?:your|the)\s+(?:[\w-]+\s+){0,2}?${AUTHORITY}\b`),
  // "I will be contacting the university Vice-Chancellor", "I'll ring your regional manager".
  rx(
    String.raw`\b(?:contact(?:ing)?|e-?mail(?:ing)?|call(?:ing)?|ring(?:ing)?|phon(?:e|ing))\s+(?:directly\s+|personally\s+)?(?:your|the)\s+(?:[\w-]+\s+){0,2}?${AUTHORITY}\b`,
  ),
  // "I'll be raising this with Dealer Council and with your UK MD".
  rx(
    String.raw`\b(?:rais\w+|tak\w+|escalat\w+|bring\w*)\s+(?:it|this|the\s+(?:matter|issue))\s+(?:up\s+)?(?:to|with)\s+[^.;!?]{1,40}?\b(?:and|or)\s+(?:with\s+|to\s+)?(?:your|the)\s+(?:[\w-]+\s+){0,2}?${AUTHORITY}\b`,
  ),
  // "I'd like a call with your head of publishing", "can we set up a meeting with your director".
  rx(
    String.raw`\b(?:(?:i|we)(?:'d|\s+would)?\s+)?(?:like|want|need|request|ask\s+for|arrange|set\s+up|schedule|book)\s+(?:a|an)\s+(?:quick\s+|short\s+|urgent\s+|direct\s+)?(?:call|meeting|word|conversation|chat)\s+with\s+(?:your|the)\s+(?:[\w'-]+\s+){0,2}?${AUTHORITY}\b`,
  ),
  // "I'm copying in Helen Strand (Commercial Director)", "I've cc'd Mark Evans, Head of Property": the
  // person copied in, titled right after the name (not "our" or "my" own people).
  rx(
    String.raw`\b(?:cc'?ing|cc'?d|cc:|copying|copied|looping|looped)\s+(?:in\s+)?(?:(?:mr|mrs|ms|miss|dr|prof)\.?\s+)?[a-z][\w'-]+(?:\s+[a-z][\w'-]+)?\s*(?:\(|,)\s*(?!(?:our|my)\b)(?:(?:the|your)\s+)?(?:[\w-]+\s+){0,2}?${AUTHORITY}\b`,
  ),
  // "I am sending a copy of this email to your CEO".
  rx(
    String.raw`\b(?:send|sending|sent|forward|forwarding|forwarded)\s+(?:a\s+)?cop(?:y|ies)\s+(?:of\s+(?:this|my|the|our)\s+(?:[\w-]+\s+)?(?:e-?mail|letter|message|complaint|correspondence|note)\s+)?to\s+(?:your|the)\s+(?:[\w-]+\s+){0,2}?${AUTHORITY}\b`,
  ),
  // "…, the maintenance logs and a call with your COO by Friday": a call or meeting with the reader's
  // superior, asked for in a list of things wanted ("I want to have a call with …" too, not "we had a
  // call with …").
  rx(
    String.raw`(?<!\b(?:had|(?<!\bto\s+)have|after|during|in|on|at|from|since|of|last|previous|earlier)\s+)\b(?:a|an)\s+(?:(?:quick|short|urgent|direct|proper|personal|face-to-face|video|phone|formal)\s+)?(?:call|meeting|word|conversation|chat|sit-down)\s+with\s+(?:your|the)\s+(?:[\w'-]+\s+){0,2}?${AUTHORITY}\b`,
  ),
  // "the name of the adjuster's manager", "the contact details of your team's director".
  rx(
    String.raw`\b(?:name|contact\s+details|details|e-?mail(?:\s+address)?|number)\s+(?:of|for)\s+(?:your|the)\s+[\w-]+(?:'s|’s)\s+${AUTHORITY}\b`,
  ),
  // "be passed to someone more senior", "reviewed by a senior claims handler", "assign a senior person".
  rx(
    String.raw`\b(?:pass\w*|transfer\w*|refer\w*|hand\w*|escalat\w*|review\w*|handl\w*|look\w*\s+at)\s+(?:again\s+|properly\s+|personally\s+|urgently\s+)?(?:to|by)\s+(?:someone|somebody|a|an)\s+(?:more\s+)?senior\b`,
  ),
  /\b(?:assign|appoint|allocate|give\s+(?:me|us))\s+(?:a|an|someone|somebody)\s+(?:more\s+)?senior\b/i,
];
const AUTH_CALL = rx(
  String.raw`\b(?:(?:have|get|(?:i|we)\s+(?:want|need|expect|'d\s+like|would\s+like))\s+(?:your|a|the)\s+(?:[\w-]+\s+){0,2}?${AUTHORITY}\s+(?:to\s+)?(?:call|contact|email|ring|phone|get\s+in\s+touch|reach\s+out)|your\s+(?:[\w-]+\s+){0,2}?${AUTHORITY}\s+(?:had\s+better|'d\s+better|better|should|needs\s+to|must|can)\s+(?:call|contact|email|ring|phone|get\s+in\s+touch|reach\s+out)|the\s+(?:[\w-]+\s+){0,2}?${AUTHORITY}\s+(?:had\s+better|'d\s+better|better|should|needs\s+to|must|can)\s+(?:call|contact|email|ring|phone)\s+(?:me|us)\b)\b`,
);
const PASS_TO_ONE =
  /\b(?:pass|escalate|transfer|refer|forward|hand)\s+(?:it|this|me|the\s+case|my\s+case)\s+(?:on\s+)?to\s+(?:one|them|him|her)\b/i;

const COMMIT_WILL =
  /\b(i|we)\s*(?:'ll|\s+will|\s+shall)(?:\s*,\s*(?:however|of\s+course|though|instead|in\s+return|in\s+exchange)\s*,)?\s+(?:also\s+|personally\s+|definitely\s+|gladly\s+|happily\s+|then\s+|now\s+|immediately\s+|certainly\s+|still\s+|just\s+|be\s+sure\s+to\s+|make\s+sure\s+to\s+)?([a-z'-]+)(?:\s+([a-z]+))?/i;
const COMMIT_CAN =
  /\b(i|we)(?:\s+|(?='d))(can|could|would(?!\s+(?:have|get|try|look|make|put|run|set|start|do|come|take|keep|help|wait|agree|consider|suggest|recommend|rather)\b)|'d(?!\s+(?:have|get|try|look|make|put|run|set|start|do|come|take|keep|help|wait|agree|consider|suggest|recommend|rather)\b))(?:\s*,\s*(?:however|of\s+course|though|instead|in\s+return|in\s+exchange)\s*,)?\s+(?:also\s+|definitely\s+|certainly\s+|still\s+|easily\s+|happily\s+|gladly\s+)?([a-z'-]+)/i;
const COMMIT_WHAT =
  /\b(?:what|the\s+best|all)\s+(?:i|we)(?:\s+(?:can|could|would\s+like\s+to)|'d\s+like\s+to|(?:'m|'re|\s+am|\s+are)\s+(?:able|prepared|willing)\s+to)\s+(?:do|offer|propose)\b(?!\s*(?:(?:is|are|would\s+be|for\s+(?:you|now))\s*)?[.:!]?\s*$)/i;
/**
 * The writer's terms stated as a fact: "Our new offer is EUR 4,55 per piece", "our price stays at
 * EUR 14.20", "the lowest I'm able to do on a single year is $43,900", "The compensation we can offer is
 * …". Checked only with a figure in the clause: "our price is too high for them" states no terms.
 */
const COMMIT_TERMS_ARE = rx(
  String.raw`^(?:(?:but|and|so|however|instead|then|still)[,\s]+)?(?:(?:our|my)\s+(?:best\s+and\s+final\s+|(?:[\w-]+\s+){0,2}?)(?:offer|counter-?offer|proposal|price|pricing|rate|quote|terms)|the\s+(?:[\w-]+\s+){0,2}?(?:offer|proposal|price|rate|compensation|salary|package|budget|bonus|discount|figure|number|amount|maximum|max|minimum|best|lowest|highest|most|least)\s+(?:that\s+)?(?:i|we)\s*(?:can|could|am\s+able\s+to|'m\s+able\s+to|are\s+able\s+to|'re\s+able\s+to|would\s+be\s+able\s+to|'d\s+be\s+able\s+to|will|'ll)\s+(?:\w+\s+){0,2}?(?:offer|do|pay|go|give|propose|stretch|approve|accept|manage)\b(?:\s+[\w-]+){0,5}?)\s+(?:is|are|stays?|remains?|would\s+be|will\s+be|stands?\s+at)\b`,
);
/** The writer moving on price: "We can go to EUR 120,000 per season", "we'd be comfortable going up to £2,100". */
const COMMIT_PRICE_MOVE =
  /^((?:(?:but|and|so|however|instead|then|still)[,\s]+)?)(?:i|we)(?:'d|\s+would|\s+could|\s+can|'ll|\s+will|'m|'re|\s+am|\s+are)?\s+(?:be\s+)?(?:(?:comfortable|happy|willing|prepared|able|ok|okay)\s+(?:to\s+)?)?(?:go(?:ing)?|come|coming|move|moving|stretch(?:ing)?|increase|increasing|reduce|reducing|drop|dropping)\s+(?:up\s+|down\s+)?(?:to|as\s+(?:high|far|low)\s+as)\s+(?:around\s+|about\s+|roughly\s+)?(?:[£$€]|(?:eur|usd|gbp|aud|cad|aed|inr|chf)\s?\d|\d[\d,.]*\s?(?:k|€|eur|usd|gbp)\b)/;
/** The writer accepting the other side's terms: "The price of EUR 900 for 6 pallets is ok for us". */
const COMMIT_ACCEPT =
  /^(?:(?:but|and|so|then)[,\s]+)?(?:the|your|this|these)\s+(?:[\w$€£.,/-]+\s+){0,8}?(?:is|are)\s+(?:fine|ok|okay|acceptable|agreeable|good)\s+(?:for|to|with)\s+(?:us|me)\b|\b(?:i|we)\s+(?:can\s+)?accept\s+to\s+(?:pay|cover|keep|take|split|share|refund|waive|give|return|wait)\b|\b(?:i|we)\s+(?:am\s+|are\s+)?(?:hereby\s+|gladly\s+|happily\s+)?(?:accept|agree\s+to)\s+(?:your|the|this|these)\s+(?:[\w-]+\s+){0,3}?(?:offer|proposal|terms|price|quote|counter-?offer|revised|new|conditions|rate)\b/i;
const COMMIT_HAPPY =
  /\b(?:i|we)\s*(?:(?:'m|'re|\s+am|\s+are|\s+remain)\s*,\s*(?:however|of\s+course|though|nevertheless|still)\s*,|\s+remain|'m|'re|\s+am|\s+are|'d(?:\s+also|\s+certainly|\s+really)?\s+be|\s+would(?:\s+also|\s+certainly|\s+really)?\s+be|'ll(?:\s+also)?\s+be|\s+will(?:\s+also)?\s+be)\s+(?:of\s+course\s+|naturally\s+)?(?:more\s+than\s+|very\s+|really\s+|perfectly\s+|absolutely\s+|totally\s+|also\s+|still\s+|quite\s+)?(?:happy|glad|willing|prepared|pleased|delighted|able|open|agreeable|ready|available|ok|okay|fine|comfortable)\s+(?:for\s+you\s+)?to\s+([a-z]+)/i;
/** "We'd love to renew for Season 4", "we would like to proceed": the writer's side going ahead. */
const COMMIT_WISH =
  /\b(?:i|we)(?:'d|\s+would)\s+(?:really\s+|also\s+)?(?:love|like|be\s+keen)\s+to\s+(?:renew|continue|proceed|stay|go\s+ahead|move\s+forward|sign|(?:offer|refund|credit|waive|cover|reimburse|compensate|honou?r|provide|(?:extend|upgrade|reduce|include)(?=\s+(?:you|your)\b))\b(?!\s+(?:my|our)\s+(?:\w+\s+)?(?:apolog\w*|thoughts|views|condolences|congratulations|thanks|perspective|opinion|feedback|comments|two\s+cents))|give\s+you\b(?!\s+(?:the|an|a)\s+(?:\w+\s+)?(?:opportunity|chance)\b)|invite\s+you\s+to\s+(?!(?:\w+\s+)?(?:submit|send|provide|respond|reply|comment|confirm|review|share|make|pay|contact|call)\b))/i;
/** An intention with a due time is a promise: "I want to deliver the final version on the 19th". */
const COMMIT_WANT_TIMED =
  /\b(?:i|we)\s+(?:really\s+|also\s+)?(?:want|plan|intend|hope)\s+to\s+(?:deliver|send|ship|submit|pay|finish|complete|hand\s+over|return|install|publish|release)\b(?=[^.;!?]*\b(?:by|before|on|until|within|tomorrow|today|tonight|(?:this|next)\s+(?:week|month|weekend|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b)/i;
/** The writer speaking for the one they act for: "my client is willing to …", "the owner is open to …". */
const COMMIT_PRINCIPAL =
  /^(?:(?:but|and|so|however)[,\s]+|[^,.;]{3,60},\s*)?(?:my|our|the)\s+(?:client|clients|owner|owners|landlord|principal|board|management|director|ceo|boss|supplier|factory|partner|firm|company|practice|agency|studio|hotel|school|trust|club|university)\s+(?:(?:is|are|remains?|would\s+be|will\s+be|has\s+agreed|have\s+agreed)\s+(?:also\s+|still\s+)?(?:open|willing|prepared|happy|ready|agreeable|able|to)\s+(?:to\s+)?[a-z]+|(?:will|would|can|could)\s+(?:also\s+|now\s+)?(?:offer|pay|accept|contribute|cover|include|extend|waive|grant|give|agree\s+to|consider)\b)/i;
/** Accepting terms on offer: "We'd be happy with a three-person board", "I would be fine with $2k". */
const COMMIT_HAPPY_WITH =
  /\b(?:i|we)(?:'d|\s+would)\s+(?:also\s+|certainly\s+|still\s+)?be\s+(?:happy|fine|comfortable|ok(?:ay)?|content)\s+with\s+(?:a|an|the|that|this|your|[$€£\d])/i;
const COMMIT_HAPPY_START =
  /^(?:more\s+than\s+|also\s+|always\s+)?(?:happy|glad)\s+(?:for\s+(?:you|u)\s+)?to\s+[a-z]+/i;
const COMMIT_GOING = /\b(?:i|we)\s*(?:'m|\s+am|'re|\s+are)\s+going\s+to\s+([a-z]+)/i;
const COMMIT_PROMISE =
  /\b(?:i|we)\s+(?:promise|guarantee)\b|\b(?:i|we)\s+commit\s+to\b|\b(?:i|we)\s*(?:'re|'m|\s+are|\s+am)\s+(?:now\s+|also\s+|happy\s+)?(?:offering|proposing|willing)\b|\b(?:i|we)\s+(?:would\s+|can\s+|could\s+)?(?:propose|offer)\s+(?!to\s+(?:speak|talk))|\b(?:i|we)'d\s+offer\s+(?!to\s+(?:speak|talk))|\b(?:i|we)\s+(?:hereby\s+)?agree\s+to\s+(?:waive|refund|pay|cover|extend|reduce|credit|replace|repair|split|return|release|reimburse|absorb|honou?r|provide|give|send|offer|reschedule|share|keep|hold|drop|lower|match|remove|withdraw|delete|include|allow|grant|limit|cap|amend|adjust)\b/i;
/**
 * The writer forgoing a charge or a claim: "we will not be invoicing it", "we won't add any late fees", "we
 * will not claim any ownership of the models". A promise (see detectCommitment) and never a refusal (see
 * NOT_CHARGING).
 */
const FORGONE_CHARGE = String.raw`(?:i|we)(?:\s*'ll\s+not|\s+will\s+not|\s+shall\s+not|\s+won't|\s+do\s+not|\s+don't)\s+(?:be\s+)?(?:(?:charg|bill|invoic)\w*\s+(?:you|it|for|either|the|this|that|any|your)|(?:add|apply|levy|impos)\w*\s+(?:any\s+|a\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:late|interest|penalt(?:y|ies)?|fees?|charges?|surcharges?)|(?:claim|assert|seek|pursue|enforce|exercis)\w*\s+(?:any\s+|the\s+|our\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:ownership|rights?|title|damages|compensation|costs?|penalt(?:y|ies)|fees?|interest|claims?|remedies))`;
const COMMIT_FORGONE_CHARGE = new RegExp(String.raw`\b${FORGONE_CHARGE}\b`, 'i');
/**
 * New terms the writer's side has set, with their figure: "we have reduced the L1 fee to INR 3,60,000",
 * "we are giving additional 5% discount", "Approved at $0.31/unit" (a figure, so "we have cut the
 * team to two people" promises nothing).
 */
const COMMIT_NEW_TERMS =
  /\b(?:i|we)(?:'ve|\s+have)\s+(?:now\s+|also\s+|already\s+)?(?:reduced|lowered|cut|brought\s+down|capped|discounted)\s+[^.;!?]{1,80}?\b(?:to|at)\s+(?=[$€£]|(?:usd|eur|gbp|inr|aud|cad|chf|aed|sgd|nzd|pln|sek|nok|dkk)\s*\d|\d)|\b(?:i|we)\s*(?:'re|\s+are|'m|\s+am)\s+(?:also\s+|now\s+)?(?:giving|offering|extending)\s+(?:you\s+)?(?:an?\s+)?(?:additional\s+|extra\s+|further\s+|special\s+)?(?:\d+(?:\.\d+)?\s*%|[$€£]\s*\d|discount|rebate|credit)|^(?:(?:ok|okay|fine|so|and|good\s+news)[,:\s]+)?approved\s+(?:at|for)\s+(?=[$€£]|(?:usd|eur|gbp|inr|aud|cad)\s*\d|\d)/i;
const COMMIT_PROGRESSIVE =
  /\b(?:i|we)\s*(?:'m|'re|\s+am|\s+are)\s+(?:now\s+|also\s+|currently\s+)?(?:sending|issuing|refunding|crediting|shipping|arranging|processing|dispatching|waiving|applying\s+(?:a|an|the)\s+(?:[\w$€£.,-]+\s+){0,3}?(?:credit|discount|refund|reduction|goodwill)|extending|covering|absorbing|contributing|matching|throwing\s+in|honou?ring|upgrading|reissuing|replacing|scheduling|booking|putting\s+through|coming\s+(?:back|round|over|out)|reprinting|redoing|reinstating|cancelling|canceling|(?:returning|transferring|wiring)\s+(?:you\s+)?(?:back\s+)?(?:[$€£]|\d|the\s+(?:deposit|balance|remaining|full)|your\s+(?:deposit|money))|adding\s+[^.;!?]{1,60}?\bto\s+your\s+(?:account|order|bill|booking|membership|invoice))|\b(?:i|we)\s*(?:'m|'re|\s+am|\s+are)\s+(?:now\s+|also\s+|currently\s+|happy\s+to\s+be\s+)?(?:holding|reserving|keeping)\s+[^.;!?]{1,60}?\bfor\s+you\b(?!\s+to\b)|\b(?:i|we)(?:'ve|\s+have)\s+(?:now\s+|also\s+|already\s+)?(?:held|reserved|blocked|pencilled\s+in|penciled\s+in|set\s+aside|put\s+aside|earmarked)\s+(?:the|a|an|two|three|four|\d+(?:st|nd|rd|th)?|your)\s+(?:[\w-]+\s+){0,3}?(?:rooms?|dates?|slots?|seats?|tables?|spaces?|places?|appointments?|booking|tickets?|stock|units?|pallets?|of\s+this\s+month)\b|\bconsider\s+it\s+done\b|\b(?:i|we)(?:'ve|\s+have)\s+(?:now\s+|also\s+|already\s+)?(?:asked|instructed|arranged\s+for)\s+(?:[\w,']+\s+){1,5}?to\s+(?:call|contact|visit|email|ring|phone|send|deliver|come\s+(?:to|and|round|out)|reach\s+out\s+to)\s+you\b|\b(?:i|we)(?:'ve|\s+have)\s+(?:now\s+|also\s+|already\s+)?(?:asked|instructed|told)\s+(?!you\b)(?:[\w,']+\s+){1,5}?to\s+(?:reverse|refund|credit|waive|process|issue|reissue|fix|repair|replace|correct|update|cancel|remove|release|expedite|prioriti[sz]e|rush|redo|reprint|resend|send\s+(?:you|it|the|a|over)|look\s+into|investigate|prepare|draft|hold|reserve|book|arrange|refit|return)\b|\b(?:i|we)(?:'ve|\s+have)\s+(?:now\s+|also\s+|already\s+)?(?:arranged|scheduled|booked)\s+(?:for\s+)?(?:a|an|the|your)\b|^leave\s+it\s+with\s+(?:me|us)\b|\byou\s+have\s+(?:my|our)\s+word\b|\b(?:i|we)(?:\s*'ll\s+not|\s+will\s+not|\s+shall\s+not|\s+won't)\s+(?:contact|chase|bother|pursue|charge|bill|invoice)\s+you\b/i;
/**
 * "Let me check with the warehouse", "let me chase the courier": a step taken for the reader ("Let me set
 * out where we are" only talks, "or let me leave the contract" asks).
 */
const COMMIT_LET_ME =
  /^(?:let\s+me|allow\s+me\s+to)\s+(?:(?:just|quickly|personally)\s+)?(?:check|look\s+into|look\s+at\s+(?:this|it|that|what)|find\s+out|chase|see\s+what|get\s+back|dig\s+into|investigate|confirm|arrange|sort|fix|send|book|call|ring|speak\s+(?:to|with)\s+(?:our|my|the)|talk\s+(?:to|with)\s+(?:our|my|the)|ask\s+(?:our|my|the)|raise\s+(?:this|it)\s+with\s+(?:our|my|the)|see\s+if\s+(?:we|i)\s+can|make\s+(?:this|it)\s+right|put\s+(?:this|it|things)\s+right)\b/i;
const COMMIT_YOU_RECEIVE =
  /\byou(?:'ll|\s+will|\s+should)\s+(?:also\s+)?(?:receive|get|have\s+(?:it|them|the\s+[\w-]+|your\s+[\w-]+|my\s+[\w-]+|our\s+[\w-]+|an?\s+(?:[\w-]+\s+)?(?:courtesy|replacement|loan|temporary|free|new)\b|an?\s+(?:[\w-]+\s+)?(?:decision|answer|response|reply|update|quote|proposal|confirmation)\b(?![^.;!?]*\b(?:lawyers?|solicitors?|attorneys?|legal|court|ombudsman|bailiffs?|collections?)\b))|be\s+(?:refunded|credited|reimbursed|compensated|contacted|sent|issued))\s+(?!a\s+(?:bill|reminder|warning|notice))/i;
const COMMIT_THIRD =
  /^(?:a|an|the|your)\s+(?:[\w-]+\s+)?(?:technician|engineer|courier|driver|replacement|refund|credit|specialist|representative|rep|agent|new\s+\w+|invoice|contract|quote|parcel|package|order|shipment)\s+(?:will\s+(?:be\s+(?:there|with\s+you|sent|issued|on|at|in|ready|delivered|dispatched|shipped)|arrive|call|contact|visit|reach|come|ship|follow)|(?:ships|goes\s+out|leaves\s+(?:us|our\s+\w+)|is\s+on\s+(?:its|the)\s+way|(?:is|has\s+been)\s+(?:booked|scheduled|arranged|due)\s+to\s+(?:attend|visit|call|come|deliver|collect|install|repair|fix|inspect)|is\s+being\s+(?:sent|shipped|dispatched|processed|prepared|issued))\b(?!\s+(?:only|within|in\s+\d)))\b/i;
/**
 * Someone on the writer's side doing something for the reader, named or as she/he/who: "She will call
 * you tomorrow morning", "Ravi Patel, our senior engineer, will be on site at 7:30 to fit it", "our
 * regional manager, who will contact you directly". Matched with case, so that a capitalised word is a
 * name ("Please", "If", "We" and "You" are not); lawyers are left to the threat rules.
 */
const STAFF_SUBJ = String.raw`(?:[Ss]he|[Hh]e|[Ww]ho|(?!(?:We|You|I|Please|If|They|It|This|That|These|Those|Someone|Somebody|Nobody|Everyone|Then|And|But|So|Otherwise|Our|My|Your|The|A|An|Also|Now)\b)[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’-]+)?(?:,\s+(?:our|the|my|one\s+of\s+our)\s+[^,.;]{2,50},)?|(?:[Oo]ur|[Mm]y)\s+(?:[\w-]+\s+){0,2}?(?:engineer|technician|fitter|joiner|plumber|electrician|manager|colleague|crew|surveyor|inspector|driver|courier|director|adviser|advisor|tutor|teacher|specialist|rep|representative|matchmaker|trainer|coordinator|accountant)(?:\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)`;
const STAFF_ACT = String.raw`(?:will|'ll|’ll)\s+(?:personally\s+|also\s+|then\s+)?(?:call\s+you|ring\s+you|phone\s+you|e-?mail\s+you|contact\s+you|write\s+to\s+you|be\s+in\s+touch|get\s+back\s+to\s+you|visit|attend|come|go\s+(?:round|over|out|there|to\s+(?:you|your|the\s+(?:site|house|property|flat|pool)))|(?:go\s+)?on\s+(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)day|be\s+(?:on\s+site|there|with\s+you|back)|fit|install|repair|fix|replace|deliver|collect|take\s+over|stay\s+with\s+you|send\s+you|look\s+at|inspect|sort|handle|bring)\b`;
/** Someone else's word for it ("I was told she will call me back", "he said 'the crew will be back'"). */
const STAFF_REPORTED =
  /\b(?:said|told|says|tells|say|promised|claimed|assured|mentioned|wrote|every\s+time)\b|["“‘]/;
const COMMIT_STAFF = new RegExp(String.raw`(?:^|[\s,;:(])${STAFF_SUBJ}\s+${STAFF_ACT}`);
/** The same when the clause is only "will be on site …" after "Ravi Patel, our senior engineer,". */
const STAFF_ACT_START = new RegExp(`^${STAFF_ACT}`);
const STAFF_SUBJ_END = new RegExp(String.raw`(?:^|[\s,;:(])${STAFF_SUBJ}\s*,?\s*$`);
const COMMIT_BARE_WILL = /^(?:will|shall)\s+(?!not\b|never\b|be\s+(?:honest|brief))([a-z]+)/i;
const COMMIT_CHARGE_GONE =
  /^(?:(?:and|so|also)[,\s]+)?(?:the|that|this|these|those|your)\s+(?:[\w£$€.,-]+\s+){0,3}?(?:charges?|fees?|penalty|penalties|surcharges?|deductions?|interest)\s+(?:will|shall|is\s+going\s+to|has|have)\s+(?:also\s+|now\s+|therefore\s+)?(?:be\s+|been\s+)(?:removed|waived|refunded|credited|reversed|cancell?ed|written\s+off|dropped|withdrawn)\b/i;
const COMMIT_FREE =
  /^(?:(?:and|so|then|also)[,\s]+)?(?:the|your|her|his|their|this|that|these|those|any|all)\s+(?:[\w-]+\s+){0,4}?(?:will|would|shall)\s+(?:also\s+|then\s+)?be\s+(?:completely\s+|entirely\s+|totally\s+)?(?:free(?:\s+of\s+charge)?|complimentary|on\s+(?:us|the\s+house)|at\s+no\s+(?:extra\s+|additional\s+)?(?:cost|charge))\b/i;
const COMMIT_PAY_TERMS =
  /^(?:(?:and|so|then|also)[,\s]+)?(?:you|u)\s+(?:can|could|may|are\s+welcome\s+to)\s+(?:also\s+|always\s+)?(?:pay|settle)\s+(?:it\s+|this\s+|the\s+(?:balance|rest|remainder|amount|fee)\s+)?(?:in\s+(?:\d+|two|three|four|five|six|twelve)\s+(?:equal\s+|monthly\s+|weekly\s+)?(?:parts|instalments|installments|payments|months)|half\s+now|in\s+instalments|in\s+installments|monthly|over\s+(?:\d+|two|three|four|five|six|twelve)\s+months)\b/i;
const COMMIT_PASSIVE =
  /\b(?:will|shall)\s+(?:also\s+|now\s+|then\s+)?be\s+(?:delivered|shipped|sent|refunded|credited|processed|issued|fixed|resolved|completed|returned|replaced|repaired|dispatched|installed|applied|reversed|waived|corrected|updated|reissued|paid|transferred|released|restored|reinstated|removed|added|emailed|posted|collected|tested|shared|withdrawn|included|done|reduced|covered|honou?red|left\s+(?=[^.;!?]*\bfor\s+you\b)|back\s+(?:up|online)|ready)\b/i;
const COMMIT_TEAM = rx(
  String.raw`^(?:(?:and|so|then|but)[,\s]+)?(?:accounts|finance|billing|dispatch|(?:the\s+)?warehouse|support|payroll|the\s+office|reception|the\s+workshop|the\s+studio|production|logistics)\s+(?:will|'ll|can|is\s+going\s+to|are\s+going\s+to)\s+(?!not\b|never\b)([a-z]+)|\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:team|desk|department|engineers?|technicians?|staff|support|specialists?|colleagues?|courier|driver|accountant|office|crew|people)\s+(?:will|'ll|can|is\s+going\s+to|are\s+going\s+to|(?:is|are)\s+(?:ready|available|standing\s+by)\s+to|stands?\s+ready\s+to)\s+(?!not\b|never\b)([a-z]+)`,
);

/** Words that may lead a clause before a promise ("And the admin fee can be waived …"). */
const LEAD_WORDS =
  /^(?:(?:and|so|then|but|however|instead|also|alternatively|of\s+course|good\s+news)[,:\s]+)?/;
/**
 * The reader's own thing kept safe or given back, said in the passive by the side that holds it: "Your
 * booking for 20 June will be honoured", "your deposit will be refunded in full", "Your current pricing
 * will continue to apply". Only outcomes good for the reader: "your deposit will be retained" is a sanction.
 */
const COMMIT_YOURS_PASSIVE = rx(
  String.raw`^(?:(?:and|so|then|but|however|instead)[,\s]+)?(?:your|the)\s+(?:[\w$€£.,/-]+\s+){0,4}?(?:(?:will|shall)\s+(?:still\s+|also\s+|now\s+|then\s+|of\s+course\s+|absolutely\s+|fully\s+)?be\s+(?:honou?red|refunded|credited|reimbursed|waived|returned|released|repaired|replaced|restored|reinstated|upgraded|compensated|rebooked|prioriti[sz]ed|protected|reserved|refunded\s+in\s+full)|(?:will|shall)\s+(?:continue\s+to\s+apply|still\s+apply|stand|remain\s+(?:in\s+place|valid|unchanged|the\s+same|at))|(?:stays?|remains?)\s+(?:in\s+place|valid|unchanged|the\s+same|at\s+[$€£\d]))\b`,
);
/** A charge not made: "No late fee will be charged", "there will be no charge for the call-out". */
const COMMIT_NO_CHARGE = rx(
  String.raw`^(?:(?:and|so|but|also)[,\s]+)?no\s+(?:[\w-]+\s+){0,3}?(?:fees?|charges?|interest|penalt(?:y|ies)|surcharges?|costs?|deductions?)\s+(?:will|shall|would)\s+be\s+(?:charged|applied|added|levied|made|deducted|incurred|payable|due|taken)\b|\bthere\s+(?:will|would|shall)\s+be\s+no\s+(?:[\w-]+\s+){0,2}?(?:charge|fee|cost|penalty|interest)\b|\byou\s+(?:won't|will\s+not|shall\s+not)\s+be\s+(?:charged|billed|invoiced|penali[sz]ed|out\s+of\s+pocket)\b`,
);
/**
 * A concession the writer's side can make, in the passive: "The £3,200 installation cost can be spread
 * over 12 months interest-free", "the admin fee can be waived if you renew this week".
 */
const COMMIT_CAN_BE = rx(
  String.raw`^(?:(?:and|so|but|however|alternatively|also)[,\s]+)?(?:the|your|this|that|any|our)\s+(?:[\w$€£.,/-]+\s+){0,4}?(?:can|could)\s+(?:also\s+|easily\s+|certainly\s+|still\s+)?be\s+(?:spread|split|paid\s+in\s+(?:instal|install)ments|waived|refunded|credited|deferred|reduced|discounted|moved|rescheduled|extended|rebooked|transferred|carried\s+over|reserved|upgraded|replaced|repaired|reimbursed|covered|honou?red|written\s+off|cancell?ed\s+(?:free|at\s+no|without))\b`,
);
/**
 * The writer's organisation agreeing to a concession: "the committee has agreed to refund $210", "the
 * board has approved your request". See COMMIT_PRINCIPAL for "my client is willing to …".
 */
const COMMIT_ORG_AGREED = rx(
  String.raw`^(?:(?:and|so|but|however|good\s+news)[,:\s]+)?(?:(?:in|as|after|following|given|on)\s+[^,;]{2,60},\s*)?(?:(?:the|our|my)\s+(?:[\w-]+\s+){0,2}?|(?=management\b|senior\s+management\b))(?:committee|panel|council|school|practice|company|firm|governors|trustees|partners|head|headteacher|principal|management|board|department|trust|college|university|hotel|club|office|manager|team|director|directors|owner|landlord|client)\s+(?:has|have)\s+(?:now\s+|also\s+|kindly\s+)?(?:agreed\s+to\s+(?:waive|refund|pay|cover|credit|reimburse|extend|reduce|offer|provide|honou?r|replace|repair|return|release|write\s+off|move|reschedule|allow|accept|grant|give|drop|lower|match|contribute)|approved\s+(?:your|the|a|an)|(?:authori[sz]ed|signed\s+off)\s+(?:your|the|a|an)\b)`,
);
/** A gift added to an offer: "I've also included the 3-year maintenance plan at no charge". */
const COMMIT_INCLUDED_FREE = rx(
  String.raw`\b(?:i|we)(?:'ve|\s+have)\s+(?:also\s+|now\s+|gone\s+ahead\s+and\s+)?(?:included|added|thrown\s+in|upgraded\s+you|given\s+you|put\s+in)\b[^.;!?]{0,80}?\b(?:at\s+no\s+(?:extra\s+|additional\s+|further\s+)?(?:cost|charge)|free\s+of\s+charge|for\s+free|complimentary|on\s+the\s+house|on\s+us)\b`,
);
/**
 * An offer to the reader: "You're welcome to collect the boxes any weekday", "Poppy is welcome to be
 * reassessed in July". Not a dismissal ("you're welcome to take your business elsewhere", "… to try").
 */
const COMMIT_WELCOME = rx(
  String.raw`^(?:(?:and|but|so|of\s+course|also)[,\s]+)?(?:you(?:'re|\s+are)|[\w'-]+(?:\s+[\w'-]+)?\s+(?:is|are))\s+(?:very\s+|more\s+than\s+|most\s+|always\s+|of\s+course\s+|still\s+)?welcome\s+to\s+(?!(?:try|complain|sue|escalate|take|go|look|seek|appeal|raise|file|refer|challenge|dispute|leave|shop|find|call|contact|ring|phone|e-?mail|ask|check|speak|talk|read|verify|consult|compare|get\s+a\s+second)\b)[a-z]+`,
);
/** "As an apology, the next month is on us" (a thing given free; "the mistake is on us" owns a fault). */
const COMMIT_ON_US =
  /\b(?:month|week|year|round|drinks?|coffees?|lunch|dinner|meals?|delivery|shipping|postage|call-?out|fee|charge|session|lesson|night|stay|upgrade|repair|replacement|visit|class|ticket|room|labou?r|parts|cost|costs|first\s+\w+|next\s+\w+)\s+(?:is|are|will\s+be)\s+on\s+(?:us|me|the\s+house)\b/;

/*
 * Promises that only a due time makes one: the writer's plain present tense, common in non-native mail
 * ("I send you the new files until Monday", "we deliver the final version on Friday"), and deliverables
 * of the writer's side with a noun subject ("the fabric will be ready by 15 Sept", "the replacement labels
 * are going out today", "you receive the credit note latest on 31.03.").
 */
const COMMIT_PRESENT =
  /\b(?:i|we)\s+(?:also\s+|then\s+|still\s+)?(?:send|deliver|ship|dispatch|transfer|pay|return|provide|prepare|finish|complete|forward|bring|fix|repair|install|issue|refund|credit|upload|share|submit|post|mail|e-?mail|call|contact|visit|come|give(?!\s+(?:you|u)\s+(?:only\s+|just\s+)?(?:until|till|up\s+to)\b)|confirm|update|correct|arrange|book|release|deploy|publish)\b/i;
/**
 * "I'm putting the paperwork in the post today", "we're fitting the new boiler on Monday": with a named
 * time, a promise (see detectCommitment). Only actions done for the reader: "We're organising a street
 * party on 6 June" and "we are locking the edit on 15 May" are news.
 */
const COMMIT_PROGRESSIVE_DUE =
  /\b(?:i|we)\s*(?:'m|'re|\s+am|\s+are)\s+(?:now\s+|also\s+|just\s+)?(holding|keeping|reserving|putting|posting|paying|transferring|wiring|dropping|bringing|returning|collecting|picking|installing|fitting|fixing|repairing|couriering|settling|clearing|releasing|finali[sz]ing|finishing|completing|preparing|drafting|resending|chasing|ordering|reordering|sorting|delivering|correcting|amending|updating|doing)\b/;
/** Texting shorthand for "I'll" at the start of a clause ("ill sort it tonight", "ok ill send it"). */
const COMMIT_TEXTING =
  /^(?:(?:ok|okay|k|sure|yes|yeah|yep|fine|np)[,\s]+)?ill\s+(?:sort|send|call|do|get|pay|fix|check|look|drop|bring|come|text|ring|email|be\s+there|return|refund|transfer|book|make|give|take|pop|swing|pick)\b/;
const COMMIT_DUE_THING =
  /^((?:(?:as\s+(?:discussed|agreed|promised|requested)|also|and|then|so)[,\s]+)*)(?!(?:you|they|he|she|it\s+is)\b)(?:[\w'-]+\s+){1,8}?(?:(?:will|'ll|shall)\s+(?:also\s+|then\s+|now\s+)?(?:be\s+(?:(?:on|in)\s+(?:your|the)\s+(?:account|statement|bill|card|inbox|post|system)|in\s+your\s+(?!(?:hands|favou?r|interest|best)\b)[\w-]+|made|ready|done|completed|finished|delivered|shipped|sent|dispatched|posted|available|with\s+you|there|on\s+site|installed|fixed|repaired|refunded|credited|issued|uploaded|back|raised|released|placed|booked|arranged|paid|transferred|settled|processed|deployed|published|live|finali[sz]ed|submitted|prepared|signed|returned|tested|inspected|checked|serviced|cleaned|fitted|replaced|collected|shared|emailed|included|left)|follow|arrive|go\s+out|ship|reach\s+you|land|proceed|go\s+ahead)|(?:is|are)\s+(?:going\s+out|being\s+(?:shipped|sent|dispatched|delivered|prepared|processed|fixed|repaired)|on\s+(?:its|their)\s+way)|should\s+(?:land|arrive|clear|reach\s+you|be\s+(?:with\s+you|in\s+your|on\s+your|ready|done|there)))\b/i;
/**
 * What the writer's side can do or would do, by a named time: "the crew can do the repair on Thursday",
 * "Delivery would be at the usual back door by 6:30am on Saturday". A due time is required (see
 * detectCommitment): "the crew can do the repair" alone is a possibility, not a promise.
 */
const COMMIT_DUE_CAN =
  /^((?:(?:as\s+(?:discussed|agreed|promised|requested)|also|and|then|so)[,\s]+)*)(?!(?:you|your|u|they|he|she|it|this|that)\b)(?:[\w'-]+\s+){1,6}?(?:can|could|would)\s+(?:then\s+|also\s+|still\s+)?(?:do|fit|fix|repair|install|deliver|come|start|finish|complete|collect|visit|replace|ship|send|be\s+(?:back|there|ready|delivered|done|completed|at\s+(?:your|the)|on\s+site|with\s+you|dispatched|shipped|sent|installed|fitted))\b/i;
const COMMIT_CONDITIONAL_PRESENT =
  /^(?:then\s+)?(?:i|we)\s+(?:also\s+|then\s+|can\s+also\s+)?(?:send|deliver|ship|dispatch|pay|return|provide|prepare|start|begin|reserve|book|give|offer|reduce|lower|extend|waive|refund|credit|sign|release|cover|include|add|upgrade|replace|repair|fix|install|confirm|accept|drop|apply)\b/i;
/** The writer's next step after "Then": "Then I prepare the licence draft", "then we make the table". */
const COMMIT_THEN_PRESENT =
  /^(?:i|we)\s+(?:also\s+)?(?:prepare|record|make|share|check|finish|complete|do|organi[sz]e|transfer|call|come|write|update|order|process|issue|arrange|schedule|release|ship|upload|submit|draft|correct|close|send)\b(?!\s+(?:that|if|whether)\b)/;
/**
 * The condition of a threat that names what the reader must do ("If I don't hear back", "unless the
 * invoice is paid", "if it can't be settled"): a time inside it is when the reader must act.
 */
const CONDITION_DUE = String.raw`(?:unless\b|if\s+(?:(?:i|we)\s+(?:still\s+)?(?:don't|do\s+not|haven't|have\s+not|can't|cannot)\s+(?:hear|heard|receive|received|get|got|gotten|see|seen|have|had)\b|(?:you|u)\s+(?:still\s+)?(?:don't|do\s+not|haven't|have\s+not|fail\s+to|can't|cannot|won't|will\s+not)\b|(?:there\s+is\s+|there's\s+|i\s+get\s+|we\s+get\s+|i\s+have\s+|we\s+have\s+)?no\s+(?:reply|response|answer|refund|payment|money|word|news|call|update|confirmation|decision|action|fix|solution)\b|(?:the|my|our|this|it|that|your)\b[^,;:]{0,40}?(?:\b(?:is|are|has|have)(?:\s+not|n't)|'s\s+not|'re\s+not)\s+(?:been\s+)?(?:paid|received|fixed|sorted|resolved|settled|cleared|done|completed|repaired|returned|refunded|reimbursed|cancell?ed|credited|corrected|sent|delivered|signed|approved|confirmed|released|transferred|reversed|removed|collected|back|here|in\s+(?:my|our)\s+account)\b|(?:the|my|our|this|it|that|your)\b[^,;:]{0,40}?\b(?:can't|cannot|can\s+not|won't|will\s+not)\s+be\s+(?:paid|settled|fixed|sorted|resolved|done|repaired|returned|refunded|credited|corrected|delivered)\b))`;
const CONDITION_DUE_FIRST = new RegExp(String.raw`^(?:(?:and|but|so|or)\s+)?${CONDITION_DUE}[^,;:]*$`);
const CONDITION_DUE_AFTER = new RegExp(String.raw`\s${CONDITION_DUE}[^,;:]*$`);
/** A meeting asked of the reader: "I want a meeting with …", "can you give me an appointment …". */
const MEETING_ASKED =
  /\b(?:(?:i|we)\s+(?:also\s+|still\s+)?(?:want|need|expect|insist\s+on|demand)(?:\s+to\s+have)?|(?:can|could|will|would)\s+(?:you|u)\s+(?:please\s+)?(?:give|get|book|offer|find|arrange)\s+(?:me|us))\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:meeting|call|appointment|visit|slot)\b/;
/** Prepositions that mark a due time by themselves ("by", "no later than", "latest"). */
const FIRM_DUE_PREP =
  /^(?:by|no\s+later\s+than|not\s+later\s+than|latest|at\s+the\s+latest|latest\s+by|on\s+or\s+before)$/;
/** A counted span ("within 2 days", "in three weeks"), not a named period ("in calendar week 12"). */
const DURATION_TEXT_RE = /\b(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\b(?!\s*\d)|\b\d+h\b/i;
/** "Orders placed after 2pm on Friday will be processed …": a rule for everyone, not a promise. */
const GENERIC_RULE_RE =
  /\b(?:placed|received|made|submitted|booked|sent)\s+(?:after|before|during|on|by|between|from|over)\b/;
const COMMIT_YOU_GET_DUE = /\byou\s+(?:receive|get)\b/i;
/**
 * The thing put first, then the writer's promise: "The updated drawings we will send you by Thursday",
 * "The rest I can pay next week". A relative clause looks the same up to the verb ("The drawings we sent
 * you are final"), so the clause must end with the verb's own complements: no second finite verb.
 */
const COMMIT_FRONTED =
  /^(?:the|these|those|this|that|our|my|all|any|rest|remaining|balance|both)\b(?:\s+[\w'-]+){0,6}?\s+(?:i|we)(?:\s*(?:'ll|\s+will|\s+shall|\s+can)\s+(?:also\s+|then\s+|still\s+)?(?!need\b|have\s+to\b|be\b|not\b|never\b)[a-z]+|\s+(?:send|deliver|ship|pay|return|provide|prepare|finish|complete|forward|fix|issue|refund|transfer|submit|share|upload))\b/i;
const FINITE_AFTER = /\b(?:is|are|was|were|will|would|has|have|had|must|should|did|does|do)\b/i;
/** "I attach the draft, which I will finalise by Friday": a promise in a non-restrictive relative clause. */
const COMMIT_WHICH =
  /(?:^|,\s*)which\s+((?:i|we)\s*(?:'ll|\s+will|\s+shall)\s+(?:also\s+|then\s+)?(?!need\b|have\s+to\b|be\b|not\b)[a-z]+)/i;

const SUBORDINATE_BEFORE =
  /\b(?:if|when|whether|because|since|that|unless|once|so|what|how|why|where|as|though|although|until|who|which|whatever|than|before|after|while|said|told|says|asked)\s+(?:[\w']+\s+)?$/i;
/** Text before a noun-phrase-final word: "the kind of stunt I'd expect" is a relative clause. */
const NOUN_PHRASE_BEFORE =
  /\b(?:the|a|an|this|that|these|those|any|every|some|each|no|my|your|our|their|his|her)\s+(?:[\w-]+\s+){0,3}$/i;

/** An adverbial put first: "as a gesture of goodwill", "in the meantime", "by way of apology". */
const FRONTED_PHRASE =
  /^\s*(?:(?:and|so|but|then|however|still|nevertheless|that\s+said),?\s+)?(?:(?:given|considering|in\s+(?:light|view)\s+of)\s+(?:the|these|those|this|that|your|our|all)\s+(?:[\w-]+\s+){0,2}?(?:circumstances|situation|delays?|inconvenience|history|relationship|issues?|problems?|trouble|errors?|mistakes?|timing|volumes?|feedback|facts|above|length\s+of\s+time)\b|(?:under|in)\s+(?:the|these)\s+circumstances|in\s+good\s+faith|as\s+(?:a|an|my|our)\s+(?:small\s+)?(?:gesture|goodwill|one-off|exception|thank|token|courtesy|compromise|sign|apology)|in\s+the\s+meantime|in\s+(?:return|exchange|addition)|(?:under|pursuant\s+to|in\s+accordance\s+with|as\s+per|per|according\s+to)\s+(?:the\s+|our\s+|your\s+|my\s+)?(?:[\w-]+\s+){0,4}?(?:act|regulations?|rules?|terms(?:\s+and\s+conditions)?|contract|agreement|lease|policy|law|clause|section|tenancy)|in\s+(?:the|our|my|this)\s+(?:revised|new|updated|attached|enclosed|amended|latest|final)\s+(?:proposal|quote|quotation|offer|version|draft|schedule|pricing|price\s+list)|by\s+way\s+of|on\s+(?:our|my)\s+(?:side|part|end)|for\s+(?:the|this)\s+(?:delay|inconvenience|trouble|mix-up|error|mistake)|(?:for|on|from|with|after|during|within|under|regarding|starting)\s+(?:the|this|that|these|your|our|a|an|each|every|next|all)\s+(?:first|second|next|last|remaining|current|new|initial|final)\b)\b[^,.;!?]{0,30}$/i;

/** Whether an I/we found after `before` (clause text) starts a main clause. */
function mainClauseSubject(before: string): boolean {
  if (!before.trim()) return true;
  // "£4,800, which we'll credit against your next invoice": a non-restrictive relative after a comma
  // carries the writer's own promise.
  if (/(?:^|,\s*)which\s+$/i.test(before)) return true;
  if (SUBORDINATE_BEFORE.test(before)) return false;
  if (/[,:;]\s*$/.test(before)) return true;
  // A fronted phrase, not a noun the clause belongs to: "As a gesture of goodwill we will refund …".
  if (FRONTED_PHRASE.test(before)) return true;
  // "For a three-year commitment I can offer …", "On a 24-month term we can do …": a short fronted
  // prepositional phrase with no verb of its own.
  if (
    /^\s*(?:(?:and|so|but|then)\s+)?(?:for|on|with|at|over|under)\s+(?:a|an|the|this|that|your|each|every|any)\s+(?:[\w$€£.,%/-]+\s+){1,4}$/i.test(
      before,
    ) &&
    !/\b(?:is|are|was|were|be|been|has|have|had|do|does|did|you|he|she|they|it|which|that|who)\b/i.test(
      before,
    )
  )
    return true;
  // "For this we need your confirmation by 20 March": the fronted phrase points back at the last sentence.
  if (/^\s*(?:(?:and|so|but|then)\s+)?(?:for|with)\s+(?:this|that|these|those|it)\s*,?\s*$/i.test(before))
    return true;
  if (NOUN_PHRASE_BEFORE.test(before)) return false;
  return before.trim().split(/\s+/).length <= 8;
}

/**
 * Reported speech: a frame that attributes what follows to someone else ("you'd like to …", "you asked
 * to …", "your position is that …", "they said …"). A threat or escalation inside it is the writer
 * restating the other side, not acting: "I understand you'd like to take this to a supervisor" is not
 * the writer going over anyone's head. "You want me to …" is not a frame (the writer is the actor).
 */
const REPORTED_FRAME =
  /\b(?:you|they|he|she)(?:'d|\s+would)\s+(?:like|prefer|rather|want)\s+to\b|\b(?:you|they|he|she)(?:'ve|'re|'d|\s+have|\s+had|\s+are|\s+were)?\s+(?:asked|asking|requested|requesting|wanted|want|wants|wanting|wished|wish|wishes|hoping|hope|hoped|planning|plan|plans|intend|intends|intended|intending|decided|prefer|prefers|preferred|threatened|threatening|thinking\s+of|considering)\s+to\b|\b(?:you|they|he|she)(?:'ve|'re|\s+have|\s+had|\s+are|\s+were)?\s+(?:now\s+|also\s+|still\s+|really\s+|just\s+)?(?:said|say|says|saying|mentioned|told\s+(?:me|us)|suggested|suggesting|proposed|proposing|argued|argue|claimed|claim|claims|insisted|insist)\s+(?:that\s+)?(?=(?:i|we|you|they|he|she|it|this)\b)|\b(?:your|their|his|her)\s+(?:position|view|point|request|concern|understanding|suggestion|proposal|preference|argument|claim|demand|expectation|plan)\s+(?:is|was|being|seems\s+to\s+be)\s+(?:that\s+)?|\baccording\s+to\s+(?:you|them|him|her)\b|\bas\s+you\s+(?:put\s+it|said|say|see\s+it)\b/g;
/** Where the writer's own voice resumes after a frame: a sentence mark, or a new clause with I/we. */
const VOICE_RESUMES =
  /[;:!?]|[,\u2014\u2013]\s*(?:(?:and|but|so|or|then|otherwise|yet)\s+)?(?:i|we)\b|\s(?:but|so|otherwise|or\s+else|and)\s+(?:i|we)\b|\s-\s/;

/**
 * Whether offset `at` lies inside somebody's quoted words: You said "we will check" three times. The
 * quotation must open after a verb of saying, so scare quotes and quoted labels are not affected.
 */
function inQuotedSpeech(lower: string, sentenceStart: number, at: number): boolean {
  const before = lower.slice(sentenceStart, at);
  const open = Math.max(before.lastIndexOf('"'), before.lastIndexOf('\u201c'));
  if (open < 0) return false;
  const straight = (before.match(/"/g) ?? []).length;
  const curlyOpen = before.lastIndexOf('\u201c') > before.lastIndexOf('\u201d');
  if (!(straight % 2 === 1 || curlyOpen)) return false;
  // A quoted phrase the sentence goes on after is talked about, not said: 'Don't bother with the "we'll
  // keep your CV on file" line', '"I'll send them later" has now been "later" for eleven days'.
  const close = /^[^"\u201d\n]{0,120}["\u201d]\s*(?:[a-z(]|,\s*[a-z])/.exec(lower.slice(at));
  if (close) return true;
  // 'Don't insult me with another "we'll look into it".': the phrase is named, not said by the writer.
  if (
    /\b(?:another|the|a|an|your|their|his|her|any|more|usual|typical|standard|same|with|of|about)\s*$/.test(
      before.slice(0, open),
    )
  )
    return true;
  return /\b(?:said|say|says|saying|told\s+(?:me|us)|tell\s+(?:me|us)|promised|wrote|write|replied|reply|answered|answer|claimed|claim|assured\s+(?:me|us))\s*:?\s*$/.test(
    before.slice(0, open),
  );
}

/**
 * Whether a span sits inside quotation marks in its sentence: `before` is the sentence up to it and
 * `after` the rest. Double quotes count by parity; a single quote opens after a space, bracket, comma or
 * colon (not an apostrophe inside a word) and closes before a space, punctuation or the end. The last
 * check on every kind of position; inQuotedSpeech above decides for promises while the rules run.
 */
function inQuotes(before: string, after: string): boolean {
  const open = (before.match(/["“”]/g) ?? []).length % 2 === 1 || /(?:^|[\s(,:])['‘][^'’]*$/.test(before);
  if (!open) return false;
  return /^[^"“”]*["“”]/.test(after) || /^[^'’]*['’](?=\s|[.,;:!?)]|$)/.test(after);
}

/** Whether offset `at` of `lower` lies inside reported speech opened earlier in its sentence. */
function reportedAt(lower: string, sentenceStart: number, at: number): boolean {
  // A few characters past `at`, so a frame's look-ahead ("saying (that) you …") can see the position's start.
  const before = lower.slice(sentenceStart, at + 12);
  const limit = at - sentenceStart;
  let last: RegExpExecArray | null = null;
  REPORTED_FRAME.lastIndex = 0;
  for (
    let m = REPORTED_FRAME.exec(before);
    m && m.index + m[0].length <= limit;
    m = REPORTED_FRAME.exec(before)
  )
    last = m;
  if (!last) return false;
  /** From the frame's end to just past the position's first words. */
  const after = lower.slice(sentenceStart + last.index + last[0].length, at + 8);
  // "If you prefer to use another company I will refund the £1,200": the reader's wish is a condition,
  // and the writer speaks again at the next I or we; "If you want to dispute that, have your CEO call
  // me": so does the main clause after the condition's comma.
  if (
    /\b(?:if|unless|once|when|in\s+case)\s+$/.test(before.slice(0, last.index)) &&
    (/\b(?:i|we)\b/.test(after) || /,\s*(?!\s|(?:you|u|your)\b)[^,]*$/.test(after))
  )
    return false;
  // The position's own first words count: in "…, we will sue" the subject starts the position.
  return !VOICE_RESUMES.test(after);
}

// ---------------------------------------------------------------------------------------------------
// Extraction
// ---------------------------------------------------------------------------------------------------

interface Draft {
  kind: PositionKind;
  start: number;
  end: number;
  clause?: Clause;
  value?: Position['value'];
  reason?: Span;
  /** For threats: the escalation that produced it (kept as a separate position on the same span). */
  fromEscalation?: boolean;
}

/** "Here's what happens next:", "This is what's going to happen.": the writer's terms follow. */
const DECREE_INTRO =
  /^(?:so[,\s]+|right[,\s]+|ok(?:ay)?[,\s]+)?(?:here(?:'s|\s+is)|this\s+is)\s+what(?:'s|\s+is)?\s+(?:happens|going\s+to\s+happen|gonna\s+happen|will\s+happen|happening)(?:\s+(?:next|now|from\s+here))?\s*(?:[.!]?$|:)/;

/** Verbs of getting in touch: "give me a call or reply to this email" offers two ways to do one thing. */
const CONTACT_VERB = /\b(?:call|ring|phone|e-?mail|reply|respond|text|message|write|contact|whatsapp)\b/;

/**
 * "Can you refund his part or change to other date?", "I ask you either to return my donation, or to
 * confirm in writing …": a request for one action or another, two outcomes the writer would accept, so
 * two demands (LABELS.md, "Do X or give me Y"). Not a choice inside one question ("confirm whether 4 May
 * works, or let me know …"), one verb with two objects ("refund or replace it"), or two ways to get in
 * touch ("call me or reply here"). Returns where the second request starts, as a match on `span`.
 */
function verbAlternative(span: string): { index: number; 0: string } | null {
  const re =
    /,?\s+or\s+(?:(?:else|alternatively|instead|at\s+(?:the\s+)?(?:very\s+)?(?:least|minimum))[,\s]+)?(you\s+)?(?:to\s+)?(?:(?:please|kindly|just|simply)\s+)?([a-z]+)\b(?!\s+(?:you|we|i|they)\b)/g;
  for (let m = re.exec(span); m; m = re.exec(span)) {
    const head = span.slice(0, m.index);
    if (!IMPERATIVE_SET.has(m[2]) || /^(?:do|have|let|get|come|look|turn)$/.test(m[2])) continue;
    if (m[1] && !/^(?:(?:either|so|then)\s+)?you\s/.test(head.replace(/^[^a-z]+/, ''))) continue;
    if (
      /\bwhether\b|\bif\b(?!\s+(?:you|u)\s+(?:could|would|can|will|might|please|kindly)\b)/.test(head) ||
      head.split(/\s+/).length < 4
    )
      continue;
    if (IMPERATIVE_SET.has(/([a-z]+)\W*$/.exec(head)?.[1] ?? '')) continue;
    if (CONTACT_VERB.test(m[2]) && CONTACT_VERB.test(head)) continue;
    const lead = m[0].length - m[2].length;
    return { index: m.index, 0: m[0].slice(0, lead) };
  }
  return null;
}

function trimSpan(t: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  while (a < b && /[\s"'“”‘’(,]/.test(t[a])) a++;
  while (b > a && /[\s"'“”‘’.,;:!?)—–-]/.test(t[b - 1])) b--;
  // Keep a closing quote when the span contains its opening quote (`reply "yes"`).
  if (b < end && /["”]/.test(t[b]) && /["“]/.test(t.slice(a, b))) b++;
  return [a, b];
}

/** A rule the writer cites: "as per the contract", "according to law", "under our terms", "the law says". */
const POLICY_FRAME =
  /\b(?:as\s+per|according\s+to|under|in\s+line\s+with|in\s+accordance\s+with)\s+(?:the\s+|our\s+|your\s+|club\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:contract|policy|policies|terms|bye-?laws|law|regulations?|agreement|rules|t&cs|conditions)\b|\bthe\s+(?:law|regulations?|rules?|policy|terms)\s+(?:says?|states?|requires?)\b/;
/** A period counted from some event: "within 30 days", "you have 15 business days", "four weeks before the start". */
const RELATIVE_PERIOD =
  /^(?:within|in)\s|^(?:you\s+have\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|ten|fourteen|twenty|thirty)(?:\s*-\s*\d+)?\s+(?:working\s+|business\s+|calendar\s+)?(?:days?|weeks?|months?)\b/;
/** The writer asking in the same sentence ("I want the £4,500 back within 14 days"). */
const WRITER_ASKS =
  /\b(?:i|we)\s+(?:\w+\s+)?(?:want|need|expect|request|ask|require|demand|insist)\b|\b(?:i|we)(?:'m|\s+am|'re|\s+are)\s+(?:\w+\s+)?(?:requesting|asking|demanding|expecting)\b|\bplease\b|\bkindly\b/;

/** Whether a list item (on its own line, after a marker) starts right after `end`. */
function bulletFollows(t: string, end: number): boolean {
  const m = /^[ \t]*:?[ \t]*\r?\n(?:[ \t]*\r?\n)?/.exec(t.slice(end, end + 8));
  return !!m && LIST_MARKER.test(t.slice(end + m[0].length, end + m[0].length + 6));
}

/** "Re: Grant Agreement HF-2023-041 - Financial Review": a subject line, which states no position. */
const SUBJECT_LINE = /^(?:re|subject|fwd?|aw|betreff)\s*:/;

/**
 * A connective or attitude adverb right after an auxiliary ("we are therefore prepared to grant …", "the
 * request is accordingly rejected", "the trustees will, reluctantly, begin …", "we cannot, however, permit
 * …"): blanked out, so the auxiliary meets its verb as the rules expect.
 */
const MID_ADVERB =
  /\b(?:(is|are|am|was|were|be|will|would|shall|should|can|could|may|might|must|'re|'m|'ll|'d)(?:\s+|\s*,\s*)(?:therefore|thus|hence|accordingly|consequently|regrettably|reluctantly|respectfully|sadly|unfortunately|nevertheless|nonetheless|duly)|(cannot|can't|won't|wouldn't|couldn't|shouldn't|isn't|aren't|will\s+not|can\s+not|are\s+not|is\s+not)(?:\s+|\s*,\s*)(?:therefore|thus|hence|accordingly|consequently|however|regrettably|unfortunately|sadly))(?:\s*,)?(?=\s)/gi;

/**
 * Normalised copy of the text (same length, so offsets hold): curly quotes → straight, and the adverbs
 * above blanked, for the regexes.
 */
function normalise(text: string): string {
  return text
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(MID_ADVERB, (m, a1?: string, a2?: string) => {
      const aux = (a1 ?? a2)!;
      return aux + ' '.repeat(m.length - aux.length);
    });
}

function isStock(lower: string): boolean {
  return STOCK.some((re) => re.test(lower));
}

interface Ctx {
  t: string;
  lower: string;
  drafts: Draft[];
  /** Time expressions of the writer's text that are not past: what a due-time-anchored promise needs. */
  due: TimeExpression[];
}

function push(ctx: Ctx, kind: PositionKind, start: number, end: number, clause?: Clause): Draft | null {
  const [a, b] = trimSpan(ctx.t, start, end);
  if (b - a < 2) return null;
  const d: Draft = { kind, start: a, end: b, clause };
  ctx.drafts.push(d);
  return d;
}

const ESCALATION_KEY =
  /\b(?:principal|headmaster|headmistress|producer|proprietor|manager|managers|supervisors?|boss|superiors?|ceo|cfo|coo|cto|cio|president|owner|whoever|directors?|md|gm|vp|svp|evp|vice|head|executives?|exec|leadership|management|board|chair\w*|founder|higher|chief|lead|leader|senior|managing|charge|authority|governors|trustees|chancellor|escalat\w*|over\s+your|above\s+your|around\s+your|headquarters|hq|(?:main|central|corporate|parent)\s+(?:office|company))\b/;

function detectEscalation(ctx: Ctx, c: Clause, text: string): { start: number } | null {
  // "I'm copying in Dr Patel, as the clinic director": the title is in the comma clause after the name.
  const cc = COPY_NAME_END.exec(text);
  if (cc && COPY_AS_TITLE.test(ctx.lower.slice(c.end, c.sentence.end))) return { start: cc.index };
  const cn = CONTACT_NAME_END.exec(text);
  if (cn && NAME_TITLE_AFTER.test(ctx.lower.slice(c.body + cn.index + cn[0].length, c.sentence.end)))
    return { start: cn.index };
  // "I want this passed to someone in senior management", "… referred to someone with the authority to
  // resolve it", "a response from someone with actual authority": a higher level asked for, unnamed.
  const senior = /\b(?:someone|somebody|a\s+person)\b/.test(text) ? TO_SOMEONE_SENIOR.exec(text) : null;
  if (senior) return { start: senior.index };
  if (!ESCALATION_KEY.test(text)) {
    if (PASS_TO_ONE.test(text) && AUTH_RE.test(ctx.lower.slice(c.sentence.start, c.sentence.end)))
      return { start: 0 };
    return null;
  }
  for (const re of ESCALATION_RES) {
    const m = re.exec(text);
    if (!m) continue;
    const before = text.slice(0, m.index);
    // "my manager", "our CFO": the writer's own hierarchy is not an escalation.
    if (/\b(?:my|our)\s+$/.test(before)) continue;
    // "… so you can take them to your CFO": the reader's own sign-off, which the writer helps along.
    if (
      /^(?:so\s+(?:that\s+)?)?(?:you|u)\s+(?:can|could)\s+$/.test(before) &&
      (c.lead.includes('so') || /^so\b/.test(text))
    )
      continue;
    return { start: m.index };
  }
  const ac = AUTH_CALL.exec(text);
  if (ac) return { start: ac.index };
  if (PASS_TO_ONE.test(text) && AUTH_RE.test(ctx.lower.slice(c.sentence.start, c.sentence.end)))
    return { start: 0 };
  return null;
}

/**
 * ", not the £150 you mentioned", ", but not £105", ", not the 24th": a money amount or a day set against
 * what was just asked for or offered (group 1 starts at "not").
 */
const CONTRAST_NOT =
  /,\s*(?:but\s+|and\s+)?(not\s+(?:the\s+|a\s+|on\s+|by\s+|at\s+)?(?:[$€£¥₹]\s?\d|(?:eur|usd|gbp|chf|inr|aed|r\$)\s?\d|\d[\d.,]*\s?(?:€|eur|usd|gbp|dollars|euros|pounds|k\b)|\d{1,2}(?:st|nd|rd|th)\b|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b))/g;
const REFUSAL_ABLE = /^(?:interested|able|prepared|willing|authori[sz]ed|allowed|permitted|comfortable)$/;

const REFUSAL_KEY =
  /n't\b|\b(?:not|never|no|nope|unable|unwilling|cannot|refus\w*|declin\w*|reject\w*|denied|dispute|contest|above|beyond|over|outside|more\s+than|stand\w*\s+by|pass\s+on|non-?negotiable|keep(?:ing)?|retain(?:ing)?|turn(?:ing)?\s+(?:[\w-]+\s+){0,3}?down|too|budget|impossible|nor|covered|refundable|excluded|nothing|decided\s+against|on\s+hold)\b/;

const OWN_INABILITY =
  /^(?:i|we)\b[^,;]{0,20}?(?:can't|cannot|can\s+not|unable\s+to|not\s+(?:be\s+)?able\s+to)\s+(?:attend|come(?!\s+(?:down|up|to|back|any))|use|play|travel|register|afford|make\s+it|join|sleep|cook|read|hear|sell\s+(?:this|these|those|them|it)\b(?![^.;!?]*\b(?:for|at)\s+(?:[$€£]|\d))|ship\s+(?:on|in)\s+time)\b/i;
/**
 * What the writer holds back in the conversation itself, not anything asked of them: "I'm not going to make
 * excuses", "I'm not going to speculate", "I won't ask for it until the draft is with you", "we won't have
 * time for legal review".
 */
const SELF_LIMIT =
  /^(?:(?:and|so|but|also|look|honestly)[,\s]+)?(?:i|we)(?:(?:'m|\s+am|'re|\s+are)\s+not\s+going\s+to|\s+(?:won't|will\s+not|wont|shall\s+not))\s+(?:make\s+(?:any\s+)?(?:excuses|a\s+(?:big\s+)?(?:thing|fuss|song))|speculate|argue|get\s+into|go\s+(?:over|through|into)|repeat|rehash|waste|bore|pretend|list|ask\s+(?:for|you)\b|have\s+(?:the\s+)?time|need\s+to\s+(?:write|chase|contact|e-?mail|call|ring|remind))/;
/** A charge the writer forgoes, anywhere in the clause ("This time we will not charge the fee"): no refusal. */
const NOT_CHARGING = new RegExp(String.raw`\b${FORGONE_CHARGE}`, 'i');
function detectRefusal(text: string): number | null {
  if (!REFUSAL_KEY.test(text)) return null;
  // "We won't invoice for either shift", "we will not add any late payment charges": a charge the writer
  // forgoes is a concession to the reader (a promise), not something declined.
  if (NOT_CHARGING.test(text)) return null;
  if (SELF_LIMIT.test(text)) return null;
  for (const [check, re] of REFUSAL_RES) {
    const m = re.exec(text);
    if (!m) continue;
    const w1 = m[1]?.toLowerCase();
    const w2 = m[2]?.toLowerCase();
    const before = text.slice(0, m.index);
    if (
      /\b(?:told|said|say|says|claims?|claimed|saying|tell\s+me|telling\s+me|think|thought|you|your|policy|if)\b[^,.]*$/.test(
        before,
      ) &&
      /\b(?:cannot|can't|can\s+not|won't|will\s+not)\s+be\b/.test(m[0])
    )
      continue;
    if (
      /\b(?:told|said|say|says|claims?|claimed|saying|tell\s+me|telling\s+me|think|thought)\b[^,]*$/.test(
        before,
      )
    )
      continue;
    if (/\b(?:if|unless|whether|when)\b[^,]*$/.test(before)) continue;
    // "So we will not be able to attend any new date", "I cannot afford such a big deduction": the
    // writer's own circumstances, nothing of the reader's declined.
    if (OWN_INABILITY.test(text.slice(m.index))) continue;
    // "I need to repair the kitchen because we cannot cook": a reason, not a refusal.
    if (/\b(?:because|since|'cause|cause)\s+(?:[\w']+\s+){0,2}$/.test(before)) continue;
    if (check === 'notX') {
      // I'm not X / we are not X
      if (!w1) continue;
      if (inList(NOT_REFUSAL, w1) || inList(NOT_REFUSAL, `${w1}_${w2 ?? ''}`)) continue;
      // "I am not able to understand what is taking so long": bewilderment, not a refusal.
      if (/^(?:able|in\s+a\s+position)$/.test(w1) && BEWILDERED_AFTER.test(text.slice(m.index + m[0].length)))
        continue;
      const goingTo = /going\s+to/.test(m[0]);
      if (goingTo) {
        // "I'm not going to reply to the name-calling / get into a slanging match": no exchange, no refusal.
        // "I'm not going to be able to get that through our committee": unable, a refusal.
        const ableAfter =
          w1 === 'be' && w2 === 'able' && !BEWILDERED_AFTER.test(text.slice(m.index + m[0].length));
        if (
          inList(CANT_STOP, w1) ||
          inList(CANT_STOP, `${w1}_${w2 ?? ''}`) ||
          (/^(?:be|lie|let|say|pretend|argue|reply|respond|engage|dignify|defend|comment|repeat|rehash)$/.test(
            w1,
          ) &&
            !ableAfter) ||
          (/^(?:get|go)$/.test(w1) && w2 === 'into')
        )
          continue;
      } else if (w1 === 'in') {
        if (w2 !== 'a' && w2 !== 'agreement') continue;
      } else if (!REFUSAL_ABLE.test(w1) && !/ing$/.test(w1)) continue;
    } else if (check === 'willNot') {
      if (!w1 || inList(CANT_STOP, w1)) continue;
      // "We will not contact you about it again": a promise to leave the reader alone.
      if (
        /^(?:contact|bother|chase|disturb|trouble|call|email|e-mail|spam|pester)$/.test(w1) &&
        /^\s*(?:you|u)\b/.test(text.slice(m.index + m[0].length - (w2?.length ?? 0)))
      )
        continue;
      // "I won't be treated like …": a passive complaint, not a refusal.
      if (
        /\b(?:won't|not|never)\s+be\s+/.test(m[0]) &&
        /^(?:[a-z]+ed|spoken|taken|made|given|told|held|kept|fobbed)$/.test(w1)
      )
        continue;
      if (
        /^(?:be|happen|forget|hesitate|last|work|lie|bore|keep|take|go\s+away|stop)$/.test(w1) &&
        !(w1 === 'be' && /ing$/.test(w2 ?? ''))
      )
        continue;
    } else if (check === 'cant') {
      if (w1 && (inList(CANT_STOP, w1) || inList(CANT_STOP, `${w1}_${w2 ?? ''}`))) continue;
      // "something we can't come back from", "which I can't do much longer": a relative clause.
      if (/\b(?:something|anything|nothing|somewhere|a\s+point|which)\s+$/.test(before)) continue;
      if (w1 === 'only') continue;
    } else if (check === 'dont') {
      if (!inList(DONT_REFUSAL_VERBS, w1)) continue;
    } else if (check === 'nor') return m.index;
    else if (check === 'judge') {
      // The judgement starts at what is judged, after any "However," that leads the clause.
      return /^(?:(?:but|however|unfortunately|sadly|and|so|honestly)[,\s]+)*/.exec(text)![0].length;
    }
    // Start at the subject ("we can't …" inside "I'm afraid we can't …").
    if (
      /^(?:is|are|'s|still|well|way|above|beyond|more|over|outside|not|there|cannot|can't|can|won't|will)\b/i.test(
        m[0].trim(),
      )
    )
      return m.index + (m[0].length - m[0].trimStart().length);
    const sub = /\b(?:i|we|that|this|it|there)\b/i.exec(m[0]);
    return m.index + (sub ? sub.index : 0);
  }
  return null;
}

/**
 * Where a threat found at `at` in a clause starts: "or …" / "otherwise …" keep their lead (the span says
 * it is the alternative); a clause that opens with its own condition ("If I'm not paid by Monday I will
 * sue") starts at the announcement, so the condition's time stays a deadline.
 */
/**
 * A consequence announced in the plain present ("I give the dossier to the DGAC", "I post the billboard"):
 * its match, or null for verbs that act on nothing, give something back, only inform or serve the reader.
 */
function plainPresentAct(text: string): RegExpExecArray | null {
  const pv = PRESENT_ACT.exec(text);
  if (!pv || PRESENT_NOT_ACT.test(pv[1])) return null;
  return benignAct(pv[1], text.slice(pv.index + pv[0].length - pv[1].length)) ? null : pv;
}

/**
 * After a failed condition, an act (`act` starts with its `verb`) that only informs, helps or gives back:
 * "I'll call you", "we'll find you a replacement at no extra cost", "we'll waive the fee".
 */
function benignAct(verb: string, act: string): boolean {
  return givesBack(verb, act) || INFORMS.test(act) || REMEDY.test(act) || SERVES_READER.test(act);
}

/** The writer's side acting once a time runs out: "we'll release …", "the board will move on", "I'll have to …". */
const AFTER_TIME_ACT =
  /^(?:(?:i|we)|(?:the|our|my)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s*(?:'ll|\s+will|\s+shall|\s+must|(?:'ll|\s+will)?\s+(?:have|need)\s+to|(?:'m|'re|\s+am|\s+are|\s+is)\s+going\s+to)\s+(?:(?:then|also|simply|just|unfortunately|automatically|have\s+to|need\s+to|be\s+forced\s+to|be\s+obliged\s+to)\s+)*(?=([a-z]+))/;

function threatStart(text: string, at: number): number {
  return /^(?:or|otherwise)\b/i.test(text) ? 0 : at;
}

const SANCTION_UNDER_WAY =
  /^(?:(?:so|and|then|therefore|accordingly)[,\s]+)?(?:i|we)\s*(?:'m|'re|\s+am|\s+are)\s+(?:now\s+|hereby\s+|formally\s+|also\s+)?(?:cancel+ing|terminating|pulling|ending)\s+(?!my\b|our\b)(?:all\s+|every\s+|the\s+|any\s+|your\s+)?(?:(?:remaining|future|outstanding|further|existing|current|other|open)\s+)?(?:[\w-]+\s+){0,2}?(?:bookings?|orders?|contracts?|agreement|account|subscriptions?|standing\s+orders?|membership|deliveries|jobs|business|loads|partnership|relationship|retainer|services|lines|pos)\b/;

/**
 * "I'll take this to the Society of Authors", "I will raise it with the tenancy deposit scheme", "we'll
 * be referring the matter to adjudication": the matter taken to an outside body (a name, or a scheme,
 * ombudsman, tribunal, board, regulator, the press…), not to either side's own people.
 */
const TAKE_IT_OUTSIDE =
  /\b(?:i|we)\s*(?:'ll|\s+will|\s+shall|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to|\s+are\s+going\s+to)\s+(?:(?:be|then|also|just|now|simply|have\s+to|need\s+to)\s+)*(?:take|taking|raise|raising|bring|bringing|refer|referring|report|reporting|escalate|escalating)\s+(?:this|it|the\s+(?:matter|issue|case|complaint|dispute)|my\s+(?:complaint|case)|this\s+(?:matter|issue|case|complaint|dispute))\s+(?:up\s+)?(?:to|with|before)\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,3}?(?:scheme|ombudsman|ombudsperson|tribunal|court|courts|board|regulator|authority|commission|council|association|society|institute|federation|union|press|papers|media|newspapers?|adjudication|arbitration|mediation|small\s+claims)\b/i;

function detectThreat(c: Clause, text: string, sentLower: string, implicitCondition: boolean): number | null {
  // A polite request, a preference, an offer or a topic that names a sanction without making it.
  if (NOT_A_THREAT_FRAME.test(text)) return null;
  // "If they maintain the decline, I'll raise a formal complaint on your behalf", "we will submit an
  // appeal to HMRC at no charge": a step taken for the reader, whatever it names, is a service.
  if (FOR_THE_READER.test(text)) return null;
  const conditionalLead =
    c.lead.some(
      (l) => l === 'or' || l === 'otherwise' || l === 'else' || l === 'if not' || l === 'failing that',
    ) ||
    // "Until then we'll keep paying the old rate": "until then" is a time, not a condition.
    (c.lead.includes('then') &&
      !/\b(?:until|till|before|since|by|from)\s+then\b/.test(sentLower) &&
      /\b(?:until|by|give\s+you|if)\b/.test(sentLower));
  const cond = conditionalLead || CONDITION_RE.test(sentLower);
  /** "…, or / otherwise / failing that …": an alternative to what was asked, not any "then". */
  const orLead = c.lead.some(
    (l) => l === 'or' || l === 'otherwise' || l === 'else' || l === 'if not' || l === 'failing that',
  );
  /** The sentence up to offset `i` of this clause's body: where its condition is. */
  const sentenceBefore = (i: number) => sentLower.slice(0, Math.max(0, c.body - c.sentence.start + i));
  const yl = YOU_LOSE.exec(text);
  if (yl) return yl.index;
  // "… Or we pay the notice days at the day rate. Otherwise I'll work the notice": the writer's other
  // offer, something for the reader, not a sanction ("otherwise I will pay only the amount I think is
  // correct" is one).
  if (
    orLead &&
    /^(?:then\s+)?(?:i|we)(?:\s*'ll|\s+will|\s+can|\s+could|\s*'d|\s+would)?\s+(?:also\s+|just\s+|happily\s+|gladly\s+)?(?:pay|work|handle|deliver|provide|offer|refund|cover|credit|honou?r|finish|complete|send|give|waive|extend)\b(?!\s+(?:only|just|no\s+more|nothing|less|part\s+of|what\s+(?:i|we)\s+(?:think|consider|believe)))/.test(
      text,
    ) &&
    !CONSEQUENCE.test(text)
  )
    return null;
  // "I'll take this to the Society of Authors", "I will raise it with the tenancy deposit scheme": the
  // matter carried outside both sides, to a body that can act on it.
  const tk = TAKE_IT_OUTSIDE.exec(text);
  if (tk) return tk.index;
  // "We're cancelling all remaining bookings with you": a sanction announced as under way needs no
  // condition ("we're cancelling the late fee" is a favour, so the object decides).
  const ann = SANCTION_UNDER_WAY.exec(text);
  if (ann) return ann.index;
  // "Until the change order is signed we'll pause anything outside the scope": work withheld until the
  // reader acts (a clause after "until", not a date: "we'll hold the room until Friday" is a favour).
  const wh = WITHHOLD_UNTIL.exec(text);
  if (
    wh &&
    UNTIL_CLAUSE.test(sentLower) &&
    !/^\s*(?:the\s+|your\s+)?(?:room|date|slot|price|booking|reservation|spot|offer|rate|table|place)\b/.test(
      text.slice(wh.index + wh[0].length),
    )
  )
    return wh.index;
  // "I can't continue with the Thursday sessions until the account is up to date", "until this is
  // resolved, we can't release further kit": the writer's service stopped until the reader acts.
  const ss = SERVICE_STOP.exec(text);
  if (ss && UNTIL_CLAUSE.test(sentLower)) return ss.index;
  const sh = SUPPLY_HELD.exec(text);
  if (
    sh &&
    (cond ||
      /\buntil\b|\bfrom\s+(?:today|now|tomorrow|next|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.test(
        sentLower,
      ))
  )
    return threatStart(text, sh.index);
  // "If it's not in my account by then, you can take this as your 28 days' notice".
  const tn = TAKE_AS_NOTICE.exec(text);
  if (tn && (conditionalLead || READER_FAILS.test(sentenceBefore(tn.index))))
    return threatStart(text, tn.index);
  // "Be here with the cash by 6pm or it goes to the next person".
  const gn =
    /(?:^|\bor\s+(?:else\s+)?)(?:it|they|(?:the|this|that)\s+[\w-]+)\s+go(?:es)?\s+to\s+(?:the\s+next\b|someone\s+else|somebody\s+else|another\b)/.exec(
      text,
    );
  if (gn && (gn.index > 0 || orLead)) return gn.index;
  // "If it's not paid by the 30th it goes to my solicitor", "Next stop is the Financial Ombudsman".
  const gs =
    /(?:^|\b(?:then\s+)?)(?:(?:it|this|everything|the\s+(?:matter|file|debt|case|claim|account|complaint|dispute|whole\s+(?:thing|file|story)|evidence|paperwork))\s+(?:goes|go|is\s+going|gets\s+(?:passed|sent|handed))\s+(?:straight\s+)?to|(?:the\s+)?next\s+(?:stop|step|port\s+of\s+call)\s+(?:is|will\s+be))\s+(?:my|our|the|a|[a-z]{2,}\b(?=[^.;!?]*\b(?:solicitor|lawyer|court|ombudsman)))\b/.exec(
      text,
    );
  if (gs && (cond || /\bnext\s+(?:stop|step|port)/.test(gs[0])) && CONSEQUENCE.test(text.slice(gs.index)))
    return gs.index;
  // "If the accounts don't show up, the franchisee association will hear about it from me".
  const hr =
    /(?:^|\b)(?:the|every|all|each)\s+(?:[\w-]+\s+){0,3}?(?:will|'ll|is\s+going\s+to|are\s+going\s+to)\s+hear\s+(?:about|of)\s+(?:it|this|that)\b/.exec(
      text,
    );
  if (hr && cond) return hr.index;
  const rn = YOU_RECEIVE_NOTICE.exec(text);
  if (rn && cond) return threatStart(text, rn.index);
  // Non-native "If not, I not pay the next bill": withholding under a condition.
  const np =
    /^(?:then\s+)?(?:i|we)\s+(?:not|no|never|will\s+not|won't)\s+(?:be\s+)?(?:pay|renew|continu|buy|order|use|come\s+back|book|sign|approv|releas|accept|process|recommend|work|take|send|deliver|ship)(?:e|es|ed|ing)?\b/.exec(
      text,
    );
  if (np && (conditionalLead || NEG_COND.test(sentLower))) return np.index;
  // "If we do not receive the money by 20 March, we cannot send the crane", "You pay the full $4,350 or we
  // are not taking the next flock": the writer's act refused as what follows the reader's failure (a
  // refusal on its own, a threat after such a condition).
  const na = NEGATED_ACT.exec(text);
  if (na && (orLead || FAILED_BEFORE.test(sentenceBefore(0)))) return na.index;
  const wm = /\b(?:do|would)\s+you\s+(?:really\s+)?(?:want|like)\s+me\s+to\s/.exec(text);
  if (wm && CONSEQUENCE.test(text.slice(wm.index))) return wm.index;
  const la = LAWYER_ACTING.exec(text);
  if (la) return la.index;
  // "If I don't hear from the GM by 6pm, the photos go on TripAdvisor": made public under a condition.
  const pub = PUBLISH_THREAT.exec(text);
  if (pub && (conditionalLead || NEG_COND.test(sentLower) || /\bnext\s+time\b/.test(sentLower)))
    return pub.index;
  const it = IMPERSONAL_THREAT.exec(text) ?? NEXT_IS_THREAT.exec(text) ?? ORG_RESERVES.exec(text);
  if (it) return threatStart(text, it.index);
  // "Ofwat and the Environment Agency will be next": the next authority the writer turns to.
  if (/\b(?:will|'ll)\s+be\s+next\s*[.!]?\s*$/.test(text) && (STRONG.test(text) || CONSEQUENCE.test(text)))
    return /^(?:if|unless|otherwise|or)\b[^,]*,\s*/.exec(text)?.[0].length ?? 0;
  const ri = RESULT_IN.exec(text);
  if (ri && (CONSEQUENCE.test(text.slice(ri.index)) || (orLead && /forget\s+about$/.test(ri[0])))) return 0;
  const pt = PASSIVE_THREAT.exec(text);
  if (pt && cond && !/\bif\s+(?:[\w']+\s+){0,3}$/.test(text.slice(0, pt.index)))
    return threatStart(text, pt.index);
  // A sanction after a failed condition, with no first-person future ("If payment isn't made, the goods
  // stay in our warehouse"; "If the guarantee isn't wired by Thursday the show is cancelled").
  const isMain = !/^(?:if|unless|should|when|once|until)\b/.test(text);
  const defaultOnly = DEFAULT_COND.test(sentLower);
  const sanction = defaultOnly ? null : IMPERSONAL_SANCTION.exec(text);
  if (sanction) {
    const at = sanction.index + (sanction[0].length - sanction[0].trimStart().length);
    const headCond = text.slice(0, at);
    if (
      (isMain && at === 0 && (orLead || READER_FAILS.test(sentenceBefore(0)))) ||
      (at > 0 && (READER_FAILS.test(headCond) || /\bor\s+(?:else\s+)?$/.test(headCond)))
    )
      return /^(?:or|otherwise)\b/.test(text) ? 0 : at;
  }
  // "If the problem is not fixed by the end of the month, I want to cancel without the exit fee": a wish
  // to leave, announced for when the reader fails, is a consequence.
  const wt = /\b(?:i|we)\s+(?:want|wish)\s+to\s+/.exec(text);
  if (wt && CONSEQUENCE.test(text.slice(wt.index)) && READER_FAILS.test(sentenceBefore(wt.index)))
    return threatStart(text, wt.index);
  // Non-native plain present after "If not," / "otherwise": "If not, I give the dossier to the DGAC"; after a
  // fuller condition on the reader's failure when it names a sanction: "If this is not solved, I open a
  // PayPal dispute".
  const pv =
    orLead || /^(?:if\s+not|otherwise|or\s+else|failing\s+that)[,\s]*$/.test(sentenceBefore(0))
      ? plainPresentAct(text)
      : PRESENT_ACT.test(text) && FAILED_BEFORE.test(sentenceBefore(0)) && CONSEQUENCE.test(text)
        ? plainPresentAct(text)
        : null;
  if (pv) return threatStart(text, pv.index);
  // "You have 7 days to pay. After that we withdraw our staff": the plain present once the time given
  // has run out.
  const afterThat = /^after\s+(?:that|this|which|then)(?:\s+date)?[,\s]+/.exec(text);
  const timeBefore = !!afterThat && /\b(?:until|till|by|within|before)\s+\S/.test(sentenceBefore(0));
  if (afterThat && (implicitCondition || timeBefore)) {
    const rest = text.slice(afterThat[0].length);
    if (implicitCondition && CONSEQUENCE.test(rest) && plainPresentAct(rest)) return 0;
    // "You have until Friday. After that we'll release the design to the flash wall", "… after that I'll
    // have to release it", "After that the board will move on": what the writer's side does once the
    // time given runs out, unless it only informs, helps or gives back.
    const fa = AFTER_TIME_ACT.exec(rest);
    if (fa) {
      const act = rest.slice(fa[0].length);
      if (!/^(?:be|have|need|see|get\s+back|let|keep\s+you)\b/.test(act) && !benignAct(fa[1], act))
        return afterThat[0].length;
    }
  }
  const first = THREAT_SUBJ.exec(text);
  if (!first) return null;
  /** Where the subject announcing the consequence starts. */
  let subjAt = first.index;
  // "If I'm not moved by Friday I'm going to the council": the first I is the condition's subject; the
  // announcement is the next one (an if-clause with no comma after it).
  if (/^(?:if|unless|should|once|when)\s+$/.test(text.slice(0, subjAt))) {
    const from = subjAt + first[0].length;
    const next = THREAT_SUBJ.exec(text.slice(from));
    if (next && READER_FAILS.test(text.slice(0, from + next.index))) subjAt = from + next.index;
  }
  const after = text.slice(subjAt);
  if (NEG_CONSEQUENCE.test(after) && (NEG_COND.test(sentLower) || conditionalLead)) return subjAt;
  // "If fees aren't paid by the end of the month I won't be able to hold the place", "otherwise we are
  // not able to put the deal on the agenda": what the writer can no longer do once the reader fails.
  if (
    UNABLE_AFTER.test(after) &&
    (conditionalLead || READER_FAILS.test(sentenceBefore(subjAt)) || /^otherwise\b/.test(text))
  )
    return threatStart(text, subjAt);
  // "If your board can give us heads of terms by June, I'll get the lawyers instructed": what the reader
  // is offered for doing something, not a sanction.
  if (!conditionalLead && READER_OFFERS.test(sentenceBefore(subjAt)) && !NEG_COND.test(sentLower))
    return null;
  if (
    /^\S+(?:(?:\s*'ll|\s*'m|\s*'re|\s+will|\s+am|\s+are)?\s+(?:not|never)|\s+(?:won't|shan't|wouldn't))\b/.test(
      after,
    ) &&
    !/\b(?:not|won't)\s+hesitate\b/.test(after)
  )
    return null;
  // "I'll help you find another one", "we'll walk you through it": help for the reader, unless it
  // leads somewhere strong ("walk you through the court process").
  const hv = FUTURE_VERB.exec(after);
  if (hv && SERVES_READER.test(after.slice(hv[0].length - hv[1].length)) && !STRONG.test(after)) return null;
  let cm = CONSEQUENCE.exec(after);
  // "… or tell me which ones you're disputing": the reader's act, not the writer's.
  if (cm && /\byou(?:'re|\s+are|\s+were|'ve|\s+have)?\s+(?:\w+\s+)?$/.test(after.slice(0, cm.index)))
    cm = null;
  // "If you pay by Friday we will waive the late fee": the consequence named is lifted, a reward.
  // Not when the reader is what is removed ("we will remove your company from our supplier list").
  if (cm && hv && GIVE_BACK.test(hv[1]) && cm.index > hv[0].length) cm = null;
  // "I'll have our legal team send the final draft": lawyers doing ordinary work for the deal.
  if (
    cm &&
    /lawyer|attorney|solicitor|legal|counsel/i.test(cm[0]) &&
    /^\s+(?:sends?|drafts?|prepares?|reviews?|checks?|look\w*\s+(?:at|over)|finali[sz]es?|puts?\s+together|writes?\s+up|updates?|amends?|approves?|signs?\s+off|go(?:es)?\s+over|marks?\s+up)\b(?![^.;!?]{0,40}\b(?:letter\s+before\s+action|notice|claim|demand|formal\s+letter))/i.test(
      after.slice(cm.index + cm[0].length),
    )
  )
    cm = null;
  // "I'm waiting on HMRC's clearance letter": an authority's paperwork, not an authority brought in.
  if (
    cm &&
    /^['’]s\s+(?:[\w-]+\s+)?(?:letter|clearance|decision|ruling|approval|response|reply|confirmation|guidance|paperwork|forms?|rules?|guidelines|requirements?|deadline|website|records|figures|assessment|refund|inspection|report)\b/i.test(
      after.slice(cm.index + cm[0].length),
    )
  )
    cm = null;
  // "I'll send the terms next week once our lawyer has looked at them": the lawyer is in a time clause;
  // "I'm writing on behalf of the advisory council": the writer's own side.
  if (
    cm &&
    /\b(?:once|when|after|before|until|as\s+soon\s+as|so\s+that|because|since)\s+(?:i|we|you|he|she|they|it|the|our|my|your|their|this|that)\b|\bon\s+behalf\s+of\b/.test(
      after.slice(0, cm.index),
    )
  )
    cm = null;
  if (!cm) {
    // "If we don't hear back by Friday, we'll have to release the slot": a reluctant consequence of a negative condition.
    const before0 = text.slice(0, subjAt);
    // "We're closing the books, so please send it by the 31st, otherwise it slips": the condition comes
    // after this clause and governs another one.
    const nc = NEG_COND.exec(sentLower);
    if (
      !conditionalLead &&
      nc &&
      /^(?:otherwise|or\s+else)/.test(nc[0]) &&
      nc.index > c.start - c.sentence.start
    )
      return null;
    const failed = conditionalLead || READER_FAILS.test(sentenceBefore(subjAt));
    if (
      defaultOnly ||
      !(NEG_COND.test(sentLower) || failed) ||
      /\b(?:if|unless|when)\s+(?:[\w']+\s+){0,2}$/.test(before0)
    )
      return null;
    if (RELUCTANT.test(after)) return threatStart(text, subjAt);
    // Any other action the writer announces for when the reader has not done what was owed, unless it
    // only informs or gives back ("If you don't confirm by noon, I'll call you"); after any other negative
    // condition, unless it is a service ("If you can't attend, we'll reschedule").
    const vm = FUTURE_VERB.exec(after);
    if (!vm || /ed$/.test(vm[1])) return null;
    const act = after.slice(vm[0].length - vm[1].length);
    if (
      failed ? !INFORMS.test(act) && !givesBack(vm[1], act) && !REMEDY.test(act) : !SERVICE_VERBS.has(vm[1])
    )
      return threatStart(text, subjAt);
    return null;
  }
  // "I am writing to dispute the charge" is the dispute itself (a refusal), not a threat.
  if (
    /^\S+(?:\s+am|\s*'m|\s+are|\s*'re)?\s+(?:writing|emailing|calling|contacting\s+you|reaching\s+out)\s+to\b/.test(
      after,
    )
  )
    return null;
  const before = text.slice(0, subjAt);
  if (
    /\b(?:so\s+that|to)\s+$/.test(before) ||
    (c.lead.includes('so') && /^\S+\s+(?:can|could|may|might)\b/.test(after))
  )
    return null;
  // A consequence inside an if-clause is the condition, not the threat ("if I have to cancel…"); a future
  // is never inside one ("If nothing happens I'll be reporting …").
  if (
    /\b(?:if|unless|when|whether)\s+(?:[\w']+\s+){0,2}$/.test(before) &&
    !/^(?:i|we)(?:\s*'ll|\s+will|\s+shall)\b/.test(after)
  )
    return null;
  // "the fine I'm disputing", "which I'd have thought deserved a thank-you rather than a one-star review":
  // a relative clause about something done, or a counterfactual.
  if (
    (before.trim() &&
      /^\S+(?:\s+am|\s*'m|\s+are|\s*'re)?\s+(?:disputing|contesting|challenging)\s*[.!]?$/.test(after)) ||
    /^(?:i|we)(?:\s*'d|\s+would)\s+have\s+(?:thought|expected|hoped|assumed|imagined|liked)\b/.test(after)
  )
    return null;
  const conditional = (cond || implicitCondition) && !(SERVICE_CONDITION.test(sentLower) && !conditionalLead);
  // "I'm disputing the following items", "I am disputing being billed double": with no condition, the
  // dispute is being made now (the writer's stand), not held over the reader.
  if (
    !conditional &&
    /^\S+(?:\s+am|\s*'m|\s+are|\s*'re)\s+(?:now\s+|formally\s+|also\s+)?(?:disputing|contesting|challenging|querying)\b/.test(
      after,
    )
  )
    return null;
  const future =
    /^(?:\S+\s+){0,3}?\S*?(?:'ll|will|won't|shall|'m|am|'re|are|going|must|have\s+to|need\s+to|reserve|intend|plan|'d|would)\b|^im\s/.test(
      after,
    );
  // "My lawyer will …" is a threat when it reaches the reader ("will be in touch", "will contact you").
  const lawyerSubject = /^(?:my|our)\s/.test(after);
  if (
    lawyerSubject &&
    !conditional &&
    !/\b(?:be\s+in\s+touch|contact|write\s+to|be\s+writing|hear|proceed|take\s+action|be\s+sending|send\s+you)\b/.test(
      after,
    )
  )
    return null;
  if (!conditional) {
    if (!future) return null;
    // "We will terminate the old contract once the new one is signed, as agreed": a plan both sides made.
    if (/\bas\s+(?:agreed|discussed|planned|arranged)\b/.test(sentLower)) return null;
    if (MILD.test(cm[0].toLowerCase()) && !STRONG.test(after)) return null;
  }
  return threatStart(text, subjAt);
}

/** "Please send …", "kindly transfer …": a request with a politeness marker ("please note" asks nothing). */
function pleaseAsk(low: string): boolean {
  const pm = PLEASE_RE.exec(low);
  if (!pm || inList(PLEASE_STOP, pm[1]) || pm[1] === 'understand' || pm[1] === 'rest') return false;
  const rest = low.slice(pm.index + pm[0].length);
  if (pm[1] === 'do' && /^\s*(?:not\s+)?hesitate/.test(rest)) return false;
  return !(pm[1] === 'be' && /^\s*(?:advised|aware|assured|informed)\b/.test(rest));
}

/**
 * "You send me the complete export before 30 April", "I propose: you pay the invoice …", "… and also you
 * pay the vet bill": an order in the plain present (non-native), told from a story in the present ("you
 * cancel our trip eleven days before departure") by a frame that asks, its due time, or a request just
 * before it in the sentence.
 */
function youOrder(text: string, sentHead: string, afterDemand: boolean): { start: number } | null {
  const m = YOU_ORDER.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  if (/\b(?:every\s+time|again|always|never|yesterday|ago|last\s+(?:week|month|time))\b/.test(rest))
    return null;
  const framed =
    /\b(?:propose|suggest|want|demand|expect|insist|require|request|here's\s+the\s+deal)\b[^.;!?]*$/.test(
      sentHead,
    );
  const due =
    /(?<!\b(?:days?|weeks?|hours?|months?)\s)\b(?:before|by|within|until|till|no\s+later\s+than)\s+(?:the\s+)?(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|end\b|next\b|this\b|tomorrow|today|tonight|cob|eod|noon|midnight|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:today|tomorrow|tonight)\b/.test(
      rest,
    );
  return framed || due || afterDemand ? { start: 0 } : null;
}
const YOU_ORDER =
  /^(?:(?:and\s+)?also\s+)?(?:you|u)\s+(?:also\s+|then\s+)?(?:pay|refund|return|send|give|fix|replace|cover|transfer|collect|remove|cancel|deliver|reimburse|credit|waive|repair|bring)\s+(?=me\b|us\b|the\b|my\b|our\b|it\b|this\b|back\b|all\b|every\b|for\b|someone\b|somebody\b|an?\b|your\b)/;

/**
 * The "or" side of "Either Jayden starts on Sunday or I want my money back": what the writer does or
 * wants if the first side does not happen (or a second thing to do). "Either he can't read or he
 * doesn't care", "either you're clueless or you're lying": two guesses about the reader, no demand.
 */
function eitherOutcome(x: Clause): boolean {
  const low = x.sentence.doc.slice(x.body, x.end);
  return (
    /^(?:i|we|i'm|we're|i'll|we'll|i've|we've|my|our)\b/.test(low) ||
    // "… or you're off the supplier list", "or you can forget the contract": the sanction, in the reader's terms.
    /^(?:you|u)(?:'ll|\s+will|'re\s+off|\s+are\s+off|\s+can\s+forget|\s+lose)\b/.test(low) ||
    IMPERATIVE_SET.has(/^[a-z]+/.exec(low)?.[0] ?? '')
  );
}

/**
 * "I need my phone for work", "we need the van for the wedding": why the writer wants something, not
 * what they ask (the ask is elsewhere: "please fix it by Friday"). Not "I need it rebooked for Saturday"
 * or "I need the figures for the board by Friday" (a time, or a thing to be done).
 */
const OWN_USE = String.raw`(?:work|job|business|shop|uni|university|school|college|studies|course|exams?|family|kids|children|daughter|son|wife|husband|mother|father|trip|holiday|commute|taxi\s+work|rent)`;
const NEED_FOR_PURPOSE = new RegExp(
  String.raw`^(?:(?:and|so|but|because|as|since)\s+)?(?:i|we)\s+(?:really\s+|urgently\s+|just\s+|do\s+|still\s+)?need\s+` +
    String.raw`(?:(?:my|our|it|them)(?:\s+(?![a-z]+ed\b)[a-z-]+)?\s+(?:urgently\s+|badly\s+)?for\s+(?!(?:this|next|the\s+(?:next|end|weekend)|tomorrow|tonight|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d)\b)` +
    String.raw`|(?:the|this|that)\s+[a-z-]+\s+(?:urgently\s+|badly\s+)?for\s+(?:my|our)\s+${OWN_USE}\b)[^,;]*$`,
);

/** The writer offering when they start: "we can start on 30 June", "I'll begin next week", "starting on 31 March". */
const OWN_START =
  /^(?:(?:i|we)\s*(?:can|could|will|'ll|shall|are\s+able\s+to|am\s+able\s+to)\s+(?:also\s+|then\s+)?(?:start|begin|commence)\b|.*,\s*starting\s*$)/;

/** A hope that the reader acts or answers ("we hope you can reduce it", "I hope to receive your reply"). */
const HOPE_ASK =
  /^(?:(?:and|so|but|also|therefore)[,\s]+)?(?:i|we)\s+(?:really\s+|do\s+|sincerely\s+|truly\s+)?hope\s+(?:(?:that\s+)?(?:you|u)\s+(?:can|could|will|would)\s+(?:(?:kindly|please|also|still)\s+)?(?!(?:forgive|understand|excuse|enjoy|appreciate|agree\s+that|see|have\s+a|be\s+(?:well|ok|okay|fine|happy|pleased))\b)[a-z]{2,}|(?:to\s+)?(?:receive|have|get|hear)\s+(?:your|a|an|news|some|the|back|from)\b)/;

/** "To hold the date " before "I'd need …" (no comma between them). */
const PURPOSE_BEFORE_NEED =
  /^to\s+(?:hold|secure|confirm|reserve|book|lock\s+in|keep|guarantee|proceed(?:\s+with)?|process|start|go\s+ahead(?:\s+with)?|move\s+forward(?:\s+with)?)\s+(?:[\w'-]+\s+){0,4}?(?=(?:i|we)(?:'d|\s+would|\s+will|'ll|\s+also)?\s+need\b)/;
function detectDemand(c: Clause, text: string, question: boolean): { start: number } | null {
  const low = text;
  if (isStock(low)) return null;
  if (NEED_FOR_PURPOSE.test(low) && !/\b(?:by|before|until|till|within|no\s+later)\b/.test(low)) return null;
  // A lone "please" between commas belongs to the request before it.
  if (/^(?:please|pls|kindly)[.!:]?$/.test(low.trim())) return null;
  if (PUT_DOWN.test(low)) return null;
  // "I'm still waiting for a breakdown of the fee", "we are still awaiting the documents": the complaint
  // that something has not come, which the labels read as background (the ask is made elsewhere).
  if (
    !question &&
    /^(?:(?:and|so|but|also)[,\s]+)?(?:i|we)\s*(?:'m|'re|\s+am|\s+are)\s+still\s+(?:waiting|awaiting)\b/.test(
      low,
    )
  )
    return null;
  // "Please do not take this as a complaint against staff", "don't get me wrong": how to read the
  // message, nothing to do.
  if (
    /^(?:(?:but|and|so)\s+)?(?:please\s+)?(?:do\s+not|don't)\s+(?:(?:take|read|see|view|interpret)\s+(?:this|it|that|me)\s+(?:as|the\s+wrong\s+way|personally)|get\s+me\s+wrong|misunderstand\s+me)\b/.test(
      low,
    )
  )
    return null;
  // "Do as you please", "do whatever you like": a shrug, nothing is asked.
  if (
    /^(?:(?:fine|ok|okay|well)[,\s]+)?(?:just\s+)?do\s+(?:as|whatever|what)\s+(?:you|u)\s+(?:please|like|want|wish|see\s+fit)\b/.test(
      low,
    )
  )
    return null;
  if (/^(?:you|u)\s+(?:still\s+|now\s+)?owe\s+(?:me|us)\b/.test(low)) return { start: 0 };
  // "To hold the date I'd need a £150 deposit": the purpose leads, the need after it is the ask.
  const purpose = PURPOSE_BEFORE_NEED.exec(low);
  if (purpose) {
    const rest = detectDemand(c, low.slice(purpose[0].length), question);
    if (rest) return { start: purpose[0].length + rest.start };
  }
  // "We hope you can waive this fee", "I hope to have news from you this week": a request put as a hope.
  if (HOPE_ASK.test(low)) return { start: 0 };
  // "Going forward it would really help if records came in when we ask", "it would be very helpful if the
  // appointment could be on a Tuesday": what the writer wants, put as a help to them.
  if (HELPS_IF.test(low)) return { start: 0 };
  // "A revised invoice by Friday would be ideal": what the writer would welcome. "The new date would be
  // fine for us" accepts what was proposed, and "the report will be useful" asks nothing.
  const welcome = WOULD_WELCOME.exec(low);
  if (
    welcome &&
    !/\bwill\s+be\s+(?!appreciated|gratefully\s+received|welcome)/.test(welcome[0]) &&
    !(/^(?:the|your)$/.test(welcome[2]!) && /^(?:fine|ok|okay|acceptable)$/.test(welcome[3]!))
  )
    return { start: welcome[1]!.length };
  // "If there's a problem, I'd rather hear about it now", "I prefer you tell me directly": the way the
  // writer wants to be told.
  if (RATHER_HEAR.test(low)) return { start: 0 };
  // "I'd suggest you stop sending us candidates", "We would also recommend enabling IVT filtering": advice
  // to the reader is something asked of them.
  if (SUGGEST_TO_READER.test(low)) return { start: 0 };
  // "perhaps you could let me know which would suit you better": a request softened by "perhaps".
  const perhaps =
    /\b(?:perhaps|maybe)\s/.test(low) &&
    /(?:^|[,;]\s*|\b(?:so|and|but|then)\s+)((?:perhaps|maybe)\s+(?:you|u|someone|somebody)\s+(?:could|can|would|might)\s+(?:please\s+|kindly\s+|also\s+)?(?!(?:be|have|not|think|want|like|prefer|find|feel|say|argue)\b)[a-z]{2,})/.exec(
      low,
    );
  if (perhaps) return { start: perhaps.index + perhaps[0].length - perhaps[1]!.length };
  // "I wait for your answer until Friday", "I am waiting your reply today": the reply is asked for, by a time.
  const wait = WAIT_REPLY_BY.exec(low);
  if (wait) return { start: wait.index };
  // "According to your own policy I should get the deposit back", "I think is fair you return me the
  // money": what the writer claims as owed to them.
  const owed = /\b(?:should|ought|deserve|fair)\b/.test(low) ? OWED_TO_WRITER.exec(low) : null;
  if (owed && !/^(?:if|when|unless|whether)\b/.test(low)) return { start: owed.index };
  if (
    /^(?:do\s+not|don't)\s+(?:even\s+)?(?:think\s+about|dream\s+of|try\s+to|dare\s+(?:to\s+)?)\s*[a-z]+/.test(
      low,
    )
  )
    return { start: 0 };
  if (
    /^(?:(?:from\s+now\s+on|going\s+forward|in\s+future),?\s+)?(?:you\s+)?(?:do\s+not|don't|will\s+not|won't|are\s+not\s+to)\s+[a-z]+\s+(?:[\w'-]+\s+){0,4}?(?:without|until\s+you\s+(?:have|get|receive))\s+(?:my|our)\b/.test(
      low,
    )
  )
    return { start: 0 };
  if (question) {
    const q = low.replace(/^(?:so|and|but|also|then)\s+/, '');
    // "…, is it?", "You have no idea how a shoot works, do you?": a tag question asks nothing.
    if (TAG_QUESTION.test(q)) return null;
    if (rhetorical(q)) return null;
    // "Are u even a real dog walker or do u just send invoices?": the other half of a put-down.
    if (c.lead.includes('or') && c.index > 0) {
      const first = c.sentence.clauses[0]!;
      if (rhetorical(c.sentence.doc.slice(first.body, first.end))) return null;
    }
    if (QUESTION_START.test(q)) return { start: 0 };
  }
  if (pleaseAsk(low))
    // "Hi Raj, pls share …": the greeting is not part of the request.
    return { start: /^(?:hi|hello|hey|dear)\b[^,]*,\s+/.exec(low)?.[0].length ?? 0 };
  // "can u get someone out tmrw pls", "Could you please send the file.": a request without its question mark.
  if (
    !question &&
    /^(?:(?:so|and|but|also|then)\s+)?(?:could|can|would|will)\s+(?:you|u|we|someone|somebody|anyone|anybody)\s+(?:please\s+|pls\s+|plz\s+|kindly\s+|just\s+|also\s+)?(?!(?:believe|imagine|see\s+why|not|even|like|prefer|be)\b)[a-z]{2,}/.test(
      low,
    ) &&
    !rhetorical(low)
  )
    return { start: 0 };
  if (
    /^(?:please|pls|plz|kindly)\s+(?:do\s+not|don't)\s+(?!hesitate|worry|bother|feel|apologi[sz]e|think)[a-z]+/.test(
      low,
    )
  )
    return { start: 0 };
  if (
    /^(?:do\s+not|don't)\s+(?:ever\s+)?(?:charge|contact|call|email|send|bill|debit|cancel|ship|close|delete|disconnect|deduct|renew)\b/.test(
      low,
    ) &&
    /\b(?:again|any\s+more|anymore)\b/.test(low)
  )
    return { start: 0 };
  // "Don't CC your sales team on the reply", "Do not touch our scaffold": an order not to do something,
  // unless it is a put-down ("Don't send me another apology", "Don't test me", "Don't give me the …").
  const neg = /^(?:(?:and|so|but|also|just)\s+)?(?:do\s+not|don't)\s+(?:ever\s+)?([a-z]+)/.exec(low);
  if (
    neg &&
    (IMPERATIVE_SET.has(neg[1]!) || /^(?:touch|launch|cc|park|block|enter|unplug|remove)$/.test(neg[1]!)) &&
    !/\b(?:another|any\s+more|more|excuses?|crap|bs|bullshit|insult\w*|sob|apolog\w*|template|pretend\w*|bother|hesitate|worry|dare|lecture|patroni[sz]e|waste|threaten\w*)\b|["“‘]|(?:^|\s)'/.test(
      low.slice(neg[0].length),
    ) &&
    !/^(?:tell|give|try|test|hide|imagine|think|expect|take|make|get|let|worry|bother|hesitate)$/.test(
      neg[1]!,
    )
  )
    return { start: 0 };
  if (
    /^(?:(?:i'm|i\s+am|we're|we\s+are)\s+)?(?:still\s+)?(?:no\s+word|no\s+news|nothing)\s+(?:on|about|from)\b/.test(
      low,
    ) &&
    /^(?:still|i'm\s+still|we're\s+still)/.test(low)
  )
    return { start: 0 };
  if (
    /^(?:awaiting|waiting\s+(?:for|on))\s+(?:your|a|the)\s+(?:(?:urgent|immediate|prompt|early|swift|speedy)\s+)?(?:reply|response|answer|confirmation|update|decision|call)\b/.test(
      low,
    )
  )
    return { start: 0 };
  if (/,\s*please[.!]?$/.test(low)) return { start: 0 };
  // "Just a friendly reminder to pay the invoice for phase 2": the reminder asks for what follows it.
  const reminder = REMINDER_TO.exec(low);
  if (reminder && IMPERATIVE_SET.has(reminder[1]!))
    return { start: reminder[0].length - reminder[1]!.length };
  // "I give you until Friday to pay the €9.000": the time allowed frames what must be done in it.
  const allowed = GIVE_YOU_UNTIL.exec(low);
  if (allowed && IMPERATIVE_SET.has(allowed[1]!))
    return { start: allowed.index + allowed[0].length - allowed[1]!.length };
  // "where is my money", "Any ETA would help": asked without a question mark.
  if (
    /^(?:so\s+|and\s+)?where(?:'s|\s+is|\s+are)\s+(?:my|our)\s+[a-z]/.test(low) ||
    /^any\s+(?:eta|update|news|info\w*|feedback|guidance|pointers?|help|ideas?|thoughts)\s+(?:would|will|is|are)\s+(?:help|be\s+(?:great|appreciated|helpful|useful|welcome))\b/.test(
      low,
    )
  )
    return { start: 0 };
  if (WAITING_RE.test(low)) return { start: 0 };
  // "Request you to please share the sign-off", "We request you to open the LC".
  if (
    /^(?:(?:i|we)\s+(?:would\s+)?)?(?:request|requesting|urge|beg)\s+(?:you|u)\s+(?:to|kindly|please)\b/.test(
      low,
    )
  )
    return { start: 0 };
  // "If you have the loss runs handy, send them over today": an imperative after an introductory clause.
  // "To confirm the dates, kindly transfer the advance".
  const intro = /^(?:if|when|once|as\s+soon\s+as|whenever|after|to\s+(?!be\b)[a-z]+)\b[^,;]{2,80},\s*/.exec(
    low,
  );
  const imFrom =
    intro &&
    !/^if\s+(?:not|so)\b/.test(low) &&
    // "If you have any questions, call me" is a sign-off, not a request.
    !/^if\s+(?:you\s+(?:have|need|require|want|would\s+like|'d\s+like)\s+(?:any|more|further|anything|to\s+(?:discuss|talk|chat))|there(?:'s|\s+is|\s+are)\s+(?:anything|any))\b/.test(
      low,
    )
      ? intro[0].length
      : 0;
  // "Once you confirm the dates, kindly transfer the advance".
  if (imFrom && pleaseAsk(low.slice(imFrom))) return { start: imFrom };
  const im = IMPERATIVE_START.exec(low.slice(imFrom));
  if (im) {
    const verb = im[1];
    const rest = low.slice(imFrom + im.index + im[0].length);
    const ok =
      !(verb === 'let' && !/^\s+(?:me|us)\s+(?:know|have|see)\b/.test(rest)) &&
      !(verb === 'look' && /^\s*(?:,|at\b|how\b|what\b)/.test(rest)) &&
      !(verb === 'come' && /^\s+on\b/.test(rest)) &&
      !(verb === 'close' && /^\s+(?:to|by|enough|call)\b/.test(rest)) &&
      !(verb === 'have' && /^\s+(?:a|an|you|we|i|been)\b/.test(rest)) &&
      !(verb === 'keep' && /^\s+in\s+mind\b/.test(rest)) &&
      !(verb === 'find' && /^\s+(?:attached|enclosed|below)/.test(rest)) &&
      // "Correct one attached now", "Correct invoice enclosed": the adjective, not the verb.
      !(verb === 'correct' && /^\s+(?:[\w-]+\s+){0,2}(?:attached|enclosed|below|here)\b/.test(rest)) &&
      !(verb === 'accept' && /^\s+(?:my|our)\s+(?:apologies|sincere|thanks)/.test(rest)) &&
      !(verb === 'leave' && /^\s+it\s+with\s+(?:me|us)\b/.test(rest)) &&
      !(verb === 'do' && /^\s+(?:not|n't|let|you|we|i|they)\b/.test(rest)) &&
      !(verb === 'take' && /^\s+(?:care|your\s+time|a\s+(?:break|breath))\b/.test(rest)) &&
      !(verb === 'hold' && /^\s+(?:on|tight|that\s+thought)\b/.test(rest)) &&
      !(verb === 'make' && /^\s+no\s+mistake\b/.test(rest)) &&
      // "Deal with it.": a shrug, nothing is asked.
      !(verb === 'deal' && /^\s+with\s+it\s*[.!]?\s*$/.test(rest)) &&
      !(verb === 'do' && /^\s+note\b/.test(rest)) &&
      !/^\s*[.!]?\s*$/.test(rest);
    if (ok) return { start: imFrom };
  }
  const wm = WANT_RE.exec(low);
  if (wm) {
    const before = low.slice(0, wm.index);
    // "there's nothing further we need from you": nothing is asked.
    const ok =
      mainClauseSubject(before) && !/\bnothing\s+(?:(?:further|else|more)\s+)?(?:that\s+)?$/.test(before);
    // "I must insist, however, that the limousine is removed": an aside between the verb and what is asked.
    const rest = low
      .slice(wm.index + wm[0].length)
      .replace(
        /^\s*,\s*(?:however|though|therefore|nevertheless|of\s+course|respectfully|again|once\s+more)\s*,/,
        '',
      );
    const inf = /^\s+(?:(?:first|also|just|now|therefore|again)\s+)?to\s+([a-z]+)/.exec(rest);
    const framing =
      /^\s+you\s+to\s+(?:know|understand|be\s+aware|realise|realize|appreciate)\b/.test(rest) ||
      // The writer's own wish about the relationship, not a request ("I'd like to keep working with you").
      /^\s+to\s+(?:keep|continue|carry\s+on)\s+(?:working|doing\s+business|using|our\s+(?:relationship|partnership))\b/.test(
        rest,
      ) ||
      /^\s+to\s+(?:resolve|settle|sort(?:\s+out)?)\s+(?:this|it|the\s+matter|things)\s+(?:amicably|without|informally|between|directly|quietly)\b/.test(
        rest,
      ) ||
      // The writer's own offer ("We would like to offer you a follow-up appointment"): see COMMIT_WISH.
      COMMIT_WISH.test(low.slice(wm.index)) ||
      /^\s+to\s+offer\s+(?:my|our)\b/.test(rest) ||
      // "I want to add that the staff were lovely": a remark, not an addition asked for.
      /^\s+to\s+add\s+(?:that|a\s+(?:note|comment|point|word))\b/.test(rest) ||
      // "I need to talk with you about the hours", "I want to ask about the package", "I need to return to
      // the subject of …": announcing a topic asks for nothing yet (a manager asked for is an escalation).
      (/^\s+(?:to\s+)?(?:talk|speak|discuss|return\s+to|ask\s+(?:about|the)\b)/.test(rest) &&
        !AUTH_RE.test(rest));
    // "I expect to be moved to …": a passive request, not a framing "to be honest".
    const passiveAsk = /^\s+to\s+be\s+(?:[a-z]+ed|given|sent|paid|shown|told|seen|taken|put|done)\b/.test(
      rest,
    );
    if (
      ok &&
      !framing &&
      // "We would ask to increase our share": asking (requesting, demanding) to do something is a request.
      !(inf && !ASK_INFINITIVE.test(inf[1]) && !passiveAsk && !/\b(?:ask|request|demand)$/.test(wm[0])) &&
      !/^\s*(?:[.,]|$)/.test(rest) &&
      // "I should be grateful if you would kindly:": the list items after it are the requests.
      !/^\s+if\s+you\s+(?:would|could)(?:\s+kindly|\s+please)?\s*:?\s*$/.test(rest)
    )
      return { start: wm.index };
  }
  const ym = YOU_MUST_RE.exec(low);
  if (
    ym &&
    !YOU_MUST_STOP.test(ym[1]) &&
    !(ym[1] === 'have' && /^(?:been|had|seen|got|received)$/.test(ym[2] ?? '')) &&
    // "You either dropped it on the way home or you're lying": a guess at what the reader did.
    !(
      /^(?:you|u)\s+either\b/.test(low) &&
      (/[a-z]{2}ed$/.test(ym[1]) ||
        /^(?:did|made|took|lost|broke|sent|sold|got|forgot|left|told|said|gave|kept|paid|went|knew|saw|ran|let|put|were|was)$/.test(
          ym[1],
        ))
    ) &&
    // "You'll have the report by Friday" is the writer's promise; "you'll have to pay" is a demand.
    !/^(?:you|u)\s*(?:will|'ll)\s+have\s+(?!to\b)/.test(low)
  ) {
    // "You have seven days to remove the animal": what is asked starts at the verb.
    const verbAt = ym.index + ym[0].length - ym[1].length - (ym[2] ? ym[2].length + 1 : 0);
    const given =
      /(?:\bhave|'ve)\s+(?:got\s+)?(?:\w+\s+(?:(?:working|business|calendar)\s+)?(?:days?|hours?|weeks?)|(?:until|till)\s+[\w ,.:/-]{2,30}?)\s+to\s+$/.test(
        low.slice(0, verbAt),
      );
    return { start: given ? verbAt : 0 };
  }
  const ifm = IF_YOU_CAN_RE.exec(low);
  if (ifm && !/^(?:not|also)$/.test(ifm[1])) return { start: ifm.index + ifm[0].length - ifm[1].length };
  // "You pay the full invoice this week or you can forget about …", "Or you give us back B14, or you
  // refund half the fee": the reader's act in the present, offered as one side of an alternative.
  const yo = /^(?:you|u)\s+(will\s+)?(?:just\s+|simply\s+)?([a-z]+)\b/.exec(low);
  if (
    yo &&
    IMPERATIVE_SET.has(yo[2]) &&
    !c.sentence.question &&
    // "Here's what happens now. You finish the snag list by 15 November. You credit me $4,000."
    ((c.sentence.decreed && !/^(?:let|look|read|come|say|see|know|want|need|start|turn)$/.test(yo[2])) ||
      (!yo[1] &&
        !/^(?:let|have|make|take|keep|get|leave|use|look|find|read|do|come|say|tell|see|know|want|need|put|start|turn|hold|set)$/.test(
          yo[2],
        ) &&
        (c.lead.includes('or') ||
          c.sentence.clauses.some((x) => x.index > c.index && x.lead.includes('or')))))
  )
    return { start: 0 };
  if (
    c.lead[0] === 'either' &&
    !/^(?:i|we|i'm|we're|i'll|we'll)\b/.test(low) &&
    c.sentence.clauses.some((x) => x.index > c.index && x.lead.includes('or') && eitherOutcome(x))
  )
    return { start: 0 };
  const nb = NEEDS_BE_RE.exec(low);
  if (nb) return { start: nb[1]?.length ?? 0 };
  if (CEILING_RE.test(low) || TEAM_MUST_RE.test(low) || DUE_RE.test(low) || SUBJECTLESS_ASK.test(low))
    return { start: 0 };
  const oa = ORG_ASKS_RE.exec(low);
  if (oa)
    return {
      start: oa.index + (/^(?:and|so|but|therefore|accordingly)\b[,\s]*/.exec(oa[0])?.[0].length ?? 0),
    };
  const ex = EXPECTED_RE.exec(low);
  if (ex) return { start: ex.index };
  const sm = SUGGEST_RE.exec(low);
  if (sm && mainClauseSubject(low.slice(0, sm.index))) return { start: sm.index };
  return null;
}

function detectCommitment(c: Clause, text: string, sentence: Sentence, ctx: Ctx): number | null {
  const low = text.toLowerCase();
  // "Don't imagine we'll just let this go": a warning, not a promise.
  if (
    /^(?:(?:and|so|but)\s+)?(?:don't|do\s+not|never)\s+(?:imagine|think|expect|assume|believe|suppose)\b/.test(
      low,
    )
  )
    return null;
  // "…, so I can update our schedule" is a purpose; "…, so I'll push back on it" is a promise.
  if (
    (c.lead.includes('so') &&
      /^(?:that\s+)?(?:i|we)\s+(?:can|could|may|might|have)\b/.test(low) &&
      // "…, so I can give you £40 in cash": an offer to the reader, not a purpose.
      !/^(?:i|we)\s+(?:can|could)\s+(?:give|offer|pay|send|refund|credit|lend|transfer|reimburse)\s+you\b/.test(
        low,
      ) &&
      // "…, so I can do it for EUR 2,000 if you cover the flight": a price offered.
      !/^(?:i|we)\s+(?:can|could)\s+(?:do|offer|accept|go|manage|match|take|deliver|provide)\b[^.;]*?\bfor\s+(?:[$€£¥₹]|(?:eur|usd|gbp|chf|inr|r\$)\s*\d|\d)/.test(
        low,
      )) ||
    /^so\s+that\b/.test(low)
  )
    return null;
  if (/^(?:if|unless|when|whether|because|since|as)\b/.test(low) && !/,/.test(low)) {
    // "If that's workable, I can …" is split before; an if-clause alone promises nothing.
    const m = /\b(?:i|we)\b/.exec(low);
    if (!m || SUBORDINATE_BEFORE.test(low.slice(0, m.index))) return null;
  }
  const ok = (idx: number) => mainClauseSubject(low.slice(0, idx));
  let m = COMMIT_WHAT.exec(low);
  if (m) return m.index;
  m = COMMIT_TERMS_ARE.exec(low);
  // "Our terms are 30 days": payment terms are background, not an offer.
  if (m && /\d/.test(low.slice(m[0].length)) && !/^\s*(?:net\s+)?\d+\s+days\b/.test(low.slice(m[0].length)))
    return /\b(?:our|my|the)\s/.exec(m[0])!.index;
  m = COMMIT_PRICE_MOVE.exec(low);
  if (m) return m[1]!.length;
  m = COMMIT_ACCEPT.exec(low);
  if (m && ok(m.index)) return /^(?:(?:but|and|so|then)[,\s]+)/.exec(m[0])?.[0].length ?? m.index;
  m = COMMIT_HAPPY.exec(low);
  if (
    m &&
    ok(m.index) &&
    !/^(?:hear|know|answer|receive)$/.test(m[1]) &&
    // "We are pleased to share that the panel has recommended you": news, not an offer.
    !/^(?:inform|announce|report|advise|note|learn|read|see|welcome|say)$/.test(m[1]) &&
    // "We're happy to confirm that the refund went through" is news; "I'm happy to pay that" is not.
    !(
      /^(?:share|confirm|tell|let|add|mention|update)$/.test(m[1]) &&
      /^\s+(?:with\s+you\s+)?(?:that|the\s+news)\b/.test(low.slice(m.index + m[0].length))
    ) &&
    !/\bhelp\s*(?:[.!]|$|if\b|with\s+any)/.test(low.slice(m.index))
  )
    return m.index;
  m = COMMIT_WISH.exec(low) ?? COMMIT_HAPPY_WITH.exec(low) ?? COMMIT_WANT_TIMED.exec(low);
  if (m && ok(m.index)) return m.index;
  m = COMMIT_HAPPY_START.exec(low);
  if (m && !/^\S+\s+(?:\S+\s+)?to\s+help\s*(?:[.!]|$|if\b|with\s+any)/.test(low)) return 0;
  m = COMMIT_PRINCIPAL.exec(low);
  // The promise starts at the principal, after any "but," or "so" that leads the clause.
  if (m) return /\b(?:my|our|the)\s/.exec(m[0])!.index;
  m = COMMIT_PROMISE.exec(low);
  if (m && ok(m.index)) return m.index;
  m = COMMIT_LET_ME.exec(low);
  if (m) return 0;
  m = COMMIT_PROGRESSIVE.exec(low);
  if (m && ok(m.index)) return m.index;
  m = COMMIT_FORGONE_CHARGE.exec(low);
  if (m && ok(m.index)) return m.index;
  m = COMMIT_NEW_TERMS.exec(low);
  if (m && ok(m.index)) return m.index + LEAD_WORDS.exec(m[0])![0].length;
  m = COMMIT_YOU_RECEIVE.exec(low);
  if (m && ok(m.index)) return m.index;
  m = COMMIT_THIRD.exec(low);
  if (m) return 0;
  // Names need their case: the clause text here is lower-cased.
  m = COMMIT_STAFF.exec(ctx.t.slice(c.body, c.body + text.length));
  if (m && !STAFF_REPORTED.test(ctx.lower.slice(sentence.start, c.body + m.index)))
    return m.index + (m[0].length - m[0].replace(/^[\s,;:(]+/, '').length);
  if (
    STAFF_ACT_START.test(text) &&
    STAFF_SUBJ_END.test(ctx.t.slice(sentence.start, c.body)) &&
    !STAFF_REPORTED.test(ctx.lower.slice(sentence.start, c.body))
  )
    return 0;
  // The promise starts after a leading "and", "so", "but", … of the clause.
  const afterLead = (m: RegExpExecArray) => m.index + LEAD_WORDS.exec(m[0])![0].length;
  m = COMMIT_YOURS_PASSIVE.exec(low) ?? COMMIT_NO_CHARGE.exec(low) ?? COMMIT_CAN_BE.exec(low);
  if (m && ok(m.index)) return afterLead(m);
  m = COMMIT_ORG_AGREED.exec(low);
  // The promise starts at its subject, after any lead and any "in recognition of …," before it.
  if (m) {
    const intro = /^(?:[^,;]*,\s*){1,2}(?=(?:the|our|my|management|senior)\b)/.exec(m[0]);
    return intro ? m.index + intro[0].length : afterLead(m);
  }
  m = COMMIT_INCLUDED_FREE.exec(low);
  if (m && ok(m.index)) return m.index;
  m = COMMIT_WELCOME.exec(low);
  if (m) return afterLead(m);
  m = COMMIT_ON_US.exec(low);
  if (m && !/^(?:if|unless|when|whether|because|since)\b/.test(low)) return 0;
  m = COMMIT_WILL.exec(low);
  if (m && ok(m.index)) {
    const w1 = m[2];
    const w2 = m[3] ?? '';
    const two = `${w1} ${w2}`;
    const stop =
      (inList(WILL_STOP, w1) &&
        // "I will leave the key with the concierge on Friday": something handed over.
        !(
          w1 === 'leave' &&
          /^\s*(?:the|your|a|an|it|them|both)\s+(?:[\w-]+\s+){0,2}?(?:keys?|fobs?|parcels?|packages?|boxes|box|documents?|cheque|check|cash|money|car|van|forms?|copy|copies|envelope|paperwork|deposit)\b/.test(
            low.slice(m.index + m[0].length - w2.length),
          )
        )) ||
      // "I'll just put it as a list", "I'll put it bluntly": how the writer words it.
      /^put\s+it\s+(?:as|like|this\s+way|bluntly|simply|plainly|mildly|another\s+way|differently)\b/.test(
        low.slice(m.index + m[0].length - w1.length - w2.length - 1),
      ) ||
      (WILL_STOP.some((w) => w.includes('_') && two.startsWith(w.replace(/_/g, ' '))) &&
        // "I'll take that off the bill" is a discount, "I'll take that as a no" is not.
        !(/^(?:that|it|this)$/.test(w2) && /^\s*off\b/.test(low.slice(m.index + m[0].length)))) ||
      (w1 === 'be' &&
        !/^(?:happy|glad|able|sending|there|back|available|delighted|calling|issuing|processing|refunding|crediting|covering|arranging|following|reaching|contacting|visiting|shipping|delivering|providing|updating|working|taking|making|including|adding|applying|waiving|holding|reserving|paying|transferring|returning|posting|dropping|bringing|booking|scheduling|fixing|repairing|replacing|installing|preparing|drafting|ordering|emailing|ringing|phoning|passing|sorting|settling|organi[sz]ing|reviewing|looking\s+into|investigating|extending|in\s+touch|in\s+contact|on\s+site)/.test(
          low.slice(m.index + m[0].length - w2.length),
        )) ||
      (w1 === 'have' && /^(?:to)$/.test(w2));
    if (!stop) return m.index;
  }
  m = COMMIT_CAN.exec(low);
  if (
    m &&
    ok(m.index) &&
    (inList(OFFER_VERBS, m[3]) ||
      // "we can confirm the booking this week" (not "we can confirm that …")
      (m[3] === 'confirm' &&
        /^\s+(?:the|your)\s+(?:[\w-]+\s+)?(?:booking|order|reservation|date|slot|place|appointment|sale|purchase|deal)\b/.test(
          low.slice(m.index + m[0].length),
        )) ||
      // "we can go up to $42,000", "I could go as low as €90"
      (m[3] === 'go' &&
        /^\s*(?:up\s+to|down\s+to|as\s+(?:high|low|far)\s+as|to\s+[$€£\d])/.test(
          low.slice(m.index + m[0].length),
        )))
  )
    return m.index;
  m = COMMIT_GOING.exec(low);
  if (
    m &&
    ok(m.index) &&
    !/^(?:need|have|be|say|ask|want|lose|miss|assume|keep|cry|scream|explode|die|guess)$/.test(m[1])
  )
    return m.index;
  m = COMMIT_TEAM.exec(low);
  const teamVerb = m ? (m[1] ?? m[2]) : '';
  if (
    m &&
    !AUTH_RE.test(m[0].replace(/\b(?:will|'ll|can|is|are|going|to)\b.*$/, '')) &&
    !/^(?:need|have)$/.test(teamVerb) &&
    !(
      teamVerb === 'be' &&
      !/^\s*(?:there|on\s+site|with\s+you|in\s+touch|back|available|at|in\s+contact|able|happy|glad|calling|sending|visiting)/.test(
        low.slice(m.index + m[0].length),
      )
    )
  )
    return m.index;
  m = COMMIT_BARE_WILL.exec(low);
  if (m && c.index > 0) {
    const first = sentence.clauses[0];
    const firstLow = ctx.lower.slice(first.body, first.end);
    if (/^(?:i|we)\b/.test(firstLow)) return m.index;
  }
  // "That £780 charge will also be removed", "the late fee will be waived": a charge the writer drops.
  m = COMMIT_CHARGE_GONE.exec(low);
  if (m) return m.index;
  // "Her next two grooms will be free of charge", "the first two sessions would be free".
  m = COMMIT_FREE.exec(low);
  if (m) return LEAD_WORDS.exec(m[0])![0].length;
  // "You can pay in 3 parts", "you can pay half now and half next week": terms the writer allows.
  m = COMMIT_PAY_TERMS.exec(low);
  if (m) return LEAD_WORDS.exec(m[0])![0].length;
  m = COMMIT_PASSIVE.exec(low);
  if (
    m &&
    !/\byou(?:r)?\b[^,]*$/.test(low.slice(0, m.index)) &&
    !GENERIC_RULE_RE.test(low.slice(0, m.index)) &&
    ok(m.index)
  )
    return m.index;
  // Only with a due time after the verb (see COMMIT_PRESENT); `named`: a named time, not a counted span.
  const dueAfter = (i: number, named = false) =>
    ctx.due.some(
      (e) =>
        e.start >= c.body + i &&
        e.start < c.end &&
        !/^(?:for|to|of|you)\b/.test(e.prep) &&
        !(named && /^(?:in|within|over|max)/.test(e.prep) && DURATION_TEXT_RE.test(e.text)),
    );
  const unconditioned = (i: number) =>
    !/\b(?:if|unless|when|whenever|once|as\s+soon\s+as|after|before|until|till|whether|how|what|that|where)\b/.test(
      low.slice(0, i),
    );
  // "If you pay the deposit by Friday, we reserve the date for you": a present-tense promise under the
  // reader's condition (the if-clause is the clause before, in the same sentence).
  m = COMMIT_CONDITIONAL_PRESENT.exec(low);
  if (m && c.index > 0) {
    const first = ctx.lower.slice(sentence.clauses[0].body, sentence.clauses[0].end);
    if (/^(?:if|once|as\s+soon\s+as)\b/.test(first) && /\byou\b/.test(first)) return 0;
  }
  // "Can you send the final version until Wednesday? Then I record the content at the weekend": the
  // writer's next step once the reader has done theirs, in the plain present of non-native mail.
  if (
    c.lead.includes('then') &&
    !sentence.question &&
    (COMMIT_CONDITIONAL_PRESENT.test(low) || COMMIT_THEN_PRESENT.test(low))
  )
    return 0;
  // "If you need also the use in festivals we add R$ 2.500,00": the same without a comma.
  const cp =
    /^(?:if|once|as\s+soon\s+as)\s+(?:[^,;]*?\s)?you\b[^,;]*?\s(?<!\b(?:what|that|which|how|where|when|whether)\s)(?=(?:then\s+)?(?:i|we)\s)/.exec(
      low,
    );
  if (cp && COMMIT_CONDITIONAL_PRESENT.test(low.slice(cp[0].length))) return cp[0].length;
  m = COMMIT_PRESENT.exec(low);
  // A named time, not a service term: "we ship orders within 2 days" is policy.
  if (
    m &&
    ok(m.index) &&
    (dueAfter(m.index + m[0].length, true) || /\bfor\s+(?:you|u)\b/.test(low.slice(m.index + m[0].length)))
  )
    return m.index;
  // "I'm putting the paperwork in the post today": a plan of the writer's with a named time.
  m = COMMIT_PROGRESSIVE_DUE.exec(low);
  if (m && ok(m.index) && dueAfter(m.index + m[0].length, true)) return m.index;
  // Texting "ill sort it tonight".
  m = COMMIT_TEXTING.exec(low);
  if (m) return m[0].length - m[0].trimStart().length;
  // A deliverable of the writer's side with its due time, in a main clause the writer states themselves:
  // "Your manager told me the car will be ready in two weeks" reports somebody else's promise.
  const ownDeliverable = (m: RegExpExecArray) =>
    !/^(?:if|unless|when|once|because|since|as(?!\s+(?:discussed|agreed|promised|requested)))\b/.test(low) &&
    !/\b(?:said|told|says|tells|promised|claimed|assured|mentioned|wrote|thought|expected|hoped|assumed)\b/.test(
      ctx.lower.slice(sentence.start, c.body + m[0].length),
    );
  m = COMMIT_DUE_THING.exec(low);
  // "Orders placed after 2pm on Friday will be processed on Tuesday": a rule for everyone. "It should land
  // by Friday" is a promise; "it should reach you within 5–7 business days" only says how long a promise
  // already made takes.
  if (m && ownDeliverable(m) && !GENERIC_RULE_RE.test(m[0]) && dueAfter(m[0].length, /\bshould\s/.test(m[0])))
    return m[1].length;
  m = COMMIT_DUE_CAN.exec(low);
  if (m && ownDeliverable(m) && !MEETING_RE.test(m[0]) && dueAfter(m[0].length, true)) return m[1].length;
  m = COMMIT_YOU_GET_DUE.exec(low);
  // "The credit note you receive latest on 31.03.": the promise is the whole clause.
  if (m && unconditioned(m.index) && dueAfter(m.index + m[0].length)) return 0;
  m = COMMIT_FRONTED.exec(low);
  if (
    m &&
    !FINITE_AFTER.test(low.slice(m[0].length)) &&
    !MEETING_RE.test(m[0]) &&
    dueAfter(m[0].length, true)
  )
    return 0;
  m = COMMIT_WHICH.exec(low);
  if (m && dueAfter(m.index + m[0].length, true)) return m.index + m[0].length - m[1].length;
  return null;
}

/** Reason markers: "because …", "since …", "as …", "due to …", "so I can …". */
const REASON_RE =
  /\b(?:because\b|due\s+to\b|owing\s+to\b|given\s+that\b|seeing\s+as\b|as\s+(?=(?:the|our|my|we|i|it|this|that|they|you|there|he|she|your)\b(?!\s+(?:soon|per|well|long|much|many|discussed|mentioned|agreed|requested|promised|usual|always|before|such|if|though|a\s+result))(?!\s+(?:you|we|i)\s+(?:know|said|mentioned|discussed|agreed|requested|can\s+see|will\s+see)))|since\s+(?=(?:i|we|you|it|it's|this|that|they|our|my|your|the|there|he|she)\b(?!\s+(?:then|last|yesterday|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|early|the\s+(?:start|beginning|end|\d))))|so\s+(?:that\s+)?(?:i|we)\s+(?:can|could|have|may)\b)/i;

function findReason(ctx: Ctx, d: Draft, sentences: Sentence[]): Span | undefined {
  const c = d.clause;
  if (!c) return undefined;
  const s = c.sentence;
  const clip = (a: number, limit: number) => {
    const rest = ctx.t.slice(a, limit);
    const stop =
      /[;.!?\n]|,\s+(?:and|but|so|or|which|while|if)\b|\s+[—–]\s+|\s+(?:but|and\s+(?:i|we)\b)/.exec(rest);
    const e = a + (stop ? stop.index : rest.length);
    const [x, y] = trimSpan(ctx.t, a, e);
    return y - x >= 8 ? { start: x, end: y, text: ctx.t.slice(x, y) } : undefined;
  };
  // After the position in the same sentence.
  const tail = ctx.lower.slice(d.end, s.end);
  const m = REASON_RE.exec(tail);
  if (m && !/[.!?]/.test(tail.slice(0, m.index))) {
    const r = clip(d.end + m.index, s.end);
    if (r) return r;
  }
  // "X, so <refusal/demand>" or "because X, <position>": reason before the position in the sentence.
  const head = ctx.lower.slice(s.start, d.start);
  const bm = REASON_RE.exec(head);
  if (bm && !/^so\s/.test(bm[0])) {
    const r = clip(s.start + bm.index, d.start);
    if (r) return r;
  }
  if (
    c.lead.includes('so') &&
    c.index > 0 &&
    (d.kind === 'refusal' || d.kind === 'demand' || d.kind === 'threat')
  ) {
    const prev = s.clauses[c.index - 1];
    const [x, y] = trimSpan(ctx.t, s.clauses[0].body, prev.end);
    if (y - x >= 8) return { start: x, end: y, text: ctx.t.slice(x, y) };
  }
  // Next sentence opening with a reason marker.
  const next = sentences[sentences.indexOf(s) + 1];
  if (next) {
    const nl = ctx.lower.slice(next.start, next.end);
    const nm =
      /^(?:that's\s+because|this\s+is\s+because|it's\s+because|the\s+reason\s+is|because|due\s+to|owing\s+to|given\s+that|since\s+(?=(?:i|we|you|it|it's|this|that|they|our|my|your|the|there)\b))\b/.exec(
        nl,
      );
    if (nm) {
      const r = clip(next.start, next.end);
      if (r) return r;
    }
  }
  return undefined;
}

const MEETING_RE =
  /\b(?:meet|meeting|meets|talk|speak|chat|catch[- ]up|session|workshop|appointment|suit|suits|stand-?up|offsite|webinar|lunch|dinner|drinks)\b|\b(?:a|our|the|your|short|quick|phone|video|conference|zoom|teams)\s+call\b|\b(?:would|does|will|could|can)\s+(?:[\w-]+\s+){1,4}?work(?:\s+for\s+(?:you|them))?\s*\?|\b(?:a|an)\s+(?:\d+-minute\s+|quick\s+|short\s+|brief\s+)?(?:review|walkthrough|walk-through|demo|sync|debrief|check-in|catch-up)\b|\b(?:grab|get|find|have|put)\s+(?:\d+|a\s+few|some|ten|fifteen|twenty|thirty)\s+(?:minutes|mins)\b|\b(?:are|is)\s+(?:you|he|she|they)\s+(?:free|around)\b|\b(?:review|go\s+(?:through|over)|discuss|walk\s+through|look\s+at)\s+(?:it|this|them|that|these|those|the\s+[\w-]+)\s+(?:together\s+)?with\s+(?:you|me|us)\b/i;

/** Offer expiry and due dates stand on their own: "valid until", "expires on", "is due on", "payable by". */
/** "CAN price holds at £312/t delivered until Friday 5pm": an expiry further back than the preposition. */
const EXPIRY_WIDE_RE =
  /\b(?:price|prices|rate|rates|quote|offer)\s+(?:holds?|stands?|(?:is|are)\s+held)\s+at\s+[^.;!?]{1,30}?\s+(?:until|till)\s+$/;
const EXPIRY_BEFORE_RE =
  /\b(?:hold|keep|reserve)\s+(?:it|this|them|that|the\s+(?:slot|room|rooms|booking|reservation|stock|offer|space|date|table|unit|units|place|seat|seats))\s+(?:open\s+|for\s+you\s+)?(?:until|till)\s+$|\b(?:valid|good|open|available|expires?|expiring|lapses?|runs\s+out)\s+(?:(?:until|till|through|thru|to|by|on|at|before)\s+)?$|\b(?:stands?|holds?|(?:is|are)\s+(?:being\s+)?held(?:\s+open)?)\s+(?:until|till|through|thru|to)\s+$|\b(?:due|payable)\s+(?:(?:on|by|before|no\s+later\s+than|not\s+later\s+than)\s+)?$/;

/**
 * A need, an obligation or a condition on the reader before a due time makes it one without a detected
 * demand: "must be received by", "the price holds if you confirm before", "any order not confirmed by".
 */
const NEED_RE =
  /\b(?:need|needs|require|requires|required|must|has\s+to|have\s+to|got\s+to|expect|expects|would\s+like|'d\s+like|provided|providing|as\s+long\s+as|on\s+condition\s+that|under\s+the\s+condition\s+that|only\s+if)\b|\b(?:if|unless|provided|once)\s+(?:you|u)\s+(?:[a-z']+\s+){0,3}$|\bif\s+(?:i|we)\s+(?:can\s+|could\s+)?(?:get|have|receive|hear)\b|\b(?:i|we)(?:'ve|\s+have)?\s+promised\b|\b(?:i|we)\s+(?:will\s+|'ll\s+)?(?:wait|await|am\s+waiting|are\s+waiting|'m\s+waiting|'re\s+waiting|look\s+forward\s+to)\s+(?:for\s+)?(?:receiving\s+|hearing\s+)?(?:your|the|an?)\b|\b(?:is|are)\s+to\s+(?:be\s+)?(?:pay|paid|send|sent|deliver|delivered|return|returned|sign|signed|settle|settled|submit|submitted)\b|\bnot\s+(?:yet\s+)?(?:[a-z]+ed|paid|sent|done|made|signed|received|returned)\s+$/;

/** A window the reader is given: "you can transfer the difference until the 10th", "you may return it by". */
const YOU_MAY_RE =
  /\byou\s+(?:can|may|could)\s+(?:still\s+|also\s+|just\s+)?(?:pay|transfer|send|return|submit|confirm|cancel|order|book|sign|accept|change|claim|apply|register|exchange|upload)\b/;
const NOT_DUE_RE =
  /\b(?:no\s+need|no\s+rush|no\s+hurry|(?:do|does)\s+not\s+need|(?:don't|doesn't)\s+need|needn't|not\s+necessary)\b[^,;]*$/;
/** The writer's own bills as a reason: "…, because my rent is due on the 1st" explains, nothing is asked by then. */
const OWN_BILL_REASON_RE =
  /\b(?:because|since|as|cause|'cause)\s+(?:my|our)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:rent|mortgage|tax(?:es)?|tax\s+bill|bills?|loan|payroll|salar(?:y|ies)|wages|card|lease|premium|instal+ments?)\s+(?:is|are|falls?|comes?)\s+(?:due\s+(?:on\s+|by\s+|before\s+)?)?$/;
/** An offer that belongs to somebody else: "a competing offer that expires on Tuesday". */
const THIRD_PARTY_OFFER_RE =
  /\b(?:competing|rival|competitor'?s?|other|another|her|his|their|(?:she|he|they)\s+(?:has|have|got|had)\s+(?:a|an))\s+(?:[\w-]+\s+){0,2}?(?:offer|quote|bid|proposal|deal)\b[^.;!?]*$/;

/** A verbless sentence naming a deliverable and its state, up to its due time: "Goods ready before". */
const FRAGMENT_RE =
  /^(?:(?:and|also|plus|then)\s+)?(?:(?:the|all|my|our|your|both|these|those)\s+)?(?:[\w-]+\s+){1,4}?(?:ready(?:\s+(?:to|for)\s+[a-z]+)?|done|completed|finished|delivered|shipped|sent|dispatched|paid|fixed|repaired|installed|signed|returned|back|confirmed|corrected|updated)\s*,?\s*$/;

/** A sentence that is only a due time for the one before it: "Ideally by tomorrow morning." */
const ELLIPTIC_LEAD_RE =
  /^(?:(?:ideally|preferably|if\s+possible|hopefully|and|or|latest|at\s+the\s+latest)\b[,\s]*)*$/;
const ELLIPTIC_TAIL_RE =
  /^[,\s]*(?:(?:if\s+possible|if\s+you\s+can|please|ideally)\s*[,;—–]\s*\S[^]*$|(?:if\s+possible|at\s+the\s+latest|ideally|please|is\s+fine|is\s+ok(?:ay)?|works|would\s+work|would\s+be\s+(?:great|ideal|perfect|fine|good)|is\s+the\s+latest)\b[,\s]*)*[.!]?\s*$/;

/** Is the line at `at` an item ("- …", "2. …") of a list introduced by a request ("We need three things:")? */
function listOfRequests(lower: string, at: number): boolean {
  const lineStart = lower.lastIndexOf('\n', at - 1) + 1;
  if (!/^\s*(?:[-•*–]|\d+[.)])\s+/.test(lower.slice(lineStart, at))) return false;
  let end = lineStart - 1;
  for (let k = 0; k < 10 && end > 0; k++) {
    const start = lower.lastIndexOf('\n', end - 1) + 1;
    const line = lower.slice(start, end).trim();
    end = start - 1;
    if (!line) continue;
    if (line.endsWith(':'))
      return (
        NEED_RE.test(line) ||
        /\b(?:please|asks?|requests?|requirements?|could\s+you|can\s+you|from\s+you|to\s+do|action\s+items?|next\s+steps)\b/.test(
          line,
        )
      );
    if (!/^(?:[-•*–]|\d+[.)])\s+/.test(line)) return false;
  }
  return false;
}

/** Verbs for how long a term lasts ("continue the rate till 30th June"). */
const PERIOD_VERB_RE =
  /\b(?:keep|continue|defer|freeze|extend|stay|remain|maintain|work\s+(?:my|our|his|her|the)\s+notice)\b/;
const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
/** "… on Tuesday or Wednesday", "tomorrow morning or Friday": another day offered beside this one. */
const ALT_DAY_AFTER_RE = new RegExp(
  String.raw`^\s*(?:,\s*)?or\s+(?:on\s+)?(?:(?:next|this)\s+)?(?:${WEEKDAY}|tomorrow|the\s+\d{1,2}(?:st|nd|rd|th)?\b)`,
);
const ALT_DAY_BEFORE_RE = new RegExp(String.raw`\b(?:${WEEKDAY}|tomorrow(?:\s+morning)?)\s+or\s+(?:on\s+)?$`);

/**
 * The learned second opinion (deadline-model.ts) on the rules' deadlines: one the rules found is dropped
 * when every time expression it covers scores below the model's `keepFrom`, and a time expression they
 * passed over for want of a request beside it (not one they ruled out) becomes a deadline from `addFrom`.
 */
function reviseDeadlines(
  t: string,
  exprs: TimeExpression[],
  deadlines: Draft[],
  ruledOut: Set<TimeExpression>,
  sentences: Sentence[],
): Draft[] {
  const { keepFrom, addFrom } = deadlineThresholds();
  const scores = new Map(exprs.map((e) => [e, deadlineScore(t, e)]));
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
    a.start < b.end && b.start < a.end;
  const out = deadlines.filter((d) => {
    const covered = exprs.filter((e) => overlaps(e, d));
    return !covered.length || covered.some((e) => scores.get(e)! >= keepFrom);
  });
  for (const e of exprs) {
    if (scores.get(e)! < addFrom || ruledOut.has(e) || deadlines.some((d) => overlaps(d, e))) continue;
    const s = sentences.find((x) => e.start >= x.start && e.start < x.end);
    if (!s) continue;
    const clause = s.clauses.find((c) => e.start >= c.start && e.start < c.end + 1);
    out.push({
      kind: 'deadline',
      start: e.start,
      end: e.end,
      clause,
      ...(e.value ? { value: e.value } : {}),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Where a request's span ends when its deadline follows: before the deadline and any preposition left
 * dangling ("visit on | Monday"). */
function endBeforeDeadline(t: string, start: number, deadlineStart: number): number {
  const [a, b] = trimSpan(t, start, deadlineStart);
  const dangling = /\s+(?:on|at|in|for|by|until|till|before|within|no\s+later\s+than)$/i.exec(t.slice(a, b));
  return dangling ? b - dangling[0].length : b;
}

/**
 * The time expressions that say when a request, promise or stated deadline is due. Those ruled out on
 * a firm ground (the time of a threatened consequence, a date already past or told as background, how
 * long a term lasts, days offered to choose from, the writer's purpose, when work starts) go into
 * `ruledOut`, which the learned second opinion never overrides.
 */
function chooseDeadlines(
  ctx: Ctx,
  exprs: TimeExpression[],
  sentences: Sentence[],
  ref: RefDate | null,
  order: DateOrder,
  ruledOut: Set<TimeExpression>,
): Draft[] {
  const out: Draft[] = [];
  const sentenceOf = (i: number) => sentences.find((s) => i >= s.start && i < s.end);
  const clauseOf = (s: Sentence, i: number) => s.clauses.find((c) => i >= c.start && i < c.end + 1);
  const threats = ctx.drafts.filter((d) => d.kind === 'threat');
  const asks = ctx.drafts.filter(
    (d) => d.kind === 'demand' || d.kind === 'commitment' || d.kind === 'escalation',
  );

  // Free "before …" phrases ("before the next one goes live", "before your next billing date on the 12th").
  const free: TimeExpression[] = [];
  const scopeEnd = sentences.length ? sentences[sentences.length - 1].end : 0;
  for (const m of ctx.lower
    .slice(0, scopeEnd)
    .matchAll(
      /\bbefore\s+(?!(?:i|we|you|he|she|they|it|then|that|this|now|long)\b)((?:the|our|your|my|their|his|her|next|a|an|(?:mon|tues|wednes|thurs|fri|satur|sun)day's|tomorrow's|today's|tonight's|(?:this|next)\s+week's)\s+[^,.;!?\n()]{2,60}?)(?=[,.;!?\n()]|\s+(?:so|and|or|but|because|if|since|as|please)\b|$)/g,
    )) {
    const start = m.index;
    const end = m.index + m[0].length;
    if (exprs.some((e) => e.start === start + 'before '.length && e.end >= end)) continue;
    // "before Thursday's security review": the possessive day is the date the phrase names (read
    // without its "'s", which elsewhere marks an occasion, not a due time).
    const src = ctx.t.slice(0, start) + ctx.t.slice(start, end).replace(/(?<=[a-z])['’]s\b/gi, '  ');
    const value = resolveInner(src, start, end, ref, order);
    // "before the committee", "before the bins start rolling": an event with no date is no due time.
    if (
      !namesDate(src, start, end) &&
      !/\b(?:deadline|cut-?off|tonight|today|tomorrow|close\s+of\s+business|cob|eod|next|end\s+of)\b/.test(
        m[0],
      )
    )
      continue;
    free.push({
      start,
      end,
      text: ctx.t.slice(start, end),
      strength: 'strong',
      prep: 'before',
      value,
    });
  }
  // "before we close for Christmas on the 23rd", "before I leave on Friday": a clause that names its date.
  for (const e of exprs) {
    if (e.strength !== 'weak' || !/^(?:on|at)?$/.test(e.prep)) continue;
    const head = /\bbefore\s+(?:i|we|they|you|the\s+[a-z]+)\s+(?:[a-z']+\s+){1,6}?$/.exec(
      ctx.lower.slice(Math.max(0, e.start - 60), e.start),
    );
    if (!head || /[,.;!?\n]/.test(head[0])) continue;
    const start = e.start - head[0].length;
    if (free.some((f) => f.start <= start && f.end >= start)) continue;
    free.push({ ...e, start, text: ctx.t.slice(start, e.end), strength: 'strong', prep: 'before' });
  }
  // A time inside a free phrase is judged as part of it, never on its own.
  const inFree = (e: TimeExpression) => free.some((f) => e.start >= f.start && e.end <= f.end);
  for (const e of exprs) if (inFree(e)) ruledOut.add(e);
  const all = [...exprs.filter((e) => !inFree(e)), ...free].sort((a, b) => a.start - b.start);

  for (const e of all) {
    const s = sentenceOf(e.start);
    if (!s) continue;
    // The time of a threatened consequence stays inside the threat; the time in its condition is the
    // deadline of what is demanded ("If you don't pay by Friday, expect a claim").
    const threat = threats.find((t) => e.start >= t.start && e.end <= t.end + 1);
    const head = threat ? ctx.lower.slice(threat.start, e.start) : '';
    if (
      threat &&
      !(
        /^(?:if|unless|either)\b[^,;]*$/.test(head) &&
        !/\b(?:i|we)\s*(?:'ll|will|shall|'m|am|'re|are|(?:have|need)\s+to)\b|\byou\s*(?:'ll|will)\b|\bexpect\b/.test(
          head,
        )
      ) &&
      // "we'll be filing a complaint if I don't hear something real from you by Monday": the condition
      // after the consequence.
      !CONDITION_DUE_AFTER.test(head)
    ) {
      ruledOut.add(e);
      continue;
    }
    const c = clauseOf(s, e.start);
    const inSentence = ctx.drafts.filter((d) => d.start >= s.start && d.end <= s.end);
    const clauseLow = c ? ctx.lower.slice(c.start, e.start) : '';
    /** The sentence up to this time expression. */
    const sentenceHead = ctx.lower.slice(s.start, e.start);
    // "If I don't hear back today I'm leaving reviews", "If no refund in 48 hours, we post the report": the
    // time in the condition of a threat made later in the sentence is when the reader must act.
    // ("If it's not settled by …" and "If I haven't received an agreed plan by …" are not background.)
    const conditionDue =
      !/^(?:for|since|from|during|through|thru|after|ago)$/.test(e.prep) &&
      ((CONDITION_DUE_FIRST.test(sentenceHead) &&
        inSentence.some((d) => (d.kind === 'threat' || d.kind === 'escalation') && d.start >= e.end)) ||
        // "… we'll be filing a complaint if I don't hear something real from you by Monday": the same
        // condition after the threat.
        (CONDITION_DUE_AFTER.test(sentenceHead) &&
          inSentence.some((d) => d.kind === 'threat' && d.start < e.start)));
    if (
      !conditionDue &&
      /\b(?:said|told|was|were|had|agreed|supposed|expected|should\s+have|did|arrived|(?<!\bbe\s)(?:closed|settled|scheduled|planned)|understanding|assumed|assumption|believed|thought)\b|(?<!\b(?:i|we|i've|we've|i\s+have|we\s+have)\s+)\bpromised\b/.test(
        clauseLow,
      )
    ) {
      if (!asks.some((d) => c && d.clause === c)) {
        ruledOut.add(e);
        continue;
      }
      // "waive the charges which were taken on the same day": the request's object, dated in the past.
      if (
        /\b(?:which|that|who)\s+(?:were|was|had\s+been)\s+[a-z]+(?:ed|en|id|ade|ook|ent|ught)\b[^,;]*$/.test(
          clauseLow,
        )
      ) {
        ruledOut.add(e);
        continue;
      }
    }
    const lowText = e.text.toLowerCase();
    const lead =
      ctx.lower.slice(Math.max(0, e.start - 30), e.start) +
      (e.prep && lowText.startsWith(e.prep) ? e.prep + ' ' : '');
    // A date already past when the message was written is background, never a due time ("you promised
    // delivery by 1 June", "no later than 24 December 2026, and that date has passed"); so is an overdue
    // one ("invoice #A-20931, due on 15 August, remains unpaid").
    const past = !!ref && !!e.value?.date && e.value.date.slice(0, 10) < refIsoDate(ref);
    if (
      past ||
      /^[^.;!?]{0,40}?\b(?:that|this|the)\s+(?:date|deadline)\s+(?:has|had)\s+(?:now\s+|already\s+)?passed\b/.test(
        ctx.lower.slice(e.end, e.end + 80),
      )
    ) {
      ruledOut.add(e);
      continue;
    }
    const si = sentences.indexOf(s);
    if (/^due(?:\s+on)?$/.test(e.prep) || /\bdue\s+(?:on\s+)?$/.test(lead)) {
      // "the instalment due on 1 April", "the direct debit due on the 15th", "the retainer instalment due this
      // month": a date of the schedule, named to say which payment is meant ("your installment is due on 15
      // December" and "payment is due by Friday" say when it is owed).
      if (!/\b(?:is|are|was|were|be|becomes?|remains?|falls?|now)\s+due\s+(?:on\s+)?$/.test(lead)) {
        ruledOut.add(e);
        continue;
      }
      // "The resubmission is due on 28 March, so I hope to receive it this week", "the annuity is due on 18
      // April. … we need your instruction latest by 4 April": a schedule date given as the reason for an
      // earlier time asked of the reader, which is the deadline.
      const upTo = sentences[si + 1]?.end ?? s.end;
      if (
        /\b(?:by|latest|before|until|till|within|no\s+later\s+than|this\s+week|today|tomorrow|eod|asap)\b/.test(
          ctx.lower.slice(e.end, upTo),
        ) &&
        // "… is due on 27 June, and the print-ready files are due by 11 July": a second due time, in parallel.
        !/^[^.;!?]*?\band\s+(?:the|your|our|my|all|any)\s+[^.;!?]*?\b(?:due|must|should|needs?\s+to|has\s+to|have\s+to)\b/.test(
          ctx.lower.slice(e.end, s.end),
        )
      ) {
        ruledOut.add(e);
        continue;
      }
    }
    const overdue =
      /^[^.;!?]{0,25}?\b(?:remains?|is\s+(?:still\s+|now\s+)?(?:overdue|outstanding|unpaid|past\s+due)|has\s+not\s+been|hasn't\s+been|still\s+unpaid)\b/.test(
        ctx.lower.slice(e.end, e.end + 60),
      );
    // "You have seven days to pay", "the deadline is …", "valid until …" stand on their own.
    const standalone =
      !overdue &&
      (e.prep === 'deadline' ||
        e.prep === 'you have' ||
        e.prep === "you've got" ||
        // "You have until Wednesday."
        (/^(?:until|till|to)$/.test(e.prep) &&
          /\byou(?:'ve|\s+have)\s+(?:got\s+)?(?:only\s+|just\s+)?(?:until|till|to)\s+$/.test(lead)) ||
        // "within 14 days of the date of this letter": a period counted from this very message.
        /\b(?:of|from)\s+(?:the\s+date\s+of\s+|receipt\s+of\s+)?this\s+(?:letter|e-?mail|notice|message)$/.test(
          lowText,
        ) ||
        EXPIRY_BEFORE_RE.test(lead) ||
        EXPIRY_WIDE_RE.test(
          ctx.lower.slice(Math.max(0, e.start - 70), e.start) +
            (e.prep && lowText.startsWith(e.prep) ? e.prep + ' ' : ''),
        ));
    // "Could you send the list? Ideally by tomorrow morning." / "End of week is fine."
    // The request may be one sentence further back ("Could you send the sensors? Line 3 is down. Ideally by
    // Monday.").
    const prev = sentences.slice(Math.max(0, si - 2), si);
    const elliptic =
      ELLIPTIC_LEAD_RE.test(sentenceHead.trim()) &&
      ELLIPTIC_TAIL_RE.test(ctx.lower.slice(e.end, s.end)) &&
      asks.some((d) => prev.some((p) => d.start >= p.start && d.end <= p.end));
    // "We've agreed to refund $210. It should arrive within 3–5 business days.": when the promise just made
    // reaches the reader.
    const arrival =
      e.strength === 'strong' &&
      /^(?:(?:and|so)\s+)?(?:(?:it|this|that|they|the\s+(?:refund|credit|money|funds|payment|transfer|replacement|parcel|package))\s+(?:should|will|would)\s+(?:arrive|reach\s+you|appear|land|show|clear|be\s+(?:back|with\s+you|in\s+your|on\s+your|credited))|you\s+(?:should|will|'ll)\s+(?:see|receive|get|have)\s+(?:it|this|them|that|the\s+(?:refund|credit|money|funds|payment))\b)/.test(
        sentenceHead.trim(),
      ) &&
      ctx.drafts.some(
        (d) => d.kind === 'commitment' && prev.some((p) => d.start >= p.start && d.end <= p.end),
      );
    // "What we need from you:\n1. Updated certificates, by Wednesday.": an item of a list of requests.
    const listed = e.strength === 'strong' && listOfRequests(ctx.lower, e.start);
    // "Can you tell me if they're coming tmrw or not", "let me know whether Saturday 9am still works": the
    // time asked about, not when the answer is due ("confirm whether you can deliver by 18 March" keeps it).
    if (
      !/^(?:by|before|until|till|within|latest|no\s+later\s+than|not\s+later\s+than)\b/.test(lowText) &&
      /\b(?:know|tell\s+(?:me|us)(?:\s+straight)?|confirm|ask(?:ing)?|check|advise(?:\s+(?:me|us))?|wondering)\s+(?:if|whether)\s+[^,.;!?]*$/.test(
        sentenceHead,
      )
    ) {
      ruledOut.add(e);
      continue;
    }
    // "… so I can file it before your lease ends on December 31": the writer's purpose, not a due time.
    if (/\bso\s+(?:that\s+)?(?:i|we)\s+(?:can|could|may)\b[^,;]*$/.test(sentenceHead)) {
      ruledOut.add(e);
      continue;
    }
    // "… as I have to report back to our marketing director this week", "because I must discuss with the
    // owner before 27 March", "because my old car's MOT expires on 2 April": the writer's own schedule
    // given as a reason, not a due time for the reader.
    if (
      /\b(?:as|because|since|cause)\s+(?:(?:i|we)\s*(?:'ve|\s+have|\s+had|\s+must|'m|\s+am|'re|\s+are|\s+will|'ll|\s+plan|\s+promised|\s+should)\b|(?:my|our)\s)[^,;]*$/.test(
        sentenceHead,
      )
    ) {
      ruledOut.add(e);
      continue;
    }
    // "I want the £45 for this month", "a credit of £340 for this month": the period money is for.
    if (
      e.prep === 'for' &&
      /(?:[$€£¥₹]\s?\d[\d.,]*|\d[\d.,]*\s?(?:€|eur|usd|gbp|dollars|euros|pounds))(?:\s+back)?\s+for\s+$/.test(
        ctx.lower.slice(Math.max(0, e.start - 40), e.start) + (lowText.startsWith('for ') ? 'for ' : ''),
      )
    ) {
      ruledOut.add(e);
      continue;
    }
    // "the notes from my call on 8 January", "our meeting on the 3rd": the date of a conversation had.
    if (
      /^(?:on|of|from)$/.test(e.prep) &&
      /\b(?:my|our)\s+(?:phone\s+|telephone\s+|last\s+|previous\s+)?(?:call|conversation|visit|meeting|email|e-mail|letter|message|complaint)\s+$/.test(
        ctx.lower.slice(Math.max(0, e.start - 40), e.start),
      )
    ) {
      ruledOut.add(e);
      continue;
    }
    // "As per the contract the balance is then due within 14 days", "according to law, you must protect
    // the deposit within 30 days", "under our terms, bookings cancelled more than four weeks before the
    // start": a period a rule sets, quoted as background (LABELS.md), unless the writer asks with it.
    if (POLICY_FRAME.test(sentenceHead) && RELATIVE_PERIOD.test(lowText) && !WRITER_ASKS.test(sentenceHead)) {
      ruledOut.add(e);
      continue;
    }
    // "No need to reply today", "She has a competing offer that expires on Tuesday": nothing is due.
    if (
      NOT_DUE_RE.test(clauseLow) ||
      THIRD_PARTY_OFFER_RE.test(sentenceHead) ||
      OWN_BILL_REASON_RE.test(sentenceHead)
    ) {
      ruledOut.add(e);
      continue;
    }
    const needed = NEED_RE.test(clauseLow) || (e.strength === 'strong' && YOU_MAY_RE.test(clauseLow));
    // "Goods ready before 20th June." / "And the repair itself done by Friday.": a verbless due time.
    const fragment =
      (e.strength === 'strong' ||
        // "Goods ready to ship on Feb 3." ("Invoice sent on Monday." is background)
        (e.prep === 'on' && /\bready\s+(?:to|for)\s+[a-z]+\s*$/.test(sentenceHead))) &&
      !inSentence.length &&
      FRAGMENT_RE.test(sentenceHead) &&
      !/\b(?:is|are|was|were|be|been|has|have|had|will|would|'s|'re)\b/.test(sentenceHead);
    // "If we can get the order signed today": a need with a relative day.
    const neededToday =
      needed && /^(?:today|tonight|tomorrow|this\s+(?:morning|afternoon|evening|week))\b/i.test(e.text);
    // "We can keep it at 10% until the end of August", "defer the increase until 1 June": how long a
    // term lasts, not when anything is due (a price *held* until a date is an expiry, and stays).
    if (
      !standalone &&
      /^(?:until|till)$/.test(e.prep) &&
      PERIOD_VERB_RE.test(clauseLow) &&
      !/\bat\s+bay\b/.test(clauseLow)
    ) {
      ruledOut.add(e);
      continue;
    }
    // "I can bring it tomorrow morning or Friday", "any time on Tuesday or Wednesday": days the writer
    // offers to choose from, not a due time.
    if (
      (ALT_DAY_AFTER_RE.test(ctx.lower.slice(e.end, e.end + 30)) ||
        ALT_DAY_BEFORE_RE.test(ctx.lower.slice(Math.max(0, e.start - 30), e.start)) ||
        /\bany\s+(?:time|day|weekday|morning|afternoon|evening)\s+(?:on\s+|during\s+)?$/.test(lead) ||
        /^any\s+(?:time|day|weekday)\b/.test(lowText)) &&
      inSentence.some((d) => d.kind === 'commitment') &&
      !inSentence.some((d) => d.kind === 'demand')
    ) {
      ruledOut.add(e);
      continue;
    }
    if (standalone || elliptic || arrival || listed || neededToday || fragment || conditionDue) {
      // Kept as they are: an expiry, a due date or a stated deadline needs no request beside it.
    } else if (e.strength === 'strong') {
      const asked = inSentence.some(
        (d) =>
          d.kind === 'demand' || d.kind === 'commitment' || d.kind === 'escalation' || d.kind === 'threat',
      );
      // "The numbers for catering are needed no later than Friday 22 May", "signatures by Friday": a firm
      // due marker names a due time even when the request itself was not recognised.
      if (!asked && !needed && !FIRM_DUE_PREP.test(e.prep)) continue;
      // "By 8:30pm the hot food was finished", "… fitted the tap on Monday and by Wednesday night water was
      // coming through the ceiling": the time of something that happened.
      if (
        !asked &&
        !needed &&
        c &&
        (e.start - c.body < 3 || /(?:[,;]\s*|\band\s+|\bthen\s+)$/.test(ctx.lower.slice(c.body, e.start))) &&
        /^[^.;!?]*?\b(?:was|were|had|did|didn't|wasn't|weren't|hadn't)\b/.test(
          ctx.lower.slice(e.end, s.end),
        ) &&
        !/\b(?:due|needed|required|expected|supposed|promised)\b/.test(ctx.lower.slice(e.end, s.end))
      ) {
        ruledOut.add(e);
        continue;
      }
      if (/^(?:in|for)$/.test(e.prep)) continue;
    } else {
      if (!c) continue;
      const owner = asks.find((d) => d.clause === c && d.start <= e.start);
      if (!owner) continue;
      const between = ctx.lower.slice(owner.start, e.start);
      // "pls share the invoice today, our books are closing tonight": a new sentence after the comma.
      if (
        /,\s+(?:our|my|the|their|his|her|it|this|that|we|i|they|he|she)\s+(?:[\w-]+\s+){0,2}?(?:is|are|was|were|'s|'re|has|have|closes?|starts?|ends?|opens?)\b/.test(
          between,
        )
      )
        continue;
      if (/\bif\b/.test(ctx.lower.slice(c.start, owner.start)) && owner.start > e.start) continue;
      // "Could we meet on Tuesday?" proposes a date; "Please arrange a meeting with the consultant this
      // week", "I want a phone call today", "I want a meeting with the club chairman this week" (an
      // escalation that starts at "meeting") and "Can you give me an appointment this week?" ask for one
      // by then.
      // "Can you let me know today whether you'll join a call?": when to answer, not a date for the call.
      if (
        MEETING_RE.test(ctx.lower.slice(c.start, c.end)) &&
        !/\b(?:send|deliver|pay|get|have)\b/.test(between) &&
        !/\b(?:let\s+(?:me|us)\s+know|tell\s+(?:me|us)|confirm|reply|respond|answer|get\s+back\s+to\s+(?:me|us))\s*$/.test(
          between,
        ) &&
        !(
          owner.kind !== 'commitment' &&
          (/^(?:(?:please|kindly)\s+)?(?:arrange|organi[sz]e)\b|\b(?:i|we)\s+(?:want|need|expect|insist\s+on)\s+(?:a|an)\b/.test(
            between,
          ) ||
            MEETING_ASKED.test(ctx.lower.slice(c.start, e.start)))
        )
      )
        continue;
      // "at 7:30 tomorrow" after a promise ("Ravi will be on site at 7:30 tomorrow") is when it is due; a
      // bare "at 3pm" or "at the meeting" is not.
      if (
        /^(?:at|and|or|of)$/.test(e.prep) &&
        !/^(?:the\s+)?(?:end|beginning|start)\s+of/i.test(e.text) &&
        !(
          e.prep === 'at' &&
          owner.kind === 'commitment' &&
          /^(?:at\s+)?\d/i.test(e.text) &&
          /\b(?:today|tonight|tomorrow|tmrw|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\b/i.test(
            e.text,
          )
        )
      )
        continue;
      // "We'll plan on no deliveries between 24 December and 2 January": a closed window, not a due one.
      if (e.prep === 'between' && /\bno\s+[a-z]+\s+$/.test(between)) continue;
      // "We'll hold current pricing through 31 December": how long something lasts, not when it is due.
      if (e.prep === 'through' || e.prep === 'thru') {
        ruledOut.add(e);
        continue;
      }
      // "The works start on 2 March": when work begins, not when it is due. The writer's own offer to
      // start ("I can start on 20 April", "starting on 31 March") is when they will do it, which is due.
      if (
        /\b(?:start|starts|begin|begins|commence|kick\s+off|resum\w*|reopen\w*)\b/.test(between) &&
        !(owner.kind === 'commitment' && OWN_START.test(between))
      ) {
        ruledOut.add(e);
        continue;
      }
    }
    // "in 7 days" in a condition: the span keeps its preposition, as "within 7 days" does.
    const prepBefore =
      conditionDue &&
      e.prep &&
      !lowText.startsWith(e.prep) &&
      ctx.lower.slice(0, e.start).endsWith(e.prep + ' ')
        ? e.prep.length + 1
        : 0;
    out.push({
      kind: 'deadline',
      start: e.start - prepBefore,
      end: e.end,
      clause: c,
      ...(e.value ? { value: e.value } : {}),
    });
  }
  return out;
}

/**
 * Positions in `text` (see the module comment). `options.date` is the message's ISO date-time; without
 * it relative deadlines get a duration value and absolute ones a date only when the text gives a year.
 */
export function extractPositions(text: string, options: ExtractPositionsOptions = {}): Position[] {
  if (!text) return [];
  // "im getting my own plumber", "i dont want", "want my money back": texting without apostrophes or
  // without its "I" is read as if they were there, and every span is mapped back onto the text as written.
  const ex = restoreTexting(text);
  if (!ex) return extractFrom(text, options);
  const back = (i: number) => ex.toOriginal[i]!;
  const end = options.end === undefined ? undefined : ex.toExpanded[Math.min(options.end, text.length)];
  return extractFrom(ex.text, { ...options, end }).map((p) => {
    const out: Position = { ...p, start: back(p.start), end: back(p.end) };
    out.text = text.slice(out.start, out.end);
    if (p.reason) {
      const [a, b] = [back(p.reason.start), back(p.reason.end)];
      out.reason = { start: a, end: b, text: text.slice(a, b) };
    }
    return out;
  });
}

/** Contractions texted without their apostrophe; the apostrophe goes before the last group matched. */
const BARE_CONTRACTION =
  /\b(?:(i)(m|ve)|(don|can|won|didn|doesn|isn|aren|wasn|weren|haven|hasn|hadn|couldn|wouldn|shouldn|ain)(t)|(you|they)(re|ll|ve)|(that|what)(s))\b/gi;
/**
 * "ill do the rest", "so ill pay", "refund it or ill do a chargeback": "I'll", where "ill" cannot mean
 * unwell ("ill health", "ill will" and the like stay as they are).
 */
const BARE_ILL =
  /(?:^|[.!?,;]\s*|\b(?:and|so|then|but|ok|okay|yes|fine|or|otherwise|else)\s+)(i)(ll)\s+(?=[a-z])(?!(?:health|will|effects?|feeling|treatment|advised|prepared|equipped|suited|informed|fitting|people|patients)\b)/gi;

/**
 * "want my money back", "Need someone out by Thursday": a texted ask that drops its "I" at the start of a
 * sentence (not a question: "Need a hand with the move?" offers help).
 */
const DROPPED_I =
  /(?:^|[.!?]\s+|\n\s*)(?=(?:want|need)\s+(?:my|a|an|the|some|\d|[£$€]|it|this|that|them|someone|somebody|answers?|refund)\b(?![^.!?\n]*\?))/gi;

/**
 * The text as if its texting were written out (apostrophes restored, a dropped "I" put back), with the
 * offset maps both ways; null when there is nothing to restore.
 */
function restoreTexting(text: string): { text: string; toOriginal: number[]; toExpanded: number[] } | null {
  const at = new Map<number, string>();
  for (const m of text.matchAll(BARE_CONTRACTION)) {
    const tailLen = (m[2] ?? m[4] ?? m[6] ?? m[8])!.length;
    at.set(m.index + m[0].length - tailLen, "'");
  }
  for (const m of text.matchAll(BARE_ILL)) at.set(m.index + m[0].trimEnd().length - 2, "'");
  for (const m of text.matchAll(DROPPED_I)) at.set(m.index + m[0].length, 'i ');
  if (!at.size) return null;
  let out = '';
  const toOriginal: number[] = [];
  const toExpanded: number[] = [];
  for (let i = 0; i <= text.length; i++) {
    const add = at.get(i);
    if (add) {
      for (let k = 0; k < add.length; k++) toOriginal.push(i);
      out += add;
    }
    toExpanded.push(out.length);
    toOriginal.push(i);
    if (i < text.length) out += text[i];
  }
  return { text: out, toOriginal, toExpanded };
}

function extractFrom(text: string, options: ExtractPositionsOptions): Position[] {
  const t = normalise(text);
  const lower = t.toLowerCase();
  const end = Math.min(options.end ?? ownTextEnd(t), t.length);
  const ref = parseReferenceDate(options.date ?? null);
  const order = guessDateOrder(t.slice(0, end));
  const exprs = findTimeExpressions(t, 0, end, ref, order);
  const today = ref ? refIsoDate(ref) : '';
  const ctx: Ctx = {
    t,
    lower,
    drafts: [],
    due: exprs.filter((e) => !today || !e.value?.date || e.value.date.slice(0, 10) >= today),
  };

  const sentences: Sentence[] = splitSentences(t, 0, end).map((s) => ({
    ...s,
    question: /\?["')]*\s*$/.test(t.slice(s.start, s.end)),
    clauses: [],
    conditional: false,
    doc: lower,
  }));
  for (const s of sentences) {
    s.clauses = splitClauses(t, lower, s);
    s.conditional = CONDITION_RE.test(lower.slice(s.start, s.end));
  }

  /**
   * Whether an ask comes before offset `at` of sentence `s`: a demand that starts earlier in it or, with
   * `prevToo`, one in the sentence before. It makes what the writer says next conditional on the reader.
   */
  const askedBefore = (s: Sentence, at: number, prevToo: boolean) => {
    const prev = prevToo ? sentences[sentences.indexOf(s) - 1] : undefined;
    return ctx.drafts.some(
      (d) =>
        d.kind === 'demand' &&
        ((d.start >= s.start && d.start < at) || (!!prev && d.start >= prev.start && d.end <= prev.end)),
    );
  };

  // "What I need from you:" followed by bullet lines: each bullet is a demand.
  let listAsk = false;
  let optionList = false;
  let offerFollows = false;
  let decree = false;
  for (const s of sentences) {
    const sentLower = lower.slice(s.start, s.end);
    // "Re: Grant Agreement HF-2023-041 - Financial Review": a subject line asks for nothing.
    if (SUBJECT_LINE.test(sentLower)) continue;
    const bullet = LIST_MARKER.test(t.slice(s.start, s.start + 6));
    const newLine = /\n[ \t]*$/.test(t.slice(Math.max(0, s.start - 40), s.start)) || s.start === 0;
    // "Here's what happens now." / "This is what's going to happen:": what follows, to the end of the
    // paragraph or list, is what the writer lays down for the reader.
    if (newLine && !bullet && /\n[ \t]*\n[ \t]*$/.test(t.slice(Math.max(0, s.start - 40), s.start)))
      decree = false;
    const di = DECREE_INTRO.exec(sentLower);
    if (di) {
      decree = true;
      if (di[0].length >= sentLower.trimEnd().length) continue;
    }
    s.decreed = decree;
    if (newLine && !bullet) listAsk = false;
    // "Here's what's going to happen:\n1. You send us … 2. That income gets put towards the roof": each
    // item of the decree is laid down for the reader.
    const listItem = (listAsk || decree) && bullet;
    if (newLine && !bullet) optionList = false;
    // "1. Keep the rate and reduce scope …" under "I can offer two options:" is an offer, not an order.
    if ((optionList && bullet && !s.question) || (offerFollows && !newLine && !s.question)) {
      const first = s.clauses[0];
      if (first) {
        // "- If you sign the three-year renewal before 30 April, I can drop the rate …": the offer is what
        // follows its condition.
        const cond =
          /^(?:if|when|once|provided(?:\s+that)?|as\s+long\s+as|should\s+you)\b[^,;:]{3,120},\s*(?=\S)/.exec(
            lower.slice(first.body, s.end),
          );
        push(ctx, 'commitment', first.body + (cond ? cond[0].length : 0), s.end, first);
      }
      offerFollows = false;
      continue;
    }
    offerFollows = false;
    const offerIntro = OFFER_INTRO.exec(sentLower);
    const listIntro = LIST_INTRO.test(sentLower);
    if (listIntro) listAsk = true;
    // "We require Quantex to:": the items after it are the demands, not the intro.
    if (listIntro && /\bto\s*:$/.test(sentLower)) continue;
    if (
      (OPTIONS_INTRO.test(sentLower) &&
        !/\b(?:your|you)\s+(?:options?|alternatives?|choices)\b/.test(sentLower)) ||
      PLAN_INTRO.test(sentLower)
    )
      optionList = true;
    // "We expect from you:\n1. …", "I request you to kindly:\n- …", "we need three more things from
    // you:": an intro that names nothing of its own; the items after it are the demands. ("Please send
    // us the following, by April 10:" keeps its due time, "we'd like a quotation for the following:"
    // its object.)
    if (
      listIntro &&
      !optionList &&
      !offerIntro &&
      /\b(?:me|us|you|following|kindly|please|things|points|items|options)\s*:$/.test(sentLower.trimEnd()) &&
      bulletFollows(t, s.end)
    )
      continue;
    // "I'd rather not have to shop around, but I will if I have to."
    if (
      /\b(?:i|we)(?:\s+will|\s+would|\s*'ll)\s+if\s+(?:i|we)\s+(?:have|need|must)\s+to\b/.test(sentLower) &&
      CONSEQUENCE.test(sentLower)
    ) {
      const sub = /\b(?:i|we)\b/.exec(sentLower);
      const th = push(ctx, 'threat', s.start + (sub ? sub.index : 0), s.end, s.clauses[0]);
      // "I'd rather not have to raise this with the governors, but I will if I need to": going over the
      // reader's head as well.
      if (th && detectEscalation(ctx, s.clauses[0]!, sentLower))
        push(ctx, 'escalation', th.start, th.end, s.clauses[0]);
      continue;
    }
    let prevDemand: Draft | null = null;
    let prevCommit: Draft | null = null;
    /** The first word of the last threat in this sentence ("my", "i", "we"…), or null. */
    let prevThreat: string | null = null;
    const prevS = sentences[sentences.indexOf(s) - 1];
    for (const c of s.clauses) {
      const bodyText = lower.slice(c.body, c.end);
      if (!bodyText.trim()) continue;
      const implicit = askedBefore(s, c.start, true);
      // "I want to speak to your CEO. … Have Mr. Whitcombe call me": a named person after an escalation.
      const named =
        ctx.drafts.some((d) => d.kind === 'escalation') &&
        /^(?:please\s+)?(?:have|get)\s+(?:mr|mrs|ms|miss|dr|prof)\.?\s+[a-z'-]+\s+(?:to\s+)?(?:call|contact|email|ring|phone|reach\s+out|get\s+in\s+touch)/.test(
          bodyText,
        );
      const found = named ? { start: 0 } : detectEscalation(ctx, c, bodyText);
      const esc = found && !reportedAt(lower, s.start, c.body + found.start) ? found : null;
      if (esc) {
        // "I want a refund by Friday and a written apology from the manager": the request before the
        // escalation in the same clause is a demand of its own.
        const head = /^(.*?)[\s,]+(?:and|plus|as\s+well\s+as)\s*$/.exec(bodyText.slice(0, esc.start));
        const headAsk = head && head[1].length > 3 ? detectDemand(c, head[1], s.question) : null;
        if (head && headAsk) push(ctx, 'demand', c.body + headAsk.start, c.body + head[1].length, c);
        const d = push(ctx, 'escalation', c.body + esc.start, c.end, c);
        if (d) {
          const announce =
            /^(?:if\b|or\b|otherwise\b)|\b(?:i|we)\s*(?:'ll|'m|'re|\s+will|\s+am|\s+are|\s+shall)\b/.test(
              bodyText,
            ) ||
            // A plain present after a condition announces it too ("If I don't get answer, I go to the CEO").
            /^(?:then\s+)?(?:i|we)\s+(?:\w+ly\s+)?(?:go|take|bring|raise|escalate|write|report|complain|forward|contact)\b/.test(
              bodyText,
            );
          // "I'm copying the CFO" happens now, whatever the reader does: only an explicit condition
          // makes it a threat.
          const doneNow =
            /\b(?:i|we)\s*(?:'m|'re|\s+am|\s+are|'ve|\s+have)\s+(?:now\s+|also\s+|already\s+)?(?:copying|cc'?ing|looping|adding|copied|cc'?d|looped|added|forwarding|forwarded|escalating|escalated)\b/.test(
              bodyText,
            );
          const implicitEsc = !doneNow && implicit;
          const conditional =
            c.lead.some((l) => l === 'or' || l === 'otherwise' || l === 'if not') ||
            ((s.conditional || implicitEsc) && !/^(?:please|could|can|would)\b/.test(bodyText));
          const ti =
            announce && conditional && !/^if\s/.test(bodyText)
              ? 0
              : detectThreat(c, bodyText, sentLower, implicitEsc);
          // "If I don't hear from the GM by 6pm, the photos go on TripAdvisor": the escalation asked for is
          // the condition, the consequence after it is the threat.
          if (ti !== null && ti > esc.start && /^(?:if|unless)\s/.test(bodyText)) {
            d.end = trimSpan(t, d.start, c.body + ti)[1];
            push(ctx, 'threat', c.body + ti, c.end, c);
          } else if (ti !== null) {
            const th = push(ctx, 'threat', d.start, d.end, c);
            if (th) th.fromEscalation = true;
          }
        }
        prevDemand = null;
        continue;
      }
      // "As per contract, delay penalty is EUR 1,000 per week. We will calculate the penalty from 1 July":
      // a sanction announced on the reader, with or without a condition.
      const pen = PENALTY_ACTION.exec(bodyText);
      // A service credit is the reader's compensation when applied, the writer's sanction when deducted.
      const sanction = (pen: RegExpExecArray, text: string) => {
        const nm = PENALTY_NOUN.exec(text);
        return (
          (!!nm &&
            (!/^service/.test(nm[0]) || /\b(?:deduct|withhold|offset|set\s+off|claim)/.test(pen[0]))) ||
          // "We will deduct these charges from your invoice", "we're docking the November fee": what the
          // reader is owed, taken.
          (/\b(?:deduct|dock|withhold|recover|seek)/.test(pen[0]) &&
            (FROM_READER.test(text) || /\bdock/.test(pen[0])))
        );
      };
      if (
        pen &&
        (sanction(pen, bodyText.slice(pen.index)) ||
          (/^\s*(?:it|them|this|that|these)\b/.test(bodyText.slice(pen.index + pen[0].length)) &&
            sanction(pen, lower.slice(prevS?.start ?? s.start, c.start))))
      ) {
        push(ctx, 'threat', c.body + pen.index, c.end, c);
        prevDemand = null;
        continue;
      }
      // "If you don't, my solicitor files a claim and I post the billboard next to my sketches": a second
      // consequence in the plain present, joined to the first by someone else ("… I write review everywhere
      // and I go to the consumer center" is one).
      const pv: RegExpExecArray | null =
        prevThreat && c.lead.includes('and') ? plainPresentAct(bodyText) : null;
      if (pv && prevThreat !== /^(?:(?:then|so)[,\s]+)?([a-z]+)/.exec(bodyText.slice(pv.index))?.[1]) {
        push(ctx, 'threat', c.body + pv.index, c.end, c);
        continue;
      }
      const th0 = detectThreat(c, bodyText, sentLower, implicit);
      const th = th0 !== null && !reportedAt(lower, s.start, c.body + th0) ? th0 : null;
      if (th !== null) {
        const leadOr = c.lead.find((l) => l === 'or' || l === 'otherwise');
        const start = th === 0 && leadOr ? c.start : c.body + th;
        // A request before the consequence in the same clause ("Pay by Friday or my lawyer will …").
        if (th > 3) {
          const headText = bodyText.slice(0, th).replace(/\s+(?:or|otherwise|or\s+else)\s*$/, '');
          const dm0 = detectDemand(c, headText, s.question);
          if (dm0) push(ctx, 'demand', c.body + dm0.start, c.body + headText.length, c);
        }
        push(ctx, 'threat', start, c.end, c);
        prevDemand = null;
        prevThreat =
          /^(?:(?:or|otherwise|then|so)[,\s]+)*([a-z]+)/.exec(lower.slice(start, c.end))?.[1] ?? null;
        continue;
      }
      const rf0 = detectRefusal(bodyText);
      // "I cannot come down to £7,800, it's not possible with the same materials": the reason for a
      // refusal just made in the same sentence, not a second one.
      const rf =
        rf0 !== null &&
        /^(?:(?:the|this|that|it)\b[^,;]{0,40}?\s+(?:doesn't|does\s+not|won't|will\s+not)\s+work\s+for\s+(?:us|me)|(?:it|that|this)(?:'s|\s+is)\s+(?:just\s+|simply\s+)?not\s+possible)\b/.test(
          bodyText.slice(rf0),
        ) &&
        ctx.drafts.some((d) => d.kind === 'refusal' && d.start >= s.start && d.start < c.start)
          ? null
          : rf0;
      if (rf !== null) {
        // "I'm not approving anything until you sit down with me": the condition is what is asked.
        const um = /\s+(?:until|till|unless)\s+you\s+(?:have\s+|finally\s+|actually\s+)?(?=[a-z]+)/.exec(
          bodyText.slice(rf),
        );
        const askVerb = um && /^(?:[a-z]+)/.exec(bodyText.slice(rf + um.index + um[0].length));
        if (um && askVerb && !UNTIL_NOT_ASK.test(askVerb[0])) {
          push(ctx, 'refusal', c.body + rf, c.body + rf + um.index, c);
          prevDemand = push(ctx, 'demand', c.body + rf + um.index + um[0].length, c.end, c);
        } else {
          push(ctx, 'refusal', c.body + rf, c.end, c);
          prevDemand = null;
        }
        continue;
      }
      // "What we can do is add a $10,000 sign-on bonus, …, and bring your equity review forward": the
      // same subject's second offer.
      // "We'll refund the fee, and provide transport on the day": the verb alone carries the second promise.
      const cv =
        /^(?:also\s+)?([a-z]+)\s+(?:your|the|a|an|our|it|them|this|that|you)\b/.exec(bodyText) ??
        (c.lead[0] === 'and'
          ? /^(?:also\s+|additionally\s+)?(?!(?:get|make|take|keep|put|run|set|do|let)\b)([a-z]+)\s+(?!(?:to|of|for|me|us|in|on|up|out|back)\b)[a-z]/.exec(
              bodyText,
            )
          : null) ??
        /^(?:also\s+)?(set)\s+(?:you\s+)?up\b/.exec(bodyText);
      if (
        prevCommit &&
        /^(?:and|or)$/.test(c.lead[0] ?? '') &&
        cv &&
        inList(OFFER_VERBS, cv[1]) &&
        !/^(?:have|get|make|come|try|keep|take|help|look|put|run|start|do)$/.test(cv[1])
      ) {
        prevCommit = push(ctx, 'commitment', c.body, c.end, c);
        continue;
      }
      // "Refund policy: refunds within 30 days": a label of one to three words before a colon.
      const label =
        /^\s*:/.test(lower.slice(c.end, c.end + 3)) && /^[a-z-]+(?:\s+[a-z-]+){0,2}\s*$/.test(bodyText);
      const dm = label
        ? null
        : (detectDemand(c, bodyText, s.question) ??
          youOrder(bodyText, lower.slice(s.start, c.start), prevDemand !== null));
      if (dm) {
        const d = push(ctx, 'demand', c.body + dm.start, c.end, c);
        if (d) {
          // "I'd like the ticket reopened and the refund of CAD 229 processed": two requests.
          const span = lower.slice(d.start, d.end);
          const sm =
            /\s+(?:and|plus)\s+(?=(?:the|my|our|a|an|all|your)\s+[^,;]{2,60}?\b(?:\w+ed|done|sent|paid|given|made|back)$)/.exec(
              span,
            ) ??
            // "I want the fee waived and a full breakdown of the spend": the first object ends in a participle.
            /(?<=\b(?:the|my|our|a|an|all|your|this|that)\s+(?:\([^()]*\)|\d,\d|[^,;]){2,60}?\b(?:\w+ed|done|sent|paid|given|made|back))\s+(?:and|plus)\s+(?=(?:a|an|the|my|our|your|some)\s+[a-z])/.exec(
              span,
            );
          // "I want a corrected translation by 9am Thursday and a full refund of the fee", "Send the
          // incident report by tomorrow, and a full refund": a second thing asked for after a finished
          // first request (ending in its time, or set off by a comma).
          const sm2 = sm
            ? null
            : /(?:(?<=\b(?:today|tonight|tomorrow|eod|cob|eow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|days|hours|latest|noon|midnight|[ap]m|\d|january|february|march|april|may|june|july|august|september|october|november|december))\s+|,\s*)(?:and(?:\s+also)?|plus|along\s+with|as\s+well\s+as)\s+(?=(?:a|an)\s+[a-z][a-z-]+|(?:written|full|formal|refund|compensation|confirmation|reimbursement|proof)\b)/.exec(
                span,
              );
          // "I want the full $14k back or the campaign rerun", "I need either X or a full refund": two
          // outcomes the writer would accept, each a demand (as "Do X or give me Y").
          const alt = sm || sm2 ? null : /,?\s+or\s+(?=(?:a|an|the)\s+[a-z][a-z-]+)/.exec(span);
          const altOk =
            alt &&
            WANT_RE.test(span.slice(0, alt.index)) &&
            !/\b(?:speak|talk|meet|hear)\b/.test(span.slice(0, alt.index));
          const va = sm2 || altOk || sm ? null : verbAlternative(span);
          const split2 = sm2 ?? (altOk ? alt : null) ?? va;
          if (
            split2 &&
            split2.index >= 12 &&
            (va || !SECOND_CLAUSE_VERB.test(span.slice(split2.index + split2[0].length)))
          ) {
            const cut = d.start + split2.index;
            d.end = trimSpan(t, d.start, cut)[1];
            push(ctx, 'demand', d.start + split2.index + split2[0].length, c.end, c);
          } else if (sm && WANT_RE.test(span.slice(0, sm.index))) {
            const cut = d.start + sm.index;
            const second = d.start + sm.index + sm[0].length;
            d.end = trimSpan(t, d.start, cut)[1];
            push(ctx, 'demand', second, c.end, c);
          }
          prevDemand = d;
        }
        continue;
      }
      // "I want the name of whoever approved it, and a written explanation": a second thing asked for,
      // not a new statement ("…, and a member of our team will call you").
      if (
        prevDemand &&
        (c.lead.includes('plus') ||
          (c.lead.includes('and') &&
            /^(?:also\s+)?(?:a|an)\s+[a-z-]+/.test(bodyText) &&
            !SECOND_CLAUSE_VERB.test(bodyText)))
      ) {
        prevDemand = push(ctx, 'demand', c.body + (/^also\s+/.exec(bodyText)?.[0].length ?? 0), c.end, c);
        continue;
      }
      const cm0 = detectCommitment(c, bodyText, s, ctx);
      const cm =
        cm0 !== null &&
        !inQuotedSpeech(lower, s.start, c.body + cm0) &&
        !reportedAt(lower, s.start, c.body + cm0) &&
        // "there's nothing we can do about the length", "anything else I can do", "I'm not sure how much
        // clearer I can make that": the "we can" fills a phrase about something else; nothing is promised.
        !GAP_BEFORE_COMMIT.test(lower.slice(s.start, c.body + cm0)) &&
        // "I call your shop three times today", "We send already the licence two times", "I pay every month
        // by standing order": what the writer has been doing, told in the present, is not a promise.
        !NARRATED_HABIT.test(lower.slice(c.body + cm0, c.end))
          ? cm0
          : null;
      if (cm !== null) {
        // "I can pay $1,000 this Friday and the remaining $950 on the 20th": two promises.
        const split =
          /(?<!\bin\s+full|\bbest)\s+and\s+(?=(?:the\s+)?(?:remaining|rest|balance|other\s+half|second|final|last)\b)/.exec(
            bodyText.slice(cm),
          );
        if (split) {
          push(ctx, 'commitment', c.body + cm, c.body + cm + split.index, c);
          prevCommit = push(ctx, 'commitment', c.body + cm + split.index + split[0].length, c.end, c);
        } else prevCommit = push(ctx, 'commitment', c.body + cm, c.end, c);
        continue;
      }
      // "Is it possible to freeze the sessions, or to change them for physio?": the other request.
      const toAlt = /^(?:either\s+)?to\s+([a-z]+)/.exec(bodyText);
      if (prevDemand && /^(?:or|and)$/.test(c.lead[0] ?? '') && toAlt && IMPERATIVE_SET.has(toAlt[1])) {
        prevDemand = push(ctx, 'demand', c.body + toAlt[0].length - toAlt[1].length - 3, c.end, c);
        continue;
      }
      if (prevCommit && /^(?:and|or)$/.test(c.lead[0] ?? '') && /^to\s+[a-z]+/.test(bodyText)) {
        prevCommit = push(ctx, 'commitment', c.body + 3, c.end, c);
        continue;
      }
      if (listItem && c.index === 0) prevDemand = push(ctx, 'demand', c.body, c.end, c);
    }
    // "I'm going to need a few things:" only announces the list: its items are the demands.
    if (listIntro) {
      ctx.drafts = ctx.drafts.filter(
        (d) =>
          !(
            d.kind === 'demand' &&
            d.start >= s.start &&
            d.end <= s.end &&
            VAGUE_LIST_OBJECT.test(lower.slice(d.start, s.end))
          ),
      );
      // "We'd like a quotation for the following, delivered to our site:" asks for one thing; the
      // bullets under it say what the quotation covers, they are not requests of their own.
      if (
        /\b(?:for|of|on|covering|including)\s+(?:the\s+)?(?:following|below)\b/.test(sentLower) &&
        ctx.drafts.some((d) => d.kind === 'demand' && d.start >= s.start && d.end <= s.end)
      )
        listAsk = false;
    }
    // "…, but I can offer a couple of options:": the intro promises nothing yet; what follows its colon
    // (the rest of the line, or the bullets under it) is the offer.
    if (offerIntro) {
      const colon = s.start + offerIntro.index + offerIntro[0].length;
      const intro = s.clauses.filter((c) => c.end <= colon);
      ctx.drafts = ctx.drafts.filter(
        (d) => !(d.kind === 'commitment' && d.clause && intro.includes(d.clause)),
      );
      const next = s.clauses.find((c) => c.body >= colon);
      if (!next) {
        optionList = true;
        offerFollows = true;
      } else if (!ctx.drafts.some((d) => d.clause === next))
        push(ctx, 'commitment', next.body, next.end, next);
    }
  }

  // "I expect the full £600, not the £150 you mentioned", "I could deliver by 26 March, not the 24th": after
  // what the writer asks for or offers, the amount or date set against it is declined.
  for (const s of sentences) {
    const sent = lower.slice(s.start, s.end);
    CONTRAST_NOT.lastIndex = 0;
    for (let m = CONTRAST_NOT.exec(sent); m; m = CONTRAST_NOT.exec(sent)) {
      const at = s.start + m.index + m[0].length - m[1]!.length;
      const asked = ctx.drafts.some(
        (d) => (d.kind === 'demand' || d.kind === 'commitment') && d.start >= s.start && d.start < at,
      );
      if (!asked || ctx.drafts.some((d) => d.kind === 'refusal' && d.start <= at && d.end > at)) continue;
      const stop = /[,;.!?(]|\s+(?:and|but|which|because|as)\s|\s[—–-]\s/.exec(t.slice(at + 4, s.end));
      push(ctx, 'refusal', at, stop ? at + 4 + stop.index : s.end);
    }
  }
  // "Pay by Friday, or the crew stands down", "Send the lab report. Otherwise we must start qualifying a
  // second supplier": after an ask, the alternative it offers, when it says what the writer's side will do
  // or let happen, is the sanction in whatever words, if nothing else was found in it. Not the writer's own
  // loss ("or we lose the slot"), nothing the reader may prefer ("or that you give me a date"), no question.
  for (const s of sentences) {
    for (const c of s.clauses) {
      const led = c.lead.some((l) => OR_LEADS.has(l));
      const inner = led ? null : OR_INNER.exec(lower.slice(c.body, c.end));
      const at = led
        ? c.start
        : inner
          ? c.body + inner.index + (inner[0].length - inner[0].trimStart().length)
          : -1;
      if (at < 0) continue;
      const body = led
        ? lower.slice(c.body, c.end)
        : lower.slice(c.body + inner!.index + inner![0].length, c.end);
      if (!OR_CONSEQUENCE.test(body) || OWN_LOSS.test(body) || /\?/.test(lower.slice(at, s.end))) continue;
      // "…, or I can pick it up on Monday if that's easier", "Otherwise I'll just pop in tomorrow": another
      // way the writer offers, or a step that only informs or helps.
      if (OR_OFFER.test(body) || OR_TALK.test(body)) continue;
      const act = OWN_ACT.exec(body);
      if (act && benignAct(act[1]!, body.slice(act[0].length - act[1]!.length))) continue;
      const over = ctx.drafts.filter((d) => d.start < c.end && d.end > at);
      // "pay it by friday or its going to small claims": the ask in the same clause ends at the "or".
      if (over.some((d) => !inner || d.kind !== 'demand' || d.start >= at)) continue;
      // "Replace it by Friday, or the full refund": another thing the writer would accept (made a demand
      // of its own below).
      const alt = (d: Draft) => {
        const m = ALT_ASK.exec(lower.slice(d.end, s.end));
        return !!m && d.end + m[0].length > at;
      };
      if (ctx.drafts.some((d) => d.kind === 'demand' && d.start >= s.start && d.end <= at && alt(d)))
        continue;
      // (A demand that runs past "or" is in `over` above unless the "or" is inside its clause.)
      if (!askedBefore(s, at, led && c.index === 0)) continue;
      for (const d of over) d.end = trimSpan(t, d.start, at)[1];
      push(ctx, 'threat', at, c.end, c);
    }
  }
  // "If the money is not on the JV account on 15 April, we will order the line alone", "Please confirm by
  // Thursday, otherwise we will offer it to other buyers": what the writer will do once the reader has not
  // done what was asked is a sanction, unless it only informs, helps or gives back ("If you can't attend,
  // we will refund €95 per student").
  for (const d of ctx.drafts) {
    if (d.kind !== 'commitment' || !d.clause) continue;
    const act = FAILED_THEN_WILL.exec(lower.slice(d.start, d.end));
    if (!act || benignAct(act[1]!, lower.slice(d.start + act[0].length - act[1]!.length, d.end))) continue;
    if (SERVICE_AFTER_FAILURE.test(act[1]!)) continue;
    const sent = d.clause.sentence;
    if (askedBefore(sent, d.start, true) && NEGATIVE_CONDITION.test(lower.slice(sent.start, d.start)))
      d.kind = 'threat';
  }
  // Each consequence clause the writer announces is a threat of its own ("we terminate the SOW and I am
  // withholding the April invoice", "…, and I'll be telling every farmers' market …"), except a preface
  // that names none ("I will have no choice, I will file a case …"), which joins the threat after it. A
  // second consequence without its own subject ("… and leaving a review") stays in the first one's span:
  // the labeled sets disagree on it.
  const merged: Draft[] = [];
  for (const d of ctx.drafts) {
    const last = merged[merged.length - 1];
    if (
      d.kind === 'threat' &&
      last?.kind === 'threat' &&
      !d.fromEscalation &&
      !last.fromEscalation &&
      last.clause &&
      d.clause &&
      last.clause.sentence === d.clause.sentence &&
      NO_CHOICE_PREFACE.test(lower.slice(last.start, last.end))
    ) {
      last.end = Math.max(last.end, d.end);
      continue;
    }
    // "I will report the nursery to Ofsted and I will take my son out": a further step of the same
    // threat, not a promise.
    if (
      d.kind === 'commitment' &&
      last?.kind === 'threat' &&
      last.clause &&
      d.clause &&
      last.clause.sentence === d.clause.sentence &&
      /^\s*,?\s*(?:and|then)\s+(?:also\s+)?$/.test(lower.slice(last.end, d.start)) &&
      /^(?:i|we)\s*(?:'ll|\s+will|'m|\s+am|'re|\s+are)\b/.test(lower.slice(d.start, d.end))
    ) {
      last.end = d.end;
      continue;
    }
    merged.push(d);
  }
  ctx.drafts = merged;

  // Deadlines: the rules' choice, then the learned second opinion on each time expression.
  const ruledOut = new Set<TimeExpression>();
  let deadlines = chooseDeadlines(ctx, exprs, sentences, ref, order, ruledOut);
  if (options.learned !== false) deadlines = reviseDeadlines(t, exprs, deadlines, ruledOut, sentences);

  // Demand / commitment spans stop before their deadline ("Please send me a confirmed delivery date").
  for (const d of ctx.drafts) {
    if (d.kind !== 'demand' && d.kind !== 'commitment') continue;
    const dl = deadlines.find((x) => x.start > d.start && x.start < d.end);
    if (dl) {
      const a = trimSpan(t, d.start, dl.start)[0];
      const b = endBeforeDeadline(t, d.start, dl.start);
      if (b - a >= 6 && /\s/.test(t.slice(a, b))) d.end = b;
    }
  }

  /**
   * The request that starts at `from` and runs to `stop` (or the sentence's end), before any deadline in
   * it: its end, or -1 when it is not `minWords` to `maxWords` words long.
   */
  const requestEnd = (from: number, s: Sentence, stop: RegExp, minWords: number, maxWords: number) => {
    const rest = lower.slice(from, s.end);
    const m = stop.exec(rest);
    let to = from + (m ? m.index : rest.length);
    const dl = deadlines.find((x) => x.start > from && x.start < to);
    if (dl) to = endBeforeDeadline(t, from, dl.start);
    [, to] = trimSpan(t, from, to);
    const words = lower.slice(from, to).split(/\s+/).filter(Boolean).length;
    return words < minWords || words > maxWords ? -1 : to;
  };

  // "We need a vetted candidate by 3 November, or a refund of £725": the other thing the writer would
  // accept is a request of its own. (In a question, "Could you reply with the number, or a copy of the
  // letter?" asks for one thing either way, so questions are left whole.)
  for (const d of [...ctx.drafts]) {
    const s = d.clause?.sentence;
    if (d.kind !== 'demand' || !s || s.question) continue;
    const alt = ALT_ASK.exec(lower.slice(d.end, s.end));
    if (!alt) continue;
    const from = d.end + alt[0].length;
    const to = requestEnd(from, s, /,\s|;|\s[—–-]\s|[.!?]+\s*$|[.!?]\s/, 2, 25);
    if (to < 0 || ctx.drafts.some((x) => x !== d && x.start < to && x.end > d.end)) continue;
    ctx.drafts.push({ kind: 'demand', start: from, end: to, clause: d.clause });
  }

  // "I must insist that a second surveyor be appointed, and that the settlement be revisited once their
  // report is available": a further "that …" the ask governs is a request of its own.
  for (const d of [...ctx.drafts]) {
    const s = d.clause?.sentence;
    if (d.kind !== 'demand' || !s) continue;
    const m = AND_THAT.exec(lower.slice(d.end, s.end));
    if (!m) continue;
    const from = d.end + m[0].length;
    const to = requestEnd(from, s, /;|\s[—–-]\s|,\s*(?:and\s+)?that\s|[.!?]+\s*$|[.!?]\s/, 3, 40);
    if (to < 0 || ctx.drafts.some((x) => x !== d && x.kind !== 'amount' && x.start < to && x.end > d.end))
      continue;
    ctx.drafts.push({ kind: 'demand', start: from, end: to, clause: d.clause });
  }

  // The CONTRAST_NOT loop's twin for offers, where what is left out is not a figure or a day ("I can give
  // you back £100 but not £200", "happy to pay the service charge, but not on the rental"). It runs once
  // deadlines have trimmed the offers, so the tail it reads starts right after the offer.
  for (const d of [...ctx.drafts]) {
    const s = d.clause?.sentence;
    if (d.kind !== 'commitment' || !s || s.question) continue;
    const m =
      /^\s*,?\s*but\s+(not\s+(?!(?:yet|now|today|tonight|tomorrow|this|next|until|till|before|by|so|too|really|quite|sure|all|only)\b)[^,.;!?]{2,60}?)\s*(?=[,.;!?]|$)/.exec(
        lower.slice(d.end, s.end),
      );
    if (!m) continue;
    const from = d.end + m[0].length - m[1].length - (m[0].length - m[0].trimEnd().length);
    const to = from + m[1].length;
    if (ctx.drafts.some((x) => x !== d && x.start < to && x.end > from && x.kind !== 'amount')) continue;
    ctx.drafts.push({ kind: 'refusal', start: from, end: to, clause: d.clause });
  }
  for (const s of sentences) {
    const sl = lower.slice(s.start, s.end);
    // "If she wants 95k she can stay where she is": the ask is turned down.
    const iw =
      /^if\s+(?:he|she|they|you|u|your\s+[a-z]+|the\s+[a-z]+)\s+(?:wants?|needs?|insists?\s+on)\b[^.;!?]{1,60}?,?\s+(?:he|she|they|you|u|it)\s+can\s+(?:stay|build|find|go|look|get|pay|buy|do|whistle|forget|keep|take|sort)\b[^.;!?]*/.exec(
        sl,
      );
    if (!iw) continue;
    const [a, b] = trimSpan(t, s.start, s.start + iw[0].length);
    if (ctx.drafts.some((x) => x.start < b && x.end > a && x.kind !== 'amount')) continue;
    ctx.drafts.push({ kind: 'refusal', start: a, end: b, clause: s.clauses[0] });
  }

  // "I want a root-cause analysis, and I want it by Wednesday": the second clause only times the first
  // request (its deadline is kept), so it is not a demand of its own.
  ctx.drafts = ctx.drafts.filter(
    (d, i) =>
      !(
        d.kind === 'demand' &&
        /^(?:and\s+)?(?:i|we)\s*(?:want|need|expect|would\s+like|'d\s+like|must\s+have|require)\s+(?:it|them|this|that|these|those)(?:\s+(?:done|sent|back|fixed|delivered|paid|completed|finished|here|in\s+my\s+inbox))?$/.test(
          lower.slice(d.start, d.end),
        ) &&
        ctx.drafts.slice(0, i).some((x) => x.kind === 'demand' && x.clause?.sentence === d.clause?.sentence)
      ),
  );

  // "Stop ringing my mother. STOP RINGING MY MOTHER.": the same request said twice is reported once.
  // "Send me one more letter and I'll hand it to the paper": a dare before a threat asks for nothing.
  const seenAsks = new Set<string>();
  ctx.drafts = ctx.drafts.filter((d) => {
    if (d.kind !== 'demand') return true;
    const words = lower
      .slice(d.start, d.end)
      .replace(/[^a-z0-9£$€]+/g, ' ')
      .trim();
    if (seenAsks.has(words)) return false;
    seenAsks.add(words);
    const s = d.clause?.sentence;
    // "Don't send me a schedule, send me a build", "Don't call me, just fix it": what not to do, set
    // against the order that follows it, is part of that order.
    if (
      s &&
      /^(?:(?:and|so|but|just)\s+)?(?:do\s+not|don't)\b/.test(lower.slice(d.start, d.end)) &&
      /^\s*,\s*(?:just\s+|instead\s+)?[a-z]+/.test(lower.slice(d.end, s.end)) &&
      ctx.drafts.some(
        (x) => x.kind === 'demand' && x.start > d.end && x.start <= d.end + 12 && x.clause?.sentence === s,
      )
    )
      return false;
    return !(
      s &&
      /\b(?:one\s+more|another|any\s+more)\b/.test(words) &&
      /^\s*(?:,\s*)?and\s+(?:i|we)(?:'ll|\s+will|\s+shall)\b/.test(lower.slice(d.end, s.end)) &&
      ctx.drafts.some((x) => x.kind === 'threat' && x.start >= d.end && x.start < s.end)
    );
  });

  // A learned second look (position-model.ts): a promise or a threat in words the rules do not know.
  // Checked after the rules, so a sentence that already holds that kind of position is left alone.
  if (options.learned !== false) {
    const learned: Draft[] = [];
    for (const s of sentences) {
      if (SUBJECT_LINE.test(lower.slice(s.start, s.end))) continue;
      const [a, b] = trimSpan(t, s.start, s.end);
      if (b <= a) continue;
      // "If I don't hear back, I'll assume you're happy with it": silence read as assent names no
      // sanction, whatever words around it sound like one.
      const assent = ASSUME_ASSENT.test(lower.slice(s.start, s.end));
      for (const kind of learnedKinds(t, s, ctx.drafts))
        if (!(kind === 'threat' && assent)) learned.push({ kind, start: a, end: b, clause: s.clauses[0] });
    }
    ctx.drafts.push(...learned);
  }

  // Reasons.
  for (const d of ctx.drafts) {
    if (d.kind === 'demand' || d.kind === 'refusal' || d.kind === 'threat' || d.kind === 'escalation') {
      const r = findReason(ctx, d, sentences);
      if (r) d.reason = { start: r.start, end: r.end, text: text.slice(r.start, r.end) };
    }
  }

  // Amounts: a repeated amount (same currency and value) is reported once.
  const amounts = extractAmounts(t, 0, end);
  const seen = new Set<string>();
  const amountDrafts: Draft[] = [];
  for (const a of amounts) {
    const v = a.value as { currency: string; value: number };
    const key = `${v.currency}|${v.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    amountDrafts.push({ kind: 'amount', start: a.start, end: a.end, value: a.value });
  }

  // A deadline repeated with the same value or words is reported once; the same date set for another
  // request in its own clause ("specs by Wednesday" … "the invoice by the 31st") or for a threat in its
  // sentence ("I want it back today. If the money isn't back by tonight I'm …") is a deadline of its own.
  const seenValues = new Set<string>();
  const seenWords = new Set<string>();
  const dlDrafts = deadlines.filter((d) => {
    const v = d.value as DeadlineValue | undefined;
    const words = lower.slice(d.start, d.end);
    const value = v?.date ?? v?.duration ?? words;
    const ownRequest = () =>
      !!d.clause &&
      ctx.drafts.some(
        (x) =>
          (x.clause === d.clause && (x.kind === 'demand' || x.kind === 'commitment')) ||
          (x.kind === 'threat' && x.clause?.sentence === d.clause!.sentence),
      );
    if (seenValues.has(value) && (seenWords.has(words) || !ownRequest())) return false;
    seenValues.add(value);
    seenWords.add(words);
    return true;
  });

  // "I don't want 'we'll make it up next time'", "he says \"tomorrow\"": words the writer quotes from
  // someone else are no position of theirs (amounts in them still count).
  const quotedOut = (d: Draft) => {
    const s = sentences.find((x) => d.start >= x.start && d.start < x.end);
    return !!s && inQuotes(t.slice(s.start, d.start), t.slice(d.end, s.end));
  };
  const all = [
    ...ctx.drafts.filter((d) => !quotedOut(d)),
    ...amountDrafts,
    ...dlDrafts.filter((d) => !quotedOut(d)),
  ].filter((d) => d.end > d.start);
  all.sort((a, b) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind));
  const out: Position[] = [];
  const keys = new Set<string>();
  for (const d of all) {
    const key = `${d.kind}:${d.start}:${d.end}`;
    if (keys.has(key)) continue;
    keys.add(key);
    const p: Position = { kind: d.kind, start: d.start, end: d.end, text: text.slice(d.start, d.end) };
    if (d.value) p.value = d.value;
    if (d.reason) p.reason = d.reason;
    out.push(p);
  }
  return out;
}
