/**
 * Premature escalation: the draft goes over the counterpart's head (copies or appeals to their manager,
 * director, CEO) before an impasse (method section 7, from "going over their head"). The rules, each
 * explainable from the thread:
 * - Impasse: the other side refused in at least two of their messages, or refused after the user had
 *   offered something. Then escalating is a considered move and is not flagged.
 * - Limited authority: the other side said they cannot decide ("I'm not authorized to…", "I'd need my
 *   manager's approval"). Moving up is then expected, but with their consent.
 * - Asking for consent ("Would you be comfortable with me bringing in your manager?") is not going over
 *   anyone's head and is never flagged; it is also the suggested rewrite.
 * - Our own side ("I'll raise it with our CEO", "my manager will call you") is not their head.
 * - Their request: when their newest message asks for someone more senior, a draft that brings in a
 *   supervisor or manager (anyone but "your …") is granting it. Restating their request ("I understand
 *   you'd like to take this to a supervisor") is reported speech, which positions.ts does not read as
 *   an escalation at all.
 */
import { analyzeCached } from './analyze';
import type { DraftView } from './check-scope';
import { sentenceAt } from './check-scope';
import { clauses, isOffer } from './check-offers';
import type { CheckContext, Finding, Span, ThreadMessage } from './types';

/** The other side says a decision is not theirs to make. */
const NO_AUTHORITY =
  /\b(?:i|we)(?:'m|’m|\s+am|'re|’re|\s+are)\s+(?:not|un)\s*(?:authori[sz]ed|able\s+to\s+(?:approve|authori[sz]e|sign\s+off|decide))|\b(?:i|we)\s+(?:don't|do\s+not|can't|cannot)\s+(?:have\s+(?:the\s+)?(?:authority|power|sign-?off)|approve|authori[sz]e|sign\s+off)|\b(?:not|isn't|is\s+not)\s+(?:my|our)\s+(?:call|decision)|\b(?:above|beyond|outside)\s+(?:my|our)\s+(?:pay\s+grade|authority|remit|limit)|\b(?:i|we)(?:'d|\s+would)?\s+(?:need|have)\s+to\s+(?:get\s+(?:approval|sign-?off)|check\s+with|ask)\s+(?:from\s+)?(?:my|our)\s+(?:manager|boss|director|supervisor|head|team\s+lead|finance|management)|\b(?:needs?|requires?)\s+(?:approval|sign-?off)\s+from\s+(?:my|our|the)\b|\bout\s+of\s+my\s+hands\b/i;

/** Asking the counterpart's agreement before involving their manager. */
const CONSENT =
  /\b(?:with\s+your\s+(?:permission|agreement|consent|blessing|ok|okay)|if\s+(?:you\s+agree|that's\s+(?:ok|okay|alright|all\s+right|fine)\s+with\s+you|you're\s+(?:ok|okay|comfortable)\s+with)|would\s+you\s+(?:be\s+)?(?:comfortable|ok|okay|open|mind|agree|prefer)|are\s+you\s+(?:ok|okay|comfortable|happy)|do\s+you\s+mind|would\s+it\s+help|is\s+it\s+(?:ok|okay|alright)|may\s+i|could\s+we|shall\s+we|should\s+we|please\s+(?:pass|escalate|forward|refer|transfer|hand))\b/i;

/** Who the draft appeals to ("your manager", "your CEO"). */
const TARGET =
  /\b(?:your|the)\s+(?:[\w-]+\s+){0,2}?(?:manager|supervisor|boss|superior|ceo|cfo|coo|cto|president|director|vp|vice[- ]president|head\s+of\s+[\w-]+|executive|leadership|management|board)\b/i;

/** Someone on the reader's side ("your manager", "your team's director"): over their head. */
const READER_TARGET = new RegExp(TARGET.source.replace('(?:your|the)', 'your'), 'i');

