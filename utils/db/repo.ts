/**
 * Everything Parley reads and writes in its database, as plain async functions of the database. Writes
 * that read first (merging a thread, adding to a list in the settings) run inside one `rw` transaction,
 * which IndexedDB serialises against every other writer of the same tables: requests from several mail
 * tabs at once each see the previous one's result, so nothing is lost.
 */
import type { ThreadAnalysis } from '../analysis/thread';
import type { Commitment, Fact, FindingKind, Recourse } from '../analysis/types';
import type { Message, Person } from '../mail/types';
import { negotiationId, type ComposeContext, type ThreadMeta } from '../messaging';
import { addDays, localDay, localDateTime } from '../dates';
import {
  activitySpan,
  currentPositions,
  hostileOf,
  mergePeople,
  mergeRounds,
  nextDeadlineOf,
  otherSide,
  queryTerms,
  searchTextOf,
  suggestedStatusOf,
  trendOf,
} from './derive';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-format';
import {
  SETTINGS_ID,
  agreementFlag,
  commitmentRecord,
  commitmentRow,
  searchRows,
  settingsRecord,
  settingsRow,
  type CommitmentRow,
  type SearchRow,
} from './rows';
import type { ParleyDB } from './schema';
import { isWebUrl } from './validate';
import type {
  CommitmentRecord,
  ExportFile,
  FailureRecord,
  NegotiationRecord,
  NegotiationStatus,
  NegotiationSummary,
  RoundRecord,
  SentReplyRecord,
  Settings,
} from './types';

// Reading an import file (`parseImport`, `ImportError`) is in export-file.ts: it checks the user's own
// wording with the drafter's rules, which the popup, loading this module, must not carry.

const newId = (): string => crypto.randomUUID();

/** `url` if it is an http(s) address, else '' (no link rather than one that could run script). */
const webLink = (url: string): string => (isWebUrl(url) ? url : '');

/** Failures kept for diagnostics; older ones are dropped. */
const MAX_FAILURES = 500;

// ---------------------------------------------------------------------------------------------------
// Negotiations

/**
 * A negotiation with its derived fields recomputed from its rounds (positions, trend, hostile, next
 * deadline, suggested status, activity span, search text). `today` is the reference for "ahead".
 */
function derived(
  n: Omit<
    NegotiationRecord,
    'positions' | 'trend' | 'hostile' | 'nextDeadline' | 'suggestedStatus' | 'searchText'
  >,
  today: string,
): NegotiationRecord {
  const positions = currentPositions(n.rounds);
  const span = activitySpan(n.rounds, { first: n.firstActivity, last: n.lastActivity });
  return {
    ...n,
    firstActivity: span.first < n.firstActivity ? span.first : n.firstActivity,
    lastActivity: span.last > n.lastActivity ? span.last : n.lastActivity,
    positions,
    trend: trendOf(n.rounds),
    hostile: hostileOf(n.rounds),
    nextDeadline: nextDeadlineOf(positions, today),
    suggestedStatus: suggestedStatusOf(n.rounds),
    searchText: searchTextOf(n),
  };
}

/** The rounds one read of a thread yields (text only when the user keeps text). */
function roundsOf(
  messages: Message[],
  analysis: ThreadAnalysis,
  storeText: boolean,
): { round: RoundRecord; partial: boolean }[] {
  const tone = new Map(analysis.rounds.map((r) => [r.messageId, r]));
  const positions = new Map(analysis.messages.map((m) => [m.id, m.analysis.positions]));
  return messages.map((m) => {
    const r = tone.get(m.id);
    return {
      partial: m.partial,
      round: {
        messageId: m.id,
        date: m.date,
        from: { name: m.from.name, email: m.from.email },
        own: m.own,
        level: r?.level ?? 'calm',
        score: r?.score ?? 0,
        judged: r?.judged ?? false,
        positions: (positions.get(m.id) ?? []).map((p) => ({
          kind: p.kind,
          text: p.text,
          start: p.start,
          end: p.end,
          ...(p.value ? { value: p.value } : {}),
          ...(p.reason ? { reason: p.reason.text } : {}),
        })),
        ...(storeText ? { text: m.text } : {}),
        ...agreementFlag(m.text),
      },
    };
  });
}

