/**
 * Checking the user's own wording ("Your own wording" in the options page, `settings.phrases` in an
 * import file) with the drafter's own rules (`validatePhrase`, utils/analysis/phrases.ts): the same
 * entry is accepted or refused, for the same reason, wherever it comes from. Kept out of repo.ts, which
 * the popup loads, because the rules include the tone analyser.
 */
import { SLOTS, validatePhrase, type PhraseEntry, type PhraseGroup } from '../analysis/phrases';
import type { TonePreference } from '../analysis/types';
import type { UserPhrases } from './types';
import { Invalid, list, object } from './validate';

/** Most variants kept per slot (a slot's wording is picked by a hash: more adds nothing readable). */
export const MAX_PER_SLOT = 50;

export const PHRASE_GROUPS = Object.keys(SLOTS) as PhraseGroup[];

/** `validatePhrase` names the slot first (`options.intro: …`); where the slot is already shown, drop it. */
export function plainReason(group: string, slot: string, reason: string): string {
  const prefix = `${group}.${slot}: `;
  return reason.startsWith(prefix) ? reason.slice(prefix.length) : reason;
}

/** One entry as it is stored: trimmed text, with its tone only when it has one. */
export function phraseEntry(text: string, tone?: TonePreference): PhraseEntry {
  return tone ? { text: text.trim(), tone } : text.trim();
}

/**
 * The user's wording from outside (an import file), checked entry by entry: throws `Invalid` naming the
 * slot, the entry and why it cannot be used. Empty slots and groups are dropped.
 */
export function userPhrases(v: unknown, path: string): UserPhrases {
  const groups = object(v, path);
  const out: UserPhrases = {};
  for (const [group, slotsValue] of Object.entries(groups)) {
    if (!(PHRASE_GROUPS as string[]).includes(group))
      throw new Invalid(
        path,
        `has “${group}”, which is not a phrase group (use ${PHRASE_GROUPS.join(', ')})`,
      );
    const g = group as PhraseGroup;
    const slots = object(slotsValue, `${path}.${group}`);
    for (const [slot, entriesValue] of Object.entries(slots)) {
      if (!(slot in SLOTS[g]))
        throw new Invalid(`${path}.${group}`, `has “${slot}”, which is not a slot of ${group}`);
      const entries = list(entriesValue, `${path}.${group}.${slot}`, MAX_PER_SLOT).map((entry, i) => {
        const reason = validatePhrase(group, slot, entry);
        if (reason)
          throw new Invalid(
            `${path}.${group}.${slot}`,
            `wording ${i + 1} can’t be used: ${plainReason(group, slot, reason)}`,
          );
        return typeof entry === 'string'
          ? phraseEntry(entry)
          : phraseEntry((entry as { text: string }).text, (entry as { tone?: TonePreference }).tone);
      });
      if (entries.length) (out[g] ??= {})[slot] = entries;
    }
  }
  return out;
}

/** How many entries `phrases` holds. */
export function phraseCount(phrases: UserPhrases | undefined): number {
  return Object.values(phrases ?? {}).reduce(
    (n, slots) => n + Object.values(slots ?? {}).reduce((m, entries) => m + entries.length, 0),
    0,
  );
}
