/**
 * Small text helpers for reply drafting: deterministic choice, sentence casing, lists, money, and
 * turning the other side's words into the reply's voice ("I want my money back" → "you want your money
 * back"). Pure and dependency-free.
 */
import { hash32 } from '../hash';
import type { MoneyValue } from './types';

/** A stable index in `[0, n)` for `seed`: the same thread always gets the same wording. */
export function stableIndex(seed: string, n: number): number {
  if (n <= 1) return 0;
  return parseInt(hash32(seed), 16) % n;
}

export function upperFirst(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** Lower-cases the first letter unless the first word is "I", an acronym or looks like a name. */
export function lowerFirst(s: string): string {
  const first = /^[\p{L}'’-]+/u.exec(s)?.[0] ?? '';
  if (!first || first === 'I' || /^I['’]/.test(first)) return s;
  if (first.length > 1 && first === first.toUpperCase()) return s;
  return s[0].toLowerCase() + s.slice(1);
}

/** "a", "a and b", "a, b and c". */
export function joinList(items: string[], conjunction = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** Straight apostrophes and collapsed whitespace; trailing sentence punctuation removed. */
export function tidyClause(s: string): string {
  return s
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\s,;:.!?—–-]+$/, '');
}

/** Sentences that are mostly capitals are lowered so that restating them never reads as shouting. */
export function unshout(s: string): string {
  const letters = s.replace(/[^\p{L}]/gu, '');
  const upper = s.replace(/[^\p{Lu}]/gu, '');
  if (letters.length < 6 || upper.length / letters.length < 0.6) return s;
  return s.toLowerCase().replace(/\bi\b/g, 'I');
}

/**
 * A money amount as people write it: "$17,000", "€124.50", "CAD 229". Whole amounts have no cents.
 * Without a currency code the bare number is written ("500").
 */
export function formatMoneyPlain(m: MoneyValue): string {
  const whole = Number.isInteger(m.value);
  const digits = {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: Math.abs(m.value) < 1 ? 4 : 2,
  };
  if (!m.currency) return new Intl.NumberFormat('en-US', digits).format(m.value);
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency: m.currency, ...digits }).format(
      m.value,
    );
  } catch {
    return `${m.currency} ${new Intl.NumberFormat('en-US', digits).format(m.value)}`;
  }
}

// ---------------------------------------------------------------------------------------------------
// The other side's words in the reply's voice
// ---------------------------------------------------------------------------------------------------

/** Their first person becomes "you"; their "you" (the user's side) becomes "we" / "us". */
const FLIP: Record<string, string> = {
  "i'm": "you're",
  'i am': 'you are',
  'i was': 'you were',
  'am i': 'are you',
  'was i': 'were you',
  "i've": "you've",
  "i'll": "you'll",
  "i'd": "you'd",
  i: 'you',
  me: 'you',
  my: 'your',
  mine: 'yours',
  myself: 'yourself',
  "we're": "you're",
  "we've": "you've",
  "we'll": "you'll",
  "we'd": "you'd",
  we: 'you',
  us: 'you',
  our: 'your',
  ours: 'yours',
  ourselves: 'yourselves',
  "you're": "we're",
  'you are': 'we are',
  'you were': 'we were',
  'are you': 'are we',
  'were you': 'were we',
  "you've": "we've",
  "you'll": "we'll",
  "you'd": "we'd",
  your: 'our',
  yours: 'ours',
  yourself: 'ourselves',
  yourselves: 'ourselves',
};

/** Words after which "you" is an object ("send you", "charged you", "to you"): it becomes "us". */
const OBJECT_AFTER = new Set(
  (
    'to for with from at by of about than on into onto against without like send sent give gave given tell told ' +
    'call called charge charged owe owed email emailed let help helped ask asked pay paid contact contacted ' +
    'update updated show showed remind reminded see saw thank thanked hear heard invoice invoiced bill billed ' +
    'trust trusted chase chased warn warned promise promised assure assured inform informed write wrote ' +
    'join joined meet met reach ring rang'
  ).split(' '),
);

const FLIP_RE = new RegExp(
  String.raw`\b(?:` +
    Object.keys(FLIP)
      .concat('you')
      .sort((a, b) => b.length - a.length)
      .map((k) => k.replace(/'/g, "['’]").replace(/ /g, String.raw`\s+`))
      .join('|') +
    String.raw`)\b`,
  'gi',
);

/**
 * Restates the other side's words from the reply's side: "we are not paying your invoice" → "you are
 * not paying our invoice". One pass, so nothing is flipped twice. A capitalised word stays capitalised,
 * except their "I", which is only capitalised ("You") at the very start.
 */
export function flipPerson(text: string): string {
  return text.replace(FLIP_RE, (match, offset: number, whole: string) => {
    const key = match.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
    let out: string;
    if (key === 'you') {
      const before = /([\p{L}']+)\W*$/u
        .exec(whole.slice(Math.max(0, offset - 30), offset))?.[1]
        ?.toLowerCase();
      out = before && (OBJECT_AFTER.has(before) || /ed$/.test(before)) ? 'us' : 'we';
    } else {
      out = FLIP[key] ?? match;
    }
    const capital = /^I\b/.test(match) && !/^I[a-z]/.test(match) ? offset === 0 : /^\p{Lu}/u.test(match);
    return capital ? upperFirst(out) : out;
  });
}

/** Leading discourse markers that add nothing to a restatement ("Frankly, …", "Per my last email, …"). */
const LEAD_IN =
  /^(?:per|as per|as|again|frankly|honestly|so|well|look|listen|ok|okay|also|and|but|plus)\b[^,]{0,60},\s*/i;

const LEAD_WORD = /^(?:meanwhile|and|but|also|plus|so|anyway|besides|still)\s+/i;

export function dropLeadIn(s: string): string {
  return s.replace(LEAD_IN, '').replace(LEAD_WORD, '');
}
