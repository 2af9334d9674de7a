/**
 * Broken commitments (method section 6): an open promise the user made earlier that this draft takes
 * back ("we won't be able to send the revised quote"), or one past its due date that the draft neither
 * delivers nor mentions. Promises and drafts are compared on their meaning words.
 */
import type { DraftView } from './check-scope';
import { firstSentence } from './check-scope';
import { contentStems, coverage, keyStems } from './check-words';
import type { CheckContext, Commitment, Finding, Span } from './types';

/** Taking something back: no longer, won't be able to, have to cancel / postpone. */
const RETRACT =
  /\b(?:i|we)\s*(?:can\s+no\s+longer|(?:will|'ll|are|'re|am|'m)\s+no\s+longer|won't\s+be\s+(?:able|sending|doing|delivering|providing)|will\s+not\s+be\s+(?:able|sending|doing|delivering|providing)|(?:are|'re|am|'m)\s+not\s+(?:going\s+to|able\s+to)|(?:have|need)\s+to\s+(?:cancel|withdraw|postpone|delay|push\s+back|hold\s+off(?:\s+on)?)|(?:are|'re|am|'m)\s+(?:cancell?ing|withdrawing|postponing|delaying))\b[^.!?\n]*/gi;

const MONTH = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const day = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${MONTH[m - 1]} ${d}, ${y}`;
};
const named = (c: Commitment) => `“${c.text}”${c.due ? ` (due ${day(c.due)})` : ''}`;

/** What the draft takes back: refusals and retractions in the own words. */
function retractions(view: DraftView): Span[] {
  const out: Span[] = view.positions.filter((p) => p.kind === 'refusal' && p.end <= view.end);
  const own = view.text.slice(0, view.end).replace(/[’]/g, "'");
  for (const m of own.matchAll(RETRACT)) {
    const start = m.index;
    const end = start + m[0].trimEnd().length;
    if (!out.some((o) => start < o.end && end > o.start))
      out.push({ start, end, text: view.draft.slice(start, end) });
  }
  return out;
}

export function commitmentFindings(view: DraftView, ctx: CheckContext): Finding[] {
  const open = (ctx.commitments ?? []).filter((c) => !c.done);
  if (!open.length) return [];
  const out: Finding[] = [];
  const contradicted = new Set<Commitment>();
  for (const r of retractions(view)) {
    const said = contentStems(r.text);
    const hit = open.find((c) => {
      const keys = keyStems(c.text);
      return coverage(keys, said) >= 0.5;
    });
    if (!hit) continue;
    contradicted.add(hit);
    out.push({
      kind: 'broken-commitment',
      start: r.start,
      end: r.end,
      text: r.text,
      message: `This goes back on your commitment ${named(hit)}. If plans changed, say so plainly and offer a new date or an alternative, so they can still rely on your word.`,
    });
  }
  const own = contentStems(view.draft.slice(0, view.end));
  const overdue = open.filter(
    (c) =>
      c.due &&
      c.due.slice(0, 10) < view.today &&
      !contradicted.has(c) &&
      coverage(keyStems(c.text), own) < 0.5,
  );
  const at = firstSentence(view);
  if (overdue.length && at) {
    const list = overdue.map(named).join(overdue.length > 2 ? ', ' : ' and ');
    out.push({
      kind: 'broken-commitment',
      start: at.start,
      end: at.end,
      text: at.text,
      message:
        overdue.length === 1
          ? `Your commitment ${list} is past due and this reply does not mention it. Deliver it, or say when it will come.`
          : `Your commitments ${list} are past due and this reply mentions none of them. Deliver them, or say when they will come.`,
    });
  }
  return out;
}
