/**
 * Reading an export file ("Import"): the whole file is checked before anything is written — format
 * marker, version, every field's type and size, unique ids, and that every reference points at a record
 * in the same file. Problems are reported as `ImportError` in words a user can act on. The result is
 * built from the checked fields only, so nothing unexpected in the file reaches the database.
 */
import type { CurrentPosition, PositionMention } from '../analysis/thread';
import type { Fact, Recourse, UserProfile } from '../analysis/types';
import type {
  CommitmentRecord,
  ExportFile,
  NegotiationRecord,
  NegotiationStatus,
  RoundPosition,
  RoundRecord,
  SentReplyRecord,
  Settings,
} from './types';
import {
  FACT_KINDS,
  FINDING_KINDS,
  Invalid,
  LIMITS,
  POSITION_KIND_LIST,
  SITES,
  bool,
  day,
  isoDateTime,
  list,
  money,
  nullableDateTime,
  number,
  object,
  oneOf,
  optionalText,
  person,
  positionValue,
  storedUrl,
  text,
} from './validate';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-format';
import { userPhrases } from './phrases';

export { EXPORT_FORMAT, EXPORT_VERSION };

/** Largest file Parley reads (characters of JSON): ten thousand long negotiations fit comfortably. */
export const MAX_IMPORT_CHARS = 200 * 1024 * 1024;

const MAX = {
  negotiations: 100_000,
  sentReplies: 1_000_000,
  commitments: 1_000_000,
  facts: 10_000,
  recourses: 10_000,
  positions: 2_000,
  history: 2_000,
  searchText: 10_000_000,
  ignoredThreads: 100_000,
};

export const STATUSES: readonly NegotiationStatus[] = ['open', 'agreed', 'impasse', 'closed'];

/** An import file that cannot be used; `message` says why in plain words. Nothing was written. */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

const NOUNS: Record<string, string> = {
  negotiations: 'negotiation',
  sentReplies: 'sent reply',
  commitments: 'commitment',
  facts: 'fact',
  recourses: 'recourse',
  rounds: 'round',
  positions: 'position',
  history: 'earlier mention',
  counterparts: 'counterpart',
  findings: 'finding',
  commitmentIds: 'commitment reference',
  ignoredThreads: 'ignored conversation',
};

/** `negotiations[3].rounds[0].from.email` → `negotiation 4, round 1: “from.email”`. */
export function describePath(path: string): string {
  const places: string[] = [];
  let fields: string[] = [];
  for (const segment of path.split('.').filter(Boolean)) {
    const m = /^(\w+)\[(\d+)\]$/.exec(segment);
    if (m) {
      places.push(...fields, `${NOUNS[m[1]] ?? m[1]} ${Number(m[2]) + 1}`);
      fields = [];
    } else fields.push(segment);
  }
  const field = fields.length ? `“${fields.join('.')}”` : '';
  const place = places.join(', ');
  return place && field ? `${place}: ${field}` : place || field || 'the file';
}

const fail = (message: string): never => {
  throw new ImportError(`This file can’t be imported: ${message}`);
};

// ---------------------------------------------------------------------------------------------------

function roundPosition(v: unknown, path: string): RoundPosition {
  const o = object(v, path);
  const p: RoundPosition = {
    kind: oneOf(o.kind, `${path}.kind`, POSITION_KIND_LIST),
    text: text(o.text, `${path}.text`, LIMITS.messageText),
  };
  if (o.value !== undefined) p.value = positionValue(o.value, `${path}.value`);
  if (o.start !== undefined) p.start = number(o.start, `${path}.start`, { min: 0, integer: true });
  if (o.end !== undefined) p.end = number(o.end, `${path}.end`, { min: 0, integer: true });
  const reason = optionalText(o.reason, `${path}.reason`, LIMITS.messageText);
  if (reason !== undefined) p.reason = reason;
  return p;
}

