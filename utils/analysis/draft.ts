/**
 * Reply drafting: two to four suggestions for the newest message from the other side, each following
 * one rule of the negotiation method (docs: ../shared/docs/negotiation-method.md) and built only from
 * what the thread says and what the user recorded. Pure and deterministic: the same input always gives
 * the same suggestions (wording is chosen by a hash of the thread), and it takes a few milliseconds.
 *
 * Which strategies: `acknowledge` first when they are upset or threaten; `escalation` when they ask for
 * (or bring in) someone higher; `payment` when they refuse or delay paying the user; then `options`
 * and `hold`, up to four in all.
 */
import type { Message } from '../mail/types';
import { localDay } from '../dates';
import { newestFromOtherSide, readSituation } from './draft-situation';
import type { Situation } from './draft-situation';
import { compose } from './draft-strategies';
import { DEFAULT_PHRASES } from './phrases';
import type { PhraseBank } from './phrases';
import { ownScope } from './scope';
import { analyzeThread } from './thread';
import type { ThreadAnalysis } from './thread';
import type { DraftInput, Strategy, Suggestion } from './types';

export interface DraftOptions {
  /** Wording to use (the default bank, or one extended with `mergePhrases`). */
  phrases?: PhraseBank;
  /** Today's date `YYYY-MM-DD`, for overdue commitments and passed due dates (default: the system date). */
  today?: string;
}

const MAX_SUGGESTIONS = 4;

/** The strategies this situation calls for, in the order they are offered. */
export function strategiesFor(s: Situation): Strategy[] {
  const out: Strategy[] = [];
  // Listen first when they are upset, threaten, ask for someone higher or turn down what the user offered.
  const upset = s.level !== 'calm' || s.threatened || !!s.escalation || s.rejectsOffer;
  if (upset) out.push('acknowledge');
  if (s.escalation) out.push('escalation');
  if (s.owedToUser) out.push('payment');
  out.push('options');
  // Holding a position needs one to hold: something they refuse, claim or press for, or the user's facts.
  // A payment proposal already holds it with the invoice facts.
  const contested =
    s.refused ||
    s.threatened ||
    !!s.moneyAsk ||
    s.discountAsk ||
    s.facts.length > 0 ||
    s.topic === 'contract';
  if (contested && !s.owedToUser) out.push('hold');
  if (s.owedToUser && out.length < MAX_SUGGESTIONS) out.push('hold');
  // At least two: a calm request still deserves a reply that listens first.
  if (out.length < 2) out.unshift('acknowledge');
  return out.slice(0, MAX_SUGGESTIONS);
}

/**
 * The thread as the analysis reads it: each message's own words only (quoted history and signature
 * cut, which leaves offsets into the original text valid).
 */
function ownWords(input: DraftInput): Pick<Message, 'id' | 'from' | 'date' | 'text' | 'own' | 'partial'>[] {
  return input.thread.messages.map((m) => {
    const end = ownScope(m.text).end;
    return { ...m, text: end > 0 ? m.text.slice(0, end) : m.text, partial: false };
  });
}

export function draftReplies(
  input: DraftInput,
  options: DraftOptions = {},
): { analysis: ThreadAnalysis; suggestions: Suggestion[] } {
  const analysis = analyzeThread({ messages: ownWords(input) });
  const newest = newestFromOtherSide(input.thread.messages);
  if (!newest) return { analysis, suggestions: [] };
  const situation = readSituation(input, analysis, newest, options.today ?? localDay());
  const bank = options.phrases ?? DEFAULT_PHRASES;
  const suggestions = strategiesFor(situation).map((strategy) => compose(strategy, situation, bank));
  return { analysis, suggestions };
}
