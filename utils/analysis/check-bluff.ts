/**
 * Bluff: a consequence the draft states (a threat in the user's own words) that is not among the
 * recourses the user has committed to (method section 5). Threats and recourses are compared on
 * meaning ("we will pass this to collections" matches "Send the account to a collection agency").
 */
import type { DraftView } from './check-scope';
import { sameConsequence } from './check-words';
import type { CheckContext, Finding } from './types';

export function bluffFindings(view: DraftView, ctx: CheckContext): Finding[] {
  const recourses = ctx.recourses ?? [];
  const committed = recourses.filter((r) => r.committed);
  const out: Finding[] = [];
  for (const t of view.positions) {
    if (t.kind !== 'threat' || t.end > view.end) continue;
    const text = view.draft.slice(t.start, t.end);
    if (committed.some((r) => sameConsequence(text, r.text))) continue;
    const recorded = recourses.find((r) => !r.committed && sameConsequence(text, r.text));
    const why = recorded
      ? `You recorded “${recorded.text}” as a recourse but have not committed to it.`
      : 'This consequence is not among the recourses you have committed to.';
    out.push({
      kind: 'bluff',
      start: t.start,
      end: t.end,
      text,
      message: `${why} State it only if you are ready to act on it: commit to it in Parley, or remove it.`,
    });
  }
  return out;
}