/** The draft names the user's own hierarchy ("our CEO", "my manager") and not the reader's. */
const OWN_SIDE =
  /\b(?:our|my)\s+(?:[\w-]+\s+){0,2}?(?:manager|supervisor|boss|superior|ceo|cfo|coo|cto|president|director|vp|vice[- ]president|head\s+of\s+[\w-]+|executive|leadership|management|board|team\s+lead(?:er)?|founder|owner)s?\b/i;

interface Standing {
  impasse: boolean;
  limitedAuthority: boolean;
  /** Their newest message asks to escalate (to someone on the user's side). */
  theyAsked: boolean;
  /** Plain words on where the talks stand, for the message. */
  state: string;
}

function standing(messages: ThreadMessage[]): Standing {
  let refusals = 0;
  let refusedAfterOffer = false;
  let offered = false;
  let limitedAuthority = false;
  let theyAsked = false;
  for (const m of messages) {
    const positions = analyzeCached(m.id, m.text, { date: m.date, ownTextOnly: true }).positions;
    // Only the newest message of theirs counts: an old request may have been dealt with since.
    if (!m.own) theyAsked = positions.some((p) => p.kind === 'escalation');
    if (m.own) {
      if (positions.some((p) => p.kind === 'commitment') || isOffer(m.text)) offered = true;
      continue;
    }
    if (NO_AUTHORITY.test(m.text.replace(/[’]/g, "'"))) limitedAuthority = true;
    if (positions.some((p) => p.kind === 'refusal')) {
      refusals++;
      if (offered) refusedAfterOffer = true;
    }
  }
  const impasse = refusals >= 2 || refusedAfterOffer;
  const state = !messages.length
    ? 'Parley sees no thread, so no impasse yet'
    : refusals === 0
      ? 'they have not refused anything so far'
      : refusals === 1
        ? 'they have refused once, and you have not yet offered them an alternative'
        : 'they have refused more than once';
  return { impasse, limitedAuthority, theyAsked, state };
}

/** The clause that carries the escalation: what the consent question replaces. */
function clauseAround(view: DraftView, start: number, end: number): Span {
  const s = sentenceAt(view, start);
  if (!s) return { start, end, text: view.draft.slice(start, end) };
  const c = clauses(s.text, s.start).find((x) => start >= x.start && start < x.end);
  const a = c ? c.start : s.start;
  const b = Math.max(c ? c.end : s.end, end);
  return { start: a, end: b, text: view.draft.slice(a, b) };
}

export function escalationFindings(view: DraftView, ctx: CheckContext): Finding[] {
  const escalations = view.positions.filter((p) => p.kind === 'escalation' && p.end <= view.end);
  if (!escalations.length) return [];
  const where = standing(ctx.thread?.messages ?? []);
  const out: Finding[] = [];
  for (const e of escalations) {
    const s = sentenceAt(view, e.start);
    const sentence = s ? s.text : e.text;
    // Asking them (a question, or "please pass this to …") is not going over their head.
    if (/\?\s*$/.test(sentence) || CONSENT.test(sentence.replace(/[’]/g, "'"))) continue;
    if (where.impasse && !where.limitedAuthority) continue;
    const reader = READER_TARGET.test(e.text);
    if (!reader && OWN_SIDE.test(e.text)) continue;
    if (!reader && where.theyAsked) continue;
    const target = TARGET.exec(e.text)?.[0].replace(/^the\s+/i, 'your ') ?? 'your manager';
    const clause = clauseAround(view, e.start, e.end);
    const question = where.limitedAuthority
      ? `Since this is beyond what you can approve, would you be comfortable with me bringing in ${target}?`
      : `If we can't find a way forward between us, would you be comfortable with me bringing in ${target}?`;
    const suggestion =
      s && clause.start > s.start ? question.charAt(0).toLowerCase() + question.slice(1) : question;
    const message = where.limitedAuthority
      ? `They said this is not theirs to decide, so involving ${target} is expected, but do it with their consent: ask them first rather than going over their head.`
      : `Going over their head now is premature: ${where.state}. Their manager will usually back them, and the relationship pays for it. Try another option, a pause or a third party first, or ask for their consent.`;
    out.push({ kind: 'premature-escalation', ...clause, message, suggestion });
  }
  return out;
}