/**
 * Records (or updates) the negotiation a mail page shows: its rounds are merged by message id with what
 * was stored, so re-reads, partly loaded threads and concurrent writes from several tabs lose nothing.
 * The user's status is kept; text is stored only if the settings say so.
 */
export async function recordThread(
  db: ParleyDB,
  meta: ThreadMeta,
  messages: Message[],
  analysis: ThreadAnalysis,
): Promise<NegotiationRecord> {
  const id = negotiationId(meta);
  const now = localDateTime();
  return db.transaction('rw', [db.negotiations, db.search, db.words, db.settings], async () => {
    const settings = settingsRecord(await db.settings.get(SETTINGS_ID));
    const stored = await db.negotiations.get(id);
    const rounds = mergeRounds(stored?.rounds ?? [], roundsOf(messages, analysis, settings.storeText));
    const isOther = otherSide(rounds);
    const record = derived(
      {
        id,
        site: meta.site,
        threadId: meta.threadId,
        subject: meta.subject || stored?.subject || '',
        // Only web links are kept (a link is opened by a click); without one, the stored link stays.
        url: webLink(meta.url) || stored?.url || '',
        counterparts: mergePeople(
          stored?.counterparts ?? [],
          rounds.filter(isOther).map((r) => r.from),
        ),
        status: stored?.status ?? 'open',
        firstActivity: stored?.firstActivity ?? activitySpan(rounds, { first: now, last: now }).first,
        lastActivity: stored?.lastActivity ?? activitySpan(rounds, { first: now, last: now }).last,
        rounds,
      },
      localDay(),
    );
    await putNegotiations(db, [record]);
    return record;
  });
}

/** Writes negotiations with their search and words rows (inside a transaction over the three tables). */
async function putNegotiations(db: ParleyDB, records: NegotiationRecord[]): Promise<void> {
  const rows = records.map(searchRows);
  await db.negotiations.bulkPut(records);
  await db.search.bulkPut(rows.map((r) => r.search));
  await db.words.bulkPut(rows.map((r) => r.words));
}

/** Sets the user's status for a negotiation (Parley's suggestion stays a suggestion). */
export async function setStatus(db: ParleyDB, id: string, status: NegotiationStatus): Promise<void> {
  await db.transaction('rw', [db.negotiations, db.search, db.words], async () => {
    const stored = await db.negotiations.get(id);
    if (!stored) throw new Error('This negotiation is no longer stored.');
    await putNegotiations(db, [{ ...stored, status }]);
  });
}

export interface NegotiationQuery {
  /** Words to find (each must begin a word of the subject, the people or the stored text). */
  query?: string;
  status?: NegotiationStatus;
  /** true: only negotiations whose other side was hostile last; false: only the others. */
  hostile?: boolean;
  /** true: only negotiations with a deadline still ahead; false: only the others. */
  hasDeadline?: boolean;
  /** Most records returned (all when absent: pass one for lists). */
  limit?: number;
  /** Reference day for `hasDeadline` (default: today). */
  today?: string;
}

/**
 * An indexed condition is "selective" when it matches at most this many negotiations: reading that
 * many rows one key at a time (IndexedDB has no multi-get) costs about what walking pages of rows
 * newest first costs to find 50 matches among conditions that common (measured in Chromium with 10,000
 * negotiations).
 */
const FEW = 300;
/** Search rows read at a time (one getAll) when walking them newest first. */
const PAGE = 400;

const byOrder = (a: SearchRow, b: SearchRow) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0);

