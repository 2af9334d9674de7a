/**
 * Offers and next steps in the user's own words: what the user proposes, promises or invites the other
 * side to choose. The claims check leaves the amounts and dates of offers alone ("I can credit $200" is
 * not a claim about the dispute), and the no-proposal check looks for at least one of them.
 */
import type { DraftView } from './check-scope';
import type { Span } from './types';

/** Offer and next-step phrasing (on lower-cased text with straight apostrophes). */
const OFFER_RE = new RegExp(
  [
    // "we can …", "I could …" (not "can't", not "I can see/understand")
    String.raw`\b(?:i|we)\s+(?:can|could)(?!\s*(?:not|n't|'t))\s+(?:also\s+|still\s+|certainly\s+|happily\s+)?(?!see|understand|imagine|assure|confirm\s+that|only\s+(?:repeat|say))[a-z]+`,
    String.raw`\b(?:i|we)(?:'d|\s+would)\s+(?:be\s+)?(?:happy|glad|willing|open|able|pleased)\s+to\b`,
    String.raw`\b(?:i|we)(?:'m|'re|\s+am|\s+are)\s+(?:also\s+|still\s+)?(?:happy|glad|willing|open|able|prepared|offering|proposing)\b`,
    String.raw`\b(?:i|we)\s+(?:would\s+|'d\s+)?(?:like\s+to\s+)?(?:propose|suggest|recommend|offer)\b`,
    String.raw`\b(?:our|my)\s+(?:best\s+|final\s+|revised\s+|new\s+|updated\s+)?(?:offer|proposal|price|quote)\s+(?:is|would\s+be|stands\s+at|comes\s+to)\b`,
    String.raw`\blet's\b|\blet\s+us\s+(?!know)[a-z]+|\bhow\s+about\b|\bwhat\s+if\s+we\b|\bshall\s+(?:we|i)\b`,
    String.raw`\b(?:would|could|can|will)\s+(?:you|we)\s+(?:be\s+)?(?:like|prefer|open|willing|available|free|agree|accept|consider|meet|talk|speak|schedule|set\s+up|try|go\s+with|take)\b`,
    String.raw`\bwould\s+(?:it|that|this|either|one|[a-z]+day|next\s+week)\s+(?:\w+\s+)?work\b|\b(?:does|do)\s+(?:it|that|this|either|[a-z]+day)\s+(?:\w+\s+)?work\s+for\s+you\b`,
    String.raw`\bare\s+you\s+(?:free|available|open)\b|\bif\s+you(?:'d|\s+would)?\s+(?:prefer|like)\b|(?<!\bno\s(?:other\s)?)\b(?:options?|alternatives?|alternatively)\b`,
    // Concessions the user has already made: "I've applied a $20 credit".
    String.raw`\b(?:i|we)(?:'ve|\s+have)\s+(?:also\s+|now\s+|already\s+|just\s+)?(?:applied|issued|credited|refunded|waived|processed|arranged|added|reversed|approved|booked|scheduled|reserved|extended)\b`,
    String.raw`\bhappy\s+to\b|\bnext\s+steps?\b|\b(?:i|we)(?:'ll|\s+will|\s+shall)\s+(?!not\b|never\b|need\b|have\s+to\b|be\s+(?:forced|left|obliged)\b)[a-z]+`,
  ].join('|'),
);

/** A call or meeting with a time: a proposed next step. */
const MEETING_RE =
  /\b(?:call|meeting|meet|chat|talk|speak|video|zoom|teams)\b[^.!?\n]{0,60}\b(?:monday|tuesday|wednesday|thursday|friday|today|tomorrow|this\s+week|next\s+week|\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2})\b/i;

const CONDITION =
  /^\s*(?:however,?\s+)?(?:if|as\s+long\s+as|provided(?:\s+that)?|so\s+long\s+as|once|in\s+exchange\s+for)\b/i;

/**
 * A line that introduces a list of options ("I see a few ways forward:", "Here are ways to settle it:",
 * "Two options:"): the items after it are what the user proposes, even when each is a bare noun phrase
 * ("- a 20% credit on the next invoice").
 */
