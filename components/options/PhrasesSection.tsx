/**
 * "Your own wording": the user adds variants to the phrase bank Parley drafts replies from, per group
 * (every reply, or one strategy) and slot. Each slot says which placeholders it takes (`SLOTS`); an entry
 * is checked with the drafter's own rules (`validatePhrase`) before it is saved, and the reason it cannot
 * be used is shown in plain words next to what was typed, which stays in the box until it is saved.
 */
import { useState } from 'preact/hooks';
import type { ParleyDB } from '@/utils/db/schema';
import type { TonePreference } from '@/utils/analysis/types';
import type { UserPhrases } from '@/utils/db/types';
import {
  DEFAULT_PHRASES,
  mergePhrases,
  SLOTS,
  validatePhrase,
  variantText,
  type PhraseEntry,
  type PhraseGroup,
} from '@/utils/analysis/phrases';
import { getSettings, saveSettings } from '@/utils/db/repo';
import { MAX_PER_SLOT, PHRASE_GROUPS, phraseCount, phraseEntry, plainReason } from '@/utils/db/phrases';
import { errorText, useLive } from '@/utils/popup/live';
import { described, Field, FormActions, FormNote } from './Field';

export const GROUP_LABEL: Record<PhraseGroup, string> = {
  common: 'Every reply',
  acknowledge: 'Acknowledge and calm',
  options: 'Offer options',
  hold: 'Hold your position with data',
  escalation: 'Answer the escalation',
  payment: 'Propose a payment plan',
};

/** What each placeholder is filled with (see SLOTS in utils/analysis/phrases.ts). */
const PLACEHOLDER_MEANING: Record<string, string> = {
  name: 'their first name',
  want: 'their position, restated (“you want a full refund”)',
  reason: 'why they want it (“because your launch is next week”)',
  interest: 'the interest you share',
  said: 'what they say went wrong',
  promise: 'your own promise',
  date: 'a date',
  due: 'the due date',
  first: 'the first instalment’s date',
  second: 'the second instalment’s date',
  amount: 'a money amount',
  remedy: '“refund” or “credit”',
  percent: 'a discount within your authority',
  request: 'what they asked for',
  topic: 'what it is about',
  target: 'who they want to escalate to',
  handoff: 'your hand-off, in your words',
  step: 'the next step of your process',
  invoice: 'the invoice reference',
  recourse: 'your committed recourse',
  ask: 'what you expect them to do',
  reference: 'an account or other reference',
  what: 'what is owed (“balance”)',
  plan: 'the payment plan they proposed',
};

const TONES: readonly TonePreference[] = ['warmer', 'neutral', 'firmer'];