/**
 * Negotiations, newest activity first, searched and filtered on the compact `search` rows (never on the
 * rounds); only the records returned are read in full. A selective condition (a rare word, a rare
 * status) is answered from its index; otherwise the rows are read newest first, a page at a time,
 * until `limit` match, which for common conditions takes a page or two.
 */
export async function listNegotiations(db: ParleyDB, q: NegotiationQuery = {}): Promise<NegotiationRecord[]> {
  return db.transaction('r', [db.negotiations, db.search, db.words], async () => {
    const rows = await matchingRows(db, q);
    return present(await db.negotiations.bulkGet(rows.map((r) => r.id)));
  });
}

/**
 * What a list shows of the same negotiations as `listNegotiations` (same query, same order), read from
 * the search rows alone: a page of the popup's list costs a few kilobytes, not the full records.
 */
export async function listSummaries(db: ParleyDB, q: NegotiationQuery = {}): Promise<NegotiationSummary[]> {
  return db.transaction('r', [db.search, db.words], async () =>
    (await matchingRows(db, q)).map((r): NegotiationSummary => ({
      id: r.id,
      subject: r.subject,
      lastActivity: r.lastActivity,
      status: r.status,
      hostile: r.hot === 1,
      trend: r.trend,
      nextDeadline: r.nextDeadline,
      counterparts: r.counterparts,
    })),
  );
}

/** The search rows matching `q`, newest first, at most `q.limit` (inside a transaction over search, words). */
async function matchingRows(db: ParleyDB, q: NegotiationQuery): Promise<SearchRow[]> {
  const limit = q.limit ?? Infinity;
  if (limit <= 0) return [];
  const today = q.today ?? localDay();
  const terms = queryTerms(q.query ?? '');
  const filtered =
    terms.length > 0 || q.status !== undefined || q.hostile !== undefined || q.hasDeadline !== undefined;
  const matches = (row: SearchRow) =>
    (q.status === undefined || row.status === q.status) &&
    (q.hostile === undefined || (row.hot === 1) === q.hostile) &&
    (q.hasDeadline === undefined ||
      (row.nextDeadline !== null && row.nextDeadline >= today) === q.hasDeadline) &&
    terms.every((t) => row.text.includes(` ${t}`));

  const few = filtered ? await selectiveCandidates(db, q, terms, today) : undefined;
  if (few) {
    return present(await db.search.bulkGet([...few]))
      .filter(matches)
      .sort(byOrder)
      .slice(0, limit);
  }
  const rows: SearchRow[] = [];
  const size = filtered ? PAGE : Math.min(PAGE, limit);
  let after: string | undefined;
  while (rows.length < limit) {
    const range = after === undefined ? db.search.orderBy('order') : db.search.where('order').above(after);
    const page = await range.limit(size).toArray();
    for (const row of page) {
      if (matches(row)) rows.push(row);
      if (rows.length >= limit) break;
    }
    if (page.length < size) break;
    after = page[page.length - 1].order;
  }
  return rows;
}

/**
 * The ids matching the most selective indexed condition, when one matches at most FEW negotiations;
 * undefined when every condition is common. Reads at most FEW + 1 keys per condition, no records.
 */
async function selectiveCandidates(
  db: ParleyDB,
  q: NegotiationQuery,
  terms: string[],
  today: string,
): Promise<Set<string> | undefined> {
  // Each condition's matching ids, at most FEW + 1 of them (keys only).
  const ranges: { limit(n: number): { primaryKeys(): Promise<string[]> } }[] = terms.map((t) =>
    db.words.where('words').startsWith(t),
  );
  if (q.status !== undefined) ranges.push(db.search.where('status').equals(q.status));
  if (q.hostile === true) ranges.push(db.search.where('hot').equals(1));
  if (q.hasDeadline === true) ranges.push(db.search.where('nextDeadline').aboveOrEqual(today));
  let best: Set<string> | undefined;
  for (const range of ranges) {
    const keys = await range.limit(FEW + 1).primaryKeys();
    if (keys.length > FEW) continue;
    const ids = new Set(keys);
    if (!best || ids.size < best.size) best = ids;
    if (best.size === 0) break;
  }
  return best;
}

