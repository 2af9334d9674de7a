/**
 * Deterministic, realistic negotiation history for benchmarks and tests: `seedNegotiations(10_000)`
 * builds an export file the real extension imports through `importFile`. Each negotiation is generated
 * from its own index (so the first N of a larger seed equal a seed of N): a subject and a counterpart
 * at a company, two to eight rounds alternating between the other side and the user, whose tone moves
 * calm → tense → hostile or back, positions located in the text (amounts, deadlines, demands, refusals,
 * threats, escalations, commitments), the user's sent replies and the commitments they made, some done
 * and some due. Derived fields come from utils/db/derive.ts, exactly as recording computes them.
 */
import {
  agreementIn,
  currentPositions,
  hostileOf,
  nextDeadlineOf,
  searchTextOf,
  suggestedStatusOf,
  trendOf,
} from '../../utils/db/derive';
import { addDays } from '../../utils/dates';
import type {
  CommitmentRecord,
  ExportFile,
  NegotiationRecord,
  NegotiationStatus,
  RoundPosition,
  RoundRecord,
  SentReplyRecord,
} from '../../utils/db/types';
import type { Fact, Recourse, ToneLevel } from '../../utils/analysis/types';
import type { Person } from '../../utils/mail/types';

export interface SeedOptions {
  /** The newest activity of the seed, `YYYY-MM-DD` (history runs back about three years from it). */
  endDate?: string;
  /** Keep message text in the rounds and replies (as with the default setting). */
  storeText?: boolean;
}

/** mulberry32: small, fast, good enough for varied test data; same seed, same sequence. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)];
const int = (r: Rand, min: number, max: number) => min + Math.floor(r() * (max - min + 1));

const FIRST = [
  'Kim',
  'Jordan',
  'Priya',
  'Marco',
  'Aisha',
  'Tomás',
  'Hannah',
  'Wei',
  'Olivia',
  'Séverine',
  'Daniel',
  'Fatima',
  'Lukas',
  'Grace',
  'Mateo',
  'Yuki',
  'Noah',
  'Elena',
  'Samuel',
  'Ingrid',
  'Omar',
  'Chloé',
  'Ravi',
  'Zoe',
  'Patrick',
  'Amara',
  'Henrik',
  'Lucía',
  'Ethan',
  'Nadia',
] as const;
const LAST = [
  'Okafor',
  'Lindqvist',
  'Sharma',
  'Rossi',
  'Haddad',
  'García',
  'Becker',
  'Chen',
  'Walsh',
  'Dubois',
  'Novak',
  'Kowalski',
  'Murphy',
  'Tanaka',
  'Silva',
  'Andersen',
  'Moreau',
  'Fischer',
  'Ng',
  'Patel',
  'Brennan',
  'Costa',
  'Yilmaz',
  'Jansen',
  'Horvat',
] as const;
const COMPANIES = [
  'Northwind Traders',
  'Acme Logistics',
  'Bluebird Studio',
  'Crescent Foods',
  'Delta Freight',
  'Evergreen Facilities',
  'Fjord Software',
  'Granite Builders',
  'Harbor Print',
  'Ionic Labs',
  'Juniper Hotels',
  'Keystone Legal',
  'Lumen Energy',
  'Meridian Health',
  'Nimbus Cloud',
  'Orchid Events',
  'Pinnacle Retail',
  'Quarry Media',
  'Redwood Clinics',
  'Solstice Travel',
] as const;
const PRODUCTS = [
  'the standing desks',
  'the label printers',
  'the catering order',
  'the website redesign',
  'the HVAC maintenance',
  'the annual licence',
  'the translation job',
  'the office chairs',
  'the photo shoot',
  'the data migration',
] as const;
const CURRENCIES = [
  { code: 'USD', sign: '$' },
  { code: 'EUR', sign: '€' },
  { code: 'GBP', sign: '£' },
] as const;

const SUBJECTS: readonly ((r: Rand, n: number) => string)[] = [
  (_r, n) => `Refund request for order #${40_000 + n}`,
  (_r, n) => `Invoice INV-${2_000 + n} — disputed charges`,
  (r) => `Contract renewal: ${pick(r, COMPANIES)} ${int(r, 2024, 2027)}`,
  (r) => `Late delivery of ${pick(r, PRODUCTS).replace(/^the /, '')}`,
  (r) => `Service outage credit — ${pick(r, COMPANIES)}`,
  (r) => `Price increase on ${pick(r, PRODUCTS).replace(/^the /, '')}`,
  (_r, n) => `Warranty claim WR-${10_000 + n}`,
  (_r, n) => `Overdue payment for invoice INV-${5_000 + n}`,
  (r) => `Scope change for ${pick(r, PRODUCTS).replace(/^the /, '')}`,
  (_r, n) => `Cancellation of subscription SUB-${300 + n}`,
];

/** A message built sentence by sentence, with the offsets of each position it states. */
class Text {
  text = '';
  positions: RoundPosition[] = [];
  say(sentence: string): this {
    this.text += (this.text ? ' ' : '') + sentence;
    return this;
  }
  /** A sentence holding a position: `before` + `span` + `after`, the span located in the text. */
  state(before: string, span: string, after: string, p: Omit<RoundPosition, 'text' | 'start' | 'end'>): this {
    this.text += this.text ? ' ' : '';
    return this.then(before, span, after, p);
  }
  /** More of the same sentence holding another position. */
  then(before: string, span: string, after: string, p: Omit<RoundPosition, 'text' | 'start' | 'end'>): this {
    this.text += before;
    const start = this.text.length;
    this.text += span + after;
    this.positions.push({ ...p, text: span, start, end: start + span.length });
    return this;
  }
}