/** `optionFull` → `Option full`. */
export const slotLabel = (slot: string): string => {
  const words = slot.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

const entryTone = (e: PhraseEntry): TonePreference | undefined =>
  typeof e === 'string' ? undefined : e.tone;

/** `phrases` with `entries` as the list of `group.slot` (empty slots and groups dropped). */
function withSlot(
  phrases: UserPhrases,
  group: PhraseGroup,
  slot: string,
  entries: PhraseEntry[],
): UserPhrases {
  const slots = { ...(phrases[group] ?? {}) };
  if (entries.length) slots[slot] = entries;
  else delete slots[slot];
  const next: UserPhrases = { ...phrases };
  if (Object.keys(slots).length) next[group] = slots;
  else delete next[group];
  return next;
}

export function PhrasesSection({ db }: { db: ParleyDB }) {
  const settings = useLive(() => getSettings(db), [db]);
  const [group, setGroup] = useState<PhraseGroup>('common');
  const [slot, setSlot] = useState<string>(Object.keys(SLOTS.common)[0]);
  const [failure, setFailure] = useState('');
  const stored: UserPhrases = settings.status === 'ready' ? (settings.value.phrases ?? {}) : {};
  const entries = stored[group]?.[slot] ?? [];
  const spec = SLOTS[group][slot];
  const example = DEFAULT_PHRASES[group]?.[slot]?.[0];

  /** Reads the stored wording afresh and saves `change` of it, so edits from another page are kept. */
  const update = async (change: (p: UserPhrases) => UserPhrases) => {
    const current = (await getSettings(db)).phrases ?? {};
    await saveSettings(db, { phrases: change(current) });
  };
  /** Removes the first stored entry equal to `entry` (the list may have changed in another page). */
  const remove = (entry: PhraseEntry) => {
    setFailure('');
    const same = (e: PhraseEntry) =>
      variantText(e) === variantText(entry) && entryTone(e) === entryTone(entry);
    update((p) => {
      const list = p[group]?.[slot] ?? [];
      const at = list.findIndex(same);
      return at < 0
        ? p
        : withSlot(
            p,
            group,
            slot,
            list.filter((_, i) => i !== at),
          );
    }).catch((err) => setFailure(`Could not remove it: ${errorText(err)}`));
  };
  const choose = (g: PhraseGroup, s: string) => {
    setGroup(g);
    setSlot(s);
    setFailure('');
  };

  return (
    <section class="card" id="wording" aria-labelledby="wording-title">
      <h2 id="wording-title">Your own wording</h2>
      <p class="intro">
        Add the way you would say things. Parley picks one wording per conversation from its own and yours, so
        the same conversation always reads the same. Wording never carries numbers or dates: those come from
        your facts and the thread, through placeholders such as {'{amount}'}.
      </p>
      {settings.status === 'error' && (
        <p class="error" role="alert">
          Parley could not read your settings: {settings.error}
        </p>
      )}
      <div class="inline-fields">
        <Field id="ph-group" label="Where">
          <select
            id="ph-group"
            value={group}
            onChange={(e) => {
              const g = e.currentTarget.value as PhraseGroup;
              choose(g, Object.keys(SLOTS[g])[0]);
            }}
          >
            {PHRASE_GROUPS.map((g) => (
              <option key={g} value={g}>
                {GROUP_LABEL[g]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="ph-slot" label="Part of the reply">
          <select id="ph-slot" value={slot} onChange={(e) => choose(group, e.currentTarget.value)}>
            {Object.keys(SLOTS[group]).map((s) => (
              <option key={s} value={s}>
                {slotLabel(s)}
                {stored[group]?.[s]?.length ? ` (${stored[group]![s].length} yours)` : ''}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <div class="hint block" data-parley="placeholders">
        {spec.placeholders.length ? (
          <>
            Placeholders this part takes:{' '}
            {spec.placeholders.map((p, i) => (
              <span key={p}>
                {i > 0 && '; '}
                <code>{`{${p}}`}</code> {PLACEHOLDER_MEANING[p] ?? ''}
                {spec.required?.includes(p) ? ' (required)' : ''}
              </span>
            ))}
            .
          </>
        ) : (
          'This part takes no placeholders.'
        )}
        {example && <> Parley’s own wording, for example: “{variantText(example)}”</>}
      </div>
      {entries.length > 0 ? (
        <ul class="rows" aria-label={`Your wording for ${GROUP_LABEL[group]}: ${slotLabel(slot)}`}>
          {entries.map((e, i) => (
            <li key={`${i}:${variantText(e)}`} class="row" data-parley="phrase">
              <PhraseView group={group} slot={slot} entry={e} onRemove={() => remove(e)} />
            </li>
          ))}
        </ul>
      ) : (
        <p class="quiet">None of your own here yet.</p>
      )}
      {failure && (
        <p class="error" role="alert">
          {failure}
        </p>
      )}
      {settings.status === 'ready' && (
        // Not keyed by slot: what was typed stays when another slot is chosen for it.
        <PhraseEditor
          group={group}
          slot={slot}
          full={entries.length >= MAX_PER_SLOT}
          onSave={(entry) => update((p) => withSlot(p, group, slot, [...(p[group]?.[slot] ?? []), entry]))}
        />
      )}
      <Elsewhere stored={stored} current={[group, slot]} onChoose={choose} />
    </section>
  );
}

function PhraseView({
  group,
  slot,
  entry,
  onRemove,
}: {
  group: PhraseGroup;
  slot: string;
  entry: PhraseEntry;
  onRemove(): void;
}) {
  // Wording saved under other rules (an older Parley) is shown with why drafts leave it out.
  const reason = validatePhrase(group, slot, entry);
  const tone = entryTone(entry);
  return (
    <div class="row-view">
      <span class="row-main">
        <span class="row-value" dir="auto">
          {variantText(entry)}
        </span>
        {tone && <span class="hint">Only for a {tone} tone</span>}
        {reason && (
          <span class="field-error">Replies leave this out: {plainReason(group, slot, reason)}</span>
        )}
      </span>
      <div class="row-actions">
        <button
          type="button"
          class="danger-quiet"
          onClick={onRemove}
          aria-label={`Remove wording: ${variantText(entry)}`}
        >
          Remove
        </button>
      </div>
    </div>
  );
}

function PhraseEditor({
  group,
  slot,
  full,
  onSave,
}: {
  group: PhraseGroup;
  slot: string;
  full: boolean;
  onSave(entry: PhraseEntry): Promise<void>;
}) {
  const [text, setText] = useState('');
  const [tone, setTone] = useState<TonePreference | ''>('');
  // Once an entry was refused, what is typed is checked as it changes (and against the slot chosen).
  const [tried, setTried] = useState(false);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const problem = (t: string): string | undefined => {
    if (full) return `this part already has ${MAX_PER_SLOT} of your wordings; remove one first`;
    const reason = validatePhrase(group, slot, t);
    return reason ? plainReason(group, slot, reason) : undefined;
  };
  const error = tried ? problem(text) : undefined;

  const submit = async (e: Event) => {
    e.preventDefault();
    setNote(null);
    if (problem(text)) {
      setTried(true);
      return;
    }
    setSaving(true);
    try {
      await onSave(phraseEntry(text, tone || undefined));
      setText('');
      setTried(false);
      setNote({ ok: true, text: 'Added.' });
    } catch (err) {
      setNote({ ok: false, text: `Not saved: ${errorText(err)}. Your text is still here; try again.` });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="editor" onSubmit={submit} noValidate>
      <Field id="ph-text" label="Add your wording" error={error}>
        <textarea
          {...described('ph-text', error)}
          rows={2}
          value={text}
          onInput={(e) => {
            const value = e.currentTarget.value;
            setText(value);
            setNote(null);
          }}
        />
      </Field>
      <Field id="ph-tone" label="Tone">
        <select
          id="ph-tone"
          value={tone}
          onChange={(e) => setTone(e.currentTarget.value as TonePreference | '')}
        >
          <option value="">Any tone</option>
          {TONES.map((t) => (
            <option key={t} value={t}>
              Only when I prefer a {t} tone
            </option>
          ))}
        </select>
      </Field>
      <FormActions saving={saving} label="Add wording">
        <FormNote note={note} />
      </FormActions>
    </form>
  );
}

/** The other places the user added wording, to go back to them; and a count of all of it. */
function Elsewhere({
  stored,
  current,
  onChoose,
}: {
  stored: UserPhrases;
  current: [PhraseGroup, string];
  onChoose(group: PhraseGroup, slot: string): void;
}) {
  const places = PHRASE_GROUPS.flatMap((g) =>
    Object.entries(stored[g] ?? {})
      .filter(([s, list]) => list.length && !(g === current[0] && s === current[1]))
      .map(([s, list]) => ({ group: g, slot: s, count: list.length })),
  );
  if (!places.length) return null;
  const unused = mergePhrases(DEFAULT_PHRASES, stored).rejected.length;
  return (
    <div class="elsewhere">
      <h3>
        All your wording ({phraseCount(stored)}
        {unused ? `, ${unused} left out of replies` : ''})
      </h3>
      <ul class="chips">
        {places.map((p) => (
          <li key={`${p.group}.${p.slot}`}>
            <button type="button" class="link" onClick={() => onChoose(p.group, p.slot)}>
              {GROUP_LABEL[p.group]}: {slotLabel(p.slot)} ({p.count})
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
