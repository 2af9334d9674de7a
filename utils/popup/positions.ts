/**
 * How the other side's positions read in the popup: the value of each, how it moved ("€5,000 on Mar 3 →
 * €8,000 now") and which deadlines are still ahead.
 */
import type { CurrentPosition, PositionMention } from '@/utils/analysis/thread';
import type { DeadlineValue, MoneyValue } from '@/utils/analysis/types';
import { formatMoney, numberFormat } from '@/utils/format';
import { daysBetween, localDay, shortDate, todayIso } from './format';

/** The panel's names for position kinds, shared (utils/format.ts). */
export { POSITION_LABEL as KIND_LABEL } from '@/utils/format';

const isMoney = (v: MoneyValue | DeadlineValue | undefined): v is MoneyValue =>
  !!v && 'currency' in v && typeof v.value === 'number';

const ISO_DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?)?$/;

/** "€8,000" for whole amounts, "€8,000.50" otherwise (cents only when there are some). */
export function moneyText(v: MoneyValue): string {
  if (!Number.isInteger(v.value) || !v.currency) return formatMoney(v);
  try {
    return numberFormat(undefined, {
      style: 'currency',
      currency: v.currency,
      minimumFractionDigits: 0,
      maximumFractionDigits: 0,
    }).format(v.value);
  } catch {
    return formatMoney(v);
  }
}

/** A value as a user reads it: "€8,000", "Mar 12", "within 48 hours". */
export function valueText(v: MoneyValue | DeadlineValue | undefined, today: string = todayIso()): string {
  if (!v) return '';
  if (isMoney(v)) return moneyText(v);
  if (v.date) return shortDate(v.date, today);
  if (v.duration) {
    const m = ISO_DURATION.exec(v.duration);
    if (m?.[1]) return `within ${m[1] === '1' ? '1 day' : `${m[1]} days`}`;
    if (m?.[2]) return `within ${m[2] === '1' ? '1 hour' : `${m[2]} hours`}`;
    return v.duration;
  }
  return '';
}

/** A comparable key for a mention's value (or its words when it carries none). */
function valueKey(m: PositionMention): string {
  const v = m.value;
  if (isMoney(v)) return `${v.currency}:${v.value}`;
  if (v?.date) return `d:${v.date}`;
  if (v?.duration) return `p:${v.duration}`;
  return `t:${m.text.trim().toLowerCase()}`;
}

/**
 * The steps a position went through, oldest first, ending with "now": "€5,000 on Mar 3 → €8,000 now".
 * Only kinds with values (amounts, deadlines) read well as a sequence; repeats are dropped, and an
 * amount in another currency is a different position, not a step. Null when it never changed.
 */
export function positionChange(p: CurrentPosition, today: string = todayIso()): string | null {
  if (!p.history.length || !p.value) return null;
  const money = isMoney(p.value);
  const currentKey = valueKey(p);
  const steps: PositionMention[] = [];
  for (const h of p.history) {
    if (!h.value || isMoney(h.value) !== money) continue;
    if (money && isMoney(h.value) && h.value.currency !== (p.value as MoneyValue).currency) continue;
    if (steps.length && valueKey(steps[steps.length - 1]) === valueKey(h)) continue;
    steps.push(h);
  }
  while (steps.length && valueKey(steps[steps.length - 1]) === currentKey) steps.pop();
  if (!steps.length) return null;
  const parts = steps
    .slice(-3)
    .map((h) => `${valueText(h.value, today)}${h.date ? ` on ${shortDate(h.date, today)}` : ''}`);
  return `${parts.join(' → ')} → ${valueText(p.value, today)} now`;
}

export interface DeadlineAhead {
  date: string;
  text: string;
  days: number;
}

/** Deadlines the other side set that are today or later, soonest first. */
export function deadlinesAhead(positions: CurrentPosition[], today: string = todayIso()): DeadlineAhead[] {
  const out: DeadlineAhead[] = [];
  for (const p of positions) {
    const v = p.value;
    if (p.kind !== 'deadline' || !v || isMoney(v) || !v.date) continue;
    const days = daysBetween(today, localDay(v.date));
    if (days >= 0) out.push({ date: v.date, text: p.text, days });
  }
  return out.sort((a, b) => a.days - b.days);
}
