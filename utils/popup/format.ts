/**
 * Display helpers for the popup and options pages: days relative to today, due dates, counterparts.
 * Dates are compared as local calendar days (`YYYY-MM-DD`), the way the user thinks about deadlines.
 */
import { localDay as calendarDay } from '@/utils/dates';
import { dateFormat } from '@/utils/format';
import type { Person } from '@/utils/mail/types';
import type { NegotiationRecord, NegotiationStatus } from '@/utils/db/types';

const DAY_MS = 86_400_000;

/** Today's local date as `YYYY-MM-DD`. */
export const todayIso = (now: Date = new Date()): string => calendarDay(now);

/** Whole days from `from` to `to` (both `YYYY-MM-DD`, or longer ISO strings whose date part is used). */
export function daysBetween(from: string, to: string): number {
  const a = Date.UTC(+from.slice(0, 4), +from.slice(5, 7) - 1, +from.slice(8, 10));
  const b = Date.UTC(+to.slice(0, 4), +to.slice(5, 7) - 1, +to.slice(8, 10));
  return Math.round((b - a) / DAY_MS);
}

/** The local calendar day of an ISO 8601 timestamp (a bare date is returned as is). */
export function localDay(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso.slice(0, 10) : todayIso(d);
}

/** "Mar 3" (with the year when it is not this year's). */
export function shortDate(iso: string | null, today: string = todayIso()): string {
  if (!iso) return '';
  const day = localDay(iso);
  const d = new Date(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10));
  if (Number.isNaN(d.getTime())) return iso;
  return dateFormat(undefined, {
    month: 'short',
    day: 'numeric',
    year: day.slice(0, 4) === today.slice(0, 4) ? undefined : 'numeric',
  }).format(d);
}

/** "today", "yesterday", "3 days ago", or the date for anything older than a week. */
export function activityText(iso: string | null, today: string = todayIso()): string {
  if (!iso) return '';
  const days = daysBetween(localDay(iso), today);
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days > 1 && days < 7) return `${days} days ago`;
  return shortDate(iso, today);
}

/** "Overdue since Jan 4, 2025", "Overdue by 2 days", "Due today", "Due tomorrow", "Due in 4 days", "Due Mar 3". */
export function dueText(due: string | null, today: string = todayIso()): string {
  if (!due) return 'No date';
  const days = daysBetween(today, localDay(due));
  if (days < -30) return `Overdue since ${shortDate(due, today)}`;
  if (days < 0) return `Overdue by ${-days === 1 ? '1 day' : `${-days} days`}`;
  if (days === 0) return 'Due today';
  if (days === 1) return 'Due tomorrow';
  if (days < 7) return `Due in ${days} days`;
  return `Due ${shortDate(due, today)}`;
}

/** "in 3 days" / "today" / "tomorrow" / "Mar 12" for a deadline ahead; "passed" for one behind. */
export function deadlineText(date: string, today: string = todayIso()): string {
  const days = daysBetween(today, localDay(date));
  if (days < 0) return `passed ${shortDate(date, today)}`;
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days < 7) return `in ${days} days`;
  return shortDate(date, today);
}

export const personName = (p: Person): string => p.name || p.email || 'Unknown sender';

/** "Dana Ruiz", or "Dana Ruiz +2" when several people speak for the other side. */
export function counterpartText(counterparts: Person[]): string {
  if (!counterparts.length) return 'No counterpart yet';
  const first = personName(counterparts[0]);
  return counterparts.length > 1 ? `${first} +${counterparts.length - 1}` : first;
}

export const STATUS_LABEL: Record<NegotiationStatus, string> = {
  open: 'Open',
  agreed: 'Agreed',
  impasse: 'Impasse',
  closed: 'Closed',
};

export const STATUSES: NegotiationStatus[] = ['open', 'agreed', 'impasse', 'closed'];

export const TREND_LABEL: Record<NegotiationRecord['trend'], string> = {
  cooling: 'cooling down',
  heating: 'heating up',
  steady: 'steady',
  unknown: 'no trend yet',
};

export const SITE_LABEL: Record<string, string> = { gmail: 'Gmail', outlook: 'Outlook', generic: 'the page' };

/** Only web links are opened: a stored or imported `javascript:` or `data:` URL never becomes a link. */
export function safeWebUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