function round(v: unknown, path: string): RoundRecord {
  const o = object(v, path);
  const r: RoundRecord = {
    messageId: text(o.messageId, `${path}.messageId`, LIMITS.id, { nonEmpty: true }),
    date: nullableDateTime(o.date, `${path}.date`),
    from: person(o.from, `${path}.from`),
    own: bool(o.own, `${path}.own`),
    level: oneOf(o.level, `${path}.level`, ['calm', 'tense', 'hostile'] as const),
    score: number(o.score, `${path}.score`, { min: 0, max: 1 }),
    judged: bool(o.judged, `${path}.judged`),
    positions: list(o.positions, `${path}.positions`, LIMITS.positionsPerMessage).map((p, i) =>
      roundPosition(p, `${path}.positions[${i}]`),
    ),
  };
  const t = optionalText(o.text, `${path}.text`, LIMITS.messageText);
  if (t !== undefined) r.text = t;
  if (o.agreement !== undefined) r.agreement = bool(o.agreement, `${path}.agreement`);
  return r;
}

function mention(v: unknown, path: string): PositionMention {
  const o = object(v, path);
  const m: PositionMention = {
    messageId: text(o.messageId, `${path}.messageId`, LIMITS.id, { nonEmpty: true }),
    date: nullableDateTime(o.date, `${path}.date`),
    text: text(o.text, `${path}.text`, LIMITS.messageText),
  };
  if (o.value !== undefined) m.value = positionValue(o.value, `${path}.value`);
  return m;
}

function currentPosition(v: unknown, path: string): CurrentPosition {
  const o = object(v, path);
  const p: CurrentPosition = {
    kind: oneOf(o.kind, `${path}.kind`, POSITION_KIND_LIST),
    ...mention(o, path),
    start: number(o.start, `${path}.start`, { min: 0, integer: true }),
    end: number(o.end, `${path}.end`, { min: 0, integer: true }),
    from: person(o.from, `${path}.from`),
    history: list(o.history, `${path}.history`, MAX.history).map((h, i) =>
      mention(h, `${path}.history[${i}]`),
    ),
  };
  const reason = optionalText(o.reason, `${path}.reason`, LIMITS.messageText);
  if (reason !== undefined) p.reason = reason;
  return p;
}

function negotiation(v: unknown, path: string): NegotiationRecord {
  const o = object(v, path);
  const site = oneOf(o.site, `${path}.site`, SITES);
  const threadId = text(o.threadId, `${path}.threadId`, LIMITS.id, { nonEmpty: true });
  const id = text(o.id, `${path}.id`, LIMITS.id + 10);
  if (id !== `${site}:${threadId}`)
    throw new Invalid(`${path}.id`, `must be “${site}:${threadId}” (site:threadId)`);
  const rounds = list(o.rounds, `${path}.rounds`, LIMITS.messagesPerThread).map((r, i) =>
    round(r, `${path}.rounds[${i}]`),
  );
  const roundIds = new Set<string>();
  rounds.forEach((r, i) => {
    if (roundIds.has(r.messageId))
      throw new Invalid(`${path}.rounds[${i}].messageId`, `repeats “${r.messageId}” (each message once)`);
    roundIds.add(r.messageId);
  });
  const positions = list(o.positions, `${path}.positions`, MAX.positions).map((p, i) =>
    currentPosition(p, `${path}.positions[${i}]`),
  );
  positions.forEach((p, i) => {
    if (!roundIds.has(p.messageId))
      throw new Invalid(`${path}.positions[${i}].messageId`, 'names a message that is not among the rounds');
  });
  return {
    id,
    site,
    threadId,
    subject: text(o.subject, `${path}.subject`, LIMITS.subject),
    url: storedUrl(o.url, `${path}.url`),
    counterparts: list(o.counterparts, `${path}.counterparts`, LIMITS.people).map((p, i) =>
      person(p, `${path}.counterparts[${i}]`),
    ),
    status: oneOf(o.status, `${path}.status`, STATUSES),
    suggestedStatus:
      o.suggestedStatus === null ? null : oneOf(o.suggestedStatus, `${path}.suggestedStatus`, STATUSES),
    firstActivity: isoDateTime(o.firstActivity, `${path}.firstActivity`),
    lastActivity: isoDateTime(o.lastActivity, `${path}.lastActivity`),
    rounds,
    positions,
    trend: oneOf(o.trend, `${path}.trend`, ['cooling', 'heating', 'steady', 'unknown'] as const),
    hostile: bool(o.hostile, `${path}.hostile`),
    nextDeadline: o.nextDeadline === null ? null : day(o.nextDeadline, `${path}.nextDeadline`),
    searchText: text(o.searchText, `${path}.searchText`, MAX.searchText),
  };
}