const money = (cur: (typeof CURRENCIES)[number], value: number) =>
  `${cur.sign}${String(value).replace(/\B(?=(\d{3})+$)/g, ',')}`;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "Friday, March 6" for `YYYY-MM-DD`. */
function dayName(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return `${WEEKDAYS[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]}, ${MONTHS[m - 1]} ${d}`;
}

interface Scene {
  r: Rand;
  cur: (typeof CURRENCIES)[number];
  amount: number;
  product: string;
  them: Person;
  me: Person;
}

/** The other side's message at a tone level, holding the positions that level typically states. */
function theirMessage(s: Scene, level: ToneLevel, date: string, final: 'agree' | 'refuse' | null): Text {
  const { r, cur } = s;
  const t = new Text();
  const deadline = addDays(date.slice(0, 10), int(r, 2, 14));
  const sum = money(cur, s.amount);
  if (final === 'agree') {
    t.say(
      pick(r, [
        'Thanks for the revised offer.',
        'Thank you for sorting this out.',
        'Appreciate the quick turnaround.',
      ]),
    );
    t.say(
      pick(r, [
        'That works for us.',
        'Agreed, let us go ahead on that basis.',
        'We accept the credit as proposed.',
        'Sounds good to me.',
      ]),
    );
    t.state('We will ', `send the signed confirmation by ${dayName(deadline)}`, '.', { kind: 'commitment' });
    return t;
  }
  if (level === 'calm') {
    t.say(`Hi ${s.me.name.split(' ')[0]},`);
    t.say(
      pick(r, [
        `I wanted to follow up on ${s.product}.`,
        `Thanks for getting back to me about ${s.product}.`,
      ]),
    );
    t.state('We were charged ', sum, ` for ${s.product}, which is more than we expected.`, {
      kind: 'amount',
      value: { currency: cur.code, value: s.amount },
    });
    t.state('Could you ', `review the invoice and let us know by ${dayName(deadline)}`, '?', {
      kind: 'deadline',
      value: { date: deadline },
    });
    t.say('Happy to jump on a call if that is easier.');
  } else if (level === 'tense') {
    t.say(
      pick(r, ['This is the third time I am writing about this.', 'We are still waiting for an answer.']),
    );
    t.state(
      'We need ',
      `a refund of ${sum}`,
      ` because ${s.product} arrived two weeks late and held up our launch.`,
      {
        kind: 'demand',
        value: { currency: cur.code, value: s.amount },
        reason: `${s.product} arrived two weeks late and held up our launch`,
      },
    );
    t.state('', `We cannot accept a partial credit`, '.', { kind: 'refusal' });
    t.state('Please ', `confirm by ${dayName(deadline)}`, '.', {
      kind: 'deadline',
      value: { date: deadline },
    });
  } else {
    t.say(pick(r, ['Frankly this is unacceptable.', 'Your team keeps ignoring us!!', 'This is ridiculous.']));
    t.state('', `We will not pay ${sum} for this`, '.', { kind: 'refusal' });
    t.state('Refund the full amount ', `by ${dayName(deadline)}`, '', {
      kind: 'deadline',
      value: { date: deadline },
    });
    t.then(' ', 'or we will cancel the contract and take this to our lawyers', '.', { kind: 'threat' });
    if (r() < 0.5) t.state('', 'I want to speak to your manager', '.', { kind: 'escalation' });
  }
  t.say(`Regards, ${s.them.name}`);
  return t;
}

