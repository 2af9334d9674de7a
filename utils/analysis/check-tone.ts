/**
 * Tone findings of the Send check: the hostile signals of `analyzeTone` in the user's own words, each
 * with a softer replacement where one exists. Replacements come from data/softer.json (word and phrase
 * rules) and two rewrites in code: shouting → sentence case, an unsoftened command → "Could you please
 * …?". A replacement is offered only when the changed sentence, analysed again, no longer carries the
 * signal: a suggestion never trades one problem for the same problem.
 */
import softerFile from './data/softer.json';
import type { DraftView } from './check-scope';
import { sentenceAt } from './check-scope';
import { sentences } from './text';
import { analyzeTone } from './tone';
import type { Finding, Signal, SignalKind } from './types';

interface SofterRule {
  kinds: SignalKind[];
  pattern: RegExp;
  replacement: string;
}

const RULES: SofterRule[] = (
  softerFile as { rules: { kinds: string[]; pattern: string; replacement: string }[] }
).rules.map((r) => ({
  kinds: r.kinds as SignalKind[],
  pattern: new RegExp(r.pattern, 'gi'),
  replacement: r.replacement,
}));

/** Kinds that show the draft is written in anger (a threat among them is a threat in anger). */
const ANGER: ReadonlySet<SignalKind> = new Set([
  'insult',
  'profanity',
  'shouting',
  'exclamation',
  'blame',
  'sarcasm',
  'absolute',
  'contempt',
]);

const MESSAGES: Record<SignalKind, string> = {
  insult: 'Name-calling attacks the person instead of the problem, and makes agreement harder.',
  profanity: 'Swearing reads as loss of control and gives them a reason to stop listening.',
  shouting: 'Words in capitals read as shouting.',
  exclamation: 'Repeated exclamation marks read as anger rather than emphasis.',
  blame: 'This puts the fault on the reader; state the facts and what you need instead.',
  sarcasm: 'Ironic praise or mock politeness: they will hear contempt, not humour.',
  absolute: 'Sweeping words like "always" and "never" invite denial instead of a fix.',
  contempt: 'Belittling words signal disrespect and harden their position.',
  command: 'An unsoftened order; a request gets further.',
  threat:
    'A consequence stated in anger reads as a threat, not a plan. If you will act on it, say it once and calmly; otherwise leave it out.',
};

