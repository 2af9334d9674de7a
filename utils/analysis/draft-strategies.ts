/**
 * The five reply strategies of the method, each composed from the situation and the phrase bank:
 * acknowledge (§1), options (§3), hold (§4), escalation (§7) and payment (§4, §5). Every number, date
 * or reference a reply contains comes from the user's facts, the thread, or the user's own authority
 * and hand-off; where one is missing the reply carries a visible gap instead.
 */
import { factFor, factLine, isoDateOf, NEEDS } from './draft-facts';
import { calmInReply } from './draft-restate';
import type { NeedName } from './draft-facts';
import type { Situation, Topic } from './draft-situation';
import { formatMoneyPlain, joinList, lowerFirst, tidyClause, upperFirst } from './draft-text';
import { pickPhrase } from './phrases';
import type { PhraseBank, PhraseGroup } from './phrases';
import type { Fact, MoneyValue, Recourse, Strategy, Suggestion } from './types';

/** One line per strategy naming the rule it follows (shown with the suggestion). */
export const RATIONALES: Record<Strategy, string> = {
  acknowledge:
    'Listen first (§1): acknowledge what they said and how they feel, calm things down and keep talking; no settling yet.',
  options:
    'More than one option (§3): concrete options you can deliver, within your authority, so nobody is cornered.',
  hold: 'Data-backed, polite, firm (§4): hold your position with your facts, say what you expect, frame the mutual benefit.',
  escalation:
    'Escalation (§7): when they ask for someone higher, hand off quickly and smoothly if your process allows, otherwise restate patiently what you can do.',
  payment:
    'Data-backed, polite, firm (§4), no bluff (§5): a concrete payment proposal that cites the invoice and says what you expect.',
};

const TOPIC_NOUN: Record<Topic, string> = {
  payment: 'the invoice',
  refund: 'your request',
  delivery: 'the delivery',
  service: 'what went wrong with the service',
  price: 'the pricing',
  contract: 'the scope and what was agreed',
  internal: 'the requests on both sides',
  general: 'the issue you raised',
};

const INTEREST_SLOT: Record<Topic, string> = {
  payment: 'interestPayment',
  refund: 'interestRefund',
  delivery: 'interestDelivery',
  service: 'interestService',
  price: 'interestPrice',
  contract: 'interestContract',
  internal: 'interestInternal',
  general: 'interestGeneral',
};

