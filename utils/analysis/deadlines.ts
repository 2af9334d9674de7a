/**
 * Time expressions that can be deadlines ("by Friday", "before the 15th", "within 48 hours", "today"),
 * found with small regexes and resolved against the message date. Whether an expression is a deadline
 * (attached to a demand or a commitment, not background) is decided by positions.ts; this module finds
 * the phrases, tells how strongly they read as a due time, and computes their value.
 *
 * Resolution rules (documented for users of the values):
 * - A weekday ("by Friday", "on Monday") is its next occurrence strictly after the message date: "by
 *   Friday" written on a Friday means the following Friday. "this Friday" is the occurrence on or after
 *   the message date (today when written on a Friday). "next Friday" is the Friday of the next week.
 * - "this week" / "end of the week" is the Friday of the message's week (the Sunday when written at the
 *   weekend); "next week" is the Friday of the following week; "this weekend" its Sunday.
 * - "the 15th" is the next 15th on or after the message date; "30 September" without a year is the
 *   occurrence nearest the message date, preferring the future.
 * - "03/14": month/day or day/month is decided by a value above 12, then by the other numeric dates in
 *   the same text, then month/day when the text uses dollars and day/month otherwise. Dotted dates
 *   ("20.03.2025", "25.07.") are always day.month.
 * - "Q3" / "the end of Q3" is the quarter's last day; "EOW" / "EOM" / "EOQ" / "EOY" the end of this
 *   week, month, quarter or year; Christmas (Eve), New Year('s Eve) and Thanksgiving (US, the fourth
 *   Thursday of November) and Chinese/Lunar New Year (from a table, 2024–2032) their next occurrence on or
 *   after the message date. "the following Monday / week" is next week's; "calendar week 12" / "KW 12"
 *   the Friday of that ISO week, and so is "week 16" after a due preposition ("in week 16", "by week 20").
 * - "14 days from today" / "within 10 business days of this notice" count from the message date.
 * - Durations ("within 48 hours", "in the next 30 minutes", "within 5–7 business days", upper bound)
 *   are added to the message date-time; the result has a time only when the duration is under a day.
 * - "first thing" phrases are strong. "By return" (of post) means at once: urgency without a time, like
 *   ASAP, which LABELS.md does not count as a deadline (the writers of the labeled sets agree).
 * - Without a message date, relative expressions give an ISO 8601 duration (`today` P0D, `tomorrow`
 *   P1D, `within 48 hours` PT48H; business days count as days) and absolute ones a date only when the
 *   text gives a year. Otherwise the value is left out.
 */
import { cardinalValue } from './number-words';
import type { DeadlineValue } from './types';

export type Strength = 'strong' | 'weak';

export interface TimeExpression {
  start: number;
  end: number;
  text: string;
  /** strong: introduced by by / before / until / no later than / within / in the next; weak: bare. */
  strength: Strength;
  /** The preposition that introduces it, lower-cased ('' when none). */
  prep: string;
  value?: DeadlineValue;
}

export interface RefDate {
  y: number;
  m: number; // 1-12
  d: number;
  hh: number;
  mm: number;
}

/** Parses `2026-11-16`, `2026-11-16T09:41:00`, `2026-11-16T09:41:00Z` (the local wall-clock part). */
export function parseReferenceDate(iso: string | null | undefined): RefDate | null {
  if (!iso) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(iso.trim());
  if (!m) return null;
  const ref = { y: +m[1], m: +m[2], d: +m[3], hh: m[4] ? +m[4] : 0, mm: m[5] ? +m[5] : 0 };
  if (ref.m < 1 || ref.m > 12 || ref.d < 1 || ref.d > 31) return null;
  return ref;
}

// ---------- calendar helpers (UTC arithmetic on wall-clock dates) ----------