const present = <T>(rows: (T | undefined)[]): T[] => rows.filter((r): r is T => r !== undefined);

/** One negotiation with its commitments (due first) and sent replies (oldest first). */
export async function negotiationDetail(
  db: ParleyDB,
  id: string,
): Promise<
  | { negotiation: NegotiationRecord; commitments: CommitmentRecord[]; sentReplies: SentReplyRecord[] }
  | undefined
> {
  return db.transaction('r', db.negotiations, db.commitments, db.sentReplies, async () => {
    const negotiation = await db.negotiations.get(id);
    if (!negotiation) return undefined;
    const commitments = (await db.commitments.where('negotiationId').equals(id).toArray()).map(
      commitmentRecord,
    );
    commitments.sort(byDueThenCreated);
    const sentReplies = await db.sentReplies.where('negotiationId').equals(id).sortBy('date');
    return { negotiation, commitments, sentReplies };
  });
}

/** Deletes a negotiation with its sent replies and commitments, for good. */
export async function deleteNegotiation(db: ParleyDB, id: string): Promise<void> {
  await db.transaction(
    'rw',
    [db.negotiations, db.search, db.words, db.sentReplies, db.commitments, db.settings],
    async () => {
      await db.negotiations.delete(id);
      await db.search.delete(id);
      await db.words.delete(id);
      await db.sentReplies.where('negotiationId').equals(id).delete();
      await db.commitments.where('negotiationId').equals(id).delete();
      const settings = await db.settings.get(SETTINGS_ID);
      if (settings?.ignoredThreads.includes(id)) {
        await db.settings.put({
          ...settings,
          ignoredThreads: settings.ignoredThreads.filter((t) => t !== id),
        });
      }
    },
  );
}

/** Deletes everything Parley stored: negotiations, replies, commitments, facts, recourses, settings, failures. */
export async function deleteAll(db: ParleyDB): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    await Promise.all(db.tables.map((t) => t.clear()));
  });
}

// ---------------------------------------------------------------------------------------------------
// Sending and commitments

const byDueThenCreated = (a: CommitmentRecord, b: CommitmentRecord) =>
  (a.due ?? '9999') < (b.due ?? '9999')
    ? -1
    : (a.due ?? '9999') > (b.due ?? '9999')
      ? 1
      : a.createdAt < b.createdAt
        ? -1
        : a.createdAt > b.createdAt
          ? 1
          : 0;

/**
 * Stores a reply the user sent and the promises it makes (as open commitments with their due dates;
 * utils/db/sent.ts finds them in the text). A negotiation the background had not recorded yet is
 * created from the meta and recipients.
 */
export async function storeSent(
  db: ParleyDB,
  meta: ThreadMeta,
  sent: { text: string; date: string; to: Person[]; findings: FindingKind[] },
  promises: readonly { text: string; due: string | null }[],
): Promise<CommitmentRecord[]> {
  const id = negotiationId(meta);
  const replyId = newId();
  const commitments: CommitmentRecord[] = promises.map((c) => ({
    id: newId(),
    negotiationId: id,
    text: c.text,
    due: c.due,
    done: false,
    createdAt: sent.date,
    replyId,
  }));
  await db.transaction(
    'rw',
    [db.negotiations, db.search, db.words, db.sentReplies, db.commitments, db.settings],
    async () => {
      const settings = settingsRecord(await db.settings.get(SETTINGS_ID));
      const stored = await db.negotiations.get(id);
      const base =
        stored ??
        derived(
          {
            id,
            site: meta.site,
            threadId: meta.threadId,
            subject: meta.subject,
            url: webLink(meta.url),
            counterparts: [],
            status: 'open',
            firstActivity: sent.date,
            lastActivity: sent.date,
            rounds: [],
          },
          localDay(),
        );
      const counterparts = mergePeople(base.counterparts, sent.to);
      const next: NegotiationRecord = {
        ...base,
        counterparts,
        lastActivity: sent.date > base.lastActivity ? sent.date : base.lastActivity,
        searchText: searchTextOf({ ...base, counterparts }),
      };
      await putNegotiations(db, [next]);
      await db.sentReplies.add({
        id: replyId,
        negotiationId: id,
        date: sent.date,
        ...(settings.storeText ? { text: sent.text } : {}),
        findings: [...sent.findings],
        commitmentIds: commitments.map((c) => c.id),
      });
      await db.commitments.bulkAdd(commitments.map(commitmentRow));
    },
  );
  return commitments;
}

