/**
 * Fields of a stored negotiation that are computed from its rounds rather than entered: current
 * positions, trend, whether the other side is hostile, the next deadline, Parley's suggested status
 * and the search text. Pure (no database, no browser), so recording, migrating and importing all derive
 * them the same way.
 */
import { currentPositions as latestPositions, trendOf as threadTrend } from '../analysis/latest';
import type { CurrentPosition, Trend } from '../analysis/thread';
import type { PositionKind } from '../analysis/types';
import type { Person } from '../mail/types';
import type { NegotiationRecord, NegotiationStatus, RoundRecord } from './types';

// ---------------------------------------------------------------------------------------------------
// Sides and positions

/** Which rounds are the other side's: if the mailbox owner wrote any, everyone else; otherwise all. */
export function otherSide(rounds: readonly RoundRecord[]): (r: RoundRecord) => boolean {
  return rounds.some((r) => r.own) ? (r) => !r.own : () => true;
}

/**
 * The other side's current positions over all stored rounds, by the rule of utils/analysis/thread.ts
 * (latest wins, earlier mentions are the history). Recomputing from the merged rounds (rather than
 * keeping one read's analysis) means a read that saw only part of the thread never hides what an
 * earlier read saw.
 */
export function currentPositions(rounds: readonly RoundRecord[]): CurrentPosition[] {
  const isOther = otherSide(rounds);
  return latestPositions(rounds.filter(isOther));
}

/** Cooling or heating, as the panel computes it for an open thread. */
export const trendOf = (rounds: readonly RoundRecord[]): Trend => threadTrend(rounds);

/** The other side's newest round was hostile. */
export function hostileOf(rounds: readonly RoundRecord[]): boolean {
  const isOther = otherSide(rounds);
  for (let i = rounds.length - 1; i >= 0; i--) if (isOther(rounds[i])) return rounds[i].level === 'hostile';
  return false;
}