function sentReply(v: unknown, path: string): SentReplyRecord {
  const o = object(v, path);
  const r: SentReplyRecord = {
    id: text(o.id, `${path}.id`, LIMITS.id, { nonEmpty: true }),
    negotiationId: text(o.negotiationId, `${path}.negotiationId`, LIMITS.id + 10),
    date: isoDateTime(o.date, `${path}.date`),
    findings: list(o.findings, `${path}.findings`, LIMITS.findings).map((f, i) =>
      oneOf(f, `${path}.findings[${i}]`, FINDING_KINDS),
    ),
    commitmentIds: list(o.commitmentIds, `${path}.commitmentIds`, LIMITS.findings).map((c, i) =>
      text(c, `${path}.commitmentIds[${i}]`, LIMITS.id),
    ),
  };
  const t = optionalText(o.text, `${path}.text`, LIMITS.messageText);
  if (t !== undefined) r.text = t;
  return r;
}

function commitment(v: unknown, path: string): CommitmentRecord {
  const o = object(v, path);
  const c: CommitmentRecord = {
    id: text(o.id, `${path}.id`, LIMITS.id, { nonEmpty: true }),
    negotiationId: text(o.negotiationId, `${path}.negotiationId`, LIMITS.id + 10),
    text: text(o.text, `${path}.text`, LIMITS.messageText, { nonEmpty: true }),
    due: o.due === null ? null : day(o.due, `${path}.due`),
    done: bool(o.done, `${path}.done`),
    createdAt: isoDateTime(o.createdAt, `${path}.createdAt`),
  };
  const replyId = optionalText(o.replyId, `${path}.replyId`, LIMITS.id);
  if (replyId !== undefined) c.replyId = replyId;
  return c;
}

export function fact(v: unknown, path: string): Fact {
  const o = object(v, path);
  return {
    id: text(o.id, `${path}.id`, LIMITS.id, { nonEmpty: true }),
    label: text(o.label, `${path}.label`, LIMITS.factLabel),
    value: text(o.value, `${path}.value`, LIMITS.factValue, { nonEmpty: true }),
    kind: oneOf(o.kind, `${path}.kind`, FACT_KINDS),
  };
}

export function recourse(v: unknown, path: string): Recourse {
  const o = object(v, path);
  return {
    id: text(o.id, `${path}.id`, LIMITS.id, { nonEmpty: true }),
    text: text(o.text, `${path}.text`, LIMITS.recourseText, { nonEmpty: true }),
    committed: bool(o.committed, `${path}.committed`),
  };
}

function profile(v: unknown, path: string): UserProfile {
  const o = object(v, path);
  const p: UserProfile = { name: text(o.name, `${path}.name`, LIMITS.name) };
  if (o.authority !== undefined) {
    const a = object(o.authority, `${path}.authority`);
    p.authority = {};
    if (a.maxCredit !== undefined) p.authority.maxCredit = money(a.maxCredit, `${path}.authority.maxCredit`);
    if (a.maxDiscountPercent !== undefined)
      p.authority.maxDiscountPercent = number(a.maxDiscountPercent, `${path}.authority.maxDiscountPercent`, {
        min: 0,
        max: 100,
      });
    const handoff = optionalText(a.handoff, `${path}.authority.handoff`, LIMITS.recourseText);
    if (handoff !== undefined) p.authority.handoff = handoff;
  }
  if (o.tone !== undefined) p.tone = oneOf(o.tone, `${path}.tone`, ['warmer', 'neutral', 'firmer'] as const);
  return p;
}

export function settings(v: unknown, path: string): Settings {
  const o = object(v, path);
  const phrases = o.phrases === undefined ? undefined : userPhrases(o.phrases, `${path}.phrases`);
  return {
    storeText: bool(o.storeText, `${path}.storeText`),
    sensitivity: oneOf(o.sensitivity, `${path}.sensitivity`, ['off', 'lenient', 'strict'] as const),
    ignoredThreads: list(o.ignoredThreads, `${path}.ignoredThreads`, MAX.ignoredThreads).map((t, i) =>
      text(t, `${path}.ignoredThreads[${i}]`, LIMITS.id + 10),
    ),
    profile: o.profile === null || o.profile === undefined ? null : profile(o.profile, `${path}.profile`),
    ...(phrases ? { phrases } : {}),
  };
}

