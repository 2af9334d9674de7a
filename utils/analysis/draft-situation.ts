/**
 * What a reply has to answer: the newest message from the other side read through the thread analysis
 * (their positions, tone and reasons), who they are, what the dispute is about, which way the money
 * flows, and the user's own data (facts, committed recourses, open and overdue commitments, authority).
 * The strategies in draft-strategies.ts only compose from this.
 */
import { hash32 } from '../hash';
import { INVOICE_WORD, NEEDS, passedDueDate } from './draft-facts';
import {
  calmInReply,
  escalationView,
  grievance,
  restateDemand,
  restateReason,
  restateRefusal,
} from './draft-restate';
import { flipPerson, tidyClause } from './draft-text';
import type { EscalationView } from './draft-restate';
import { sentences } from './text';
import { ownScope } from './scope';
import type { ThreadAnalysis } from './thread';
import type {
  Authority,
  Commitment,
  DraftInput,
  Fact,
  MoneyValue,
  Position,
  Recourse,
  Signal,
  ThreadMessage,
  ToneLevel,
  TonePreference,
} from './types';

export type Topic =
  'payment' | 'refund' | 'delivery' | 'service' | 'price' | 'contract' | 'internal' | 'general';

export interface AmountMention {
  /** Exactly as the thread wrote it ("$17,000"): quoting it back is always supported by the thread. */
  text: string;
  value: MoneyValue;
}

export interface Situation {
  /** Seed for stable wording choices: changes with the thread, never between runs. */
  seed: string;
  newest: ThreadMessage;
  /** How to greet them: a first name (or "Mr Whitcombe"), null when unknown. */
  name: string | null;
  userName: string | null;
  tone: TonePreference;
  level: ToneLevel;
  positions: Position[];
  /** Their positions restated in the reply's voice ("you want a call with someone technical"). */
  wants: string[];
  reason: string | null;
  /** What they say went wrong, restated. */
  said: string | null;
  threatened: boolean;
  refused: boolean;
  refusedPayment: boolean;
  /** They are chasing: waiting on something already asked for ("any update", "per my last email"). */
  chasing: boolean;
  /** They dispute what they are billed for (a complaint, not only a cash-flow problem). */
  disputes: boolean;
  /** A payment plan they propose themselves ("pay $1,000 this Friday and the remaining $950 on the 20th"). */
  theirPlan: string | null;
  /** The thread or the user's facts speak of an invoice (otherwise: rent, a balance, an account). */
  invoiceContext: boolean;
  /** They turn down an offer the user made earlier in the thread. */
  rejectsOffer: boolean;
  /** The newest message has a demand, refusal or threat: replies carry at least two options. */
  needsOptions: boolean;
  escalation: EscalationView | null;
  topic: Topic;
  /** Money is owed to the user and they refuse or delay paying it. */
  owedToUser: boolean;
  /** They ask for money back (refund, credit, waived fee) or a lower price. */
  moneyAsk: { remedy: 'refund' | 'credit'; amount: AmountMention | null } | null;
  discountAsk: boolean;
  amounts: AmountMention[];
  /** Their deadline as they wrote it ("by end of day tomorrow"). */
  deadline: string | null;
  facts: Fact[];
  /** Committed recourses only: the others may never be stated (method §5). */
  recourses: Recourse[];
  /** A committed recourse may be stated: they threaten, refuse to pay, or a due date has passed. */
  recourseCalledFor: boolean;
  openCommitments: Commitment[];
  overdueCommitments: Commitment[];
  authority: Authority;
  /** The thread's main currency, for authority amounts given without one. */
  currency: string;
  /** `YYYY-MM-DD`: what counts as overdue. */
  today: string;
}

const TOPIC_WORDS: [Topic, RegExp][] = [
  [
    'payment',
    /\b(?:invoices?|pay|paying|paid|payment|balance|owe[sd]?|overdue|outstanding|debt|arrears|rent|fee)\b/gi,
  ],
  [
    'refund',
    /\b(?:refund\w*|money back|reimburs\w*|credit(?:ed)?|compensat\w*|deposit|chargeback|voucher)\b/gi,
  ],
  [
    'delivery',
    /\b(?:deliver\w*|shipment|shipping|ship date|pallets?|courier|tracking|order|parts|dispatch\w*|arriv\w*)\b/gi,
  ],
  [
    'service',
    /\b(?:outage|down|broken|crash\w*|bug|sync|platform|app|not working|repair|heating|technician|engineer|data|incident|reliability|sla)\b/gi,
  ],
  [
    'price',
    /\b(?:price|pricing|quote|quotation|discount|renewal|renew|per unit|per license|per seat|rate|ceiling|cheaper)\b/gi,
  ],
  ['contract', /\b(?:contract|scope|change order|agreement|milestone|statement of work|sow)\b/gi],
  [
    'internal',
    /\b(?:team|colleagues?|department|exec|budget|approval|approve|portal|forecast|redlines|sales|ops|finance|legal)\b/gi,
  ],
];

