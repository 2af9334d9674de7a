/**
 * The checkable data points of a text: money amounts, percentages, calendar dates and references
 * (invoice, order and ticket numbers, policy clauses), each normalised so that "INV-2041" and
 * "invoice 2041", "$4,800" and "4800 USD", "3 March" and "2026-03-03" compare equal. The claims check
 * finds them in the draft and looks them up in the user's facts and the thread.
 */
import { extractAmounts } from './amounts';
import type { MoneyValue } from './types';

export interface Item {
  start: number;
  end: number;
}

export interface AmountItem extends Item {
  value: MoneyValue;
}

export interface PercentItem extends Item {
  value: number;
}

export interface DateItem extends Item {
  /** Absent when the text gives no year. */
  y?: number;
  m: number;
  d: number;
}

export interface RefItem extends Item {
  /** Normalised id: lower case, letters and digits (dots kept inside clause numbers). */
  id: string;
  /** What kind of thing it names ("invoice", "clause", …), lower case; '' for a bare code. */
  label: string;
}

// ---------- amounts and percentages ----------

export function amountsIn(text: string, from = 0, to = text.length): AmountItem[] {
  return extractAmounts(text, from, to).map((a) => ({
    start: a.start,
    end: a.end,
    value: a.value as MoneyValue,
  }));
}

const PERCENT_RE = /(?<![\w.,])(\d{1,3}(?:[.,]\d{1,2})?)\s?(?:%|per\s?cent\b|percent\b)/gi;

export function percentsIn(text: string, from = 0, to = text.length): PercentItem[] {
  const out: PercentItem[] = [];
  for (const m of text.slice(from, to).matchAll(PERCENT_RE)) {
    out.push({
      start: from + m.index,
      end: from + m.index + m[0].length,
      value: Number(m[1].replace(',', '.')),
    });
  }
  return out;
}

export const sameMoney = (a: MoneyValue, b: MoneyValue) =>
  Math.abs(a.value - b.value) < 0.005 && (a.currency === b.currency || !a.currency || !b.currency);