export async function setCommitmentDone(db: ParleyDB, id: string, done: boolean): Promise<void> {
  await db.transaction('rw', db.commitments, async () => {
    const row = await db.commitments.get(id);
    if (!row) throw new Error(`No commitment ${id}`);
    await db.commitments.put(commitmentRow({ ...commitmentRecord(row), done }));
  });
}

/** One page of what is due, and how many there are in all. */
export interface DuePage {
  /** Soonest first, each with its negotiation's subject. */
  items: (CommitmentRecord & { subject: string })[];
  /** All open commitments overdue or due within the window (not only this page). */
  total: number;
}

/**
 * Open commitments overdue or due within `withinDays` of `today`, soonest first, with their subject:
 * the first `limit` of them (all when absent) and the total. One range of the `openDue` index (done
 * and undated commitments are not in it); subjects come from the compact search rows, never from the
 * full negotiation records with their rounds.
 */
export async function commitmentsDuePage(
  db: ParleyDB,
  today: string,
  withinDays = 7,
  limit?: number,
): Promise<DuePage> {
  return db.transaction('r', db.commitments, db.search, async () => {
    const range = () => db.commitments.where('openDue').belowOrEqual(addDays(today, withinDays));
    const [rows, total] = await Promise.all([
      limit === undefined ? range().toArray() : range().limit(Math.max(0, limit)).toArray(),
      range().count(),
    ]);
    return { items: await withSubjects(db, rows), total };
  });
}

/** Open commitments overdue or due within `withinDays` of `today`, soonest first, with their subject. */
export async function commitmentsDue(
  db: ParleyDB,
  today: string,
  withinDays = 7,
  limit?: number,
): Promise<(CommitmentRecord & { subject: string })[]> {
  return db.transaction('r', db.commitments, db.search, async () => {
    const range = db.commitments.where('openDue').belowOrEqual(addDays(today, withinDays));
    const rows = await (limit === undefined ? range : range.limit(Math.max(0, limit))).toArray();
    return withSubjects(db, rows);
  });
}

/** Commitment rows as records with their negotiation's subject (from the search rows). */
async function withSubjects(
  db: ParleyDB,
  rows: CommitmentRow[],
): Promise<(CommitmentRecord & { subject: string })[]> {
  const ids = [...new Set(rows.map((r) => r.negotiationId))];
  const entries = await db.search.bulkGet(ids);
  const subjects = new Map(ids.map((id, i) => [id, entries[i]?.subject ?? '']));
  return rows.map((r) => ({ ...commitmentRecord(r), subject: subjects.get(r.negotiationId) ?? '' }));
}

/** Open commitments due today or overdue: the number on the toolbar badge. */
export async function dueCount(db: ParleyDB, today: string): Promise<number> {
  return db.commitments.where('openDue').belowOrEqual(today).count();
}

// ---------------------------------------------------------------------------------------------------
// What the Send check and drafts need

