/**
 * The user's facts as a reply needs them (method §4: data-backed, never invented). Each need is a
 * named slot: the fact that fills it when the user has one, or a visible gap ("[invoice number]") for
 * the user to fill before sending. A gap is only ever left where no fact of that kind was given.
 */
import type { Fact } from './types';
import { localDay } from '../dates';

export interface FactNeed {
  /** The visible gap written when no fact fills it. */
  gap: string;
  /** What it is, to introduce the gap in a list of facts ("Invoice: [invoice number]"). */
  label: string;
  /** Which facts can fill it, best first. */
  matches: (f: Fact) => boolean;
}

const about = (f: Fact) => `${f.label} ${f.value}`;

/** Words of an invoice or bill: "Invoice no.", "INV-2291", "INV2291", "Mobile bill", not "Inventory ID". */
export const INVOICE_WORD = /\binv(?:oices?)?(?![a-z])|\bbill(?:ing|s)?\b/i;

/** What replies may need, each with the facts that satisfy it. */
export const NEEDS = {
  invoice: {
    gap: '[invoice number]',
    label: 'Invoice',
    matches: (f: Fact) => f.kind === 'reference' && INVOICE_WORD.test(about(f)),
  },
  reference: { gap: '[reference]', label: 'Reference', matches: (f: Fact) => f.kind === 'reference' },
  orderReference: {
    gap: '[order reference]',
    label: 'Order',
    matches: (f: Fact) =>
      f.kind === 'reference' && /\b(?:order|po|purchase|shipment|booking)\b/i.test(about(f)),
  },
  amountDue: {
    gap: '[amount due]',
    label: 'Amount due',
    matches: (f: Fact) => f.kind === 'amount',
  },
  dueDate: {
    gap: '[due date]',
    label: 'Due date',
    matches: (f: Fact) =>
      f.kind === 'date' && /\b(?:due|payable|deadline|pay by|payment date)\b/i.test(f.label),
  },
  reviewDate: {
    gap: '[review date]',
    label: 'Review date',
    matches: (f: Fact) =>
      f.kind === 'date' &&
      /\b(?:review|response|reply|answer|decision|follow[- ]?up|findings)\b/i.test(f.label),
  },
  deliveryDate: {
    gap: '[delivery date]',
    label: 'Delivery date',
    matches: (f: Fact) => f.kind === 'date' && /\b(?:deliver\w*|arriv\w*|eta)\b/i.test(f.label),
  },
  firstInstalment: {
    gap: '[first instalment date]',
    label: 'First instalment',
    matches: (f: Fact) =>
      f.kind === 'date' && /\b(?:first (?:instal?ment|payment)|instal?ment 1)\b/i.test(f.label),
  },
  secondInstalment: {
    gap: '[second instalment date]',
    label: 'Second instalment',
    matches: (f: Fact) =>
      f.kind === 'date' && /\b(?:second (?:instal?ment|payment)|instal?ment 2)\b/i.test(f.label),
  },
  newDate: {
    gap: '[new date]',
    label: 'New date',
    matches: (f: Fact) => f.kind === 'date' && /\b(?:new|revised|updated) (?:date|deadline)\b/i.test(f.label),
  },
  policy: { gap: '[policy clause]', label: 'Policy', matches: (f: Fact) => f.kind === 'policy' },
  contractClause: {
    gap: '[contract clause]',
    label: 'Contract',
    matches: (f: Fact) =>
      f.kind === 'policy' ||
      (f.kind === 'reference' && /\b(?:contract|agreement|sow|clause)\b/i.test(about(f))),
  },
  processStep: {
    gap: '[next step in our process]',
    label: 'Process',
    matches: (f: Fact) =>
      (f.kind === 'policy' || f.kind === 'note') &&
      /\b(?:escalat\w*|complaints?|process|appeal|review board|ombudsman)\b/i.test(about(f)),
  },
  serviceLog: {
    gap: '[incident log]',
    label: 'Incident log',
    matches: (f: Fact) => /\b(?:log|incident|ticket|uptime|outage|status)\b/i.test(about(f)),
  },
  agreedPrice: {
    gap: '[agreed price]',
    label: 'Agreed price',
    matches: (f: Fact) => f.kind === 'amount' || /\b(?:price|rate|quote)\b/i.test(f.label),
  },
  record: { gap: '[supporting record]', label: 'Record', matches: () => true },
} satisfies Record<string, FactNeed>;

export type NeedName = keyof typeof NEEDS;

/** The first fact that fills `need`, if any. */
export function factFor(facts: readonly Fact[], need: NeedName): Fact | undefined {
  return facts.find(NEEDS[need].matches);
}

/** `YYYY-MM-DD` of a fact's date value ("2026-03-01", "1 March 2026", "March 1, 2026"), if it parses. */
export function isoDateOf(value: string): string | null {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  if (!/\b(?:19|20)\d{2}\b/.test(value)) return null;
  const t = Date.parse(value.replace(/(\d)(?:st|nd|rd|th)\b/g, '$1'));
  if (Number.isNaN(t)) return null;
  return localDay(new Date(t));
}

/** A due-date fact that has passed by `today`: a deadline was missed, so a committed recourse may be stated. */
export function passedDueDate(facts: readonly Fact[], today: string): Fact | undefined {
  return facts.find((f) => {
    if (!NEEDS.dueDate.matches(f)) return false;
    const d = isoDateOf(f.value);
    return d !== null && d < today;
  });
}

/** "Invoice INV-2041: $17,000" for a fact list line; the label is left out when it is empty or the value says it. */
export function factLine(f: Fact): string {
  const label = f.label.trim();
  if (!label || f.value.toLowerCase().includes(label.toLowerCase())) return f.value;
  return `${label}: ${f.value}`;
}