const DAY_MS = 86_400_000;
const toMs = (y: number, m: number, d: number, hh = 0, mm = 0) => Date.UTC(y, m - 1, d, hh, mm);
const pad = (n: number) => String(n).padStart(2, '0');
const fmtDate = (ms: number) => {
  const t = new Date(ms);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
};
const fmtDateTime = (ms: number) => {
  const t = new Date(ms);
  return `${fmtDate(ms)}T${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
};
const weekdayOf = (ms: number) => new Date(ms).getUTCDay(); // 0 = Sunday
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const refDay = (ref: RefDate) => toMs(ref.y, ref.m, ref.d);
/** The reference date as `YYYY-MM-DD`, comparable with the dates of resolved values. */
export const refIsoDate = (ref: RefDate): string => fmtDate(refDay(ref));

/** Month and day of Easter Sunday in year `y` (the anonymous Gregorian algorithm). */
export function easterSunday(y: number): [number, number] {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

function addBusinessDays(ms: number, n: number): number {
  let t = ms;
  let left = n;
  while (left > 0) {
    t += DAY_MS;
    const wd = weekdayOf(t);
    if (wd !== 0 && wd !== 6) left--;
  }
  return t;
}

// ---------- lexicon ----------

const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  mon: 1,
  tue: 2,
  tues: 2,
  wed: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  fri: 5,
  sat: 6,
  sun: 0,
};
const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
/** Word counts the duration patterns (NUMW) accept, beyond the plain cardinals. */
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  'a few': 3,
  few: 3,
  'a couple of': 2,
  'couple of': 2,
};

const WD = String.raw`(?:[Mm]onday|[Tt]uesday|[Ww]ednesday|[Tt]hursday|[Ff]riday|[Ss]aturday|[Ss]unday|Mon|Tues?|Wed|Thu(?:rs?)?|Fri)`;
const MON = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)(?![a-z])\.?)`;
const DAYNUM = String.raw`(?:[0-3]?\d)(?:st|nd|rd|th)?`;
const YEAR = String.raw`(?:,?\s+(?:20\d\d|19\d\d))`;
const NUMW = String.raw`(?:\d+(?:\.\d+)?|a\s+few|a\s+couple\s+of|few|couple\s+of|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty-one|twenty-eight|twenty|thirty|sixty|ninety|forty-eight|twenty-four|seventy-two)`;
const UNIT = String.raw`(?:(?:business|working|calendar|school)\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)`;

/** Chinese (Lunar) New Year's Day, [month, day], by Gregorian year. */
const LUNAR_NEW_YEAR: Record<number, [number, number]> = {
  2024: [2, 10],
  2025: [1, 29],
  2026: [2, 17],
  2027: [2, 6],
  2028: [1, 26],
  2029: [2, 13],
  2030: [2, 3],
  2031: [1, 23],
  2032: [2, 11],
};

/** An optional time zone after a time: "3pm CET", "10am UK time". */
const ZONE = String.raw`(?:\s+(?:UTC|GMT|CET|CEST|[ECMP][SD]T|BST|IST|(?:UK|London|Paris|Berlin|local|your|our|my|Pacific|Eastern|Central|India)\s+time))?`;

type AtomKind =
  | 'rel' // today, tonight, tomorrow
  | 'eod' // end of day, EOD, COB
  | 'endof' // end of the week / month / year / quarter / <month>
  | 'thisnext' // this week, next Friday
  | 'weekday'
  | 'date' // 30 September, November 20, the 15th, 03/14, 2026-03-14
  | 'month' // April
  | 'time' // 3pm, 15:00, noon
  | 'tod' // morning, afternoon, evening
  | 'duration' // 48 hours, 5–7 business days
  | 'sameday'
  | 'midmonth' // mid-November, early December
  | 'quarter' // Q3, the end of Q3 2026
  | 'holiday' // Christmas, New Year's Eve, Thanksgiving
  | 'isoweek'; // calendar week 12, KW 12

interface Atom {
  kind: AtomKind;
  start: number;
  end: number;
  m: RegExpExecArray;
}

const ATOMS: [AtomKind, RegExp][] = [
  [
    'eod',
    // "End of day", "eod" in any case (texted lower case); "cob" after a due word ("by cob", not "corn on
    // the cob"); "eob" only as written in capitals.
    /\b(?:(?:[Tt]he\s+)?[Ee]nd\s+of\s+(?:the\s+)?(?:business\s+|working\s+)?day|EOD|[Ee]od|COB|(?<=\b(?:by|before|until|till|at|latest)\s+)[Cc]ob|EOB|[Cc]lose\s+of\s+(?:business|play)|[Ee]nd\s+of\s+(?:play|business))\b/g,
  ],
  [
    'endof',
    new RegExp(
      String.raw`\b(?:[Tt]he\s+)?[Ee]nd\s+of\s+(?:(?:the|this|next|the\s+next)\s+)?(week|month|year|quarter|${MON}|${WD})\b`,
      'g',
    ),
  ],
  // "within the week", "within the month": by its end.
  ['endof', /(?<=\bwithin\s+)the\s+(week|month|quarter|year)\b/gi],
  // "EOW", "EOM", "EOQ", "EOY": the end of this week / month / quarter / year ("eow" texted in lower case
  // too; a lower-case "eom" is as often "end of message").
  ['endof', /\b(EOW|[Ee]ow|EOM|EOQ|EOY)\b/g],
  ['quarter', /\b(?:(?:the\s+)?(?:end|start|beginning)\s+of\s+)?Q([1-4])(?:\s+(20\d\d))?\b/gi],
  [
    'holiday',
    /\b((?:Chinese|Lunar)\s+New\s+Year|Spring\s+Festival|Christmas\s+Eve|Christmas(?:\s+Day)?|Xmas|New\s+Year['’]s\s+Eve|New\s+Year(?:['’]s)?(?:\s+Day)?|Thanksgiving|Good\s+Friday|Easter(?:\s+(?:Sunday|Monday|weekend|holidays?|break))?)\b/g,
  ],
  // "month-end", "year-end", "quarter-end"
  ['endof', /\b(month|year|quarter)[-\s]end\b/gi],
  [
    'rel',
    /\b(?:(?:the\s+)?end\s+of\s+)?(today|tonight|tonite|(?:the\s+)?day\s+after\s+tomorrow|tomorrow|tmrw|tmr|tmw|2moro|2morrow|this\s+(?:morning|afternoon|evening))\b(?!'s)/gi,
  ],
  [
    'thisnext',
    new RegExp(
      String.raw`\b(?:(?:the\s+)?(?:beginning|start|middle|course)\s+of\s+|early\s+|mid-?\s*)?(this(?:\s+coming)?|next|nxt|coming)\s+(week|weekend|month|${WD})\b(?!'s)`,
      'gi',
    ),
  ],
  ['date', new RegExp(String.raw`\b(${DAYNUM})(?:\s+of)?\s+(${MON})(?![a-z])(${YEAR})?(?!\d)`, 'g')],
  ['date', new RegExp(String.raw`\b(${MON})\s+(${DAYNUM})\b(${YEAR})?(?![\d:])`, 'g')],
  ['date', new RegExp(String.raw`\bthe\s+([0-3]?\d(?:st|nd|rd|th))(?:\s+of\s+(${MON}))?\b`, 'g')],
  // "before 20th", "by 5th of June": an ordinal day without "the" (a month may follow).
  ['date', new RegExp(String.raw`\b(?<![\d.])([0-3]?\d(?:st|nd|rd|th))(?:\s+of\s+(${MON}))?\b`, 'g')],
  // "on the 19", "by the 3" (non-native): a day number without its suffix, after a preposition.
  [
    'date',
    /(?<=\b(?:on|by|until|till|before)\s+)the\s+([12]?\d|3[01])(?=\s*(?:[.,;:!?)\n]|$|\s+(?:at|latest|please|and|or|if|so)\b))/g,
  ],
  // "until the 8 of October" (non-native): a bare day number before "of <month>".
  ['date', new RegExp(String.raw`\b(?:the\s+)?([0-3]?\d)\s+of\s+(${MON})(?![a-z])(${YEAR})?`, 'g')],
  // European dotted dates: "20.03.2025", "25.07.", "13.7.26" (always day.month).
  ['date', /(?<![\d.,])([0-3]?\d)\.([01]?\d)\.(?:(20\d\d|\d\d)(?![\d])|(?![\d]))(?!\.\d)/g],
  ['date', /\b(\d{4})-(\d{2})-(\d{2})\b/g],
  ['date', /(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?(?![\d/])/g],
  ['weekday', new RegExp(String.raw`\b(${WD})\b(?!'s|s\b)`, 'g')],
  // "by fri", "till sat" (texting): a lower-case short weekday, only right after a due-time word.
  [
    'weekday',
    /(?<=\b(?:by|until|till|before|latest)\s+)(mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\b(?![.'’-]?\w)/g,
  ],
  ['month', new RegExp(String.raw`\b(${MON})(?![a-z])(${YEAR})?`, 'g')],
  [
    'time',
    new RegExp(
      String.raw`\b(\d{1,2})(?:[:.](\d{2}))?\s?(am|pm|a\.m\.|p\.m\.)${ZONE}(?![a-z])|\b([01]?\d|2[0-3]):([0-5]\d)\b${ZONE}|\b(?:12\s+)?(noon|midday|midnight)\b|\b(1[0-2]|[1-9])\s*o['’]?clock\b|\b([01]\d|2[0-3])([0-5]\d)\s?(?:hrs|hours|h)\b${ZONE}`,
      'gi',
    ),
  ],
  ['tod', /\b(morning|afternoon|evening|night|lunchtime)\b/gi],
  [
    'duration',
    new RegExp(
      String.raw`\b(${NUMW})(?:\s*\(\d+\))?(?:\s*(?:–|-|to|or)\s*(${NUMW}))?\s*(${UNIT})\b(?:['’]s?\s+time\b)?(\s+(?:from\s+(?:today|now|the\s+date\s+of\s+this\s+(?:letter|e-?mail|notice|message)|receipt(?:\s+of\s+this\s+(?:letter|e-?mail|notice|message))?)|of\s+(?:this|the\s+date\s+of\s+this)\s+(?:letter|e-?mail|notice|message)))?|\b(24|48|72)h\b`,
      'gi',
    ),
  ],
  ['sameday', /\bthe\s+same\s+day\b/gi],
  // "in calendar week 12", "KW 12", "CW12": the Friday of that ISO week.
  ['isoweek', /\b(?:calendar\s+week|CW|KW)\s?(\d{1,2})\b/gi],
  // "for delivery in week 16", "by week 20": a week number on its own (needs a due preposition).
  [
    'isoweek',
    /(?<=\b(?:in|by|before|until|till|for|latest|no\s+later\s+than)\s+)week\s(\d{1,2})\b(?!\s+of\b)/gi,
  ],
  [
    'thisnext',
    /\b(the)\s+(weekend)\b(?!\s+(?:rates?|prices?|surcharges?|shifts?|team|crew|staff|cover|service|deliver(?:y|ies)|schedule|slots?|premium|fees?|work|hours|opening))/gi,
  ],
  // "the following Monday / week": the one of next week.
  ['thisnext', new RegExp(String.raw`\bthe\s+(following)\s+(week|${WD})\b(?!'s)`, 'gi')],
  [
    'midmonth',
    new RegExp(
      String.raw`\b(mid|early|late|the\s+middle\s+of|the\s+beginning\s+of|the\s+start\s+of|the\s+first\s+days\s+of|the\s+last\s+days\s+of|the\s+(?:first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+week\s+of)[-\s]+(${MON})(?![a-z])`,
      'gi',
    ),
  ],
  ['duration', /\bthe\s+(?:next|coming)\s+(?:few|couple\s+of)?\s*(hour|day|days|hours|weeks)\b/gi],
  ['duration', /(?<=\bwithin\s+)the\s+(hour)\b/gi],
];

/** Introducers: strong ones make a due time; the rest only place an event in time. */
const PREP_RE =
  /(?:\b(no later than|not later than|from here (?:to|until|till)|from now (?:to|till)|on or before|at the latest by|at the latest|latest by|latest until|latest on|latest|prior to|ahead of|in advance of|by|before|until|till|til|within the next|within max(?:imum)?|within|in the next|in max(?:imum)?|max(?:imum)?|over the next|first thing|due on|due by|due|expires|expire|expiring|lapses|through|thru|in|on|for|at|from|since|after|between|to|during|of|and|or|you have|you've got|(?:i'm|i am|we're|we are|i|we) giv(?:e|ing) you)\.?\s+(?:the\s+)?)$/i;
const STRONG_PREPS = new Set([
  'no later than',
  'not later than',
  'on or before',
  'at the latest by',
  'at the latest',
  'latest by',
  'latest until',
  'latest on',
  'latest',
  'prior to',
  'ahead of',
  'in advance of',
  'within max',
  'within maximum',
  'in max',
  'in maximum',
  'max',
  'maximum',
  'due on',
  'due by',
  'deadline',
  'by',
  'before',
  'until',
  'till',
  'til',
  'within',
  'within the next',
  'in the next',
  'over the next',
  'first thing',
  'expires',
  'expire',
  'expiring',
  'lapses',
  'you have',
  "you've got",
  'giving you',
  'give you',
  'due',
  'from here to',
  'from here until',
  'from here till',
  'from now to',
  'from now till',
]);
/** Prepositions after which a time is background or a span, never a due time. */
const BLOCKING_PREPS = new Set([
  'from',
  'since',
  'after',
  'between',
  'to',
  'during',
  'of',
  'and',
  'or',
  'for',
]);

/** Before "for <day>": something needed or to be ready by then, in the same clause. */
const NEEDED_FOR_RE =
  /\b(?:need|needs|needed|require|required|want|ready|done|finished|completed|prepare|prepared|confirmed|signed|approved)\b[^.;:!?\n]{0,50}$/i;

/** The head of a window, "between 24 and " / "between October 4 and ": a day, date or weekday, then "and". */
const RANGE_HEAD_RE = new RegExp(
  String.raw`\bbetween\s+(?:the\s+)?(?:${DAYNUM}|${DAYNUM}(?:\s+of)?\s+${MON}|${MON}\s+${DAYNUM}|${WD}(?:\s+${DAYNUM})?|[0-3]?\d[./][01]?\d\.?)\s+and\s+$`,
  'i',
);

const GAP_RE = /^(?:\s*,?\s*|\s+(?:at|on|by|of)\s+|\s*,\s*(?:at|on|by)\s+|\s+the\s+)$/i;

/** Capitalised names of days and months, by their upper-case spelling. */
const CAPS_NAMES = new Set(
  [...Object.keys(WEEKDAYS), ...Object.keys(MONTHS)].filter((w) => w.length > 3).map((w) => w.toUpperCase()),
);
/** Upper-case words the time patterns read as they are: "EOD", "COB", "CET", "Q3", "3PM". */
const CAPS_KEPT = /^(?:EO[DBWMQY]|COB|CW|KW|UTC|GMT|CES?T|[ECMP][SD]T|BST|IST|UK|AM|PM|Q[1-4])$/;

/**
 * "PAY THE INVOICE BY MONDAY", "SOMEONE HERE BY END OF THE WEEK": shouted text read in ordinary case,
 * one word for one word so that offsets stay the same. Names of days and months become capitalised,
 * other upper-case words lower case, and the abbreviations the patterns expect stay as they are.
 */
function uncap(region: string): string {
  if (!/[A-Z]{3}/.test(region)) return region;
  return region.replace(/\b[A-Z][A-Z0-9]+\b/g, (w) =>
    CAPS_KEPT.test(w) ? w : CAPS_NAMES.has(w) ? w[0] + w.slice(1).toLowerCase() : w.toLowerCase(),
  );
}

/** Month and holiday names that are never ordinary words, texted in lower case ("by end of april"). */
const LOWER_NAMES =
  /\b(?:january|february|april|june|july|september|october|november|december|christmas|xmas|easter|thanksgiving)\b/g;
/**
 * Month names that are also words ("may", "march", "august") or abbreviations ("apr", "sept"), in lower
 * case only next to a day number ("3 march", "march 3rd", "by 12 apr") or, for March and August, after
 * "end of" or "mid" ("by the end of march", "mid-august").
 */
const LOWER_MONTH_BY_DAY = new RegExp(
  String.raw`\b(?:march|may|august|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b(?:(?<=\b[0-3]?\d(?:st|nd|rd|th)?(?:\s+of)?\s+[a-z]+)|(?<=\b(?:(?:end|middle|beginning|start)\s+of\s+|(?:mid|early|late)[-\s]+)(?:march|august))|(?=\s+[0-3]?\d(?:st|nd|rd|th)?\b(?![.:,]\d)))`,
  'g',
);
const capitalise = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** "by end of april", "pay by 3 march", "before christmas": names texted in lower case, capitalised in place. */
function capNames(region: string): string {
  return region.replace(LOWER_NAMES, capitalise).replace(LOWER_MONTH_BY_DAY, capitalise);
}

function findAtoms(text: string, from: number, to: number): Atom[] {
  const region = capNames(uncap(text.slice(from, to)));
  const atoms: Atom[] = [];
  for (const [kind, re] of ATOMS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(region))) {
      const a: Atom = { kind, start: from + m.index, end: from + m.index + m[0].length, m };
      atoms.push(a);
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  // Keep the longest atom at each place (a `date` beats the `weekday`/`month` inside it).
  atoms.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Atom[] = [];
  for (const a of atoms) {
    const last = kept[kept.length - 1];
    if (last && a.start < last.end) continue;
    kept.push(a);
  }
  return kept;
}

// ---------- resolution ----------

export type DateOrder = 'mdy' | 'dmy';

/** Guesses whether `03/04` means March 4 or 3 April from the other numeric dates in the text. */
export function guessDateOrder(text: string): DateOrder {
  let mdy = 0;
  let dmy = 0;
  for (const m of text.matchAll(/(?<![\d/])(\d{1,2})\/(\d{1,2})(?:\/\d{2,4})?(?![\d/])/g)) {
    if (+m[1] > 12 && +m[2] <= 12) dmy++;
    if (+m[2] > 12 && +m[1] <= 12) mdy++;
  }
  if (mdy !== dmy) return mdy > dmy ? 'mdy' : 'dmy';
  return /\$|\bUSD\b|\bdollars?\b/.test(text) && !/[€£]/.test(text) ? 'mdy' : 'dmy';
}

interface Parts {
  dateMs?: number;
  /** Date with a guaranteed year (absolute even without a reference). */
  absolute?: boolean;
  hh?: number;
  mi?: number;
  durationIso?: string;
  offsetMs?: number;
  dayOffset?: number;
}

const ordinal = (s: string) => parseInt(s, 10);

/**
 * The year of a month/day without one: the next occurrence on or after the reference date, unless the
 * date passed less than a month ago (a deadline just missed: "by 30 September" written on 2 October).
 */
function nearestYear(ref: RefDate, month: number, day: number): number {
  const r = refDay(ref);
  const diff = toMs(ref.y, month, Math.min(day, daysInMonth(ref.y, month))) - r;
  if (diff >= 0 || diff > -31 * DAY_MS) return ref.y;
  return ref.y + 1;
}

function nextWeekday(ref: RefDate, wd: number, includeToday: boolean): number {
  const r = refDay(ref);
  let delta = (wd - weekdayOf(r) + 7) % 7;
  if (delta === 0 && !includeToday) delta = 7;
  return r + delta * DAY_MS;
}

/** Friday of the reference week (Monday-based), or its Sunday at the weekend. */
function endOfWeek(ref: RefDate, weeksAhead: number): number {
  const r = refDay(ref);
  const wd = weekdayOf(r);
  const mondayOffset = (wd + 6) % 7; // days since Monday
  const monday = r - mondayOffset * DAY_MS + weeksAhead * 7 * DAY_MS;
  if (weeksAhead === 0 && (wd === 6 || wd === 0)) return monday + 6 * DAY_MS;
  return monday + 4 * DAY_MS;
}

function durationParts(m: RegExpExecArray): { n: number; unit: string; business: boolean } | null {
  if (m[5]) return { n: +m[5], unit: 'hour', business: false };
  if (m[3] === undefined) {
    // "the next hour", "the next few days"
    const n = /few|coming\s+\w+s\b/i.test(m[0]) ? 3 : /couple/i.test(m[0]) ? 2 : 1;
    const unit = /^hour/i.test(m[1]) ? 'hour' : /^day/i.test(m[1]) ? 'day' : 'week';
    return { n, unit, business: false };
  }
  const word = (s: string | undefined) => {
    if (!s) return NaN;
    const lower = s.toLowerCase().replace(/\s+/g, ' ');
    if (lower in NUMBER_WORDS) return NUMBER_WORDS[lower];
    const w = cardinalValue(lower);
    return Number.isFinite(w) ? w : Number(s);
  };
  const n = m[2] ? word(m[2]) : word(m[1]);
  if (!Number.isFinite(n)) return null;
  const unitText = m[3].toLowerCase();
  const business = /business|working/.test(unitText);
  const unit = /min/.test(unitText)
    ? 'minute'
    : /h(ou)?rs?|hour/.test(unitText)
      ? 'hour'
      : /day/.test(unitText)
        ? 'day'
        : /week/.test(unitText)
          ? 'week'
          : 'month';
  return { n, unit, business };
}

function atomParts(a: Atom, ref: RefDate | null, order: DateOrder): Parts {
  const m = a.m;
  const p: Parts = {};
  switch (a.kind) {
    case 'rel': {
      const w = m[1].toLowerCase();
      p.dayOffset = /after\s+tom/.test(w) ? 2 : /tom|tm|2mo/.test(w) ? 1 : 0;
      if (ref) p.dateMs = refDay(ref) + p.dayOffset * DAY_MS;
      return p;
    }
    case 'eod':
      p.dayOffset = 0;
      if (ref) p.dateMs = refDay(ref);
      return p;
    case 'endof': {
      const short: Record<string, string> = { eow: 'week', eom: 'month', eoq: 'quarter', eoy: 'year' };
      const what = short[m[1].toLowerCase()] ?? m[1].toLowerCase();
      // "until end of Wednesday": that day.
      if (what in WEEKDAYS) {
        if (ref) p.dateMs = nextWeekday(ref, WEEKDAYS[what], false);
        return p;
      }
      const next = /\bnext\b/i.test(m[0]);
      if (!ref) {
        if (what in MONTHS) return p;
        return p;
      }
      if (what === 'week') p.dateMs = endOfWeek(ref, next ? 1 : 0);
      else if (what === 'month') {
        const mo = next ? (ref.m % 12) + 1 : ref.m;
        const y = next && ref.m === 12 ? ref.y + 1 : ref.y;
        p.dateMs = toMs(y, mo, daysInMonth(y, mo));
      } else if (what === 'year') p.dateMs = toMs(ref.y + (next ? 1 : 0), 12, 31);
      else if (what === 'quarter') {
        const qEnd = Math.ceil(ref.m / 3) * 3 + (next ? 3 : 0);
        const y = ref.y + (qEnd > 12 ? 1 : 0);
        const mo = ((qEnd - 1) % 12) + 1;
        p.dateMs = toMs(y, mo, daysInMonth(y, mo));
      } else {
        const mo = MONTHS[what];
        const y = mo < ref.m ? ref.y + 1 : ref.y;
        p.dateMs = toMs(y, mo, daysInMonth(y, mo));
      }
      return p;
    }
    case 'thisnext': {
      const which = m[1].toLowerCase();
      const what = m[2].toLowerCase();
      const isNext = which === 'next' || which === 'nxt' || which === 'following';
      if (!ref) return p;
      // "early next week" / "the beginning of next month": its Tuesday / its 5th; "mid next week": its Wednesday.
      const part = /^(?:the\s+)?(beginning|start|early|middle|mid)/i.exec(m[0])?.[1].toLowerCase();
      if (part && (what === 'week' || what === 'month')) {
        const early = part !== 'middle' && part !== 'mid';
        if (what === 'week') p.dateMs = endOfWeek(ref, isNext ? 1 : 0) - (early ? 3 : 2) * DAY_MS;
        else {
          const mo = isNext ? (ref.m % 12) + 1 : ref.m;
          p.dateMs = toMs(isNext && ref.m === 12 ? ref.y + 1 : ref.y, mo, early ? 5 : 15);
        }
        return p;
      }
      if (what === 'week') p.dateMs = endOfWeek(ref, isNext ? 1 : 0);
      else if (what === 'weekend') {
        const fri = endOfWeek(ref, isNext ? 1 : 0);
        p.dateMs = weekdayOf(fri) === 0 ? fri : fri + 2 * DAY_MS;
      } else if (what === 'month') {
        const mo = isNext ? (ref.m % 12) + 1 : ref.m;
        const y = isNext && ref.m === 12 ? ref.y + 1 : ref.y;
        p.dateMs = toMs(y, mo, daysInMonth(y, mo));
      } else {
        const wd = WEEKDAYS[what];
        if (isNext) {
          const r = refDay(ref);
          const mondayNext = r - ((weekdayOf(r) + 6) % 7) * DAY_MS + 7 * DAY_MS;
          p.dateMs = mondayNext + ((wd + 6) % 7) * DAY_MS;
        } else p.dateMs = nextWeekday(ref, wd, true);
      }
      return p;
    }
    case 'weekday':
      if (ref) p.dateMs = nextWeekday(ref, WEEKDAYS[m[1].toLowerCase()], false);
      return p;
    case 'date': {
      let day: number;
      let month: number | undefined;
      let year: number | undefined;
      if (/^\d{4}-/.test(m[0])) {
        year = +m[1];
        month = +m[2];
        day = +m[3];
      } else if (m[0].includes('/')) {
        const x = +m[1];
        const y2 = +m[2];
        if (x > 12) [day, month] = [x, y2];
        else if (y2 > 12) [month, day] = [x, y2];
        else if (order === 'mdy') [month, day] = [x, y2];
        else [day, month] = [x, y2];
        if (m[3]) year = m[3].length === 2 ? 2000 + +m[3] : +m[3];
      } else if (/^\d{1,2}\.\d/.test(m[0])) {
        day = +m[1];
        month = +m[2];
        if (m[3]) year = m[3].length === 2 ? 2000 + +m[3] : +m[3];
      } else if (/^the\s/i.test(m[0])) {
        day = ordinal(m[1]);
        if (m[2]) month = MONTHS[m[2].toLowerCase()];
      } else if (/^\d/.test(m[0])) {
        day = ordinal(m[1]);
        // "20th" alone (no month) is the next 20th, like "the 20th".
        month = m[2] ? MONTHS[m[2].toLowerCase().replace(/\.$/, '')] : undefined;
        if (m[3]) year = +m[3].replace(/\D/g, '');
      } else {
        month = MONTHS[m[1].toLowerCase()];
        day = ordinal(m[2]);
        if (m[3]) year = +m[3].replace(/\D/g, '');
      }
      if (!(day >= 1 && day <= 31) || (month !== undefined && !(month >= 1 && month <= 12))) return p;
      if (year !== undefined && month !== undefined) {
        if (day > daysInMonth(year, month)) return p;
        p.dateMs = toMs(year, month, day);
        p.absolute = true;
        return p;
      }
      if (!ref) return p;
      if (month !== undefined) {
        const y = nearestYear(ref, month, day);
        if (day <= daysInMonth(y, month)) p.dateMs = toMs(y, month, day);
        return p;
      }
      // "the 15th": the next 15th on or after the reference date.
      let y = ref.y;
      let mo = ref.m;
      if (day < ref.d) {
        mo++;
        if (mo > 12) {
          mo = 1;
          y++;
        }
      }
      for (let i = 0; i < 3 && day > daysInMonth(y, mo); i++) {
        mo++;
        if (mo > 12) {
          mo = 1;
          y++;
        }
      }
      p.dateMs = toMs(y, mo, day);
      return p;
    }
    case 'quarter': {
      // "Q3": the quarter's last day, this year unless that quarter has already ended; "the start of Q2":
      // its first day.
      const q = +m[1];
      const mo = q * 3;
      const start = /^the\s+(?:start|beginning)/i.test(m[0]);
      const day = (y: number) => (start ? toMs(y, mo - 2, 1) : toMs(y, mo, daysInMonth(y, mo)));
      if (m[2]) {
        p.dateMs = day(+m[2]);
        p.absolute = true;
      } else if (ref) p.dateMs = day((start ? mo - 2 : mo) < ref.m ? ref.y + 1 : ref.y);
      return p;
    }
    case 'holiday': {
      if (!ref) return p;
      const name = m[1].toLowerCase().replace(/\s+/g, ' ');
      const day = (y: number): number => {
        if (/lunar|chinese|spring/.test(name)) {
          const d = LUNAR_NEW_YEAR[y];
          return d ? toMs(y, d[0], d[1]) : NaN;
        }
        if (name.startsWith('thanksgiving')) {
          // The fourth Thursday of November (United States).
          const first = weekdayOf(toMs(y, 11, 1));
          return toMs(y, 11, 1 + ((4 - first + 7) % 7) + 21);
        }
        if (/easter|good friday/.test(name)) {
          // Easter Sunday (Gregorian computus); the weekend, holidays and break start on Good Friday.
          const [mo, d] = easterSunday(y);
          const offset = name === 'easter monday' ? 1 : /friday|weekend|holiday|break/.test(name) ? -2 : 0;
          return toMs(y, mo, d) + offset * DAY_MS;
        }
        if (name.includes('eve')) return name.startsWith('new') ? toMs(y, 12, 31) : toMs(y, 12, 24);
        if (name.startsWith('new year')) return toMs(y + 1, 1, 1);
        return toMs(y, 12, 25);
      };
      // The next one on or after the message date (none outside the Lunar New Year table).
      const ms = day(ref.y) >= refDay(ref) ? day(ref.y) : day(ref.y + 1);
      if (!Number.isNaN(ms)) p.dateMs = ms;
      return p;
    }
    case 'isoweek': {
      const n = Number(m[1]);
      if (!ref || n < 1 || n > 53) return p;
      // Friday of ISO week n: week 1 holds 4 January.
      const friday = (y: number) => {
        const jan4 = toMs(y, 1, 4);
        return jan4 - ((weekdayOf(jan4) + 6) % 7) * DAY_MS + (n - 1) * 7 * DAY_MS + 4 * DAY_MS;
      };
      p.dateMs = friday(ref.y) >= refDay(ref) - 4 * DAY_MS ? friday(ref.y) : friday(ref.y + 1);
      return p;
    }
    case 'midmonth': {
      const mo = MONTHS[m[2].toLowerCase().replace(/\.$/, '')];
      const w = m[1].toLowerCase();
      const week = /(first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+week/.exec(w);
      const weekEnd: Record<string, number> = {
        first: 7,
        second: 14,
        third: 21,
        fourth: 28,
        last: 28,
        final: 28,
      };
      const day = week
        ? (weekEnd[week[1]] ?? 7 * parseInt(week[1], 10))
        : /mid|middle/.test(w)
          ? 15
          : /early|first\s+days/.test(w)
            ? 5
            : /late|last\s+days/.test(w)
              ? 25
              : 1;
      if (ref) p.dateMs = toMs(nearestYear(ref, mo, day), mo, day);
      return p;
    }
    case 'month': {
      const mo = MONTHS[m[1].toLowerCase()];
      if (m[2]) {
        p.dateMs = toMs(+m[2].replace(/\D/g, ''), mo, 1);
        p.absolute = true;
      } else if (ref) p.dateMs = toMs(nearestYear(ref, mo, 1), mo, 1);
      return p;
    }
    case 'time': {
      if (m[7]) {
        // "by 5 o'clock": office hours, so 1–6 o'clock is the afternoon.
        const h = +m[7];
        p.hh = h <= 6 ? h + 12 : h;
        p.mi = 0;
      } else if (m[6]) {
        const w = m[6].toLowerCase();
        p.hh = w === 'midnight' ? 23 : 12;
        p.mi = w === 'midnight' ? 59 : 0;
      } else if (m[3]) {
        let h = +m[1] % 12;
        if (/^p/i.test(m[3])) h += 12;
        p.hh = h;
        p.mi = m[2] ? +m[2] : 0;
      } else if (m[8]) {
        // "by 1600 hrs": the 24-hour clock written without a colon.
        p.hh = +m[8];
        p.mi = +m[9]!;
      } else {
        p.hh = +m[4];
        p.mi = +m[5];
      }
      return p;
    }
    case 'duration': {
      const d = durationParts(m);
      if (!d) return p;
      const { n, unit, business } = d;
      const code =
        unit === 'minute'
          ? `PT${n}M`
          : unit === 'hour'
            ? `PT${n}H`
            : unit === 'day'
              ? `P${n}D`
              : unit === 'week'
                ? `P${n}W`
                : `P${n}M`;
      p.durationIso = code;
      if (ref) {
        const base = toMs(ref.y, ref.m, ref.d, ref.hh, ref.mm);
        if (unit === 'minute' || unit === 'hour') {
          p.offsetMs = n * (unit === 'minute' ? 60_000 : 3_600_000);
          const t = base + p.offsetMs;
          if (p.offsetMs < DAY_MS) {
            const dt = new Date(t);
            p.dateMs = Date.UTC(dt.getUTCFullYear(), dt.getUTCMonth(), dt.getUTCDate());
            p.hh = dt.getUTCHours();
            p.mi = dt.getUTCMinutes();
          } else p.dateMs = refDay(ref) + Math.floor((t - refDay(ref)) / DAY_MS) * DAY_MS;
        } else if (unit === 'day') {
          p.dateMs = business ? addBusinessDays(refDay(ref), n) : refDay(ref) + n * DAY_MS;
        } else if (unit === 'week') p.dateMs = refDay(ref) + n * 7 * DAY_MS;
        else {
          const t = new Date(refDay(ref));
          t.setUTCMonth(t.getUTCMonth() + n);
          p.dateMs = t.getTime();
        }
      }
      return p;
    }
    default:
      return p;
  }
}

const DATE_RANK: Partial<Record<AtomKind, number>> = {
  date: 6,
  midmonth: 6,
  holiday: 6,
  isoweek: 5,
  quarter: 5,
  endof: 5,
  thisnext: 4,
  weekday: 3,
  month: 2,
  duration: 2,
  rel: 1,
  eod: 0,
};

function resolve(atoms: Atom[], ref: RefDate | null, order: DateOrder): DeadlineValue | undefined {
  let best: Parts | undefined;
  let bestRank = -1;
  let hh: number | undefined;
  let mi: number | undefined;
  let relOffset: number | undefined;
  let durationIso: string | undefined;
  for (const a of atoms) {
    const p = atomParts(a, ref, order);
    if (p.hh !== undefined && a.kind !== 'duration') {
      hh = p.hh;
      mi = p.mi;
    }
    if (p.dayOffset !== undefined) relOffset = Math.max(relOffset ?? 0, p.dayOffset);
    if (p.durationIso) durationIso = p.durationIso;
    const rank = DATE_RANK[a.kind] ?? -1;
    if ((p.dateMs !== undefined || p.durationIso) && rank > bestRank) {
      best = p;
      bestRank = rank;
    }
  }
  if (best?.dateMs !== undefined && (ref || best.absolute)) {
    if (best.hh !== undefined && hh === undefined)
      return { date: fmtDateTime(best.dateMs + best.hh * 3_600_000 + (best.mi ?? 0) * 60_000) };
    if (hh !== undefined) return { date: fmtDateTime(best.dateMs + hh * 3_600_000 + (mi ?? 0) * 60_000) };
    return { date: fmtDate(best.dateMs) };
  }
  // "by 5pm": today, or tomorrow when the message was written after that time.
  if (!best && hh !== undefined && ref && atoms.every((a) => a.kind === 'time' || a.kind === 'tod')) {
    const after = ref.hh > hh || (ref.hh === hh && ref.mm >= (mi ?? 0));
    return { date: fmtDateTime(refDay(ref) + (after ? DAY_MS : 0) + hh * 3_600_000 + (mi ?? 0) * 60_000) };
  }
  if (!ref) {
    if (durationIso) return { duration: durationIso };
    if (relOffset !== undefined) return { duration: `P${relOffset}D` };
  }
  return undefined;
}

// ---------- public ----------

const first0 = (g: Atom[]): AtomKind => g[0].kind;

/**
 * Time expressions in `text[from, to)` that could be due times, merged into phrases ("end of day
 * tomorrow", "Thursday 27 March", "3pm today") with their introducing preposition and value.
 * Expressions after from / since / after / between / to / during / for (+ a duration) are dropped, as
 * are bare weekdays and dates with no preposition ("quarterly review 21 November"), possessives
 * ("Monday's meeting") and anaphoric "by then". A weekday with a time of day ("I need it Monday
 * morning") stands without a preposition, weakly, unless it describes a noun ("a Saturday evening window").
 * Introducers also include "expires"/"lapses" ("the offer expires Friday"), kept out of the phrase.
 */
export function findTimeExpressions(
  text: string,
  from: number,
  to: number,
  ref: RefDate | null,
  order: DateOrder = guessDateOrder(text),
): TimeExpression[] {
  const atoms = findAtoms(text, from, to);
  // Merge adjacent atoms into phrases.
  const groups: Atom[][] = [];
  for (const a of atoms) {
    const g = groups[groups.length - 1];
    if (g) {
      const last = g[g.length - 1];
      const gap = text.slice(last.end, a.start);
      if (gap.length <= 6 && GAP_RE.test(gap) && !(last.kind === 'duration' || a.kind === 'duration')) {
        g.push(a);
        continue;
      }
    }
    groups.push([a]);
  }
  const out: TimeExpression[] = [];
  /** A phrase that places something in time without making it due on its own (see positions.ts). */
  const weakly = (start: number, end: number, prep: string, g: Atom[]) => {
    const value = resolve(g, ref, order);
    out.push({
      start,
      end,
      text: text.slice(start, end),
      strength: 'weak',
      prep,
      ...(value ? { value } : {}),
    });
  };
  for (const g of groups) {
    const kinds = new Set(g.map((a) => a.kind));
    // A time of day alone ("morning", "8 and 12") is not a due time unless it is noon/midnight.
    if ([...kinds].every((k) => k === 'tod')) continue;
    if ([...kinds].every((k) => k === 'tod' || k === 'time') && !g.some((a) => a.kind === 'time')) continue;
    const start = g[0].start;
    let end = g[g.length - 1].end;
    const before = text.slice(Math.max(from, start - 30), start);
    const pm = PREP_RE.exec(before);
    let prep = pm ? pm[1].toLowerCase().replace(/\s+/g, ' ') : '';
    // "I'm giving you 14 days": the time allowed, a due time whose span is the time alone.
    const given = /\bgiv(?:e|ing) you$/.test(prep);
    if (given) prep = prep.replace(/^.*\b(giv(?:e|ing) you)$/, '$1');
    // "latest Friday", "max 3 days" (non-native: at the latest, at most), not "our latest March invoice".
    if (
      /^(?:latest|max|maximum)$/.test(prep) &&
      /\b(?:the|our|your|my|their|his|her|its|a|an|this|that)\s+(?:latest|max|maximum)\.?\s+$/i.test(before)
    )
      prep = '';
    // "The deadline for the revised pricing is 5pm Thursday", "Cut-off: 14 March".
    if (
      (!prep || prep === 'at' || prep === 'on' || prep === 'to') &&
      /\b(?:deadline|due\s+date|closing\s+date|cut-?off(?:\s+date)?|(?:new|revised|final|last)\s+(?:shipping\s+|delivery\s+|dispatch\s+|payment\s+|completion\s+|handover\s+|submission\s+)?date(?:\s+(?:for|of)\s+[^.;!?\n]{2,60}?)?)\b(?:[^.;!?\n]{0,50}?\s(?:is|are|will\s+be|remains|stays|has\s+been|was)(?:\s+(?:at|on|set\s+(?:at|for)|(?:extended|moved|changed|pushed\s+back|brought\s+forward)\s+to))?|\s*:)\s*$/i.test(
        text.slice(Math.max(from, start - 80), start),
      )
    )
      prep = 'deadline';
    // "the 15th at the latest", "Friday at the latest": a due time, whatever came before.
    const latest = /^,?\s+(?:at\s+the\s+latest\b|latest(?=\s*(?:[.,;:!?)]|$)))/i.exec(
      text.slice(g[g.length - 1].end, to),
    );
    const latestAfter = !!latest && !STRONG_PREPS.has(prep);
    if (latestAfter) prep = 'at the latest';
    // "in the next hour": the article belongs to the atom.
    if (
      g[0].kind === 'duration' &&
      /^the\s+(?:next|coming)\b/i.test(g[0].m[0]) &&
      (prep === 'in' || prep === 'within' || prep === 'over')
    )
      prep = prep === 'over' ? 'over the next' : prep === 'in' ? 'in the next' : 'within';
    // "in early December", "in the first week of November": a period, weakly introduced by "in".
    const inPeriod = prep === 'in' && g.length === 1 && (first0(g) === 'midmonth' || first0(g) === 'isoweek');
    // "This pricing is good through the end of Q2": an offer's expiry.
    if (
      (prep === 'through' || prep === 'thru') &&
      /\b(?:valid|good|open|available|stands?|holds?)\s+(?:through|thru)\s+$/i.test(before)
    )
      prep = 'until';
    // Non-native "we will prepare it to the end of this week": "to" a period's end is "by" it.
    if (
      prep === 'to' &&
      first0(g) === 'endof' &&
      !/\b(?:from|since|between)\b/i.test(text.slice(Math.max(from, start - 60), start))
    )
      prep = 'until';
    const phraseStart =
      pm &&
      prep !== 'deadline' &&
      !given &&
      !latestAfter &&
      !/^(?:expir|lapses)/.test(prep) &&
      (STRONG_PREPS.has(prep) || prep === 'on' || inPeriod)
        ? start - pm[0].length
        : start;
    // "between 24 and 28 August", "between October 4 and October 6": a window, due by its last day (weakly:
    // kept only beside a request or promise). Not a span of hours ("between 8:00 and 15:00").
    const range =
      prep === 'and' && !kinds.has('duration') && ![...kinds].every((k) => k === 'time' || k === 'tod')
        ? RANGE_HEAD_RE.exec(text.slice(Math.max(from, start - 50), start))
        : null;
    if (range) {
      weakly(start - range[0].length, end, 'between', g);
      continue;
    }
    if (BLOCKING_PREPS.has(prep)) {
      // "during this week" (non-native: some time this week) places a promise in a week, weakly.
      if (prep === 'during' && g.length === 1 && g[0].kind === 'thisnext' && /week|month/i.test(g[0].m[2])) {
        weakly(start, end, prep, g);
        continue;
      }
      // "for this Saturday" (rebooked for) is a due time; "for 90 days" or "for 18-20 April" is not.
      // "I need the report for Monday", "have the samples ready for the 12th" (non-native: by then), weakly.
      const neededFor =
        prep === 'for' &&
        g.length === 1 &&
        (first0(g) === 'weekday' || first0(g) === 'date') &&
        NEEDED_FOR_RE.test(text.slice(Math.max(from, start - 80), start - pm![0].length));
      if (neededFor) {
        weakly(start - pm![0].length, end, prep, g);
        continue;
      }
      if (!(prep === 'for' && (kinds.has('thisnext') || kinds.has('rel')))) continue;
    }
    const first = g[0].kind;
    const only = g.length === 1 ? first : null;
    // "14 days from today", "within 10 business days of this notice": counted from the message.
    const counted = only === 'duration' && !!g[0].m[4];
    if (counted && !STRONG_PREPS.has(prep)) prep = 'within';
    if (
      only === 'duration' &&
      ![
        'within',
        'within the next',
        'within max',
        'within maximum',
        'in the next',
        'in max',
        'in maximum',
        'max',
        'maximum',
        'over the next',
        'in',
        'you have',
        "you've got",
        'giving you',
        'give you',
      ].includes(prep)
    )
      continue;
    if (only === 'duration' && /^a\b/i.test(g[0].m[0]) && prep === 'in' && !/\btime$/i.test(g[0].m[0]))
      continue;
    // Bare weekdays, dates, months and times need a preposition.
    const needsPrep =
      ['weekday', 'date', 'month', 'midmonth', 'time', 'tod', 'quarter', 'holiday', 'isoweek'].includes(
        first,
      ) && !kinds.has('rel');
    // "I need it Monday morning", "with you Thursday 9am": a weekday with a time of day is specific enough
    // to stand without a preposition (still weak: positions.ts keeps it only beside a request or promise).
    // Not when it describes a noun ("a Saturday evening window", "a Monday morning slot").
    const dayWithTime =
      first === 'weekday' &&
      g.length === 2 &&
      (g[1]!.kind === 'tod' || g[1]!.kind === 'time') &&
      /^(?:\s*(?:[.,;:!)\n]|$)|\s+(?:instead|at|if|unless|so|please|and|but|or(?!\s+(?:on\s+|at\s+)?(?:[A-Za-z]+day|\d|tomorrow|today|the|next|this|later|earlier|early|late))|otherwise|before|as|when|then|latest|is|would|will|should|to|for|because|ideally)\b)/i.test(
        text.slice(g[1]!.end, to),
      );
    // "I send you the report Monday.", "you will have the images the 3rd of January.": a bare weekday or
    // full date closing a clause, weakly (kept only after a request or promise in the same clause).
    const bareAtEnd =
      !prep &&
      g.length === 1 &&
      (first === 'weekday' || (first === 'date' && !!g[0].m[2] && /[a-z]/i.test(g[0].m[2]))) &&
      /^\s*(?:[.,;!\n]|$)|^\s+(?:and|so|but|then|once|because|as\s+soon\s+as)\s+(?:i|we|you|it|they|the|our|your|please)\b/i.test(
        text.slice(end, to),
      ) &&
      /[a-z]\s+$/i.test(before) &&
      !/\b(?:last|this|next|every|each|a|an|since|from|of|per|dated|issued|signed|sent|received|invoice|order|no|see\s+you|met|spoke|called|wrote|talked|arrived|delivered|started)\s+$/i.test(
        before,
      );
    if (needsPrep && !prep && !dayWithTime && !bareAtEnd) continue;
    if (needsPrep && prep === 'at' && first !== 'time') continue;
    if (
      (only === 'month' ||
        only === 'midmonth' ||
        only === 'quarter' ||
        only === 'holiday' ||
        only === 'isoweek') &&
      !STRONG_PREPS.has(prep) &&
      !inPeriod
    )
      continue;
    // "the 15th" alone is a date only with a preposition ("by the 15th", "on the 20th").
    const strong = STRONG_PREPS.has(prep);
    // "from 6 PM onwards", "on the 14th onwards": when something starts.
    if (/^\s*,?\s*(?:\d{1,2}\s*(?:am|pm)\s+)?onwards?\b/i.test(text.slice(end, to))) continue;
    // "payable on the 1st of each month": a recurring term, not one due time.
    if (
      /^\s+(?:(?:of\s+)?(?:each|every)\s+(?:month|week|quarter|year|day|morning|evening|weekday|working\s+day|business\s+day)|daily|on\s+weekdays)\b/i.test(
        text.slice(end, to),
      )
    )
      continue;
    if (latest && prep === 'at the latest') end = g[g.length - 1].end + latest[0].length;
    // "by 4th Dec." at the end of a sentence: the full stop is the sentence's, not the abbreviation's.
    if (/[A-Za-z]\.$/.test(text.slice(start, end)) && /^(?:\s*$|\s+[A-Z]|\s*\n)/.test(text.slice(end, to)))
      end -= 1;
    const phraseText = text.slice(phraseStart, end);
    // "by then" / "by that time" are anaphoric and never matched here (no atom).
    const value = resolve(g, ref, order);
    out.push({
      start: phraseStart,
      end,
      text: phraseText,
      strength: strong ? 'strong' : 'weak',
      prep,
      ...(value ? { value } : {}),
    });
  }
  // "72 hours prior to the event", "10 working days before arrival": counted back from an event.
  for (const m of text
    .slice(from, to)
    .matchAll(
      new RegExp(
        String.raw`\b(?:at\s+least\s+|no\s+later\s+than\s+|(?:the\s+)?latest\s+)?${NUMW}\s*${UNIT}\s+(?:before|prior\s+to|ahead\s+of|in\s+advance\s+of)\s+(?:the|your|our|my|their|his|her)\s+(?:[a-z-]+\s+){0,2}?(?:event|arrival|departure|wedding|conference|launch|opening|show|fair|meeting|trip|check-?in|move|closing|handover|start|delivery|installation|party|dinner|banquet|ceremony|tour|flight|visit|session|audit|inspection)\b`,
        'gi',
      ),
    )) {
    const start = from + m.index;
    if (out.some((e) => e.start < start + m[0].length && e.end > start && e.strength === 'strong')) continue;
    // "by the 28th, two days ahead of your deadline": a comment on the due time just named.
    if (out.some((e) => e.end <= start && /^[,\s]*$/.test(text.slice(e.end, start)))) continue;
    for (let i = out.length - 1; i >= 0; i--)
      if (out[i].start >= start && out[i].end <= start + m[0].length) out.splice(i, 1);
    out.push({ start, end: start + m[0].length, text: m[0], strength: 'strong', prep: 'before' });
  }
  out.sort((a, b) => a.start - b.start);
  // "this week, latest Thursday", "tomorrow, at the latest by noon": one due time, narrowed by its second part.
  for (let i = out.length - 2; i >= 0; i--) {
    const [a, b] = [out[i], out[i + 1]];
    if (
      /^,\s*$/.test(text.slice(a.end, b.start)) &&
      /^(?:latest|at the latest|latest by|at the latest by|latest on|latest until|no later than|but no later than)$/.test(
        b.prep,
      )
    ) {
      out.splice(i, 2, { ...b, start: a.start, text: text.slice(a.start, b.end) });
    }
  }
  return out;
}

/** Whether a stretch of text names a date or weekday ("before our meeting on 9 July"). */
export function namesDate(text: string, from: number, to: number): boolean {
  return findAtoms(text, from, to).some((a) => a.kind !== 'tod' && a.kind !== 'duration');
}

/** Value of a free "before …" phrase ("before your next billing date on the 12th"): its inner date. */
export function resolveInner(
  text: string,
  from: number,
  to: number,
  ref: RefDate | null,
  order: DateOrder = guessDateOrder(text),
): DeadlineValue | undefined {
  const atoms = findAtoms(text, from, to).filter((a) => a.kind !== 'tod' && a.kind !== 'duration');
  if (!atoms.length) return undefined;
  return resolve(atoms, ref, order);
}
