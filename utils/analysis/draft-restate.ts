/**
 * Restating the other side in their own terms (method §2): their demands, refusals and reasons turned
 * into second-person clauses for the reply ("I want this outage credited" → "you want this outage
 * credited"), their escalation target ("your CEO" → "our CEO") and the grievance they describe.
 * Everything restated is their own words with the person flipped: no new facts, numbers or dates.
 */
import { IMPERATIVE_VERBS } from './lexicon-positions';
import { dropLeadIn, flipPerson, lowerFirst, tidyClause, unshout } from './draft-text';
import { extractPositions } from './positions';
import { sentences } from './text';
import { analyzeTone } from './tone';
import type { Signal } from './types';

/** Longest restated clause: longer positions are paraphrased badly by quoting, so they are left out. */
const MAX_CLAUSE = 140;

const IMPERATIVE = new Set(IMPERATIVE_VERBS.map((v) => v.toLowerCase()));

/**
 * Whether a restated clause reads calmly in the user's mouth. Their words with the person flipped can
 * turn into blame ("I've said so twice" → "you've said so twice") or into a threat or escalation the
 * user never made; such clauses are left out rather than put in the user's reply.
 */
export function calmInReply(clause: string): boolean {
  const sentence = `${clause}.`;
  if (analyzeTone(sentence).signals.length) return false;
  return !extractPositions(sentence, { end: sentence.length }).some(
    (p) => p.kind === 'threat' || p.kind === 'escalation',
  );
}

function finish(clause: string): string | null {
  const c = tidyClause(clause);
  if (c.length < 4 || c.length > MAX_CLAUSE || !calmInReply(c)) return null;
  return c;
}

/**
 * A demand as "you want …" / "you asked me to …" / "you asked: “…?”". Null when it cannot be put
 * well (too long, or not a request the reply can restate).
 */
