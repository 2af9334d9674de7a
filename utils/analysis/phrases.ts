/**
 * The wording of Parley's reply drafts, kept as data (data/phrases.json) so that users can add their
 * own: groups (`common` and one per strategy) of slots, each a list of variants with placeholders.
 * `SLOTS` says which placeholders each slot accepts; user wording is validated against it before it
 * extends the bank, and drafts pick one variant per thread by a stable hash.
 */
import defaultPhrases from './data/phrases.json';
import { analyzeTone } from './tone';
import { stableIndex } from './draft-text';
import type { Strategy, TonePreference } from './types';

export type PhraseGroup = 'common' | Strategy;

/** One wording; `tone` limits it to users who asked for warmer / neutral / firmer replies. */
export interface PhraseVariant {
  text: string;
  tone?: TonePreference;
}

export type PhraseEntry = string | PhraseVariant;

/** Group → slot → variants. */
export type PhraseBank = Record<PhraseGroup, Record<string, PhraseEntry[]>>;

interface SlotSpec {
  /** Placeholders the slot may use. */
  placeholders: readonly string[];
  /** Placeholders every variant of the slot must use (the slot means nothing without them). */
  required?: readonly string[];
}

const none: SlotSpec = { placeholders: [] };
const needs = (...names: string[]): SlotSpec => ({ placeholders: names, required: names });

/**
 * What each slot is for and which placeholders it takes:
 * {name} their first name · {want} their position restated ("you want a full refund") · {reason} why
 * ("because your launch is next week") · {interest} the shared interest · {said} what they say went
 * wrong · {promise} the user's own promise · {date}, {due}, {first}, {second} dates (from facts, the
 * thread, or a visible gap) · {amount} a money amount · {remedy} "refund" or "credit" · {percent} a
 * discount within the user's authority · {request} what they asked for · {topic} what it is about ·
 * {target} who they want to escalate to · {handoff} the user's hand-off, in their words · {step} the
 * next step of the user's process · {invoice} the invoice reference · {recourse} the user's committed
 * recourse · {ask} what the user expects them to do ("to confirm which option you prefer") · {reference}
 * an account or other reference · {what} what is owed ("monthly rent", "balance") · {plan} the payment plan
 * they proposed, in their words.
 */
export const SLOTS: Record<PhraseGroup, Record<string, SlotSpec>> = {
  common: {
    greeting: needs('name'),
    greetingNoName: none,
    feelingHostile: none,
    feelingTense: none,
    feelingWaiting: none,
    feelingCalm: none,
    restate: needs('want'),
    restateReason: needs('want', 'reason'),
    threatNoted: none,
    sharedInterest: needs('interest'),
    interestPayment: none,
    interestRefund: none,
    interestDelivery: none,
    interestService: none,
    interestPrice: none,
    interestContract: none,
    interestInternal: none,
    interestGeneral: none,
    optionsIntro: none,
    optionsQuestion: none,
    overdueCommitment: needs('promise', 'date'),
    openCommitment: needs('promise'),
    recourse: needs('recourse'),
    closing: none,
    signoff: none,
  },
  acknowledge: {
    feelingHostile: none,
    feelingTense: none,
    feelingWaiting: none,
    feelingCalm: none,
    heard: needs('said'),
    notYet: none,
    nextStepIntro: none,
    optionCall: none,
    optionWritten: none,
    question: none,
  },
  options: {
    intro: none,
    optionFull: needs('remedy', 'amount'),
    optionPartial: needs('remedy', 'amount'),
    optionDiscount: needs('percent', 'topic'),
    optionDelivery: needs('date'),
    optionRequest: needs('request', 'date'),
    optionReview: needs('topic', 'date'),
    optionCall: needs('topic'),
    optionPriorities: none,
  },
  hold: {
    intro: none,
    stance: none,
    expectation: needs('ask'),
    benefit: needs('interest'),
  },
  escalation: {
    handoffOffer: needs('target', 'handoff'),
    handoffAnnounced: needs('target', 'handoff'),
    directAlt: none,
    noHandoff: needs('target'),
    noHandoffAnnounced: needs('target'),
    canDo: none,
    process: needs('step'),
  },
  payment: {
    open: needs('invoice', 'amount'),
    openAccount: needs('reference', 'amount'),
    openBalance: needs('what', 'amount'),
    due: needs('due'),
    intro: none,
    optionFull: needs('amount', 'date'),
    optionInstalments: needs('amount', 'first', 'second'),
    optionUndisputed: none,
    optionTheirPlan: needs('plan'),
    ask: none,
  },
};

const GROUPS = Object.keys(SLOTS) as PhraseGroup[];
const TONES: readonly TonePreference[] = ['warmer', 'neutral', 'firmer'];
const PLACEHOLDER = /\{([^{}]*)\}/g;
const MAX_LENGTH = 400;

export const variantText = (e: PhraseEntry): string => (typeof e === 'string' ? e : e.text);
const variantTone = (e: PhraseEntry): TonePreference | undefined =>
  typeof e === 'string' ? undefined : e.tone;

/** Placeholder names used in `text`. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/**
 * Why `entry` cannot be used in `group.slot`, in plain words, or null when it is fine. Replies must
 * stay calm and must not assert numbers or dates from nowhere, so the wording itself may carry neither.
 */
