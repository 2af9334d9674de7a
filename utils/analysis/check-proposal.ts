/**
 * No proposal (method section 3): when the other side's newest message demands, refuses or threatens,
 * a reply needs at least one option or next step (an offer, "we can …", "would you …", "let's …", a
 * proposed call or time, a question inviting a choice). Located on the draft's last sentence.
 */
import { analyzeCached } from './analyze';
import type { DraftView } from './check-scope';
import { closing, lastSentence } from './check-scope';
import { offersIn } from './check-offers';
import type { CheckContext, Finding, Position, Span } from './types';

const WHAT: Partial<Record<Position['kind'], string>> = {
  threat: 'threatened a consequence',
  refusal: 'refused',
  demand: 'asked for something',
};

export function proposalFindings(view: DraftView, ctx: CheckContext, taken: Set<string>): Finding[] {
  const messages = ctx.thread?.messages ?? [];
  const theirs = [...messages].reverse().find((m) => !m.own);
  if (!theirs) return [];
  const positions = analyzeCached(theirs.id, theirs.text, { date: theirs.date, ownTextOnly: true }).positions;
  const need = (['threat', 'refusal', 'demand'] as const)
    .map((k) => positions.find((p) => p.kind === k))
    .find((p): p is Position => !!p);
  if (!need || offersIn(view).length) return [];
  // The last sentence; when another finding already sits on it, the sign-off, the sentence without its
  // final punctuation, or the sentence before.
  const last = lastSentence(view);
  if (!last) return [];
  const bare = last.text.replace(/[.!?…]+$/, '');
  const before = view.sentences[view.sentences.indexOf(last) - 1];
  const candidates: (Span | undefined)[] = [
    last,
    closing(view),
    bare ? { start: last.start, end: last.start + bare.length, text: bare } : undefined,
    before,
  ];
  const at = candidates.find((c): c is Span => !!c && !taken.has(`${c.start}:${c.end}`));
  if (!at) return [];
  return [
    {
      kind: 'no-proposal',
      start: at.start,
      end: at.end,
      text: at.text,
      message: `They ${WHAT[need.kind]} (“${need.text}”) and this reply offers no option or next step. Offer at least one thing you can do (a partial credit, a call, a date) so the conversation moves forward.`,
    },
  ];
}