/** A reference written in the thread itself ("invoice 2291", "Invoice #INV-88"): quoting it back is supported. */
const THREAD_INVOICE = /\binvoice\s*(?:no\.?|number|#)?\s*:?\s*#?([A-Z]{0,6}-?\d[\w-]*)/i;

/** Builds one suggestion: picks wording, cites facts, records gaps and the options offered. */
class Reply {
  private readonly parts: string[] = [];
  readonly options: string[] = [];
  private readonly cited = new Set<string>();
  private readonly gaps: string[] = [];
  private readonly stated: string[] = [];

  constructor(
    readonly s: Situation,
    readonly strategy: Strategy,
    private readonly bank: PhraseBank,
  ) {}

  phrase(group: PhraseGroup, slot: string, vars: Record<string, string> = {}): string | null {
    return pickPhrase(this.bank, group, slot, vars, `${this.s.seed}|${this.strategy}`, this.s.tone);
  }

  /** A paragraph of the sentences given (empty ones skipped). */
  say(...sentences: (string | null | undefined)[]): void {
    const text = sentences.filter(Boolean).join(' ');
    if (text) this.parts.push(text);
  }

  /** The value of the fact that fills `need` (cited), or its visible gap (recorded). */
  need(name: NeedName): string {
    const fact = factFor(this.s.facts, name);
    if (fact) return this.cite(fact);
    return this.gap(NEEDS[name].gap);
  }

  cite(f: Fact): string {
    this.cited.add(f.id);
    return f.value;
  }

  gap(gap: string): string {
    if (!this.gaps.includes(gap)) this.gaps.push(gap);
    return gap;
  }

  /** An options block: intro line and one bullet per option. */
  offer(intro: string | null, options: string[]): void {
    const fresh = options.filter((o) => !this.options.includes(o));
    this.options.push(...fresh);
    const lines = fresh.map((o) => `- ${upperFirst(o)}`);
    this.parts.push([intro, ...lines].filter(Boolean).join('\n'));
  }

  state(r: Recourse, sentence: string | null): void {
    if (!sentence) return;
    this.stated.push(r.id);
    this.say(sentence);
  }

  build(): Suggestion {
    const { s } = this;
    const greeting = s.name
      ? this.phrase('common', 'greeting', { name: s.name })
      : this.phrase('common', 'greetingNoName');
    const signoff = [this.phrase('common', 'signoff'), s.userName].filter(Boolean).join('\n');
    const text = [greeting, ...this.parts, signoff].filter(Boolean).join('\n\n');
    return {
      strategy: this.strategy,
      text,
      options: [...this.options],
      factsCited: [...this.cited],
      recoursesStated: [...this.stated],
      rationale: RATIONALES[this.strategy],
      // Only gaps still in the text (a later wording choice may have dropped one).
      gaps: this.gaps.filter((g) => text.includes(g)),
    };
  }
}

// ---------------------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------------------

function feeling(r: Reply, group: 'common' | 'acknowledge'): string | null {
  const slot =
    r.s.level === 'hostile' ? 'feelingHostile' : r.s.level === 'tense' ? 'feelingTense' : 'feelingCalm';
  return r.phrase(group, slot);
}

/** Their positions in their terms, with the reason when they gave one (method §2). */
function restatement(r: Reply): string | null {
  const { wants, reason } = r.s;
  // Clauses that read calmly alone can join into a sentence that reads as a threat; then fewer are restated.
  for (const n of [2, 1]) {
    if (wants.length < n) continue;
    const want = joinList(wants.slice(0, n));
    const sentence = reason
      ? r.phrase('common', 'restateReason', { want, reason })
      : r.phrase('common', 'restate', { want });
    if (sentence && calmInReply(sentence.replace(/\.$/, ''))) return sentence;
  }
  return null;
}

function interest(r: Reply): string | null {
  const interestText = r.phrase('common', INTEREST_SLOT[r.s.topic]);
  return interestText ? r.phrase('common', 'sharedInterest', { interest: interestText }) : null;
}

/** Overdue promises are owned up to in every reply (method §6); none is contradicted or passed over. */
function overdue(r: Reply): void {
  for (const c of r.s.overdueCommitments.slice(0, 2)) {
    r.say(r.phrase('common', 'overdueCommitment', { promise: tidyClause(c.text), date: r.need('newDate') }));
  }
}

function openPromises(r: Reply): void {
  const c = r.s.openCommitments[0];
  if (c) r.say(r.phrase('common', 'openCommitment', { promise: tidyClause(c.text) }));
}

function closing(r: Reply): void {
  r.say(r.phrase('common', 'closing'));
}

/** A recourse as a clause after "if we cannot agree, …": the user's own words, first person. */
export function recourseClause(text: string): string {
  const t = tidyClause(text);
  if (/^(?:we|i)\s+(?:will|shall|would|are going to|am going to|'ll)\b|^(?:we'll|i'll)\b/i.test(t))
    return lowerFirst(t);
  return `we will ${lowerFirst(t.replace(/^to\s+/i, ''))}`;
}

/** The committed recourse that fits the dispute best (most shared words with their message). */
function bestRecourse(s: Situation): Recourse | null {
  if (!s.recourseCalledFor || !s.recourses.length) return null;
  const theirs = new Set(s.newest.text.toLowerCase().match(/[a-z]{4,}/g) ?? []);
  let best = s.recourses[0];
  let bestScore = -1;
  for (const r of s.recourses) {
    const score = (r.text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((w) => theirs.has(w)).length;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

function recourse(r: Reply): void {
  const chosen = bestRecourse(r.s);
  if (chosen) r.state(chosen, r.phrase('common', 'recourse', { recourse: recourseClause(chosen.text) }));
}

/** The authority's credit limit in the thread's currency when it was given without one. */
function creditLimit(s: Situation): MoneyValue | null {
  const max = s.authority.maxCredit;
  if (!max || !(max.value > 0)) return null;
  return { currency: max.currency || s.currency, value: max.value };
}

const sameCurrency = (a: MoneyValue, b: MoneyValue) =>
  !a.currency || !b.currency || a.currency === b.currency;

/**
 * Concrete options the user can deliver, best first: money back within their authority (or their
 * request taken to whoever can approve it), a discount within their authority, a review with a date,
 * agreeing priorities (internal), a call. Never more than the authority allows.
 */
function concreteOptions(r: Reply): string[] {
  const { s } = r;
  const out: string[] = [];
  const push = (o: string | null) => {
    if (o && !out.includes(o)) out.push(o);
  };
  const topic = TOPIC_NOUN[s.topic];
  const limit = creditLimit(s);
  if (s.moneyAsk) {
    const { remedy, amount } = s.moneyAsk;
    if (limit && amount && sameCurrency(amount.value, limit) && amount.value.value <= limit.value) {
      push(r.phrase('options', 'optionFull', { remedy, amount: amount.text }));
    } else if (limit) {
      push(r.phrase('options', 'optionPartial', { remedy, amount: formatMoneyPlain(limit) }));
    } else {
      const request = amount ? `the ${amount.text} ${remedy}` : `a ${remedy}`;
      push(r.phrase('options', 'optionRequest', { request, date: r.need('reviewDate') }));
    }
  }
  const percent = s.authority.maxDiscountPercent;
  if (s.discountAsk && percent && percent > 0) {
    push(
      r.phrase('options', 'optionDiscount', {
        percent: `${percent}%`,
        topic: s.topic === 'price' ? 'the price' : topic,
      }),
    );
  } else if (s.discountAsk) {
    push(r.phrase('options', 'optionRequest', { request: 'a better price', date: r.need('reviewDate') }));
  }
  if (s.topic === 'delivery') push(r.phrase('options', 'optionDelivery', { date: r.need('deliveryDate') }));
  push(r.phrase('options', 'optionReview', { topic, date: r.need('reviewDate') }));
  if (s.topic === 'internal') push(r.phrase('options', 'optionPriorities'));
  push(r.phrase('options', 'optionCall', { topic }));
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------------------------------

/** §1: acknowledge what they said and how they feel; no settling yet, two ways to keep talking. */
function acknowledge(r: Reply): void {
  const { s } = r;
  r.say(feeling(r, 'acknowledge'), s.said ? r.phrase('acknowledge', 'heard', { said: s.said }) : null);
  r.say(restatement(r), s.threatened ? r.phrase('common', 'threatNoted') : null);
  overdue(r);
  r.say(r.phrase('acknowledge', 'notYet'));
  const options = [r.phrase('acknowledge', 'optionCall'), r.phrase('acknowledge', 'optionWritten')].filter(
    (o): o is string => !!o,
  );
  r.offer(r.phrase('acknowledge', 'nextStepIntro'), options);
  r.say(r.phrase('acknowledge', 'question'), interest(r));
  closing(r);
}

/** §3: at least two concrete options within the user's authority. */
function options(r: Reply): void {
  r.say(feeling(r, 'common'), restatement(r));
  overdue(r);
  r.say(r.phrase('options', 'intro'));
  r.offer(r.phrase('common', 'optionsIntro'), concreteOptions(r).slice(0, 3));
  r.say(r.phrase('common', 'optionsQuestion'), interest(r));
  closing(r);
}

/** The facts a firm reply rests on: the user's, or the gaps their dispute needs filled. */
function backing(r: Reply): string[] {
  const { s } = r;
  if (s.facts.length) {
    const order = ['reference', 'amount', 'date', 'policy', 'note'];
    return [...s.facts]
      .sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind))
      .slice(0, 5)
      .map((f) => {
        r.cite(f);
        return factLine(f);
      });
  }
  const needs: Record<Topic, NeedName[]> = {
    payment: ['invoice', 'amountDue', 'dueDate'],
    refund: ['policy'],
    delivery: ['orderReference', 'deliveryDate'],
    service: ['serviceLog'],
    price: ['agreedPrice'],
    contract: ['contractClause'],
    internal: ['record'],
    general: ['record'],
  };
  return needs[s.topic].map((n) => `${NEEDS[n].label}: ${r.need(n)}`);
}

/** What the user expects the other side to do, said clearly (method §4). */
function expectation(r: Reply): string {
  const { s } = r;
  if (s.owedToUser) return `to settle ${debtName(r)}, or to take up one of the options above`;
  if (s.refused)
    return 'to look at these facts with me and tell me which of the options above you can accept';
  return 'to tell me which of the options above works for you, so that I can act on it';
}

/** §4: hold the position with the user's data, say what they should do, frame the mutual benefit. */
function hold(r: Reply): void {
  const { s } = r;
  r.say(feeling(r, 'common'), restatement(r));
  overdue(r);
  const intro = r.phrase('hold', 'intro');
  r.say([intro, ...backing(r).map((l) => `- ${l}`)].filter(Boolean).join('\n'));
  r.say(r.phrase('hold', 'stance'));
  openPromises(r);
  const opts = s.owedToUser ? paymentOptions(r).slice(0, 2) : concreteOptions(r).slice(-2);
  r.offer(r.phrase('common', 'optionsIntro'), opts);
  const interestText = r.phrase('common', INTEREST_SLOT[s.topic]);
  r.say(
    r.phrase('hold', 'expectation', { ask: expectation(r) }),
    interestText ? r.phrase('hold', 'benefit', { interest: interestText }) : null,
  );
  recourse(r);
  closing(r);
}

/** §7: hand off quickly and smoothly when a hand-off exists; otherwise what the user can do, and the process. */
function escalation(r: Reply): void {
  const { s } = r;
  const view = s.escalation ?? { target: 'someone more senior', announced: false };
  const handoff = s.authority.handoff ? lowerFirst(tidyClause(s.authority.handoff)) : null;
  r.say(feeling(r, 'common'), restatement(r));
  overdue(r);
  const direct = concreteOptions(r);
  if (handoff) {
    r.say(
      r.phrase('escalation', view.announced ? 'handoffAnnounced' : 'handoffOffer', {
        target: view.target,
        handoff,
      }),
    );
    r.options.push(`a hand-off: ${handoff}`);
    r.offer(r.phrase('escalation', 'directAlt'), direct.slice(0, 2));
  } else {
    r.say(
      r.phrase('escalation', view.announced ? 'noHandoffAnnounced' : 'noHandoff', { target: view.target }),
    );
    r.offer(r.phrase('escalation', 'canDo'), direct.slice(0, 3));
    r.say(r.phrase('escalation', 'process', { step: r.need('processStep') }));
  }
  r.say(r.phrase('common', 'optionsQuestion'), interest(r));
  closing(r);
}

/** The invoice reference: the user's fact, else the thread's own "invoice 2291", else a gap. */
function invoiceRef(r: Reply): string {
  const fact = factFor(r.s.facts, 'invoice');
  if (fact) return r.cite(fact);
  const m = THREAD_INVOICE.exec(r.s.newest.text);
  return m ? m[1] : r.gap(NEEDS.invoice.gap);
}

/** What is owed, named for a sentence: "invoice INV-2041 as issued", "the monthly rent", "the balance". */
function debtName(r: Reply): string {
  if (r.s.invoiceContext) return `invoice ${invoiceRef(r)} as issued`;
  const amount = factFor(r.s.facts, 'amountDue');
  return `the ${amount?.label.trim() ? lowerFirst(amount.label.trim()) : 'balance'}`;
}

/** The sentence that says what is still open, citing the invoice, the account, or what the amount is for. */
function openDebt(r: Reply): string | null {
  const amount = amountOwed(r);
  if (r.s.invoiceContext) return r.phrase('payment', 'open', { invoice: invoiceRef(r), amount });
  const reference = factFor(r.s.facts, 'reference');
  if (reference) return r.phrase('payment', 'openAccount', { reference: r.cite(reference), amount });
  const fact = factFor(r.s.facts, 'amountDue');
  const what = fact?.label.trim() ? lowerFirst(fact.label.trim()) : 'balance';
  return r.phrase('payment', 'openBalance', { what, amount });
}

/** The amount owed: the user's amount fact, else the largest amount they wrote, else a gap. */
function amountOwed(r: Reply): string {
  const fact = factFor(r.s.facts, 'amountDue');
  if (fact) return r.cite(fact);
  const largest = [...r.s.amounts].sort((a, b) => b.value.value - a.value.value)[0];
  return largest ? largest.text : r.gap(NEEDS.amountDue.gap);
}

/** A date to pay by: the due date if it is still ahead, otherwise one the user sets. */
function payBy(r: Reply, today: string): string {
  const due = factFor(r.s.facts, 'dueDate');
  const iso = due ? isoDateOf(due.value) : null;
  if (due && iso && iso >= today) return r.cite(due);
  return r.gap('[payment date]');
}

function paymentOptions(r: Reply): string[] {
  const amount = amountOwed(r);
  const out = [
    r.phrase('payment', 'optionFull', { amount, date: payBy(r, r.s.today) }),
    r.phrase('payment', 'optionInstalments', {
      amount,
      first: r.need('firstInstalment'),
      second: r.need('secondInstalment'),
    }),
  ];
  // They dispute part of it: the rest can be paid now. Their own plan, when they proposed one, comes first.
  if (r.s.disputes || (r.s.refusedPayment && r.s.said)) out.unshift(r.phrase('payment', 'optionUndisputed'));
  if (r.s.theirPlan) out.unshift(r.phrase('payment', 'optionTheirPlan', { plan: r.s.theirPlan }));
  return out.filter((o): o is string => !!o);
}

/** §4 + §5: a concrete payment proposal citing the invoice; a committed recourse only when called for. */
function payment(r: Reply): void {
  r.say(feeling(r, 'common'), restatement(r));
  overdue(r);
  const due = factFor(r.s.facts, 'dueDate');
  r.say(openDebt(r), r.phrase('payment', 'due', { due: due ? r.cite(due) : r.gap(NEEDS.dueDate.gap) }));
  openPromises(r);
  r.offer(r.phrase('payment', 'intro'), paymentOptions(r).slice(0, 3));
  r.say(r.phrase('payment', 'ask'), interest(r));
  recourse(r);
  closing(r);
}

const COMPOSERS: Record<Strategy, (r: Reply) => void> = { acknowledge, options, hold, escalation, payment };

export function compose(strategy: Strategy, s: Situation, bank: PhraseBank): Suggestion {
  const r = new Reply(s, strategy, bank);
  COMPOSERS[strategy](r);
  return r.build();
}
