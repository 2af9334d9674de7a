/**
 * Parses the dates mail pages show in their tooltips (Gmail `span.g3[title]`, Outlook
 * `[data-testid=SentReceivedSavedTime]`) in English, German, French, Spanish, Italian, Dutch and
 * Portuguese, into local wall-clock ISO 8601 (`2026-11-02T10:15:00`): the pages carry no time zone.
 */

const MONTHS: string[][] = [
  ['january', 'jan', 'januar', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'januari', 'janeiro'],
  [
    'february',
    'feb',
    'februar',
    'février',
    'févr',
    'fév',
    'fevr',
    'febrero',
    'febbraio',
    'februari',
    'fevereiro',
    'fev',
  ],
  ['march', 'mar', 'märz', 'mär', 'maerz', 'mars', 'marzo', 'maart', 'mrt', 'março', 'marco'],
  ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
  ['may', 'mai', 'mayo', 'maggio', 'mag', 'mei', 'maio'],
  ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho'],
  ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho'],
  ['august', 'aug', 'août', 'aout', 'agosto', 'ago'],
  ['september', 'sep', 'sept', 'septembre', 'septiembre', 'set', 'settembre', 'setembro'],
  ['october', 'oct', 'okt', 'oktober', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out'],
  ['november', 'nov', 'novembre', 'noviembre', 'novembro'],
  ['december', 'dec', 'dez', 'dezember', 'décembre', 'déc', 'dic', 'diciembre', 'dicembre', 'dezembro'],
];

const MONTH_OF = new Map<string, number>();
MONTHS.forEach((names, i) => names.forEach((n) => MONTH_OF.set(n, i + 1)));

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number, h: number, min: number): boolean {
  if (m < 1 || m > 12 || d < 1 || h > 23 || min > 59) return false;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= last;
}

export interface DateHints {
  /** Page language (`<html lang>`), decides 11/9 (en-US: Nov 9) vs 9/11 (elsewhere: 9 Nov). */
  lang?: string;
  /** Year to assume when the text has none. */
  year?: number;
}

/** Parses a displayed date/time; null when the text is not a date we can read with confidence. */
export function parseMailDate(input: string | null | undefined, hints: DateHints = {}): string | null {
  if (!input) return null;
  const text = input
    .normalize('NFC')
    .replace(/[\u200e\u200f\u202a-\u202e\u00a0\u202f]/g, ' ')
    .trim();
  if (!text) return null;

  // Time: 10:15, 8:14 AM, 14h05, 2:37 p. m.
  let hour = 0;
  let minute = 0;
  const t = /(\d{1,2})(?::|h)(\d{2})(?::(\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?)?/i.exec(text);
  let rest = text;
  if (t) {
    hour = Number(t[1]);
    minute = Number(t[2]);
    const ampm = t[4]?.toLowerCase().replace(/[.\s]/g, '');
    if (ampm === 'pm' && hour < 12) hour += 12;
    if (ampm === 'am' && hour === 12) hour = 0;
    rest = text.slice(0, t.index) + ' ' + text.slice(t.index + t[0].length);
  }

  let y = NaN;
  let m = NaN;
  let d = NaN;
  const iso = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(rest);
  const numeric = /(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})\b/.exec(rest);
  if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (numeric) {
    const a = Number(numeric[1]);
    const b = Number(numeric[3]);
    y = Number(numeric[4]);
    if (y < 100) y += 2000;
    const usOrder = numeric[2] === '/' && /^en-us\b|^en$/i.test(hints.lang ?? 'en-US');
    if (numeric[2] === '.' || a > 12) [d, m] = [a, b];
    else if (b > 12) [m, d] = [a, b];
    else if (usOrder) [m, d] = [a, b];
    else [d, m] = [a, b];
  } else {
    // Month by name; weekdays come first, so the last month-like word is the month ("mar. 10 nov.").
    const words = [...rest.toLowerCase().matchAll(/\p{L}+/gu)];
    const monthWord = words.filter((w) => MONTH_OF.has(w[0])).pop();
    if (!monthWord || monthWord.index === undefined) return null;
    m = MONTH_OF.get(monthWord[0])!;
    const before = rest.slice(0, monthWord.index);
    const after = rest.slice(monthWord.index + monthWord[0].length);
    const dayBefore = /(\d{1,2})\.?\s*(de\s+)?$/i.exec(before);
    const dayAfter = /^\.?\s*(\d{1,2})(?!\d)/.exec(after);
    d = Number(dayBefore?.[1] ?? dayAfter?.[1] ?? NaN);
    const year = /\b(\d{4})\b/.exec(rest);
    y = year ? Number(year[1]) : (hints.year ?? NaN);
  }
  if (![y, m, d].every(Number.isFinite) || !valid(y, m, d, hour, minute)) return null;
  return `${y}-${pad(m)}-${pad(d)}T${pad(hour)}:${pad(minute)}:00`;
}
