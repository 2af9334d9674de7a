/**
 * The Send check: what in a draft deserves a second look before it goes, each finding located in the
 * draft, explained in plain words and, where there is one, with a softer replacement for its span.
 * Pure and deterministic; it runs in the mail page between the click on Send and the send, so it reads
 * the draft once (tone and positions of the own words) and each check works from that view.
 *
 * Only the user's own new words are judged: quoted history (`>` lines, "On … wrote:" and after) and
 * the sign-off and signature are not. The checks (one module each):
 * - tone (check-tone.ts): the hostile signals of `analyzeTone`, with softer alternatives;
 * - bluff (check-bluff.ts): a stated consequence that is not a committed recourse;
 * - unsupported-claim (check-claims.ts): an amount, percentage, date or reference asserted about the
 *   dispute that neither the facts nor the thread support; an offer above the user's authority;
 * - no-proposal (check-proposal.ts): a reply to a demand, refusal or threat that offers nothing;
 * - broken-commitment (check-commitments.ts): an open promise taken back, or past due and not mentioned;
 * - premature-escalation (check-escalation.ts): going over the counterpart's head before an impasse.
 *
 * Sensitivity (the user's setting):
 * - `off`: never reviews (verdict ok, no findings).
 * - `lenient` (default): clear problems only: insult, profanity, shouting, contempt, blame, sarcasm, a
 *   threat made in anger, bluff, broken-commitment, premature-escalation, unsupported-claim.
 * - `strict`: all of the above, plus exclamation, absolute, command and no-proposal.
 * A `threat` is reported (at either level) only when the draft is angry, i.e. carries another hostile
 * signal: a committed recourse stated calmly is what the method asks for.
 *
 * What is not the user's own move is not judged as one: their words restated in reported speech ("you'd
 * like to take this to a supervisor", "your position is that …", read so by positions.ts), a promise to
 * the reader ("You will have it by Friday") and help offered under a condition ("I'll walk you through
 * it") are not commands, escalations or bluffs; a list of options after "I see a few ways forward:" is
 * a proposal.
 *
 * The verdict is `review` exactly when there are findings. Findings are sorted by start; no two share a
 * span (the more serious kind is kept).
 */
import { bluffFindings } from './check-bluff';
import { claimFindings } from './check-claims';
import { commitmentFindings } from './check-commitments';
import { escalationFindings } from './check-escalation';
import { proposalFindings } from './check-proposal';
import { localToday, viewDraft } from './check-scope';
import { toneFindings } from './check-tone';
import type { CheckContext, CheckResult, Finding, FindingKind, Sensitivity } from './types';

/** Clear problems: what `lenient` (the default setting) reports. */
const CLEAR: FindingKind[] = [
  'insult',
  'profanity',
  'shouting',
  'contempt',
  'threat',
  'blame',
  'sarcasm',
  'bluff',
  'broken-commitment',
  'premature-escalation',
  'unsupported-claim',
];

/** Kinds reported at each sensitivity. */
export const SENSITIVITY_KINDS: Record<Sensitivity, ReadonlySet<FindingKind>> = {
  off: new Set(),
  lenient: new Set(CLEAR),
  strict: new Set([...CLEAR, 'exclamation', 'absolute', 'command', 'no-proposal']),
};

/** Which finding is kept when two fall on the same span: the more serious first. */
const PRIORITY: FindingKind[] = [
  'premature-escalation',
  'bluff',
  'broken-commitment',
  'unsupported-claim',
  'insult',
  'profanity',
  'threat',
  'contempt',
  'blame',
  'sarcasm',
  'shouting',
  'absolute',
  'command',
  'exclamation',
  'no-proposal',
];

const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;

export function checkDraft(draft: string, ctx: CheckContext = {}): CheckResult {
  const sensitivity = ctx.sensitivity ?? 'lenient';
  const wanted = SENSITIVITY_KINDS[sensitivity];
  if (!wanted.size || !draft.trim()) return { verdict: 'ok', findings: [] };
  const today = ctx.today && ISO_DAY.test(ctx.today) ? ctx.today.slice(0, 10) : localToday();
  const view = viewDraft(draft, today);

  const found: Finding[] = [
    ...escalationFindings(view, ctx),
    ...bluffFindings(view, ctx),
    ...commitmentFindings(view, ctx),
    ...claimFindings(view, ctx),
    ...toneFindings(view),
  ].filter((f) => wanted.has(f.kind));
  if (wanted.has('no-proposal')) {
    found.push(...proposalFindings(view, ctx, new Set(found.map((f) => `${f.start}:${f.end}`))));
  }

  found.sort((a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind));
  const spans = new Set<string>();
  const findings: Finding[] = [];
  for (const f of found) {
    const key = `${f.start}:${f.end}`;
    if (spans.has(key) || f.end <= f.start) continue;
    spans.add(key);
    findings.push(f);
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { verdict: findings.length ? 'review' : 'ok', findings };
}