const LIST_INTRO =
  /\b(?:ways?|options?|alternatives?|choices?|possibilit(?:y|ies)|proposals?|suggestions?|ideas?|routes?|paths?|solutions?|next\s+steps?|what\s+(?:i|we)\s+(?:can|could)\s+(?:do|offer)|(?:i|we)\s+(?:can|could)\s+(?:offer|do|propose|suggest))\b[^\n]*:\s*$/i;
/** A list item: a bullet or a number at the start of a line. */
const LIST_ITEM = /^\s*(?:[-*•·–]|\(?\d{1,2}[.)]|\(?[a-c]\))\s+\S/;

const norm = (s: string) => s.toLowerCase().replace(/[’‘`]/g, "'");

/** Clauses of a sentence: split at commas, semicolons and dashes before a new subject or connector. */
export function clauses(text: string, offset: number): Span[] {
  const out: Span[] = [];
  // Relative clauses ("…, which includes …") and lists ("…, or a Monday slot") stay with their clause.
  const re =
    /[;:]\s+|,\s+(?=(?:(?:and|but|so|or|yet|then)\s+)?(?:i|we|you|they|it|this|that|he|she|there)\b)|,\s+(?=(?:while|although|though|because|if|unless|however)\b)|\s+[—–-]\s+|\s+(?:and|but|so)\s+(?=(?:i|we|you|they|it)\b)/gi;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    out.push({ start: offset + from, end: offset + m.index, text: text.slice(from, m.index) });
    from = m.index + m[0].length;
  }
  out.push({ start: offset + from, end: offset + text.length, text: text.slice(from) });
  return out.filter((c) => c.text.trim());
}

/** Whether a clause offers, proposes or promises something, or invites a choice. */
export function isOffer(text: string): boolean {
  const t = norm(text);
  if (OFFER_RE.test(t)) return true;
  if (MEETING_RE.test(t)) return true;
  // A question that offers a choice ("Would Tuesday or Thursday suit you?") or asks them to take a
  // step ("Would you send the logs?", "Could you confirm the date?").
  return /\?\s*$/.test(t) && (/\bor\b/.test(t) || /\b(?:would|could|can|will)\s+you\b/.test(t));
}

/**
 * The user's offers in the draft: commitment positions (what positions.ts reads as a promise or an
 * offer) and clauses with offer phrasing, as spans of the own words. Threats are never offers.
 */
export function offersIn(view: DraftView): Span[] {
  const out: Span[] = view.positions.filter((p) => p.kind === 'commitment');
  const threats = view.positions.filter((p) => p.kind === 'threat');
  out.push(...listedOptions(view));
  for (const s of view.sentences) {
    const parts = clauses(s.text, s.start).filter(
      (c) => !threats.some((t) => t.start < c.end && t.end > c.start),
    );
    const offers = parts.filter((c) => isOffer(c.text));
    out.push(...offers);
    // "If you can move to Thursday 11 December, I can bring the minimum down": the condition of an
    // offer is part of it.
    if (offers.length) out.push(...parts.filter((c) => CONDITION.test(c.text) && !offers.includes(c)));
  }
  return out;
}

/**
 * The items of each list of options in the own words: the lines after an introducing line (see
 * LIST_INTRO) that start with a bullet or number, up to the first line that does not.
 */
function listedOptions(view: DraftView): Span[] {
  const out: Span[] = [];
  const own = view.text.slice(0, view.end);
  const lines = [...own.matchAll(/[^\n]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  let inList = false;
  for (const line of lines) {
    const text = own.slice(line.start, line.end);
    if (inList && LIST_ITEM.test(text)) {
      out.push({ start: line.start, end: line.end, text: view.draft.slice(line.start, line.end) });
      continue;
    }
    inList = LIST_INTRO.test(norm(text));
  }
  return out;
}

/** Whether `[start, end)` lies inside one of `spans`, or in the same clause as one. */
export const inside = (spans: Span[], start: number, end: number) =>
  spans.some((s) => start >= s.start && end <= s.end);
