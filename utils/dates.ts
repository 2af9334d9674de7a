/**
 * Local calendar dates as Parley stores them: mail dates are local wall-clock ISO strings without a zone
 * (`2026-11-02T10:15:00`), due dates are `YYYY-MM-DD`. Strings in these forms sort chronologically.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of `date` in the local time zone. */
export function localDay(date = new Date()): string {
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** `YYYY-MM-DDTHH:MM:SS` of `date` in the local time zone (the form the mail readers produce). */
export function localDateTime(date = new Date()): string {
  return `${localDay(date)}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** The day `n` days after `day` (`YYYY-MM-DD`), by the calendar (no daylight-saving drift). */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + n));
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Milliseconds from `now` until the next local midnight. */
export function msUntilMidnight(now = new Date()): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return next.getTime() - now.getTime();
}