export function validatePhrase(group: string, slot: string, entry: unknown): string | null {
  const where = `${group}.${slot}`;
  const spec = (SLOTS as Record<string, Record<string, SlotSpec> | undefined>)[group]?.[slot];
  if (!(group in SLOTS)) return `"${group}" is not a phrase group (use one of ${GROUPS.join(', ')})`;
  if (!spec)
    return `"${slot}" is not a slot of ${group} (use one of ${Object.keys(SLOTS[group as PhraseGroup]).join(', ')})`;
  let text: unknown = entry;
  if (typeof entry === 'object' && entry !== null) {
    const v = entry as Record<string, unknown>;
    if (v.tone !== undefined && !TONES.includes(v.tone as TonePreference))
      return `${where}: tone must be one of ${TONES.join(', ')}`;
    text = v.text;
  }
  if (typeof text !== 'string') return `${where}: a phrase must be text`;
  const t = text.trim();
  if (!t) return `${where}: the phrase is empty`;
  if (t.length > MAX_LENGTH) return `${where}: the phrase is longer than ${MAX_LENGTH} characters`;
  const stripped = t.replace(PLACEHOLDER, '');
  if (/[{}]/.test(stripped)) return `${where}: "${t}" has an unmatched brace; placeholders look like {name}`;
  const used = placeholdersOf(t);
  const unknown = used.filter((p) => !spec.placeholders.includes(p));
  if (unknown.length) {
    const allowed = spec.placeholders.length
      ? `it accepts ${spec.placeholders.map((p) => `{${p}}`).join(', ')}`
      : 'it accepts no placeholders';
    return `${where}: unknown placeholder ${unknown.map((p) => `{${p}}`).join(', ')}; ${allowed}`;
  }
  const missing = (spec.required ?? []).filter((p) => !used.includes(p));
  if (missing.length) return `${where}: the phrase must use ${missing.map((p) => `{${p}}`).join(', ')}`;
  if (/\d/.test(stripped))
    return `${where}: no numbers in the wording; amounts and dates come from your facts or the thread`;
  if (/[[\]]/.test(stripped)) return `${where}: square brackets are reserved for gaps Parley leaves to fill`;
  const tone = analyzeTone(stripped.replace(/\s+/g, ' '));
  if (tone.signals.length) {
    const s = tone.signals[0];
    return `${where}: "${s.text}" would make the reply read as hostile (${s.kind}): ${s.explanation}`;
  }
  return null;
}

export interface RejectedPhrase {
  group: string;
  slot: string;
  text: string;
  /** Why it was not added, in plain words. */
  reason: string;
}

/**
 * The bank extended with the user's own wording (their variants come after the defaults). Entries that
 * fail `validatePhrase` are left out and listed in `rejected` with the reason, so the options page can
 * show them; the rest are added.
 */
export function mergePhrases(
  base: PhraseBank,
  user: unknown,
): { bank: PhraseBank; rejected: RejectedPhrase[] } {
  const bank = Object.fromEntries(
    GROUPS.map((g) => [g, Object.fromEntries(Object.entries(base[g] ?? {}).map(([s, v]) => [s, [...v]]))]),
  ) as PhraseBank;
  const rejected: RejectedPhrase[] = [];
  if (user === undefined || user === null) return { bank, rejected };
  if (typeof user !== 'object' || Array.isArray(user)) {
    rejected.push({
      group: '',
      slot: '',
      text: '',
      reason: 'your phrases must be an object of groups and slots',
    });
    return { bank, rejected };
  }
  for (const [group, slots] of Object.entries(user as Record<string, unknown>)) {
    if (group.startsWith('_')) continue;
    if (typeof slots !== 'object' || slots === null || Array.isArray(slots)) {
      rejected.push({ group, slot: '', text: '', reason: `${group} must be an object of slots` });
      continue;
    }
    for (const [slot, entries] of Object.entries(slots as Record<string, unknown>)) {
      for (const entry of Array.isArray(entries) ? entries : [entries]) {
        const reason = validatePhrase(group, slot, entry);
        const text =
          typeof entry === 'string' ? entry : String((entry as { text?: unknown } | null)?.text ?? '');
        if (reason) {
          rejected.push({ group, slot, text, reason });
          continue;
        }
        const g = bank[group as PhraseGroup];
        const clean: PhraseEntry =
          typeof entry === 'string'
            ? entry.trim()
            : {
                text: text.trim(),
                ...((entry as PhraseVariant).tone ? { tone: (entry as PhraseVariant).tone } : {}),
              };
        (g[slot] ??= []).push(clean);
      }
    }
  }
  return { bank, rejected };
}

/** Parley's own wording (validated by the unit tests). */
export const DEFAULT_PHRASES: PhraseBank = Object.fromEntries(
  Object.entries(defaultPhrases as Record<string, unknown>).filter(([key]) => !key.startsWith('_')),
) as PhraseBank;

/** Fills `{placeholders}` from `vars`. */
export function fillPhrase(text: string, vars: Record<string, string>): string {
  return text.replace(PLACEHOLDER, (m, name: string) => vars[name] ?? m);
}

/**
 * One variant of `group.slot` for this thread, filled: only variants whose placeholders all have a
 * value and whose tone suits the user's preference are candidates. Null when there are none.
 */
export function pickPhrase(
  bank: PhraseBank,
  group: PhraseGroup,
  slot: string,
  vars: Record<string, string>,
  seed: string,
  tone: TonePreference = 'neutral',
): string | null {
  const all = bank[group]?.[slot] ?? [];
  const fits = (e: PhraseEntry) => placeholdersOf(variantText(e)).every((p) => vars[p]);
  // A warmer or firmer preference uses that wording wherever the slot has some; neutral adds to the rest.
  const toned = all.filter((e) => fits(e) && variantTone(e) === tone);
  const untagged = all.filter((e) => fits(e) && !variantTone(e));
  const candidates = tone === 'neutral' ? [...untagged, ...toned] : toned.length ? toned : untagged;
  if (!candidates.length) return null;
  return fillPhrase(
    variantText(candidates[stableIndex(`${seed}|${group}.${slot}`, candidates.length)]),
    vars,
  );
}