export function restateDemand(text: string): string | null {
  let t = tidyClause(dropLeadIn(unshout(text)));
  if (!t) return null;
  let m: RegExpExecArray | null;
  // "I want / need / expect / would like X"
  if (
    (m =
      /^(?:please\s+)?(?:i|we)\s+(?:really\s+|do\s+|also\s+|still\s+|just\s+)?(want|need|expect|require|would like|'d like|would appreciate|'d appreciate|am asking for|'m asking for|are asking for|ask)\s+(.+)$/i.exec(
        t,
      ))
  ) {
    const verb = m[1].toLowerCase();
    const phrase =
      verb === 'would like' || verb === "'d like"
        ? "you'd like"
        : verb === 'would appreciate' || verb === "'d appreciate"
          ? "you'd appreciate"
          : /asking/.test(verb)
            ? 'you are asking for'
            : verb === 'ask'
              ? 'you asked'
              : `you ${verb}`;
    return finish(`${phrase} ${lowerFirst(flipPerson(m[2]))}`);
  }
  // "I'm going to need X", "I'll need X"
  if ((m = /^(?:i|we)(?:'m| am|'re| are) going to need\s+(.+)$|^(?:i|we)'ll need\s+(.+)$/i.exec(t))) {
    return finish(`you need ${lowerFirst(flipPerson(m[1] ?? m[2]))}`);
  }
  // "Could / can / would you (please) X"
  if (
    (m =
      /^(?:so\s+)?(?:could|can|would|will)\s+(?:you|someone|somebody)\s+(?:please\s+|kindly\s+)?(?:be able to\s+)?(.+)$/i.exec(
        t,
      ))
  ) {
    return finish(`you asked me to ${lowerFirst(flipPerson(m[1]))}`);
  }
  // "Please X" and bare imperatives ("Refund the $59.99")
  if ((m = /^(?:please|kindly)\s+(?:could you\s+)?(.+)$/i.exec(t))) {
    t = m[1];
    if (/^i\b/i.test(t)) return finish(`you ${flipPerson(t.replace(/^i\s+/i, ''))}`);
    return finish(`you asked me to ${lowerFirst(flipPerson(t))}`);
  }
  const first = /^[a-z]+/i.exec(t)?.[0]?.toLowerCase() ?? '';
  if (IMPERATIVE.has(first) && !/\?$/.test(text.trim())) {
    return finish(`you asked me to ${lowerFirst(flipPerson(t))}`);
  }
  // "You'll finish …", "You owe me …": their claim about us, reported as their position.
  if (/^you\b/i.test(t)) return finish(`your position is that ${lowerFirst(flipPerson(t))}`);
  // A bare object ("the refund of CAD 229 processed", "A credit for the missed cleans").
  if (/^(?:the|a|an|some|full|written|every|all)\b/i.test(t))
    return finish(`you want ${lowerFirst(flipPerson(t))}`);
  // "I need to know X", "We still need the redlines back" handled above; other first-person statements.
  if (/^(?:i|we|my|our)\b/i.test(t)) return finish(lowerFirst(flipPerson(t)));
  return null;
}

/** A refusal as "you are not paying it", "you don't want a goodwill voucher". */
export function restateRefusal(text: string): string | null {
  const t = tidyClause(dropLeadIn(unshout(text)));
  if (/^(?:i|we|i'm|we're|i've|we've|i'll|we'll)\b/i.test(t)) return finish(lowerFirst(flipPerson(t)));
  return null;
}

/** The reason behind a position, flipped, when it reads as one ("so you can update your schedule"). */
export function restateReason(text: string): string | null {
  const t = tidyClause(unshout(text));
  if (!/^(?:because|as|since|so|so that|given|due to|in order to|to)\b/i.test(t)) return null;
  return finish(lowerFirst(flipPerson(t)));
}

const TARGET =
  /\b(?:(your|the|a|an|our|my)\s+)?((?:regional\s+|general\s+|area\s+|senior\s+|line\s+|account\s+|store\s+|branch\s+|billing\s+|customer\s+service\s+)?(?:manager|supervisor|team\s+lead(?:er)?|director|ceo|cfo|coo|cto|vp(?:\s+of\s+\w+)?|head\s+of\s+\w+|boss|superior|owner|president|chief\s+executive|executive\s+team|management))\b/i;

export interface EscalationView {
  /** Who they want or brought in, in the reply's voice ("our CEO", "a supervisor"). */
  target: string;
  /** They already brought that person in (cc'd, forwarded) rather than asking for them. */
  announced: boolean;
}

/** Who the other side wants to escalate to, from their escalation position. */
export function escalationView(text: string): EscalationView {
  const m = TARGET.exec(text);
  let target = 'someone more senior';
  if (m) {
    const det = (m[1] ?? '').toLowerCase();
    const role = m[2].replace(/\s+/g, ' ');
    const fixed = /^(?:ceo|cfo|coo|cto|vp)\b/i.test(role)
      ? role.replace(/^\w+/, (w) => w.toUpperCase())
      : role.toLowerCase();
    target = `${det === 'your' || det === 'our' || det === 'my' ? 'our' : det === 'a' || det === 'an' ? 'a' : 'our'} ${fixed}`;
    if (det === 'a' || det === 'an') target = `${/^[aeiou]/i.test(fixed) ? 'an' : 'a'} ${fixed}`;
  }
  const announced =
    /\b(?:cc|cc'?ing|cc'?d|copy|copying|copied|escalat\w*|forward\w*|raising|raised|going\s+(?:straight\s+)?to|loop\w*\s+in)\b/i.test(
      text,
    );
  return { target, announced };
}

/** Words that say something went wrong: a sentence with one is the grievance the reply names. */
const PROBLEM =
  /\b(?:late|delay\w*|overdue|due|broken|broke|down|crash\w*|fail\w*|missing|missed|wrong|damaged|error\w*|charged|still|waiting|cancel\w*|lost|not working|no-show|didn't|hasn't|haven't|isn't|wasn't|outage|spoiled|stopped|refused|rejected|closed|expired|unpaid|double|twice)\b/i;

/**
 * The sentence in which they describe what went wrong, restated from the reply's side ("the pallets
 * for PO 7741 were due at your Leeds warehouse on the 14th"). Skips sentences with hostile signals,
 * questions, and sentences that carry their demands or threats (restated elsewhere).
 */
export function grievance(
  text: string,
  end: number,
  signals: Signal[],
  positions: { start: number; end: number; kind: string }[],
): string | null {
  for (const s of sentences(text.slice(0, end))) {
    if (s.text.length < 25 || s.text.length > 170 || /\?/.test(s.text)) continue;
    if (signals.some((g) => g.start < s.end && g.end > s.start)) continue;
    if (
      positions.some(
        (p) => p.kind !== 'amount' && p.kind !== 'deadline' && p.start < s.end && p.end > s.start,
      )
    )
      continue;
    if (!PROBLEM.test(s.text) || /\b(?:hi|hello|dear|thanks|thank you)\b/i.test(s.text.slice(0, 12)))
      continue;
    const clause = finish(lowerFirst(flipPerson(dropLeadIn(unshout(s.text)))));
    if (clause) return clause;
  }
  return null;
}
