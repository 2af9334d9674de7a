/**
 * Unsupported claims: every amount, percentage, date or reference the draft asserts about the dispute
 * must come from the user's facts or from the thread (method section 4). Offers and promises are the
 * user's to make and are not claims ("I can credit $200", "by Friday"), except that an offered credit
 * or discount above the user's authority is flagged. Left alone: questions, deadlines, dates still to
 * come (plans, not facts), times of day and counts (never matched), and 100 %.
 */
import { hash32 } from '../hash';
import type { DraftView } from './check-scope';
import { sentenceAt } from './check-scope';
import { clauses, inside, offersIn } from './check-offers';
import {
  amountsIn,
  datesIn,
  isoDate,
  normaliseId,
  percentsIn,
  refKeys,
  refsIn,
  sameDate,
  sameMoney,
} from './check-facts';
import type { AmountItem, DateItem, Item, PercentItem, RefItem } from './check-facts';
import type { CheckContext, Finding, MoneyValue } from './types';

interface Support {
  amounts: MoneyValue[];
  percents: number[];
  dates: Omit<DateItem, 'start' | 'end'>[];
  refs: Set<string>;
}

const CACHE_LIMIT = 20;
const cache = new Map<string, Support>();

/** What the user's facts and the thread state: the values a draft may assert. */
function supportOf(ctx: CheckContext): Support {
  const texts: string[] = [];
  for (const f of ctx.facts ?? []) texts.push(`${f.label}\n${f.value}`);
  if (ctx.thread?.subject) texts.push(ctx.thread.subject);
  for (const m of ctx.thread?.messages ?? []) texts.push(m.text);
  const isoDates = (ctx.thread?.messages ?? []).map((m) => m.date ?? '');
  const key = hash32(JSON.stringify([texts, isoDates, ctx.facts?.map((f) => f.kind)]));
  const hit = cache.get(key);
  if (hit) return hit;

  const support: Support = { amounts: [], percents: [], dates: [], refs: new Set() };
  for (const t of texts) {
    support.amounts.push(...amountsIn(t).map((a) => a.value));
    support.percents.push(...percentsIn(t).map((p) => p.value));
    support.dates.push(...datesIn(t));
    for (const r of refsIn(t)) for (const k of refKeys(r.id)) support.refs.add(k);
  }
  for (const f of ctx.facts ?? []) {
    const v = f.value.trim();
    // A bare number kept as an amount ("4800") matches that amount in any currency.
    if (f.kind === 'amount' && /^\d[\d,.' ]*$/.test(v))
      support.amounts.push({ currency: '', value: Number(v.replace(/[,' ]/g, '')) });
    if (f.kind === 'date') {
      const d = isoDate(v);
      if (d) support.dates.push(d);
    }
    if (f.kind === 'reference' || f.kind === 'policy') {
      const id = normaliseId(v.split(/\s/)[0] ?? '');
      if (/\d/.test(id)) for (const k of refKeys(id)) support.refs.add(k);
    }
  }
  for (const iso of isoDates) {
    const d = isoDate(iso);
    if (d) support.dates.push(d);
  }
  cache.set(key, support);
  if (cache.size > CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  return support;
}

const CREDIT_WORDS =
  /\b(?:credit\w*|refund\w*|reimburs\w+|compensat\w+|waiv\w+|goodwill|discount\w*|off\b|rebate\w*)/i;
const DISCOUNT_WORDS = /\b(?:discount\w*|off\b|reduc\w+|rebate\w*|lower\w*)/i;

const LINK = /\bhttps?:\/\/\S+|\bwww\.\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
/** What the user will do: "we'll have to bill the extra setup at €85 per hour". */
const OWN_FUTURE = /\b(?:i|we)(?:'ll|\s+will|\s+shall|(?:'m|'re|\s+am|\s+are)\s+going\s+to)\b/i;
/** A date introduced as a limit ("until 24 October", "by 5 March"): a plan, not a fact. */
const LIMIT_BEFORE = /\b(?:until|till|by|before|no\s+later\s+than)\s+(?:[\w:]+,?\s+){0,3}$/i;

const dayNumber = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;

/** A stated date that is today or past: a fact. Dates to come are plans (meetings, due dates). */
function isPastOrToday(date: Omit<DateItem, 'start' | 'end'>, today: string): boolean {
  const t = isoDate(today);
  if (!t || t.y === undefined) return true;
  const now = dayNumber(t.y, t.m, t.d);
  if (date.y !== undefined) return dayNumber(date.y, date.m, date.d) <= now;
  const ahead = dayNumber(t.y, date.m, date.d) - now;
  // No year: this year's date unless that is more than half a year away (then last year's).
  return ahead <= 0 || ahead > 183;
}

function money(v: MoneyValue, like: string): string {
  const digits = Number.isInteger(v.value) ? 0 : 2;
  const n = v.value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: 2 });
  const symbol = /^[^\d\s]+/.exec(like)?.[0];
  if (symbol && !/^[A-Z]{3}$/.test(symbol)) return `${symbol}${n}`;
  return v.currency ? `${v.currency} ${n}` : n;
}

const quote = (s: string) => `“${s}”`;

export function claimFindings(view: DraftView, ctx: CheckContext): Finding[] {
  const { draft, text, end } = view;
  // Addresses and links are not claims ("https://…/tickets/TKT-5512", "po-7781@vendor.example").
  const links = [...text.slice(0, end).matchAll(LINK)].map((m) => [m.index, m.index + m[0].length]);
  const free = <T extends Item>(items: T[]) =>
    items.filter((i) => !links.some(([a, b]) => i.start < b && i.end > a));
  const amounts = free(amountsIn(text, 0, end));
  const percents = free(percentsIn(text, 0, end));
  const dates = free(datesIn(text, 0, end));
  const refs = free(refsIn(text, 0, end)).filter(
    (r) => ![...amounts, ...dates, ...percents].some((o) => r.start < o.end && r.end > o.start),
  );
  if (!amounts.length && !percents.length && !dates.length && !refs.length) return [];

  const offers = offersIn(view);
  const deadlines = view.positions.filter((p) => p.kind === 'deadline');
  const support = supportOf(ctx);
  const authority = ctx.user?.authority;
  const out: Finding[] = [];
  const span = (i: Item) => ({ start: i.start, end: i.end, text: draft.slice(i.start, i.end) });
  const clauseOf = (i: Item) => {
    const s = sentenceAt(view, i.start);
    return s ? (clauses(s.text, s.start).find((c) => i.start >= c.start && i.start < c.end) ?? s) : undefined;
  };
  /**
   * Not asserted about the dispute: inside an offer or a deadline, in a clause about what the user
   * will do (the future is a plan, not a fact), or asked about.
   */
  const notAsserted = (i: Item) => {
    if (inside(offers, i.start, i.end)) return true;
    if (deadlines.some((d) => i.start >= d.start && i.end <= d.end)) return true;
    if (OWN_FUTURE.test((clauseOf(i)?.text ?? '').replace(/’/g, "'"))) return true;
    const s = sentenceAt(view, i.start);
    return !!s && /\?\s*$/.test(s.text);
  };
  const flagged = new Set<string>();
  const once = (key: string) => (flagged.has(key) ? false : (flagged.add(key), true));

  for (const a of amounts as AmountItem[]) {
    const clause = clauseOf(a)?.text ?? '';
    const offered = notAsserted(a);
    const max = authority?.maxCredit;
    const comparable = max && (!max.currency || !a.value.currency || max.currency === a.value.currency);
    if (offered && comparable && a.value.value > max.value && CREDIT_WORDS.test(clause)) {
      const limit = { currency: max.currency || a.value.currency, value: max.value };
      out.push({
        kind: 'unsupported-claim',
        ...span(a),
        message: `This offers ${draft.slice(a.start, a.end)}, more than the ${money(limit, draft.slice(a.start, a.end))} you can grant on your own. Get approval first, or offer up to that.`,
        suggestion: money(limit, draft.slice(a.start, a.end)),
      });
      continue;
    }
    if (offered) continue;
    if (comparable && a.value.value <= max.value && CREDIT_WORDS.test(clause)) continue;
    if (support.amounts.some((s) => sameMoney(s, a.value))) continue;
    if (!once(`a:${a.value.currency}:${a.value.value}`)) continue;
    out.push({
      kind: 'unsupported-claim',
      ...span(a),
      message: `${quote(draft.slice(a.start, a.end))} is not among your facts or in the thread. Check the figure, or add it to your facts in Parley so replies can cite it.`,
    });
  }

  for (const p of percents as PercentItem[]) {
    const clause = clauseOf(p)?.text ?? '';
    const maxPct = authority?.maxDiscountPercent;
    if (notAsserted(p)) {
      if (maxPct !== undefined && p.value > maxPct && DISCOUNT_WORDS.test(clause)) {
        out.push({
          kind: 'unsupported-claim',
          ...span(p),
          message: `This offers ${draft.slice(p.start, p.end)}, more than the ${maxPct}% discount you can grant on your own. Get approval first, or offer up to ${maxPct}%.`,
          suggestion: `${maxPct}%`,
        });
      }
      continue;
    }
    if (p.value === 100 || p.value === 0) continue;
    if (maxPct !== undefined && p.value <= maxPct && DISCOUNT_WORDS.test(clause)) continue;
    if (support.percents.includes(p.value) || !once(`p:${p.value}`)) continue;
    out.push({
      kind: 'unsupported-claim',
      ...span(p),
      message: `${quote(draft.slice(p.start, p.end))} is not in your facts or in the thread. Check the figure before you state it.`,
    });
  }

  for (const d of dates) {
    if (notAsserted(d) || !isPastOrToday(d, view.today)) continue;
    if (LIMIT_BEFORE.test(text.slice(Math.max(0, d.start - 30), d.start))) continue;
    if (support.dates.some((s) => sameDate(s, d)) || !once(`d:${d.y ?? ''}-${d.m}-${d.d}`)) continue;
    out.push({
      kind: 'unsupported-claim',
      ...span(d),
      message: `${quote(draft.slice(d.start, d.end))} is not a date in your facts or in the thread. Check it, or add it to your facts in Parley so replies can cite it.`,
    });
  }

  for (const r of refs as RefItem[]) {
    if (notAsserted(r)) continue;
    if (refKeys(r.id).some((k) => support.refs.has(k)) || !once(`r:${r.id}`)) continue;
    out.push({
      kind: 'unsupported-claim',
      ...span(r),
      message: `${quote(draft.slice(r.start, r.end))} does not match any reference in your facts or in the thread. A wrong number undermines the rest of your case: check it, or add it to your facts.`,
    });
  }
  return out;
}