/** Earliest dated deadline among the positions that is on or after `today`, as `YYYY-MM-DD`. */
export function nextDeadlineOf(positions: readonly CurrentPosition[], today: string): string | null {
  let best: string | null = null;
  for (const p of positions) {
    const date = p.value && 'date' in p.value ? p.value.date : undefined;
    if (typeof date !== 'string' || date.length < 10) continue;
    const day = date.slice(0, 10);
    if (day >= today && (best === null || day < best)) best = day;
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------
// Agreement and the suggested status

/** Phrases that say yes to a deal. Matched per sentence on lower-cased text. */
const AGREEMENT: readonly RegExp[] = [
  // "Agreed." "Deal!" "OK, accepted." at the start of a sentence.
  /^(?:(?:ok(?:ay)?|fine|great|perfect|good)[,.!]?\s+)?(?:agreed|deal|accepted|approved)\b/,
  /\b(?:that|this|it)(?:['’]s| is)\s+(?:agreed|a deal|settled|fine (?:by|with) (?:us|me))\b/,
  /\b(?:we|i)(?:['’]ve| have)(?: got)?\s+(?:a deal|an agreement)\b/,
  /\byou(?:['’]ve| have)?\s+got (?:yourself )?a deal\b/,
  /\b(?:we|i)\s+(?:(?:can|will|do|gladly|hereby)\s+)?(?:agree|accept)\b/,
  /\b(?:we|i)(?:['’]re|['’]m| are| am)\s+(?:agreed|(?:fine|ok|okay|happy|good|content) with|on board)\b/,
  /\b(?:happy|glad|pleased|willing) to (?:accept|agree|proceed|go ahead|sign)\b/,
  /\bworks for (?:us|me|both of us)\b/,
  /\b(?:sounds|looks) (?:good|fine|great|acceptable)\b/,
  /\bfine by (?:us|me)\b/,
  /\blet['’]s (?:proceed|go ahead|do (?:it|that)|go with)\b/,
];

/** A negation shortly before the phrase turns it around ("we can't accept", "not a deal"). */
const NEGATION_BEFORE =
  /\b(?:not|no|never|nor|cannot|can['’]t|won['’]t|don['’]t|doesn['’]t|didn['’]t|isn['’]t|aren['’]t|wouldn['’]t|couldn['’]t|unable|refuse)\b/;
/** What follows can negate or redirect it ("we accept no responsibility"). */
const NEGATION_AFTER = /^\s*(?:no|none|nothing|neither|responsibility|liability|the blame|blame|fault)\b/;
/** Conditional or reported agreement is not agreement ("if you agree", "as agreed in the contract"). */
const CONDITIONAL = /\b(?:if|unless|provided|providing|once|until|whether|as agreed|only when)\b/;

/**
 * Does the text say yes to a deal? Per sentence: an agreement phrase that is not in a question, not
 * conditional, and not negated by the few words before it or redirected by the words after it.
 */
export function agreementIn(text: string): boolean {
  const sentences = text.toLowerCase().split(/(?<=[.!?;\n])\s+/);
  for (const raw of sentences) {
    const sentence = raw.trim();
    if (!sentence || sentence.endsWith('?') || CONDITIONAL.test(sentence)) continue;
    for (const pattern of AGREEMENT) {
      const m = pattern.exec(sentence);
      if (!m) continue;
      const before = sentence.slice(0, m.index).split(/\s+/).slice(-4).join(' ');
      const after = sentence.slice(m.index + m[0].length);
      if (NEGATION_BEFORE.test(before) || NEGATION_AFTER.test(after)) continue;
      return true;
    }
  }
  return false;
}

/**
 * Parley's suggestion for a negotiation's status, from its latest rounds:
 * - `agreed` when the other side's newest message says yes to a deal (agreement words, not negated,
 *   not a question, not conditional) and states no refusal or threat in the same message;
 * - `impasse` when the other side refused in two or more of its rounds in a row, counting back from the
 *   newest, with no commitment (theirs or the user's) in between;
 * - otherwise no suggestion (null). The user's own choice of status is never changed by this.
 */
export function suggestedStatusOf(rounds: readonly RoundRecord[]): NegotiationStatus | null {
  const isOther = otherSide(rounds);
  const has = (r: RoundRecord, kind: PositionKind) => r.positions.some((p) => p.kind === kind);
  for (let i = rounds.length - 1; i >= 0; i--) {
    const r = rounds[i];
    if (!isOther(r)) continue;
    if (r.agreement && !has(r, 'refusal') && !has(r, 'threat')) return 'agreed';
    break;
  }
  let refusals = 0;
  for (let i = rounds.length - 1; i >= 0; i--) {
    const r = rounds[i];
    if (has(r, 'commitment')) break;
    if (!isOther(r)) continue;
    if (!has(r, 'refusal')) break;
    refusals++;
  }
  return refusals >= 2 ? 'impasse' : null;
}

// ---------------------------------------------------------------------------------------------------
// Rounds and people

/**
 * Union of stored and newly read rounds by message id, in date order. A newly read round replaces the
 * stored one, except when the page only showed a snippet of it (`partial`) and a stored round exists.
 * Rounds without a date keep their place after the round before them.
 */
export function mergeRounds(
  stored: readonly RoundRecord[],
  incoming: readonly { round: RoundRecord; partial: boolean }[],
): RoundRecord[] {
  const byId = new Map(stored.map((r) => [r.messageId, r]));
  const keyed: { round: RoundRecord; key: string; seq: number }[] = [];
  const seen = new Set<string>();
  let seq = 0;
  const add = (list: readonly RoundRecord[]) => {
    let carry = '';
    for (const round of list) {
      carry = round.date ?? carry;
      if (seen.has(round.messageId)) continue;
      seen.add(round.messageId);
      keyed.push({ round, key: carry, seq: seq++ });
    }
  };
  const fresh = incoming.map(({ round, partial }) => {
    const old = byId.get(round.messageId);
    return old && partial ? old : round;
  });
  const freshById = new Map(fresh.map((r) => [r.messageId, r]));
  add(stored.map((r) => freshById.get(r.messageId) ?? r));
  add(fresh);
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.seq - b.seq));
  return keyed.map((k) => k.round);
}

const personKey = (p: Person) => (p.email || p.name).trim().toLowerCase();

/** `people` added to `known`, once each (by e-mail address, or name when there is none). */
export function mergePeople(known: readonly Person[], people: readonly Person[]): Person[] {
  const out = [...known];
  const keys = new Set(out.map(personKey));
  for (const p of people) {
    const key = personKey(p);
    if (!key || keys.has(key)) continue;
    keys.add(key);
    out.push({ name: p.name, email: p.email });
  }
  return out;
}

/** First and last dated round, or the fallback when no round has a date. */
export function activitySpan(
  rounds: readonly RoundRecord[],
  fallback: { first: string; last: string },
): { first: string; last: string } {
  let first: string | null = null;
  let last: string | null = null;
  for (const r of rounds) {
    if (!r.date) continue;
    if (first === null || r.date < first) first = r.date;
    if (last === null || r.date > last) last = r.date;
  }
  return { first: first ?? fallback.first, last: last ?? fallback.last };
}

// ---------------------------------------------------------------------------------------------------
// Search

/** Lower-cased and without accents, so "Séverine" is found by "severine". */
export function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');
}

/** Lower-cased subject, counterparts and words of the rounds (their text, or positions when not stored). */
export function searchTextOf(n: Pick<NegotiationRecord, 'subject' | 'counterparts' | 'rounds'>): string {
  const parts = [n.subject];
  for (const p of n.counterparts) parts.push(p.name, p.email);
  for (const r of n.rounds) {
    if (r.text !== undefined) parts.push(r.text);
    else for (const p of r.positions) parts.push(p.text);
  }
  return parts.filter(Boolean).join('\n').toLowerCase();
}

/** Longest indexed word prefix: longer words are found by their first letters. */
const WORD_MAX = 32;
/** Distinct words indexed per negotiation, in searchText order (subject and people first). */
const WORDS_PER_NEGOTIATION = 1500;

/**
 * The words of a search text as indexed for prefix search (IndexedDB multi-entry index): letters and
 * digits runs of two or more characters, folded, distinct, each cut to 32 characters.
 */
export function searchWords(searchText: string): string[] {
  const words = new Set<string>();
  for (const m of fold(searchText).matchAll(/[\p{L}\p{N}]+/gu)) {
    if (m[0].length < 2) continue;
    words.add(m[0].slice(0, WORD_MAX));
    if (words.size >= WORDS_PER_NEGOTIATION) break;
  }
  return [...words];
}

/** The terms of a search query: every one must begin some word of a matching negotiation. */
export function queryTerms(query: string): string[] {
  const terms = new Set<string>();
  for (const m of fold(query).matchAll(/[\p{L}\p{N}]+/gu)) terms.add(m[0].slice(0, WORD_MAX));
  return [...terms];
}
