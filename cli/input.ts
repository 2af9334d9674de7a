/**
 * Validation of the JSON the `check` and `draft` commands take: a thread, the user's facts, recourses,
 * commitments and profile. Every problem is reported with where it is, before anything runs.
 */
import type {
  Commitment,
  Fact,
  FactKind,
  Recourse,
  Sensitivity,
  ThreadInput,
  ThreadMessage,
  UserProfile,
} from '../utils/analysis/types';
import { InputError } from './errors';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function str(v: unknown, where: string, optional = false): string | undefined {
  if (v === undefined || v === null) {
    if (optional) return undefined;
    throw new InputError(`${where} is missing`);
  }
  if (typeof v !== 'string') throw new InputError(`${where} must be a string`);
  return v;
}

function list(v: unknown, where: string): unknown[] {
  if (v === undefined || v === null) return [];
  if (!Array.isArray(v)) throw new InputError(`${where} must be an array`);
  return v;
}

/** Parses the whole input as one JSON value; `null` when it is not JSON (plain text). */
export function parseJsonInput(input: string): unknown {
  const trimmed = input.trim();
  if (!trimmed.startsWith('{')) return null;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch (err) {
    throw new InputError(`input is not valid JSON: ${(err as Error).message}`);
  }
}

/**
 * A thread: `{"subject"?, "messages":[{"id"?,"from"?,"date"?,"text","own"?}]}` (the `read` command's
 * output is accepted as is). Messages without `own` are the other side's.
 */
export function parseThread(v: unknown, where = 'thread'): ThreadInput {
  if (!isObject(v)) throw new InputError(`${where} must be an object with "messages"`);
  const messages = list(v.messages, `${where}.messages`).map((m, i): ThreadMessage => {
    const at = `${where}.messages[${i}]`;
    if (!isObject(m)) throw new InputError(`${at} must be an object`);
    const from = isObject(m.from) ? m.from : {};
    return {
      id: m.id === undefined ? String(i + 1) : String(m.id),
      from: {
        name: str(from.name, `${at}.from.name`, true) ?? '',
        email: str(from.email, `${at}.from.email`, true) ?? '',
      },
      date: str(m.date, `${at}.date`, true) ?? null,
      text: str(m.text, `${at}.text`) as string,
      own: m.own === true,
    };
  });
  const subject = str(v.subject, `${where}.subject`, true);
  return { ...(subject !== undefined ? { subject } : {}), messages };
}

const FACT_KINDS: readonly FactKind[] = ['amount', 'date', 'policy', 'reference', 'note'];

export function parseFacts(v: unknown): Fact[] {
  return list(v, 'facts').map((f, i) => {
    const at = `facts[${i}]`;
    if (!isObject(f)) throw new InputError(`${at} must be an object`);
    const kind = (str(f.kind, `${at}.kind`, true) ?? 'note') as FactKind;
    if (!FACT_KINDS.includes(kind))
      throw new InputError(`${at}.kind must be one of ${FACT_KINDS.join(', ')}`);
    return {
      id: f.id === undefined ? `fact-${i + 1}` : String(f.id),
      label: str(f.label, `${at}.label`, true) ?? '',
      value: str(f.value, `${at}.value`) as string,
      kind,
    };
  });
}

export function parseRecourses(v: unknown): Recourse[] {
  return list(v, 'recourses').map((r, i) => {
    const at = `recourses[${i}]`;
    if (!isObject(r)) throw new InputError(`${at} must be an object`);
    return {
      id: r.id === undefined ? `recourse-${i + 1}` : String(r.id),
      text: str(r.text, `${at}.text`) as string,
      committed: r.committed === true,
    };
  });
}

export function parseCommitments(v: unknown): Commitment[] {
  return list(v, 'commitments').map((c, i) => {
    const at = `commitments[${i}]`;
    if (!isObject(c)) throw new InputError(`${at} must be an object`);
    const due = str(c.due, `${at}.due`, true) ?? null;
    if (due !== null && !/^\d{4}-\d{2}-\d{2}/.test(due)) throw new InputError(`${at}.due must be YYYY-MM-DD`);
    return {
      id: c.id === undefined ? `commitment-${i + 1}` : String(c.id),
      negotiationId: str(c.negotiationId, `${at}.negotiationId`, true) ?? '',
      text: str(c.text, `${at}.text`) as string,
      due: due === null ? null : due.slice(0, 10),
      done: c.done === true,
    };
  });
}

export function parseUser(v: unknown): UserProfile | undefined {
  if (v === undefined || v === null) return undefined;
  if (!isObject(v)) throw new InputError('user must be an object');
  const profile: UserProfile = { name: str(v.name, 'user.name', true) ?? '' };
  if (v.authority !== undefined) {
    if (!isObject(v.authority)) throw new InputError('user.authority must be an object');
    const a = v.authority;
    profile.authority = {};
    if (a.maxCredit !== undefined) {
      const m = a.maxCredit;
      if (typeof m === 'number') profile.authority.maxCredit = { currency: '', value: m };
      else if (isObject(m) && typeof m.value === 'number')
        profile.authority.maxCredit = {
          currency: typeof m.currency === 'string' ? m.currency : '',
          value: m.value,
        };
      else throw new InputError('user.authority.maxCredit must be a number or {"currency","value"}');
    }
    if (a.maxDiscountPercent !== undefined) {
      if (typeof a.maxDiscountPercent !== 'number')
        throw new InputError('user.authority.maxDiscountPercent must be a number');
      profile.authority.maxDiscountPercent = a.maxDiscountPercent;
    }
    const handoff = str(a.handoff, 'user.authority.handoff', true);
    if (handoff) profile.authority.handoff = handoff;
  }
  if (v.tone !== undefined) {
    if (v.tone !== 'warmer' && v.tone !== 'neutral' && v.tone !== 'firmer')
      throw new InputError('user.tone must be "warmer", "neutral" or "firmer"');
    profile.tone = v.tone;
  }
  return profile;
}

export function parseSensitivity(v: unknown): Sensitivity | undefined {
  if (v === undefined || v === null) return undefined;
  if (v !== 'off' && v !== 'lenient' && v !== 'strict')
    throw new InputError('sensitivity must be "off", "lenient" or "strict"');
  return v;
}
