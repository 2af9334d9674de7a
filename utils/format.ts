/** Display helpers shared by the panel and the popup. */

/**
 * Intl formatters are costly to build (about 0.3 ms each, which `toLocaleString(locale, options)`
 * pays on every call) and cheap to reuse: one per locale and options, kept for the page's life.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

export function dateFormat(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `d|${locale ?? ''}|${JSON.stringify(options)}`;
  let f = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

export function numberFormat(
  locale: string | undefined,
  options: Intl.NumberFormatOptions = {},
): Intl.NumberFormat {
  const key = `n|${locale ?? ''}|${JSON.stringify(options)}`;
  let f = formatters.get(key) as Intl.NumberFormat | undefined;
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

/** "Mon, Nov 2, 10:15" in the user's locale, from a local ISO string; '' for null. */
export function formatDate(iso: string | null, locale?: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const sameYear = d.getFullYear() === new Date().getFullYear();
  return dateFormat(locale, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: sameYear ? undefined : 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  }).format(d);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "a", "a and b", "a, b and c". */
export function listPhrase(items: readonly string[]): string {
  return items.length < 2
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * A money amount for display ("€8,000.00"); the currency code alone when Intl does not know it. Amounts
 * under one unit keep up to four decimals ("£0.365" for 36.5p, "$0.0095" a minute).
 */
export function formatMoney(v: { currency: string; value: number }, locale?: string): string {
  const maximumFractionDigits = Math.abs(v.value) < 1 ? 4 : 2;
  try {
    return v.currency
      ? numberFormat(locale, { style: 'currency', currency: v.currency, maximumFractionDigits }).format(
          v.value,
        )
      : numberFormat(locale).format(v.value);
  } catch {
    return `${v.currency} ${v.value}`.trim();
  }
}

/** How the panel and the popup name each kind of position the other side takes. */
export const POSITION_LABEL: Record<string, string> = {
  demand: 'Wants',
  amount: 'Amount',
  deadline: 'Deadline',
  threat: 'Threat',
  escalation: 'Escalation',
  refusal: 'Refuses',
  commitment: 'Promises',
};