function unique<T extends { id: string }>(records: T[], path: string): Set<string> {
  const ids = new Set<string>();
  records.forEach((r, i) => {
    if (ids.has(r.id)) throw new Invalid(`${path}[${i}].id`, `repeats “${r.id}” (ids must be unique)`);
    ids.add(r.id);
  });
  return ids;
}

/** The checked contents of a parsed export (throws `Invalid`). */
function exportFile(value: unknown): ExportFile {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail('it is not a Parley export (it holds no Parley data).');
  const o = value as Record<string, unknown>;
  if (o.format !== EXPORT_FORMAT)
    fail('it is not a Parley export (it does not say "format": "parley-export").');
  if (typeof o.version !== 'number' || !Number.isInteger(o.version) || o.version < 1)
    fail('it does not say which export version it is.');
  if ((o.version as number) > EXPORT_VERSION)
    fail(
      `it comes from a newer version of Parley (export version ${o.version}). Update Parley, then import it.`,
    );

  const file: ExportFile = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: isoDateTime(o.exportedAt, 'exportedAt'),
    negotiations: list(o.negotiations, 'negotiations', MAX.negotiations).map((n, i) =>
      negotiation(n, `negotiations[${i}]`),
    ),
    sentReplies: list(o.sentReplies, 'sentReplies', MAX.sentReplies).map((r, i) =>
      sentReply(r, `sentReplies[${i}]`),
    ),
    commitments: list(o.commitments, 'commitments', MAX.commitments).map((c, i) =>
      commitment(c, `commitments[${i}]`),
    ),
  };
  if (o.facts !== undefined)
    file.facts = list(o.facts, 'facts', MAX.facts).map((f, i) => fact(f, `facts[${i}]`));
  if (o.recourses !== undefined)
    file.recourses = list(o.recourses, 'recourses', MAX.recourses).map((r, i) =>
      recourse(r, `recourses[${i}]`),
    );
  if (o.settings !== undefined) file.settings = settings(o.settings, 'settings');

  // Ids unique per kind, and every reference inside the file resolves.
  const negotiations = unique(file.negotiations, 'negotiations');
  unique(file.sentReplies, 'sentReplies');
  unique(file.commitments, 'commitments');
  if (file.facts) unique(file.facts, 'facts');
  if (file.recourses) unique(file.recourses, 'recourses');
  const replies = new Map(file.sentReplies.map((r) => [r.id, r]));
  const commitments = new Map(file.commitments.map((c) => [c.id, c]));
  file.commitments.forEach((c, i) => {
    if (!negotiations.has(c.negotiationId))
      throw new Invalid(
        `commitments[${i}].negotiationId`,
        `names negotiation “${c.negotiationId}”, which is not in the file`,
      );
    if (c.replyId !== undefined && replies.get(c.replyId)?.negotiationId !== c.negotiationId)
      throw new Invalid(
        `commitments[${i}].replyId`,
        `names sent reply “${c.replyId}”, which is not in the file for the same negotiation`,
      );
  });
  file.sentReplies.forEach((r, i) => {
    if (!negotiations.has(r.negotiationId))
      throw new Invalid(
        `sentReplies[${i}].negotiationId`,
        `names negotiation “${r.negotiationId}”, which is not in the file`,
      );
    r.commitmentIds.forEach((id, j) => {
      const c = commitments.get(id);
      if (!c || c.negotiationId !== r.negotiationId)
        throw new Invalid(
          `sentReplies[${i}].commitmentIds[${j}]`,
          `names commitment “${id}”, which is not in the file for the same negotiation`,
        );
    });
  });
  return file;
}

/**
 * Checks an export file's text completely and returns its contents; throws `ImportError` (with a
 * message for the user) on anything wrong. Nothing is written here: pass the result to `importFile`.
 */
export function parseImport(json: string): ExportFile {
  if (typeof json !== 'string') fail('it is not a text file.');
  if (json.length > MAX_IMPORT_CHARS)
    fail(`it is too large (${Math.round(json.length / 1048576)} MB; Parley reads files up to 200 MB).`);
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    fail('it is not a Parley export (it is not valid JSON, or it was cut short).');
  }
  try {
    return exportFile(value);
  } catch (err) {
    if (err instanceof Invalid) fail(`${describePath(err.path)} ${err.problem}.`);
    throw err;
  }
}