/** The user's reply: calm, acknowledging, with options and usually a promise with a date. */
function ownMessage(
  s: Scene,
  date: string,
): { text: Text; promise: { text: string; due: string | null } | null } {
  const { r, cur } = s;
  const t = new Text();
  const due = addDays(date.slice(0, 10), int(r, 1, 10));
  t.say(`Hi ${s.them.name.split(' ')[0]},`);
  t.say(
    pick(r, [
      'I understand how frustrating this has been.',
      'Thanks for your patience while we looked into this.',
      'I hear you, and I am sorry about the delay.',
    ]),
  );
  t.say(
    `We can offer a credit of ${money(cur, Math.round(s.amount * 0.4))} now, or a full review of ${s.product} within five working days.`,
  );
  let promise: { text: string; due: string | null } | null = null;
  if (r() < 0.8) {
    const words = pick(r, [
      `send the revised quote by ${dayName(due)}`,
      `call you on ${dayName(due)}`,
      `confirm the refund amount by ${dayName(due)}`,
      `share the delivery log by ${dayName(due)}`,
    ]);
    t.state("I'll ", words, '.', { kind: 'commitment' });
    promise = { text: `I'll ${words}`, due };
  }
  t.say(`Best, ${s.me.name}`);
  return { text: t, promise };
}

const LEVELS: readonly ToneLevel[] = ['calm', 'tense', 'hostile'];
const SCORE: Record<ToneLevel, [number, number]> = {
  calm: [0.02, 0.25],
  tense: [0.35, 0.6],
  hostile: [0.68, 0.97],
};

function seedOne(n: number, end: string, storeText: boolean) {
  const r = rng(0x9e3779b1 ^ Math.imul(n + 1, 0x85ebca6b));
  const gmail = r() < 0.6;
  const threadId = gmail
    ? (0x18c000000000 + n * 7919).toString(16)
    : `AAQkAGI${(n * 104729).toString(36).toUpperCase()}`;
  const site = gmail ? ('gmail' as const) : ('outlook' as const);
  const company = pick(r, COMPANIES);
  const first = pick(r, FIRST);
  const last = pick(r, LAST);
  const domain = company.toLowerCase().replace(/[^a-z]+/g, '') + '.example';
  const them: Person = {
    name: `${first} ${last}`,
    email: `${first.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '')}.${last.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '')}@${domain}`,
  };
  const me: Person = { name: 'Alex Morgan', email: 'alex@morgan-supplies.example' };
  const scene: Scene = {
    r,
    cur: pick(r, CURRENCIES),
    amount: int(r, 4, 960) * 25,
    product: pick(r, PRODUCTS),
    them,
    me,
  };
  const subject = pick(r, SUBJECTS)(r, n);

  // Spread over ~3 years, newer negotiations more likely (people keep recent history busier).
  const ageDays = Math.floor(Math.pow(r(), 1.6) * 1100);
  let date = `${addDays(end, -ageDays - 20)}T${String(int(r, 8, 17)).padStart(2, '0')}:${String(int(r, 0, 59)).padStart(2, '0')}:00`;
  const roundCount = int(r, 2, 8);
  const outcome = r();
  const final: 'agree' | 'refuse' | null = outcome < 0.35 ? 'agree' : outcome < 0.5 ? 'refuse' : null;
  let level = int(r, 0, 2);

  const rounds: RoundRecord[] = [];
  const replies: SentReplyRecord[] = [];
  const commitments: CommitmentRecord[] = [];
  const id = `${site}:${threadId}`;
  // Rounds alternate, the other side first: their last round is the last or the one before it.
  const lastTheirs = roundCount % 2 === 1 ? roundCount - 1 : roundCount - 2;
  for (let i = 0; i < roundCount; i++) {
    const own = i % 2 === 1;
    const messageId = gmail ? `msg-${threadId}-${i}` : `AAkALg${n.toString(36)}x${i}`;
    if (own) {
      const { text, promise } = ownMessage(scene, date);
      const score = Math.round((0.02 + r() * 0.15) * 1000) / 1000;
      rounds.push({
        messageId,
        date,
        from: me,
        own: true,
        level: 'calm',
        score,
        judged: true,
        positions: text.positions,
        ...(storeText ? { text: text.text } : {}),
      });
      if (r() < 0.7) {
        const replyId = `reply-${n}-${i}`;
        const made: string[] = [];
        if (promise) {
          const cid = `commitment-${n}-${i}`;
          // Older promises are mostly kept and ticked off; recent ones still open.
          const done = promise.due !== null && promise.due < addDays(end, -14) ? r() < 0.995 : r() < 0.3;
          commitments.push({
            id: cid,
            negotiationId: id,
            text: promise.text,
            due: promise.due,
            done,
            createdAt: date,
            replyId,
          });
          made.push(cid);
        }
        replies.push({
          id: replyId,
          negotiationId: id,
          date,
          ...(storeText ? { text: text.text } : {}),
          findings: r() < 0.15 ? [pick(r, ['exclamation', 'absolute', 'no-proposal'] as const)] : [],
          commitmentIds: made,
        });
      }
    } else {
      // Their tone drifts a step at a time; an agreement ends calm.
      level = Math.max(0, Math.min(2, level + pick(r, [-1, 0, 0, 1])));
      const closing = i === lastTheirs ? final : null;
      const lvl: ToneLevel = closing === 'agree' ? 'calm' : closing === 'refuse' ? 'hostile' : LEVELS[level];
      const text = theirMessage(scene, lvl, date, closing);
      const [lo, hi] = SCORE[lvl];
      rounds.push({
        messageId,
        date,
        from: them,
        own: false,
        level: lvl,
        score: Math.round((lo + r() * (hi - lo)) * 1000) / 1000,
        judged: true,
        positions: text.positions,
        ...(storeText ? { text: text.text } : {}),
        ...(agreementIn(text.text) ? { agreement: true } : {}),
      });
    }
    const next = new Date(`${date}Z`);
    next.setUTCMinutes(next.getUTCMinutes() + int(r, 40, 60 * 72));
    date = next.toISOString().slice(0, 19);
  }

  const positions = currentPositions(rounds);
  const suggestedStatus = suggestedStatusOf(rounds);
  const recent = rounds[rounds.length - 1].date! >= addDays(end, -45);
  const status: NegotiationStatus = recent
    ? suggestedStatus === 'agreed' && r() < 0.5
      ? 'agreed'
      : 'open'
    : (suggestedStatus ?? pick(r, ['closed', 'closed', 'agreed', 'open'] as const));
  const base = {
    id,
    site,
    threadId,
    subject,
    url: gmail
      ? `https://mail.google.com/mail/u/0/#inbox/${threadId}`
      : `https://outlook.office.com/mail/inbox/id/${threadId}`,
    counterparts: [them],
    rounds,
  };
  const negotiation: NegotiationRecord = {
    ...base,
    status,
    suggestedStatus,
    firstActivity: rounds[0].date!,
    lastActivity: rounds[rounds.length - 1].date!,
    positions,
    trend: trendOf(rounds),
    hostile: hostileOf(rounds),
    nextDeadline: nextDeadlineOf(positions, end),
    searchText: searchTextOf(base),
  };
  return { negotiation, replies, commitments };
}