interface Edit {
  start: number;
  end: number;
  replacement: string;
}

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** Whether `at` starts its sentence (only bullets, quotes or spaces before it). */
function atSentenceStart(view: DraftView, at: number): boolean {
  const s = sentenceAt(view, at);
  return !!s && /^[\s\-–—•*"'“(]*$/.test(view.draft.slice(s.start, at));
}

/** Makes a dropped phrase leave clean text: one space less, and a capital where the sentence starts. */
function tidy(view: DraftView, edit: Edit): Edit {
  let { start, end, replacement } = edit;
  const d = view.draft;
  if (replacement === '') {
    if (/[ \t]/.test(d[end] ?? '') && (start === 0 || /\s/.test(d[start - 1]))) end++;
    else if (/[ \t]/.test(d[start - 1] ?? '') && /^[\s.,;:!?]?$/.test(d[end] ?? '')) start--;
    if (atSentenceStart(view, start) && /[a-z]/.test(d[end] ?? '')) {
      replacement = d[end].toUpperCase();
      end++;
    }
  } else if (/^[a-z]/.test(replacement)) {
    // Keep a capital where the sentence starts or the words were capitalised ("Ridiculous"), not
    // where they were shouted ("is RIDICULOUS" → "is frustrating").
    const original = d.slice(start, end);
    const shouted = /^[A-Z]{2,}/.test(original);
    if (atSentenceStart(view, start) || (/^[A-Z]/.test(original) && !shouted))
      replacement = upperFirst(replacement);
  }
  return { start, end, replacement };
}

/** Candidate edits from the data rules: matches in the signal's sentence that overlap the signal. */
function ruleEdits(view: DraftView, signal: Signal): Edit[] {
  const s = sentenceAt(view, signal.start);
  const from = s ? s.start : signal.start;
  const to = s ? Math.max(s.end, signal.end) : signal.end;
  const region = view.draft.slice(from, to);
  const out: Edit[] = [];
  for (const rule of RULES) {
    if (!rule.kinds.includes(signal.kind)) continue;
    rule.pattern.lastIndex = 0;
    for (const m of region.matchAll(rule.pattern)) {
      const a = from + m.index;
      const b = a + m[0].length;
      if (b <= signal.start || a >= signal.end) continue;
      const start = Math.min(a, signal.start);
      const end = Math.max(b, signal.end);
      const replaced = m[0].replace(new RegExp(rule.pattern.source, 'i'), rule.replacement);
      const replacement = view.draft.slice(start, a) + replaced + view.draft.slice(b, end);
      out.push(tidy(view, { start, end, replacement }));
    }
  }
  return out;
}

/** Sentence case for a shouted run of words; "I" stays a capital. */
function sentenceCase(view: DraftView, signal: Signal): Edit {
  let text = signal.text.toLowerCase().replace(/\bi\b/g, 'I');
  if (atSentenceStart(view, signal.start)) text = upperFirst(text);
  return { start: signal.start, end: signal.end, replacement: text };
}

/**
 * "You will have it by Friday", "You'll receive the revised quote tomorrow": the reader as the one who
 * receives is the user promising, not ordering. Not when the reader must make something happen ("You
 * will have it ready by Friday", "You will get me the refund") or the "promise" is a threat ("You will
 * receive a letter from our lawyers", which the threat and bluff checks judge).
 */
const PROMISE_TO_READER =
  /^(?:(?:and|so|then|also)\s+)?you(?:\s+will|'ll|’ll|\s+shall)\s+(?:also\s+|then\s+|soon\s+|now\s+|still\s+)?(?:have|receive|get|see|hear\s+(?:back\s+)?from\s+(?:me|us))\b(?!\s+(?:me|us|to)\b)/i;
const READER_MUST_ACT =
  /\b(?:ready|done|fixed|finished|sent|delivered|completed|signed|paid|sorted|resolved|returned|corrected|on\s+my\s+desk|to\s+(?:me|us)|back\s+to\s+(?:me|us)|lawyers?|solicitors?|attorneys?|legal|court|collections?|summons|notice|penalty|fine)\b/i;

/** Whether a command signal is in fact a promise to the reader. */
function promisesReader(text: string): boolean {
  const t = text.trim().replace(/[.!]+$/, '');
  return PROMISE_TO_READER.test(t) && !READER_MUST_ACT.test(t);
}

const PUSHY = /,?\s*\b(?:right now|right away|immediately|at once|now|asap|already)\b/gi;

/** "Fix it now." → "Could you please fix it?"; "You will refund me" → "Could you please refund me?". */
function politeRequest(signal: Signal): Edit | null {
  let body = signal.text.replace(/[\s.!?]+$/, '');
  body = body.replace(/^(?:(?:and|so|now|just|then|simply|also|instead)[,]?\s+)+/i, '');
  if (/^(?:don'?t|do not|stop)\b/i.test(body)) {
    return { start: signal.start, end: signal.end, replacement: `Please ${lowerFirst(body)}.` };
  }
  const you = /^you(?: will|'ll|’ll)\s+(.+)$/i.exec(body);
  if (you) body = you[1];
  const days = /^you have (\S+ (?:hours|days|business days|working days)) to\s+(.+)$/i.exec(body);
  if (days) body = `${days[2]} within ${days[1]}`;
  body = body.replace(PUSHY, '').trim();
  if (!body) return null;
  if (body === body.toUpperCase()) body = body.toLowerCase().replace(/\bi\b/g, 'I');
  return { start: signal.start, end: signal.end, replacement: `Could you please ${lowerFirst(body)}?` };
}

/** Whether the draft with `edit` applied still carries a `kind` signal where the edit was made. */
function stillThere(view: DraftView, edit: Edit, kind: SignalKind): boolean {
  const changed = view.draft.slice(0, edit.start) + edit.replacement + view.draft.slice(edit.end);
  const editEnd = edit.start + edit.replacement.length;
  const around = sentences(changed).filter((s) => s.end >= edit.start && s.start <= editEnd);
  if (!around.length) return false;
  const from = around[0].start;
  const window = changed.slice(from, around[around.length - 1].end);
  return analyzeTone(window).signals.some(
    (s) => s.kind === kind && from + s.start <= editEnd && from + s.end >= edit.start,
  );
}

function suggestionFor(view: DraftView, signal: Signal): Edit | null {
  const candidates: Edit[] = [];
  if (signal.kind === 'shouting') candidates.push(sentenceCase(view, signal));
  if (signal.kind === 'command') {
    const polite = politeRequest(signal);
    if (polite) candidates.push(polite);
  }
  candidates.push(...ruleEdits(view, signal));
  for (const edit of candidates) {
    if (edit.replacement === view.draft.slice(edit.start, edit.end)) continue;
    if (!stillThere(view, edit, signal.kind)) return edit;
  }
  return null;
}

/**
 * Findings for the hostile signals in the draft's own words. A `threat` signal is a finding only in
 * anger (other hostile signals in the draft): a committed recourse stated calmly is what the method
 * asks for, and one that is not committed is the bluff check's business.
 */
export function toneFindings(view: DraftView): Finding[] {
  const signals = view.tone.signals.filter((s) => s.end <= view.end);
  const angry = signals.some((s) => ANGER.has(s.kind));
  const out: Finding[] = [];
  for (const signal of signals) {
    if (signal.kind === 'threat' && !angry) continue;
    if (signal.kind === 'command' && promisesReader(signal.text)) continue;
    const edit = signal.kind === 'threat' ? null : suggestionFor(view, signal);
    const start = edit ? edit.start : signal.start;
    const end = edit ? edit.end : signal.end;
    out.push({
      kind: signal.kind,
      start,
      end,
      text: view.draft.slice(start, end),
      message: MESSAGES[signal.kind],
      ...(edit ? { suggestion: edit.replacement } : {}),
    });
  }
  return out;
}