// ---------- dates ----------

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
/** Month names are matched capitalised only: "may" and "march" are also verbs. */
const MON = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?![a-z])`;
const DAY = String.raw`([0-3]?\d)(?:st|nd|rd|th)?`;
const YR = String.raw`(?:,?\s+((?:19|20)\d\d))?`;
const DATE_RES: [RegExp, (m: RegExpExecArray) => Omit<DateItem, 'start' | 'end'> | null][] = [
  [
    new RegExp(String.raw`\b${DAY}(?:\s+of)?\s+(${MON})${YR}(?![\d:])`, 'g'),
    (m) => ({ d: +m[1], m: MONTHS[m[2].slice(0, 3).toLowerCase()], ...(m[3] ? { y: +m[3] } : {}) }),
  ],
  [
    new RegExp(String.raw`\b(${MON})\s+${DAY}\b${YR}(?![\d:])`, 'g'),
    (m) => ({ d: +m[2], m: MONTHS[m[1].slice(0, 3).toLowerCase()], ...(m[3] ? { y: +m[3] } : {}) }),
  ],
  [/\b((?:19|20)\d\d)-(\d{2})-(\d{2})\b/g, (m) => ({ y: +m[1], m: +m[2], d: +m[3] })],
  // Numeric dates with a year only ("3/4" alone may be a fraction): day/month unless that is impossible.
  [
    /(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.]((?:19|20)?\d\d)(?![\d/.])/g,
    (m) => {
      const a = +m[1];
      const b = +m[2];
      const y = m[3].length === 2 ? 2000 + +m[3] : +m[3];
      if (a > 12 && b <= 12) return { y, m: b, d: a };
      if (b > 12 && a <= 12) return { y, m: a, d: b };
      return { y, m: b, d: a };
    },
  ],
];

export function datesIn(text: string, from = 0, to = text.length): DateItem[] {
  const region = text.slice(from, to);
  const out: DateItem[] = [];
  for (const [re, read] of DATE_RES) {
    re.lastIndex = 0;
    for (const m of region.matchAll(re)) {
      const v = read(m as RegExpExecArray);
      if (!v || !(v.m >= 1 && v.m <= 12) || !(v.d >= 1 && v.d <= 31)) continue;
      const start = from + m.index;
      const end = start + m[0].length;
      if (out.some((o) => start < o.end && end > o.start)) continue;
      out.push({ start, end, ...v });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export const sameDate = (a: Omit<DateItem, 'start' | 'end'>, b: Omit<DateItem, 'start' | 'end'>) =>
  a.m === b.m && a.d === b.d && (a.y === undefined || b.y === undefined || a.y === b.y);

/** A date of an ISO 8601 string (a message's date header). */
export function isoDate(iso: string | null | undefined): Omit<DateItem, 'start' | 'end'> | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  return m ? { y: +m[1], m: +m[2], d: +m[3] } : null;
}

// ---------- references ----------

const LABELS = String.raw`invoice|inv|purchase\s+order|order|ticket|case|reference|ref|po|account|acct|contract|quotation|quote|claim|booking|reservation|policy|clause|section|article|paragraph|para|rma|tracking|receipt|transaction|credit\s+note|statement|agreement|sow|shipment`;
/** Labels whose numbers are short and dotted ("clause 7.2", "section 4"). */
const SECTION_LABELS = /^(?:clause|section|article|paragraph|para|policy)$/;
const LABELLED = new RegExp(
  String.raw`\b(${LABELS})s?\.?(?:\s+(?:no\.?|number|num|nr\.?|id|#))?\s*[#:]?\s*(#?[A-Za-z]{0,6}[-/]?\d[\w./-]*)`,
  'gi',
);
/** A code of capitals and digits ("INV-2041", "PO7781", "TKT-00381"). */
const CODE = /\b[A-Z]{2,6}-?\d{3,}[A-Z0-9-]*\b/g;
const SECTION_SIGN = /§\s*(\d+(?:\.\d+)*)/g;

/** Normalised id: lower case, letters and digits; dots kept between digits ("7.2"). */
export function normaliseId(raw: string): string {
  return raw
    .toLowerCase()
    .replace(/[.,;:)\]]+$/, '')
    .replace(/(?<!\d)\.|\.(?!\d)/g, '')
    .replace(/[^a-z0-9.]/g, '');
}

export function refsIn(text: string, from = 0, to = text.length): RefItem[] {
  const region = text.slice(from, to);
  const out: RefItem[] = [];
  const add = (start: number, end: number, raw: string, label: string) => {
    const id = normaliseId(raw);
    if (!id || !/\d/.test(id)) return;
    if (out.some((o) => start < o.end && end > o.start)) return;
    out.push({ start: from + start, end: from + end, id, label });
  };
  for (const m of region.matchAll(LABELLED)) {
    const label = m[1].toLowerCase().replace(/\s+/g, ' ');
    const raw = m[2].replace(/[.,;:/-]+$/, '');
    const digits = raw.replace(/\D/g, '');
    // "order 2 units" is a verb and a count; ids are three digits or more, except clause numbers.
    if (!SECTION_LABELS.test(label) && digits.length < 3) continue;
    if (SECTION_LABELS.test(label) && !/^#?\d+(?:\.\d+)*[a-z]?$/i.test(raw)) continue;
    add(m.index, m.index + m[0].length - (m[2].length - raw.length), raw, label);
  }
  for (const m of region.matchAll(CODE)) add(m.index, m.index + m[0].length, m[0], '');
  for (const m of region.matchAll(SECTION_SIGN)) add(m.index, m.index + m[0].length, m[1], 'section');
  return out.sort((a, b) => a.start - b.start);
}

/** The ids a reference can be matched on: itself and, for "INV-2041", its number "2041". */
export function refKeys(id: string): string[] {
  const keys = [id];
  const digits = /^[a-z]*(\d{3,})$/.exec(id);
  if (digits && digits[1] !== id) keys.push(digits[1]);
  return keys;
}
