/** Display helpers shared by the panel and the popup. */

/** "Mon, Nov 2, 10:15" in the user's locale, from a local ISO string; '' for null. */
export function formatDate(iso: string | null, locale?: string): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const sameYear = d.getFullYear() === new Date().getFullYear();
  return d.toLocaleString(locale, {
    weekday: 'short',
    month: 'short',
    day: 'numeric',
    year: sameYear ? undefined : 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A money amount for display ("€8,000.00"); the currency code alone when Intl does not know it. */
export function formatMoney(v: { currency: string; value: number }, locale?: string): string {
  try {
    return v.currency
      ? new Intl.NumberFormat(locale, {
          style: 'currency',
          currency: v.currency,
          maximumFractionDigits: 2,
        }).format(v.value)
      : new Intl.NumberFormat(locale).format(v.value);
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
