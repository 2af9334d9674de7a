/**
 * Validation of what the user types on the options page, with plain-words messages per field. Forms
 * keep the user's raw text (strings) and only turn it into stored values when it is valid, so a
 * mistake never costs what was typed.
 */
import type { Authority, FactKind, TonePreference, UserProfile } from '@/utils/analysis/types';
import { extractAmounts, parseAmountNumber } from '@/utils/analysis/amounts';

export type Errors<K extends string> = Partial<Record<K, string>>;
export type Checked<T, K extends string> = { ok: true; value: T } | { ok: false; errors: Errors<K> };

export const LIMITS = { label: 100, value: 2000, recourse: 1000, name: 100, handoff: 1000 } as const;

export const FACT_KINDS: { kind: FactKind; label: string; example: string }[] = [
  { kind: 'amount', label: 'Amount', example: '€4,800' },
  { kind: 'date', label: 'Date', example: '2026-03-14' },
  { kind: 'policy', label: 'Policy', example: 'Refunds within 30 days of delivery' },
  { kind: 'reference', label: 'Reference', example: 'Invoice INV-2041' },
  { kind: 'note', label: 'Note', example: 'Delivered on time, signed by their team' },
];

export interface FactForm {
  label: string;
  value: string;
  kind: FactKind;
}

/** A real calendar date: `YYYY-MM-DD` or anything the browser reads as a date ("14 March 2026"). */
function isDate(text: string): boolean {
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) {
    const d = new Date(Date.UTC(+iso[1], +iso[2] - 1, +iso[3]));
    return d.getUTCMonth() === +iso[2] - 1 && d.getUTCDate() === +iso[3];
  }
  return /\d/.test(text) && /[a-z]|[./-]/i.test(text) && !Number.isNaN(Date.parse(text));
}

export function checkFact(form: FactForm): Checked<FactForm, 'label' | 'value'> {
  const label = form.label.trim();
  const value = form.value.trim();
  const errors: Errors<'label' | 'value'> = {};
  if (!label) errors.label = 'Give the fact a name, like “Invoice” or “Refund policy”.';
  else if (label.length > LIMITS.label) errors.label = `Keep the name under ${LIMITS.label} characters.`;
  if (!value) errors.value = 'Write the fact itself: this is what replies will cite.';
  else if (value.length > LIMITS.value) errors.value = `Keep the fact under ${LIMITS.value} characters.`;
  else if (form.kind === 'amount' && !extractAmounts(value).length && !/^\d[\d.,\s]*$/.test(value))
    errors.value = 'An amount needs a sum, like “€4,800” or “4800 EUR”.';
  else if (form.kind === 'date' && !isDate(value))
    errors.value = 'A date needs a day, like “2026-03-14” or “14 March 2026”.';
  return Object.keys(errors).length
    ? { ok: false, errors }
    : { ok: true, value: { label, value, kind: form.kind } };
}

export function checkRecourse(text: string): Checked<string, 'text'> {
  const t = text.trim();
  if (!t)
    return {
      ok: false,
      errors: { text: 'Say what you would do, like “Stop work until the invoice is paid”.' },
    };
  if (t.length > LIMITS.recourse)
    return { ok: false, errors: { text: `Keep it under ${LIMITS.recourse} characters.` } };
  return { ok: true, value: t };
}

/** The profile form as typed: every field a string, so nothing is lost to parsing. */
export interface ProfileForm {
  name: string;
  creditAmount: string;
  currency: string;
  discount: string;
  handoff: 'none' | 'yes';
  handoffText: string;
  tone: TonePreference;
}

export type ProfileField = 'name' | 'creditAmount' | 'currency' | 'discount' | 'handoffText';

export function profileForm(p: UserProfile | null): ProfileForm {
  const a = p?.authority;
  return {
    name: p?.name ?? '',
    creditAmount: a?.maxCredit ? String(a.maxCredit.value) : '',
    currency: a?.maxCredit?.currency ?? '',
    discount: a?.maxDiscountPercent !== undefined ? String(a.maxDiscountPercent) : '',
    handoff: a?.handoff ? 'yes' : 'none',
    handoffText: a?.handoff ?? '',
    tone: p?.tone ?? 'neutral',
  };
}

/** A number as people type it: "5000", "5,000", "5.000,50", "1 200". NaN when it is not one. */
export function parseTypedNumber(text: string): number {
  const t = text.trim();
  if (!/^\d[\d.,\s\u00a0'’]*$/.test(t)) return NaN;
  return parseAmountNumber(t);
}

export function checkProfile(form: ProfileForm): Checked<UserProfile, ProfileField> {
  const errors: Errors<ProfileField> = {};
  const name = form.name.trim();
  if (name.length > LIMITS.name) errors.name = `Keep the name under ${LIMITS.name} characters.`;

  const authority: Authority = {};
  const amountText = form.creditAmount.trim();
  const currency = form.currency.trim().toUpperCase();
  if (amountText) {
    const value = parseTypedNumber(amountText);
    if (!Number.isFinite(value) || value < 0)
      errors.creditAmount = 'Write the largest credit as a number, like 500 or 1,250.';
    else if (!/^[A-Z]{3}$/.test(currency))
      errors.currency = 'Give the currency as its three-letter code, like EUR, USD or GBP.';
    else authority.maxCredit = { currency, value };
  } else if (currency && !/^[A-Z]{3}$/.test(currency)) {
    errors.currency = 'Give the currency as its three-letter code, like EUR, USD or GBP.';
  }
  const discountText = form.discount.trim().replace(/\s*%$/, '');
  if (discountText) {
    const d = parseTypedNumber(discountText);
    if (!Number.isFinite(d) || d < 0 || d > 100)
      errors.discount = 'Write the largest discount as a percentage between 0 and 100.';
    else authority.maxDiscountPercent = d;
  }
  if (form.handoff === 'yes') {
    const h = form.handoffText.trim();
    if (!h)
      errors.handoffText =
        'Say who takes over and how (“My manager, Sam Lee, by email”), or choose “No hand-off”.';
    else if (h.length > LIMITS.handoff) errors.handoffText = `Keep it under ${LIMITS.handoff} characters.`;
    else authority.handoff = h;
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  const profile: UserProfile = { name, tone: form.tone };
  if (Object.keys(authority).length) profile.authority = authority;
  return { ok: true, value: profile };
}
