/**
 * The promises a user makes in a sent reply ("I'll send the revised invoice by Thursday"), with their
 * due dates, for Parley to track until they are marked done (method section 6). Built on the
 * commitment and deadline positions of `extractPositions`: a deadline in the same sentence belongs to
 * the promise and is resolved against the reply's date.
 *
 * Firm promises count ("I'll …", "we will …", "I'm sending …", "let me …", "you'll receive …"). Offers
 * the other side has yet to take up ("I could …", "we'd be happy to …", "I propose …") do not; "I can …"
 * counts only when it names a date ("I can pay $1,000 this Friday"). Promises in questions and those
 * in quoted history or the signature are not the user's promises.
 */
import { extractPositions } from './positions';
import type { DeadlineValue, Position } from './types';

export interface FoundCommitment {
  /** The promise with its deadline: exactly `text.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** `YYYY-MM-DD`, or null when the promise names no date (or it cannot be resolved). */
  due: string | null;
}

/** Tentative phrasing: an offer, not yet a promise. */
const TENTATIVE =
  /\b(?:could|might|would|'d|’d)\b|\b(?:happy|glad|willing|open|prepared|pleased|delighted)\s+to\b|\b(?:propose|proposing|suggest|suggesting|offer|offering|recommend)\b/i;
const CAN = /\b(?:i|we)\s+can\b/i;

function sentenceBounds(text: string, at: number): [number, number] {
  let a = at;
  while (a > 0 && !/[.!?\n]/.test(text[a - 1])) a--;
  let b = at;
  while (b < text.length && !/[.!?\n]/.test(text[b])) b++;
  return [a, b];
}

/** The promises in `text` (a reply the user sent on `date`, ISO 8601 or null), in order. */
export function commitmentsIn(text: string, date: string | null): FoundCommitment[] {
  const positions = extractPositions(text, { date });
  const deadlines = positions.filter((p) => p.kind === 'deadline');
  const out: FoundCommitment[] = [];
  for (const c of positions) {
    if (c.kind !== 'commitment') continue;
    const [sa, sb] = sentenceBounds(text, c.start);
    if (text[sb] === '?') continue;
    // The deadline of this promise: the nearest one in its sentence that no later promise owns.
    const laterCommit = positions.find((p) => p.kind === 'commitment' && p.start > c.start && p.start < sb);
    const limit = laterCommit ? laterCommit.start : sb;
    const dl: Position | undefined =
      deadlines.find((d) => d.start >= c.end && d.start < limit) ??
      // "By Friday, we will ship …": a deadline right before the promise.
      deadlines.find((d) => d.end <= c.start && d.start >= sa && /^[\s,]*$/.test(text.slice(d.end, c.start)));
    const firm = !TENTATIVE.test(c.text);
    if (!firm) continue;
    if (CAN.test(c.text) && !dl) continue;
    const start = dl ? Math.min(c.start, dl.start) : c.start;
    const end = dl ? Math.max(c.end, dl.end) : c.end;
    const value = dl?.value as DeadlineValue | undefined;
    out.push({ text: text.slice(start, end), start, end, due: value?.date ? value.date.slice(0, 10) : null });
  }
  return out;
}
