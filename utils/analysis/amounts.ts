/**
 * Money amounts in free text: a currency marker (symbol, ISO code or word) next to a number.
 * Pure and regex-only. A bare number is never an amount, except a `17k` / `1.2m` shorthand in a
 * sentence that talks about money. Phone, invoice and account numbers, dates, counts and percentages
 * carry no currency marker and are therefore never matched.
 */
import type { MoneyValue, Position } from './types';
import { CARDINALS, cardinalValue } from './number-words';

/** Prefix symbols, longest first so `R$` wins over `$`. */
const PREFIX_SYMBOLS: [string, string][] = [
  ['US$', 'USD'],
  ['USD$', 'USD'],
  ['CA$', 'CAD'],
  ['C$', 'CAD'],
  ['AU$', 'AUD'],
  ['A$', 'AUD'],
  ['NZ$', 'NZD'],
  ['HK$', 'HKD'],
  ['S$', 'SGD'],
  ['MX$', 'MXN'],
  ['R$', 'BRL'],
  ['$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP'],
  ['¥', 'JPY'],
  ['₹', 'INR'],
  ['₩', 'KRW'],
  ['₽', 'RUB'],
  ['₺', 'TRY'],
  ['₪', 'ILS'],
  ['₱', 'PHP'],
  ['₫', 'VND'],
  ['฿', 'THB'],
  ['Rs.', 'INR'],
  ['Rs', 'INR'],
];

/** Symbols that may also follow the number (`2.400 €`). */
const SUFFIX_SYMBOLS: Record<string, string> = { '€': 'EUR', '£': 'GBP', $: 'USD', '¥': 'JPY', zł: 'PLN' };

/**
 * ISO 4217 codes accepted in upper case before or after a number. Codes that are also common words or
 * acronyms in mail (PHP, TRY, ALL, CUP, MOP, TOP) are left out.
 */
const ISO_CODES = new Set(
  (
    'USD EUR GBP JPY CNY RMB CHF CAD AUD NZD BRL INR MXN SEK NOK DKK PLN CZK HUF ZAR SGD HKD KRW RUB AED ' +
    'SAR ILS THB IDR MYR VND ARS CLP COP PEN RON BGN ISK TWD NGN KES EGP PKR UAH QAR KWD MAD ' +
    // Africa, South Asia, the Gulf and Latin America: the codes traders write in invoices.
    'GHS TZS UGX ZMW XOF XAF ETB RWF BWP NAD MZN AOA MUR LKR BDT NPR OMR BHD JOD IQD DZD TND UYU PYG ' +
    'DOP GTQ JMD TTD KZT UZS GEL AZN RSD'
  ).split(' '),
);

/** Currency words after the number (`2,400 dollars`, `340 euro`). */
const WORD_CURRENCIES: [RegExp, string][] = [
  [/^(?:US|U\.S\.|American)\s+dollars?\b/i, 'USD'],
  [/^(?:Canadian)\s+dollars?\b/i, 'CAD'],
  [/^(?:Australian)\s+dollars?\b/i, 'AUD'],
  [/^(?:New Zealand)\s+dollars?\b/i, 'NZD'],
  [/^(?:Hong Kong)\s+dollars?\b/i, 'HKD'],
  [/^(?:Singapore)\s+dollars?\b/i, 'SGD'],
  [/^(?:Swiss\s+)?francs?\b/i, 'CHF'],
  [/^(?:dollars?|bucks)\b/i, 'USD'],
  [/^euros?\b/i, 'EUR'],
  [/^(?:pounds?(?:\s+sterling)?|quid)\b/i, 'GBP'],
  [/^yen\b/i, 'JPY'],
  [/^yuan\b/i, 'CNY'],
  [/^rupees?\b/i, 'INR'],
  [/^(?:reais|reals?)\b/i, 'BRL'],
  [/^(?:złoty|zloty|zlotys)\b/i, 'PLN'],
];

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  K: 1e3,
  thousand: 1e3,
  m: 1e6,
  M: 1e6,
  mn: 1e6,
  mm: 1e6,
  million: 1e6,
  bn: 1e9,
  BN: 1e9,
  b: 1e9,
  B: 1e9,
  billion: 1e9,
};

/**
 * A number as written in money: `1,249.00`, `1.249,00`, `2 400,00` (space / no-break space groups),
 * `1'200.50`, `17`, `84.99`, `1.2`, and Indian lakh grouping (`32,00,000`, `1,50,000`). Other groups
 * must be three digits.
 */