/** The user's facts, recourses, this negotiation's commitments and the check settings. */
export async function contextFor(db: ParleyDB, id: string): Promise<ComposeContext> {
  return db.transaction('r', [db.facts, db.recourses, db.commitments, db.settings], async () => {
    const [facts, recourses, commitments, row] = await Promise.all([
      db.facts.toArray(),
      db.recourses.toArray(),
      db.commitments.where('negotiationId').equals(id).toArray(),
      db.settings.get(SETTINGS_ID),
    ]);
    const settings = settingsRecord(row);
    const ordered = commitments.map(commitmentRecord).sort(byDueThenCreated);
    return {
      facts,
      recourses,
      commitments: ordered.map(({ id, negotiationId, text, due, done }): Commitment => ({
        id,
        negotiationId,
        text,
        due,
        done,
      })),
      profile: settings.profile,
      sensitivity: settings.sensitivity,
      checkThread: !settings.ignoredThreads.includes(id),
    };
  });
}

/** "Don't check this thread again." */
export async function ignoreThread(db: ParleyDB, id: string): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const settings = settingsRecord(await db.settings.get(SETTINGS_ID));
    if (settings.ignoredThreads.includes(id)) return;
    await db.settings.put(settingsRow({ ...settings, ignoredThreads: [...settings.ignoredThreads, id] }));
  });
}

// ---------------------------------------------------------------------------------------------------
// Facts, recourses, settings, failures

const sameFact = (a: Omit<Fact, 'id'>, b: Omit<Fact, 'id'>) =>
  a.kind === b.kind && a.value.trim() === b.value.trim() && a.label.trim() === b.label.trim();

/** Keeps a fact picked from a thread; picking the same fact twice keeps it once. */
export async function addFact(db: ParleyDB, fact: Omit<Fact, 'id'>): Promise<Fact> {
  return db.transaction('rw', db.facts, async () => {
    const existing = (await db.facts.toArray()).find((f) => sameFact(f, fact));
    if (existing) return existing;
    const stored: Fact = { id: newId(), label: fact.label, value: fact.value, kind: fact.kind };
    await db.facts.add(stored);
    return stored;
  });
}

export async function saveFact(db: ParleyDB, fact: Fact): Promise<void> {
  await db.facts.put({ id: fact.id, label: fact.label, value: fact.value, kind: fact.kind });
}

export async function deleteFact(db: ParleyDB, id: string): Promise<void> {
  await db.facts.delete(id);
}

export async function saveRecourse(db: ParleyDB, r: Recourse): Promise<void> {
  await db.recourses.put({ id: r.id, text: r.text, committed: r.committed });
}

export async function deleteRecourse(db: ParleyDB, id: string): Promise<void> {
  await db.recourses.delete(id);
}

export async function getSettings(db: ParleyDB): Promise<Settings> {
  return settingsRecord(await db.settings.get(SETTINGS_ID));
}

/**
 * Changes some settings. Turning `storeText` off also removes the message text already stored (rounds
 * and sent replies keep their analysis), since the setting means "keep only the analysis".
 */
export async function saveSettings(db: ParleyDB, patch: Partial<Settings>): Promise<Settings> {
  return db.transaction(
    'rw',
    [db.settings, db.negotiations, db.search, db.words, db.sentReplies],
    async () => {
      const before = settingsRecord(await db.settings.get(SETTINGS_ID));
      const next: Settings = { ...before, ...patch };
      await db.settings.put(settingsRow(next));
      if (before.storeText && !next.storeText) {
        const purged: NegotiationRecord[] = (await db.negotiations.toArray()).map((n) => {
          const rounds = n.rounds.map(({ text: _t, ...r }) => r);
          return { ...n, rounds, searchText: searchTextOf({ ...n, rounds }) };
        });
        await putNegotiations(db, purged);
        await db.sentReplies.toCollection().modify((r) => {
          delete r.text;
        });
      }
      return next;
    },
  );
}