/**
 * What the dispute is about: the topic with the most words in their message and the subject, words in
 * what they ask, refuse or threaten counting double.
 */
export function topicOf(text: string, stated: string[] = []): Topic {
  let best: Topic = 'general';
  let bestCount = 0;
  for (const [topic, re] of TOPIC_WORDS) {
    const count =
      (text.match(re)?.length ?? 0) + 2 * stated.reduce((n, t) => n + (t.match(re)?.length ?? 0), 0);
    if (count > bestCount) {
      best = topic;
      bestCount = count;
    }
  }
  return best;
}

const NOT_A_NAME =
  /^(?:team|support|billing|customer|customers|service|services|accounts?|info|noreply|no-reply|admin|office|sales|the|hr|it|help|helpdesk|contact|hello|notifications?|finance|operations|legal)$/i;
const TITLE = /^(?:mr|mrs|ms|miss|dr|prof)\.?$/i;

/** "Greg Holloway" → "Greg"; "Holloway, Greg" → "Greg"; "Mr. Whitcombe" → "Mr Whitcombe"; team names → null. */
export function greetingName(full: string): string | null {
  let n = full
    .replace(/["“”]/g, '')
    .replace(/<[^>]*>/g, '')
    .trim();
  if (!n || n.includes('@')) return null;
  const comma = /^([^,]+),\s*(.+)$/.exec(n);
  if (comma) n = `${comma[2]} ${comma[1]}`;
  const parts = n.split(/\s+/);
  if (TITLE.test(parts[0]) && parts[1]) return `${parts[0].replace('.', '')} ${parts[parts.length - 1]}`;
  const first = parts[0];
  if (!/^\p{Lu}[\p{L}'’-]+$/u.test(first) || NOT_A_NAME.test(first)) return null;
  if (parts.some((p) => NOT_A_NAME.test(p))) return null;
  return first;
}

const CLOSING_LINE =
  /^(?:regards|best|best regards|kind regards|warm regards|many thanks|thanks|thank you|thanks again|cheers|sincerely|yours|yours sincerely|yours truly|respectfully|all the best|take care|thanks very much|thank you very much)\b[\s,.!]*$/i;
const NAME_LINE = /^[-–—]?\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*$/u;

/** The writer's name from their sign-off, when the sender's name is not known ("Thanks,\nGreg Holloway"). */
export function signatureName(text: string, ownEnd: number): string | null {
  const lines = text
    .slice(ownEnd)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  for (const line of lines.slice(0, 3)) {
    if (CLOSING_LINE.test(line)) continue;
    const m = NAME_LINE.exec(line);
    return m ? greetingName(m[1].replace(/^[-–—]\s*/, '')) : null;
  }
  return null;
}

const PAYMENT_REFUSAL =
  /\b(?:pay\w*|invoices?|bill|balance|owe|cent|penny|dime|debt|approv\w+ (?:another|the|this|any) invoice|getting a penny)\b/i;
const PAYMENT_DELAY =
  /\b(?:can(?:not|'t)|unable to|won't be able to|not able to)\s+pay\b|\bpay\w*\b[^.?!\n]{0,40}\b(?:later|next month|end of the month|once|after|when)\b|\b(?:more time|extension|payment plan|instal?ments?)\b/i;
/** They ask the user to pay them: the money flows the other way, so no payment proposal from the user. */
const ASKS_PAYMENT =
  /\b(?:pay\s+(?:me|us)|you\s+owe|owe\s+(?:me|us)|in\s+(?:my|our)\s+account|payment\s+(?:be\s+made|from\s+you)|(?:need|expect|want|require|ask\s+for)\s+(?:either\s+|full\s+)?payment|settle\s+(?:your|the)\s+(?:account|balance|invoice)|(?:please|kindly)\s+pay|(?:our|my)\s+invoice|transfer\s+the)\b/i;
const MONEY_BACK =
  /\b(?:refund\w*|return\w*|repay\w*|money back|reimburs\w*|deposit back|compensat\w*|credit\w*|waive\w*|remove the|take the .{1,30} off|reverse\w*|every cent|back)\b/i;
const CHASING =
  /\b(?:any update|still waiting|still no|per my (?:last|previous)|as per my|following up|follow(?:ing)? up|chas\w+|reminder|again|where (?:are|is) (?:they|it|my|the))\b/i;
const DISPUTE =
  /\b(?:dispute\w*|wrong|not what|defect\w*|incomplete|unfinished|half[- ]finished|crash\w*|broken|doesn't work|don't work|not working|overcharg\w*|never (?:agreed|ordered|received)|cap)\b/i;
/** "Could I pay $1,000 this Friday and the remaining $950 on the 20th?" → the plan after "Could I". */
const THEIR_PLAN =
  /^(?:could|can|may|would it be (?:ok|okay|possible) (?:if|for))\s+(?:i|we|me|us)\s+(?:to\s+)?(pay\b.+)$/i;
const STATUS_QUESTION = /\b(?:when|whether|status|where is|where's|how long|any update)\b/i;
const PRICE_ASK =
  /\b(?:discount|cheaper|lower (?:the )?price|price|ceiling|per unit|per licen[cs]e|per seat|rate|get to)\b/i;

function amountsIn(text: string, positions: Position[]): AmountMention[] {
  const seen = new Set<string>();
  const out: AmountMention[] = [];
  for (const p of positions) {
    if (p.kind !== 'amount' || !p.value || !('value' in p.value)) continue;
    const key = `${p.value.currency}|${p.value.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text: text.slice(p.start, p.end), value: p.value });
  }
  return out;
}

/** The amount that goes with a demand: inside it, else in its sentence, else the message's only one. */
function amountFor(
  text: string,
  demand: Position,
  positions: Position[],
  all: AmountMention[],
): AmountMention | null {
  const amountPositions = positions.filter((p) => p.kind === 'amount' && p.value && 'value' in p.value);
  const inside = amountPositions.find((p) => p.start >= demand.start && p.end <= demand.end);
  const sentence = sentences(text).find((s) => s.start <= demand.start && s.end >= demand.end);
  const near =
    inside ??
    (sentence ? amountPositions.filter((p) => p.start >= sentence.start && p.end <= sentence.end) : []).at(0);
  if (near) return { text: text.slice(near.start, near.end), value: near.value as MoneyValue };
  return all.length === 1 ? all[0] : null;
}

/**
 * Whether a position sits on a hostile signal. Shouting, `!!!` and a bare command only concern how it was
 * said ("Get the licenses provisioned by Friday."): restated calmly, the content is fine to repeat (and
 * `calmInReply` still vets the restated clause).
 */
const MANNER_ONLY = new Set(['shouting', 'exclamation', 'command']);
const overlapsSignal = (p: { start: number; end: number }, signals: Signal[]) =>
  signals.some((s) => !MANNER_ONLY.has(s.kind) && s.start < p.end && s.end > p.start);

/** The newest message from the other side (the last message when no message is marked as the user's). */
export function newestFromOtherSide(messages: ThreadMessage[]): ThreadMessage | null {
  for (let i = messages.length - 1; i >= 0; i--) if (!messages[i].own) return messages[i];
  return null;
}

export function readSituation(
  input: DraftInput,
  analysis: ThreadAnalysis,
  newest: ThreadMessage,
  today: string,
): Situation {
  const analysed = analysis.messages.find((m) => m.id === newest.id)?.analysis;
  const positions = analysed?.positions ?? [];
  const signals = analysed?.tone.signals ?? [];
  const text = newest.text;
  const end = ownScope(text).end || text.length;

  const clean = positions.filter((p) => !overlapsSignal(p, signals));
  const wants: string[] = [];
  const deadlines = clean.filter((p) => p.kind === 'deadline');
  for (const p of clean) {
    if (wants.length >= 3) break;
    // Their deadline right after the demand ("… a confirmed delivery date by end of day tomorrow").
    const due = deadlines.find((d) => d.start >= p.end && /^[\s,]{0,3}$/.test(text.slice(p.end, d.start)));
    const said = due ? text.slice(p.start, due.end) : p.text;
    const clause =
      p.kind === 'demand' ? restateDemand(said) : p.kind === 'refusal' ? restateRefusal(p.text) : null;
    if (clause && !wants.some((w) => w.includes(clause) || clause.includes(w))) wants.push(clause);
  }
  const reasonPos = clean.find((p) => p.reason && !overlapsSignal(p.reason, signals));
  const reason = reasonPos?.reason ? restateReason(reasonPos.reason.text) : null;

  const refusals = positions.filter((p) => p.kind === 'refusal');
  const demands = positions.filter((p) => p.kind === 'demand');
  const threatened = positions.some((p) => p.kind === 'threat');
  const refusedPayment = refusals.some((p) => PAYMENT_REFUSAL.test(p.text));
  const own = text.slice(0, end);
  const delaysPayment = PAYMENT_DELAY.test(own);
  const asksPayment = ASKS_PAYMENT.test(own);
  const amounts = amountsIn(text, positions);

  // "When will the refund show up?" asks where a refund is, not for money back.
  const moneyDemand = demands.find(
    (d) => MONEY_BACK.test(d.text) && !/\bback (?:to|in)\b/i.test(d.text) && !STATUS_QUESTION.test(d.text),
  );
  const moneyAsk = moneyDemand
    ? {
        remedy: /\b(?:refund\w*|return\w*|repay\w*|money back|reimburs\w*|deposit back|every cent)\b/i.test(
          moneyDemand.text,
        )
          ? ('refund' as const)
          : ('credit' as const),
        amount: amountFor(text, moneyDemand, positions, amounts),
      }
    : null;
  const discountAsk = !moneyAsk && demands.some((d) => PRICE_ASK.test(d.text));

  const facts = input.facts ?? [];
  // Their plan is the whole sentence of the offer ("Could I pay $1,000 this Friday and … on the 20th?").
  const plan = positions
    .filter((p) => p.kind === 'demand' || p.kind === 'commitment')
    .map((p) => sentences(text).find((x) => x.start <= p.start && x.end >= p.end)?.text ?? p.text)
    .map((t) => THEIR_PLAN.exec(tidyClause(t))?.[1]?.replace(/^pay\b/i, 'paying') ?? null)
    .find((x): x is string => !!x && /\d/.test(x) && calmInReply(x));
  const threadText = input.thread.messages.map((m) => m.text).join('\n');
  const invoiceContext =
    /\binvoice/i.test(`${input.thread.subject ?? ''}\n${threadText}`) ||
    facts.some((f) => INVOICE_WORD.test(`${f.label} ${f.value}`));
  const stated = positions.filter((p) => p.kind !== 'amount' && p.kind !== 'deadline').map((p) => p.text);
  const topic = topicOf(`${input.thread.subject ?? ''}\n${own}`, stated);
  const hasInvoiceFact = facts.some(NEEDS.invoice.matches);
  const owedToUser =
    !asksPayment && !moneyAsk && (refusedPayment || delaysPayment || (hasInvoiceFact && topic === 'payment'));

  const commitments = (input.commitments ?? []).filter((c) => !c.done);
  const overdueCommitments = commitments.filter((c) => c.due !== null && c.due < today);
  const openCommitments = commitments.filter((c) => !overdueCommitments.includes(c));

  const escalationPos = positions.find((p) => p.kind === 'escalation');
  const deadlinePos = clean.find((p) => p.kind === 'deadline');
  const recourses = (input.recourses ?? []).filter((r) => r.committed);
  const currencies = [...new Set(amounts.map((a) => a.value.currency).filter(Boolean))];

  const from = greetingName(newest.from.name) ?? signatureName(text, end);
  return {
    seed: hash32(input.thread.messages.map((m) => `${m.id}\u0000${m.text}`).join('\u0001')),
    newest,
    name: from,
    userName: input.user?.name?.trim() || null,
    tone: input.user?.tone ?? 'neutral',
    level: analysed?.tone.level ?? 'calm',
    positions,
    wants,
    reason,
    said: grievance(text, end, signals, positions),
    threatened,
    refused: refusals.length > 0,
    refusedPayment,
    chasing: CHASING.test(own),
    disputes: DISPUTE.test(own),
    theirPlan: plan ? flipPerson(plan) : null,
    invoiceContext,
    rejectsOffer: refusals.length > 0 && input.thread.messages.some((m) => m.own && m !== newest),
    needsOptions: positions.some((p) => p.kind === 'demand' || p.kind === 'refusal' || p.kind === 'threat'),
    escalation: escalationPos ? escalationView(escalationPos.text) : null,
    topic,
    owedToUser,
    moneyAsk,
    discountAsk,
    amounts,
    deadline: deadlinePos ? deadlinePos.text : null,
    facts,
    recourses,
    recourseCalledFor: threatened || refusedPayment || passedDueDate(facts, today) !== undefined,
    openCommitments,
    overdueCommitments,
    authority: input.user?.authority ?? {},
    currency: currencies.length === 1 ? currencies[0] : '',
    today,
  };
}
