/**
 * Earlier database versions and how their records become current ones. Dexie runs every `upgrade()`
 * between the stored version and the current one, inside the version-change transaction, so a failure
 * leaves the old database untouched.
 *
 * Version 1 (the first schema) kept a negotiation's commitments inline, stored no search text and did
 * not compute `hostile`, `nextDeadline` or `suggestedStatus`; its sent replies did not list the
 * commitments they made and its settings had no profile. Version 2 moves commitments into their own
 * table (indexed by what is due), derives the missing fields and builds the search table.
 */
import type { Transaction } from 'dexie';
import type { CurrentPosition, Trend } from '../analysis/thread';
import type { Sensitivity } from '../analysis/types';
import type { Person, Site } from '../mail/types';
import { hostileOf, nextDeadlineOf, searchTextOf, suggestedStatusOf } from './derive';
import { agreementFlag, commitmentRow, searchRows, type SearchRow, type WordsRow } from './rows';
import type { CommitmentRecord, NegotiationRecord, NegotiationStatus, RoundRecord } from './types';

/** Version 1 tables and indexes. */
export const SCHEMA_V1 = {
  negotiations: 'id, lastActivity',
  sentReplies: 'id, negotiationId',
  facts: 'id',
  recourses: 'id',
  settings: 'id',
  failures: '++id',
} as const;

/** A commitment as version 1 kept it, inside its negotiation. */
export interface V1Commitment {
  id: string;
  text: string;
  due: string | null;
  done: boolean;
  createdAt: string;
  replyId?: string;
}

/** A version 1 round: the current one without the agreement flag and position offsets. */
export type V1Round = Omit<RoundRecord, 'agreement'>;

export interface V1Negotiation {
  id: string;
  site: Site;
  threadId: string;
  subject: string;
  url: string;
  counterparts: Person[];
  status: NegotiationStatus;
  firstActivity: string;
  lastActivity: string;
  rounds: V1Round[];
  positions: CurrentPosition[];
  trend: Trend;
  commitments: V1Commitment[];
}

export interface V1SentReply {
  id: string;
  negotiationId: string;
  date: string;
  text?: string;
  findings: string[];
}

export interface V1Settings {
  id: 'settings';
  storeText: boolean;
  sensitivity: Sensitivity;
  ignoredThreads: string[];
}

/** A version 1 negotiation as a version 2 row, and the commitments it kept inline. */
export function negotiationFromV1(
  v1: V1Negotiation,
  today: string,
): { record: NegotiationRecord; commitments: CommitmentRecord[] } {
  const { commitments = [], ...rest } = v1;
  const rounds: RoundRecord[] = rest.rounds.map((r) => ({ ...r, ...agreementFlag(r.text) }));
  const base = { ...rest, rounds };
  const record: NegotiationRecord = {
    ...base,
    suggestedStatus: suggestedStatusOf(rounds),
    hostile: hostileOf(rounds),
    nextDeadline: nextDeadlineOf(rest.positions, today),
    searchText: searchTextOf(base),
  };
  return {
    record,
    commitments: commitments.map((c) => ({
      id: c.id,
      negotiationId: v1.id,
      text: c.text,
      due: c.due,
      done: c.done,
      createdAt: c.createdAt,
      ...(c.replyId ? { replyId: c.replyId } : {}),
    })),
  };
}

/** The version 1 → 2 upgrade (runs inside Dexie's version-change transaction). */
export async function upgradeToV2(tx: Transaction, today: string): Promise<void> {
  const moved: CommitmentRecord[] = [];
  const search: SearchRow[] = [];
  const words: WordsRow[] = [];
  await tx
    .table('negotiations')
    .toCollection()
    .modify((n: V1Negotiation, ctx: { value: unknown }) => {
      const { record, commitments } = negotiationFromV1(n, today);
      moved.push(...commitments);
      const rows = searchRows(record);
      search.push(rows.search);
      words.push(rows.words);
      ctx.value = record;
    });
  await tx.table('search').bulkPut(search);
  await tx.table('words').bulkPut(words);
  await tx.table('commitments').bulkPut(moved.map(commitmentRow));

  const byReply = new Map<string, string[]>();
  for (const c of moved) {
    if (!c.replyId) continue;
    byReply.set(c.replyId, [...(byReply.get(c.replyId) ?? []), c.id]);
  }
  await tx
    .table('sentReplies')
    .toCollection()
    .modify((r: V1SentReply & { commitmentIds?: string[] }) => {
      r.commitmentIds = byReply.get(r.id) ?? [];
    });
  await tx
    .table('settings')
    .toCollection()
    .modify((s: V1Settings & { profile?: null }) => {
      if (s.profile === undefined) s.profile = null;
    });
}

/**
 * The version 2 → 3 upgrade: search rows gain what a list item shows (counterparts, trend), so lists
 * read only them. Rebuilt from the negotiations, which are not changed.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  const search: SearchRow[] = [];
  await tx.table('negotiations').each((n: NegotiationRecord) => void search.push(searchRows(n).search));
  await tx.table('search').bulkPut(search);
}