/** Keeps a failure for diagnostics (never mail text), dropping the oldest beyond the last 500. */
export async function recordFailure(db: ParleyDB, where: string, message: string): Promise<void> {
  await db.transaction('rw', db.failures, async () => {
    await db.failures.add({ date: localDateTime(), where, message } satisfies FailureRecord);
    const excess = (await db.failures.count()) - MAX_FAILURES;
    if (excess > 0) await db.failures.orderBy('id').limit(excess).delete();
  });
}

// ---------------------------------------------------------------------------------------------------
// Export and import

/** Everything Parley stored, as an export file. */
export async function exportAll(db: ParleyDB): Promise<ExportFile> {
  return db.transaction('r', db.tables, async () => ({
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: localDateTime(),
    negotiations: await db.negotiations.toArray(),
    sentReplies: await db.sentReplies.toArray(),
    commitments: (await db.commitments.toArray()).map(commitmentRecord),
    facts: await db.facts.toArray(),
    recourses: await db.recourses.toArray(),
    settings: settingsRecord(await db.settings.get(SETTINGS_ID)),
  }));
}

/** One negotiation with its replies and commitments (no facts, recourses or settings). */
export async function exportNegotiation(db: ParleyDB, id: string): Promise<ExportFile> {
  const detail = await negotiationDetail(db, id);
  if (!detail) throw new Error('This negotiation is no longer stored.');
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: localDateTime(),
    negotiations: [detail.negotiation],
    sentReplies: detail.sentReplies,
    commitments: detail.commitments,
  };
}

export interface ImportSummary {
  negotiations: number;
  sentReplies: number;
  commitments: number;
  facts: number;
  recourses: number;
  settings: boolean;
}

/**
 * Writes a checked export file (from `parseImport`) in one transaction: all of it or, on any failure,
 * nothing. Records replace stored ones with the same id, except that a negotiation already stored keeps
 * every round either side has (merged by message id) and the user's status if the file says only 'open'.
 * Settings from the file replace the stored ones; the ignored conversations of both are kept, and so is
 * the stored wording of the user's own when the file has none.
 */
export async function importFile(db: ParleyDB, file: ExportFile): Promise<ImportSummary> {
  const today = localDay();
  return db.transaction('rw', db.tables, async () => {
    const stored = await db.negotiations.bulkGet(file.negotiations.map((n) => n.id));
    const records = file.negotiations.map((n, i): NegotiationRecord => {
      const old = stored[i];
      if (!old) return n;
      const rounds = mergeRounds(
        old.rounds,
        n.rounds.map((round) => ({ round, partial: false })),
      );
      return derived(
        {
          ...n,
          counterparts: mergePeople(old.counterparts, n.counterparts),
          status: n.status === 'open' ? old.status : n.status,
          firstActivity: old.firstActivity < n.firstActivity ? old.firstActivity : n.firstActivity,
          lastActivity: old.lastActivity > n.lastActivity ? old.lastActivity : n.lastActivity,
          rounds,
        },
        today,
      );
    });
    await putNegotiations(db, records);
    await db.sentReplies.bulkPut(file.sentReplies);
    await db.commitments.bulkPut(file.commitments.map(commitmentRow));
    if (file.facts) await db.facts.bulkPut(file.facts);
    if (file.recourses) await db.recourses.bulkPut(file.recourses);
    if (file.settings) {
      const before = settingsRecord(await db.settings.get(SETTINGS_ID));
      const ignoredThreads = [...new Set([...before.ignoredThreads, ...file.settings.ignoredThreads])];
      // A file without wording of the user's own (an older export) keeps what they wrote here.
      const phrases = file.settings.phrases ?? before.phrases;
      await db.settings.put(
        settingsRow({ ...file.settings, ignoredThreads, ...(phrases ? { phrases } : {}) }),
      );
    }
    return {
      negotiations: file.negotiations.length,
      sentReplies: file.sentReplies.length,
      commitments: file.commitments.length,
      facts: file.facts?.length ?? 0,
      recourses: file.recourses?.length ?? 0,
      settings: file.settings !== undefined,
    };
  });
}