const NUM = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?(?!\d)|\d{1,3}(?:(?:,\d{3})+|(?:\.\d{3})+|(?:[ \u00a0\u202f]\d{3})+|(?:['’]\d{3})+)(?:[.,]\d{1,2})?(?!\d)|0[.,]\d{3,5}(?!\d)|\d+(?:[.,]\d{1,2})?(?![\d])`;
const MULT = String.raw`(?:(?:k|K|m|M|mn|mm|bn|BN|b|B)\b|\s?(?:thousand|million|billion)\b)`;

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The codes also read in lower case, as texted ("500 eur", "usd 1,200"): the common ones, none of them an
 * English word.
 */
const LOWER_ISO = [
  'usd',
  'eur',
  'gbp',
  'chf',
  'aud',
  'nzd',
  'inr',
  'aed',
  'jpy',
  'cny',
  'sgd',
  'hkd',
  'zar',
  'sek',
  'dkk',
  'pln',
  'brl',
  'mxn',
];
/** An ISO code right after the number: `410 USD`, `500 eur`. */
const ISO_AFTER = new RegExp(String.raw`^[ \u00a0\u202f]?([A-Z]{3}|${LOWER_ISO.join('|')})\b`);

const PREFIX_ALT = [...PREFIX_SYMBOLS.map(([s]) => escapeRe(s)), ...ISO_CODES, ...LOWER_ISO].join('|');
/** `$17,000`, `R$ 6.480,00`, `EUR 250`, `CAD 229`, `$1.2m`. */
const PREFIX_RE = new RegExp(String.raw`(?<![A-Za-z0-9])(${PREFIX_ALT})\s?(${NUM})(${MULT})?`, 'g');
/** `2.400 €`, `410 USD`, `340 euro`, `2,400 dollars`, `17k` (bare; checked for money context). */
const NUMBER_RE = new RegExp(String.raw`(?<![\w$€£¥.,/#-])(${NUM})(${MULT})?`, 'g');

/**
 * The South African rand written `R 8,400,000` / `R12 500,00`: only with grouped thousands or cents, so
 * that a model or room name ("R2", "the R450") is never money.
 */
const RAND_RE =
  /(?<![A-Za-z0-9$])R[ \u00a0]?(\d{1,3}(?:(?:,\d{3})+|(?:[ \u00a0\u202f]\d{3})+)(?:[.,]\d{2})?|\d+[.,]\d{2})(?![\d,.]?\d)/g;

const SMALL = Object.keys(CARDINALS).join('|');
/**
 * Money in words: "two grand", "Two bucks a case", "six hundred quid", "fifty euros". Not "a cent" or
 * "one euro" (said for emphasis: "not a cent more"), and not "two pounds of coffee" (a weight).
 */
const WORD_AMOUNT_RE = new RegExp(
  String.raw`\b(${SMALL}|a|one)(?:[\s-](${SMALL.replace('two|', 'one|two|')}))?(?:\s+(hundred|thousand))?\s+(grand|bucks|dollars|quid|pounds|euros|rupees)\b(?!\s+of\b)`,
  'gi',
);
const WORD_CURRENCY: Record<string, string> = {
  bucks: 'USD',
  dollars: 'USD',
  quid: 'GBP',
  pounds: 'GBP',
  euros: 'EUR',
  rupees: 'INR',
  grand: '',
};

/**
 * A sub-unit after the number: group 1 `ct`/`cents`, group 2 `c` before "/", "per" or a price word ("a 1.5c
 * quality bonus", "2c off"), group 3 `p` (pence).
 * "18ct gold", "a 2 ct diamond": carats, not cents.
 */
const SUB_UNIT =
  /^[ \u00a0]?(ct|cents?|CENTS?)\b(?!\s*(?:(?:white|yellow|rose|solid)\s+)?(?:gold|platinum|diamonds?|solitaires?|sapphires?|rub(?:y|ies)|emeralds?|stones?|gems?))|^(c)(?=\s*\/|\s+(?:per|a)\s|\s+(?:quality\s+|price\s+|volume\s+)?(?:bonus|premium|discount|surcharge|increase|rise|cut|reduction|off|uplift)\b)|^(p)\b(?!\.?m\b)/;

const COUNT_NOUN =
  /^\s*(?:impressions|clicks|streams|plays|listens|listeners|installs|sign-?ups|leads|impr|pcs|pieces?|pc|bags|bottles|cartons|tonnes|tons|litres|liters|users?|seats?|units?|people|persons|employees|staff|followers|subscribers|customers|visitors|views|downloads|rows|records|items|words|steps|lines|emails|miles|km|kms|kg|tons?|pages|hours|days|licenses|licences|accounts|members|orders|calls|requests|tickets|messages|devices|boxes|cases|pallets|copies|sq|square|ft|feet|meters|metres)\b/i;

const MONEY_CONTEXT =
  /\b(?:pay|paid|paying|price|pricing|priced|fee|fees|cost|costs|budget|offer|offered|quote|quoted|invoice|invoiced|salary|rate|discount|deal|charge|charged|owe|owed|refund|credit|deposit|spend|spent|worth|cheaper|revenue|payment|sum|amount|ceiling|settle|valuation|valued|cash|bonus|loan|rent|wages?|earn|earns|earning|funding|blow|blowing|blew|blown|package|buy|sell|sold|bought)\b/i;

/**
 * Converts the digits of a money amount to a number, for both decimal conventions: the last of `,`/`.`
 * is the decimal mark when both occur; a single separator followed by exactly three digits groups
 * thousands (`1,249` / `2.400`); otherwise it is the decimal mark (`84.99`, `6,50`).
 */
export function parseAmountNumber(raw: string): number {
  const s = raw.replace(/[ \u00a0\u202f'’]/g, '');
  const lastComma = s.lastIndexOf(',');
  const lastDot = s.lastIndexOf('.');
  let normalized: string;
  if (lastComma >= 0 && lastDot >= 0) {
    const decimal = lastComma > lastDot ? ',' : '.';
    const group = decimal === ',' ? '.' : ',';
    normalized = s.split(group).join('').replace(decimal, '.');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const sep = lastComma >= 0 ? ',' : '.';
    const parts = s.split(sep);
    // "0.011" (a price per minute or per unit) can only be a decimal.
    if (parts.length > 2 || (parts[parts.length - 1].length === 3 && parts[0] !== '0'))
      normalized = parts.join('');
    else normalized = parts.join('.');
  } else {
    normalized = s;
  }
  return Number(normalized);
}

function applyMultiplier(value: number, mult: string | undefined): number {
  if (!mult) return value;
  const key = mult.trim();
  const factor = MULTIPLIERS[key] ?? MULTIPLIERS[key.toLowerCase()] ?? 1;
  // Avoid float noise: 1.2 * 1e6 = 1199999.9999999998.
  return Math.round(value * factor * 100) / 100;
}

/** Space-grouped numbers (`2 400,00`) are accepted only with a decimal part or a no-break space. */
function spaceGroupingOk(num: string, suffixCurrency: boolean): boolean {
  if (!/\d \d/.test(num)) return true;
  return suffixCurrency || /[.,]\d{1,2}$/.test(num);
}

/** The sentence around `index` and the one before it (money context for a bare `95k`). */
const sentenceAround = (text: string, index: number): string => {
  let s = index;
  let boundaries = 0;
  while (s > 0) {
    if (/[.!?\n]/.test(text[s - 1]) && ++boundaries === 2) break;
    s--;
  }
  let e = index;
  while (e < text.length && !/[!?\n]/.test(text[e]) && !(text[e] === '.' && /\s/.test(text[e + 1] ?? ' ')))
    e++;
  return text.slice(s, e);
};

/** Where the sentence holding `index` starts (a dot inside `1.2M` ends nothing). */
const sentenceStart = (text: string, index: number): number => {
  let s = index;
  while (s > 0 && !/[!?\n]/.test(text[s - 1]) && !(text[s - 1] === '.' && /\s/.test(text[s]))) s--;
  return s;
};

/**
 * Every money amount in `text[from, to)`, as `amount` positions sorted by start. The span is the
 * currency plus the number (`$95` in `$95/hour`, `R$ 6.480,00`, `340 euro`).
 */
export function extractAmounts(text: string, from = 0, to = text.length): Position[] {
  const region = text.slice(from, to);
  const out: Position[] = [];
  const taken: [number, number][] = [];
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a);
  const push = (start: number, end: number, value: MoneyValue) => {
    if (overlaps(start, end)) return;
    taken.push([start, end]);
    out.push({ kind: 'amount', start: from + start, end: from + end, text: region.slice(start, end), value });
  };

  for (const m of region.matchAll(PREFIX_RE)) {
    const [whole, cur] = m;
    let num = m[2];
    let mult: string | undefined = m[3];
    const start = m.index;
    let end = start + whole.length;
    if (!spaceGroupingOk(num, false)) {
      // `$40 100 times`: the amount is `$40`.
      num = num.slice(0, num.search(/[ \u00a0\u202f]/));
      mult = undefined;
      end = start + whole.indexOf(num) + num.length;
    }
    const currency = PREFIX_SYMBOLS.find(([s]) => s === cur)?.[1] ?? cur.toUpperCase();
    // Skip ISO codes glued to identifiers ("USD 12AB").
    if (/^[A-Za-z]{3}$/.test(cur) && /^[A-Za-z]/.test(region.slice(end, end + 1))) continue;
    while (end > start && /\s/.test(region[end - 1])) end--;
    push(start, end, { currency, value: applyMultiplier(parseAmountNumber(num), mult) });
  }

  for (const m of region.matchAll(RAND_RE)) {
    push(m.index, m.index + m[0].length, { currency: 'ZAR', value: parseAmountNumber(m[1]) });
  }

  for (const m of region.matchAll(WORD_AMOUNT_RE)) {
    const [whole, first, second, scale, unit] = m;
    const head = first.toLowerCase();
    // "a hundred quid", "one thousand dollars" need their scale; "a grand" alone is "a grand total".
    if ((head === 'a' || head === 'one') && (!scale || second)) continue;
    let n = head === 'a' ? 1 : cardinalValue(second ? `${head} ${second}` : head);
    if (!Number.isFinite(n)) continue;
    if (scale) n *= scale.toLowerCase() === 'hundred' ? 100 : 1000;
    const u = unit.toLowerCase();
    if (u === 'grand') n *= 1000;
    push(m.index, m.index + whole.length, { currency: WORD_CURRENCY[u], value: n });
  }

  /** Sentences (by start) where a `1.2M` shorthand counted things: a later bare `740k` there counts them too. */
  const countingSentences = new Set<number>();
  for (const m of region.matchAll(NUMBER_RE)) {
    const [whole, num, mult] = m;
    let sub: RegExpExecArray | null;
    const start = m.index;
    const afterNum = start + whole.length;
    if (overlaps(start, afterNum)) continue;
    const rest = region.slice(afterNum, afterNum + 40);
    // Suffix symbol or ISO code: `2.400 €`, `410 USD`.
    const sym = /^[ \u00a0\u202f]?(€|£|¥|\$|zł)/.exec(rest);
    const iso = ISO_AFTER.exec(rest);
    const word = /^[ \u00a0\u202f]?/.exec(rest)!;
    const afterSpace = rest.slice(word[0].length);
    const wordCur = WORD_CURRENCIES.find(([re]) => re.test(afterSpace));
    if (sym) {
      if (!spaceGroupingOk(num, true)) continue;
      push(start, afterNum + sym[0].length, {
        currency: SUFFIX_SYMBOLS[sym[1]],
        value: applyMultiplier(parseAmountNumber(num), mult),
      });
    } else if (iso && ISO_CODES.has(iso[1].toUpperCase())) {
      if (!spaceGroupingOk(num, true)) continue;
      push(start, afterNum + iso[0].length, {
        currency: iso[1].toUpperCase(),
        value: applyMultiplier(parseAmountNumber(num), mult),
      });
    } else if (wordCur) {
      if (!spaceGroupingOk(num, true)) continue;
      const wm = wordCur[0].exec(afterSpace)!;
      push(start, afterNum + word[0].length + wm[0].length, {
        currency: wordCur[1],
        value: applyMultiplier(parseAmountNumber(num), mult),
      });
    } else if (!mult && (sub = SUB_UNIT.exec(rest)) && /^\d{1,3}(?:[.,]\d{1,2})?$/.test(num)) {
      // Hundredths written after the number: pence (`36.5p per litre`, `24p/kWh`, not `3p.m.` or `720p`),
      // euro cents (`7,9 ct/kWh`) and cents whose currency is unsaid (`38 cents`, `2c/litre`).
      const hundredths = parseAmountNumber(num);
      if (hundredths > 500) continue;
      const unit = sub[1] ?? sub[2] ?? sub[3]!;
      push(start, afterNum + sub[0].length, {
        currency: unit === 'p' ? 'GBP' : unit === 'ct' ? 'EUR' : '',
        value: Number((hundredths / 100).toFixed(4)),
      });
    } else if (mult && /^(?:k|K|m|M|mn|bn)$/.test(mult.trim())) {
      // Bare shorthand (`17k`): money only when the sentence is about money and no count noun follows.
      const sentence = sentenceAround(region, start);
      // "two 12K projectors", "a 4K TV": a resolution, not thousands.
      if (
        /^K$/.test(mult) &&
        /^\s*(?:laser\s+)?(?:projectors?|screens?|displays?|monitors?|tvs?|televisions?|video|cameras?|resolution|footage|streaming|panels?|content)\b/i.test(
          rest,
        )
      )
        continue;
      if (COUNT_NOUN.test(rest)) {
        countingSentences.add(sentenceStart(region, start));
        continue;
      }
      if (/\d \d/.test(num)) continue;
      if (countingSentences.has(sentenceStart(region, start))) continue;
      if (!MONEY_CONTEXT.test(sentence)) continue;
      // `a 10m berth`, `my boat is 8.6m`, `2h 14m of downtime`: metres and minutes, not millions.
      if (
        /^m$/i.test(mult.trim()) &&
        (/\d\s?h\s+$/.test(region.slice(Math.max(0, start - 6), start)) ||
          /\b(?:measur\w*|length|long|wide|width|tall|high|height|deep|depth|metres?|meters?|loa|berth|boat|yacht|mooring|downtime|minutes?)\b/i.test(
            sentence,
          ))
      )
        continue;
      push(start, afterNum, { currency: '', value: applyMultiplier(parseAmountNumber(num), mult) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
