/**
 * Checks for data that comes from outside Parley's own code: import files and messages from content
 * scripts. Each check returns the value typed, or throws `Invalid` naming where (a path such as
 * `negotiations[3].rounds[0].level`) and what is wrong, in plain words.
 */
import type { DeadlineValue, FactKind, FindingKind, MoneyValue, PositionKind } from '../analysis/types';
import type { Person, Site } from '../mail/types';

export class Invalid extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path} ${problem}`);
    this.name = 'Invalid';
  }
}

export type Json = Record<string, unknown>;

const count = (n: number) => n.toLocaleString('en-US');

export function object(v: unknown, path: string): Json {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Invalid(path, 'must be an object');
  return v as Json;
}

export function text(v: unknown, path: string, max: number, { nonEmpty = false } = {}): string {
  if (v === undefined || v === null) throw new Invalid(path, 'is missing');
  if (typeof v !== 'string') throw new Invalid(path, 'must be text');
  if (v.length > max) throw new Invalid(path, `is too long (more than ${count(max)} characters)`);
  if (nonEmpty && !v.trim()) throw new Invalid(path, 'is empty');
  return v;
}

export function optionalText(v: unknown, path: string, max: number): string | undefined {
  return v === undefined ? undefined : text(v, path, max);
}

export function bool(v: unknown, path: string): boolean {
  if (typeof v !== 'boolean')
    throw new Invalid(path, v === undefined ? 'is missing' : 'must be true or false');
  return v;
}

export function number(v: unknown, path: string, { min = -Infinity, max = Infinity, integer = false } = {}) {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Invalid(path, 'must be a number');
  if (v < min || v > max) throw new Invalid(path, `must be between ${min} and ${max}`);
  if (integer && !Number.isInteger(v)) throw new Invalid(path, 'must be a whole number');
  return v;
}

export function oneOf<T extends string>(v: unknown, path: string, values: readonly T[]): T {
  if (typeof v !== 'string' || !(values as readonly string[]).includes(v))
    throw new Invalid(path, `must be one of ${values.join(', ')}`);
  return v as T;
}

export function list(v: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(v)) throw new Invalid(path, v === undefined ? 'is missing' : 'must be a list');
  if (v.length > max) throw new Invalid(path, `has too many entries (more than ${count(max)})`);
  return v;
}

/** An ISO 8601 date or date-time (`2026-03-03`, `2026-03-03T09:00`, `…:00.000Z`, `…+01:00`). */
const ISO = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

function validCalendar(s: string): boolean {
  const [y, m, d] = s.slice(0, 10).split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

export function isoDateTime(v: unknown, path: string): string {
  if (typeof v !== 'string' || !ISO.test(v) || !validCalendar(v))
    throw new Invalid(path, 'must be a date such as 2026-03-03T09:00:00');
  return v;
}

export function nullableDateTime(v: unknown, path: string): string | null {
  return v === null ? null : isoDateTime(v, path);
}

export function day(v: unknown, path: string): string {
  if (typeof v !== 'string' || !DAY.test(v) || !validCalendar(v))
    throw new Invalid(path, 'must be a date such as 2026-03-03');
  return v;
}

export const SITES: readonly Site[] = ['gmail', 'outlook', 'generic'];
export const FACT_KINDS: readonly FactKind[] = ['amount', 'date', 'policy', 'reference', 'note'];
export const FINDING_KINDS: readonly FindingKind[] = [
  'insult',
  'profanity',
  'shouting',
  'exclamation',
  'blame',
  'sarcasm',
  'absolute',
  'contempt',
  'command',
  'threat',
  'bluff',
  'unsupported-claim',
  'no-proposal',
  'broken-commitment',
  'premature-escalation',
];
export const POSITION_KIND_LIST: readonly PositionKind[] = [
  'demand',
  'amount',
  'deadline',
  'threat',
  'escalation',
  'refusal',
  'commitment',
];

export const LIMITS = {
  id: 500,
  name: 500,
  email: 320,
  subject: 2_000,
  url: 4_000,
  /** One message's own words (the readers already removed quotes and signatures). */
  messageText: 100_000,
  messagesPerThread: 500,
  people: 500,
  positionsPerMessage: 500,
  factLabel: 500,
  factValue: 5_000,
  recourseText: 5_000,
  findings: 200,
  failureWhere: 200,
  failureMessage: 2_000,
} as const;

export function person(v: unknown, path: string): Person {
  const o = object(v, path);
  return {
    name: text(o.name, `${path}.name`, LIMITS.name),
    email: text(o.email, `${path}.email`, LIMITS.email),
  };
}

/** Whether `s` is an http(s) address: a stored link is opened by a click, so no other scheme is kept. */
export function isWebUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

/** A link to the conversation: only http(s), so a stored link can never run script when opened. */
export function webUrl(v: unknown, path: string): string {
  const s = text(v, path, LIMITS.url);
  if (!isWebUrl(s)) throw new Invalid(path, 'must be a web address starting with https://');
  return s;
}

/** A stored link: a web address, or '' when Parley has none for the conversation. */
export function storedUrl(v: unknown, path: string): string {
  return v === '' ? '' : webUrl(v, path);
}

/**
 * A link a mail page reports for its conversation: kept when it is a web address, '' otherwise (a
 * `javascript:` or `data:` link is never stored, but the conversation's history still is).
 */
export function pageUrl(v: unknown, path: string): string {
  const s = text(v, path, LIMITS.url);
  return isWebUrl(s) ? s : '';
}

export function money(v: unknown, path: string): MoneyValue {
  const o = object(v, path);
  return { currency: text(o.currency, `${path}.currency`, 8), value: number(o.value, `${path}.value`) };
}

export function deadlineValue(v: unknown, path: string): DeadlineValue {
  const o = object(v, path);
  const out: DeadlineValue = {};
  if (o.date !== undefined) out.date = isoDateTime(o.date, `${path}.date`);
  if (o.duration !== undefined) {
    const d = text(o.duration, `${path}.duration`, 40);
    if (!/^P(?:\d+[YMWD])*(?:T(?:\d+[HMS])+)?$/.test(d) || d === 'P' || d.endsWith('T'))
      throw new Invalid(`${path}.duration`, 'must be an ISO 8601 duration such as P5D or PT48H');
    out.duration = d;
  }
  if (out.date === undefined && out.duration === undefined)
    throw new Invalid(path, 'needs a date or a duration');
  return out;
}

/** A position's value: an amount `{currency, value}` or a deadline `{date?, duration?}`. */
export function positionValue(v: unknown, path: string): MoneyValue | DeadlineValue {
  const o = object(v, path);
  return 'value' in o || 'currency' in o ? money(o, path) : deadlineValue(o, path);
}
