/**
 * The user's profile: the name replies are signed with, their authority (largest credit, largest
 * discount, the hand-off to someone with more authority, or none) and the tone they prefer.
 */
import { useState } from 'preact/hooks';
import type { ParleyDB } from '@/utils/db/schema';
import type { UserProfile } from '@/utils/analysis/types';
import { getSettings, saveSettings } from '@/utils/db/repo';
import { errorText, useLive } from '@/utils/popup/live';
import {
  checkProfile,
  profileForm,
  type Errors,
  type ProfileField,
  type ProfileForm,
} from '@/utils/popup/validate';
import { described, Field, FormActions, FormNote } from './Field';

const CURRENCIES = [
  'EUR',
  'USD',
  'GBP',
  'CHF',
  'CAD',
  'AUD',
  'JPY',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'INR',
  'BRL',
  'MXN',
];

export function ProfileSection({ db }: { db: ParleyDB }) {
  const settings = useLive(() => getSettings(db), [db]);
  return (
    <section class="card" id="profile" aria-labelledby="profile-title">
      <h2 id="profile-title">Profile</h2>
      <p class="intro">
        How Parley’s replies speak for you. Your authority keeps suggestions to what you can grant yourself;
        beyond it, they offer the hand-off instead of a promise you cannot keep.
      </p>
      {settings.status === 'error' && (
        <p class="error" role="alert">
          Parley could not read your settings: {settings.error}
        </p>
      )}
      {settings.status === 'ready' && (
        // Filled once from what is stored; later changes elsewhere never overwrite what is being typed.
        <ProfileEditor initial={settings.value.profile} onSave={(profile) => saveSettings(db, { profile })} />
      )}
    </section>
  );
}

function ProfileEditor({
  initial,
  onSave,
}: {
  initial: UserProfile | null;
  onSave(p: UserProfile): Promise<unknown>;
}) {
  const [form, setForm] = useState<ProfileForm>(() => profileForm(initial));
  const [errors, setErrors] = useState<Errors<ProfileField>>({});
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const set = (patch: Partial<ProfileForm>) => {
    setForm({ ...form, ...patch });
    setNote(null);
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    const checked = checkProfile(form);
    if (!checked.ok) {
      setErrors(checked.errors);
      setNote({ ok: false, text: 'Not saved yet: please fix the fields marked below.' });
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await onSave(checked.value);
      setNote({ ok: true, text: 'Profile saved.' });
    } catch (err) {
      setNote({ ok: false, text: `Not saved: ${errorText(err)}. Your entries are still here; try again.` });
    } finally {
      setSaving(false);
    }
  };

  return (
    <form class="editor profile" onSubmit={submit} noValidate>
      <Field id="p-name" label="Name to sign replies with" error={errors.name}>
        <input
          {...described('p-name', errors.name)}
          type="text"
          autocomplete="name"
          value={form.name}
          placeholder="Alex Morgan"
          onInput={(e) => set({ name: e.currentTarget.value })}
        />
      </Field>

      <fieldset>
        <legend>Your authority: what you can grant without asking anyone</legend>
        <div class="inline-fields">
          <Field id="p-credit" label="Largest credit or refund" error={errors.creditAmount}>
            <input
              {...described('p-credit', errors.creditAmount)}
              type="text"
              inputMode="decimal"
              value={form.creditAmount}
              placeholder="500"
              onInput={(e) => set({ creditAmount: e.currentTarget.value })}
            />
          </Field>
          <Field id="p-currency" label="Currency" error={errors.currency}>
            <input
              {...described('p-currency', errors.currency)}
              type="text"
              class="short"
              list="currencies"
              maxLength={3}
              value={form.currency}
              placeholder="EUR"
              onInput={(e) => set({ currency: e.currentTarget.value.toUpperCase() })}
            />
          </Field>
          <datalist id="currencies">
            {CURRENCIES.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          <Field id="p-discount" label="Largest discount (%)" error={errors.discount}>
            <input
              {...described('p-discount', errors.discount)}
              type="text"
              inputMode="decimal"
              class="short"
              value={form.discount}
              placeholder="10"
              onInput={(e) => set({ discount: e.currentTarget.value })}
            />
          </Field>
        </div>
        <div class="radios" role="radiogroup" aria-label="Hand-off">
          <label class="check">
            <input
              type="radio"
              name="handoff"
              checked={form.handoff === 'none'}
              onChange={() => set({ handoff: 'none' })}
            />
            No hand-off: I decide alone
          </label>
          <label class="check">
            <input
              type="radio"
              name="handoff"
              checked={form.handoff === 'yes'}
              onChange={() => set({ handoff: 'yes' })}
            />
            Someone with more authority can take over
          </label>
        </div>
        {form.handoff === 'yes' && (
          <Field id="p-handoff" label="Who, and how" error={errors.handoffText}>
            <textarea
              {...described('p-handoff', errors.handoffText)}
              rows={2}
              value={form.handoffText}
              placeholder="My manager, Sam Lee (sam@example.com), decides on credits above my limit within 2 days"
              onInput={(e) => set({ handoffText: e.currentTarget.value })}
            />
          </Field>
        )}
      </fieldset>

      <fieldset>
        <legend>Preferred tone of suggested replies</legend>
        <div class="radios">
          {(
            [
              ['warmer', 'Warmer: more acknowledgement and reassurance'],
              ['neutral', 'Neutral'],
              ['firmer', 'Firmer: shorter, states limits plainly'],
            ] as const
          ).map(([tone, label]) => (
            <label key={tone} class="check">
              <input type="radio" name="tone" checked={form.tone === tone} onChange={() => set({ tone })} />
              {label}
            </label>
          ))}
        </div>
      </fieldset>

      <FormActions saving={saving} label="Save profile">
        <FormNote note={note} />
      </FormActions>
    </form>
  );
}