const FACTS: readonly Omit<Fact, 'id'>[] = [
  { label: 'Refund policy', value: 'Refunds within 30 days of delivery, clause 7.2', kind: 'policy' },
  { label: 'Invoice', value: 'INV-2041', kind: 'reference' },
  { label: 'Contract value', value: '€4,800', kind: 'amount' },
  { label: 'Delivery date', value: '2026-02-14', kind: 'date' },
  { label: 'SLA credit', value: '10% of the monthly fee per day of outage', kind: 'policy' },
  { label: 'Account manager', value: 'Dana Whitfield', kind: 'note' },
];

const RECOURSES: readonly Omit<Recourse, 'id'>[] = [
  { text: 'Pass the account to collections after 60 days', committed: true },
  { text: 'Suspend the service until the invoice is paid', committed: true },
  { text: 'End the contract at the next renewal date', committed: false },
];

/** `count` negotiations with their replies and commitments, plus a few facts and recourses. */
export function seedNegotiations(count: number, options: SeedOptions = {}): ExportFile {
  const end = options.endDate ?? '2026-06-30';
  const storeText = options.storeText ?? true;
  const file: ExportFile = {
    format: 'parley-export',
    version: 1,
    exportedAt: `${end}T18:00:00`,
    negotiations: [],
    sentReplies: [],
    commitments: [],
    facts: FACTS.map((f, i) => ({ id: `fact-${i + 1}`, ...f })),
    recourses: RECOURSES.map((r, i) => ({ id: `recourse-${i + 1}`, ...r })),
    settings: { storeText, sensitivity: 'lenient', ignoredThreads: [], profile: { name: 'Alex Morgan' } },
  };
  for (let n = 0; n < count; n++) {
    const { negotiation, replies, commitments } = seedOne(n, end, storeText);
    file.negotiations.push(negotiation);
    file.sentReplies.push(...replies);
    file.commitments.push(...commitments);
  }
  return file;
}
