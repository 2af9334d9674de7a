/**
 * Parley's IndexedDB database (the extension's origin: background, popup and options open it; mail
 * pages reach it through the background). Every schema change is a new `version(n)` with an
 * `upgrade()` that carries existing records over: see migrations.ts.
 *
 * Indexes (current version 3, the same as version 2; version 3 added list fields to the search rows):
 * - negotiations: lastActivity (newest first lists), status, nextDeadline;
 * - search: one compact row per negotiation (no rounds) for lists, filters and search: &order (newest
 *   first, unique), status, hot (1 when hostile: booleans are not IndexedDB keys), nextDeadline;
 * - words: each negotiation's search words, *words (multi-entry, for word-prefix lookups by key only).
 *   `search` and `words` are kept in step with `negotiations` by the repository, in the same transactions;
 * - sentReplies: negotiationId, date;
 * - commitments: negotiationId, due, openDue (the due date of open commitments only, so "what is due"
 *   is one index range instead of a scan of done ones);
 * - settings: one row with id 'settings'; failures: auto-increment id, date.
 */
import Dexie, { type EntityTable } from 'dexie';
import { localDay } from '../dates';
import { SCHEMA_V1, upgradeToV2, upgradeToV3 } from './migrations';
import type { CommitmentRow, SearchRow, SettingsRow, WordsRow } from './rows';
import type { Fact, FailureRecord, NegotiationRecord, Recourse, SentReplyRecord } from './types';

export const SCHEMA_VERSION = 3;

export const SCHEMA_V2 = {
  negotiations: 'id, lastActivity, status, nextDeadline',
  search: 'id, &order, status, hot, nextDeadline',
  words: 'id, *words',
  sentReplies: 'id, negotiationId, date',
  commitments: 'id, negotiationId, due, openDue',
  facts: 'id',
  recourses: 'id',
  settings: 'id',
  failures: '++id, date',
} as const;

export class ParleyDB extends Dexie {
  negotiations!: EntityTable<NegotiationRecord, 'id'>;
  search!: EntityTable<SearchRow, 'id'>;
  words!: EntityTable<WordsRow, 'id'>;
  sentReplies!: EntityTable<SentReplyRecord, 'id'>;
  commitments!: EntityTable<CommitmentRow, 'id'>;
  facts!: EntityTable<Fact, 'id'>;
  recourses!: EntityTable<Recourse, 'id'>;
  settings!: EntityTable<SettingsRow, 'id'>;
  failures!: EntityTable<FailureRecord, 'id'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) => upgradeToV2(tx, localDay()));
    this.version(3).stores(SCHEMA_V2).upgrade(upgradeToV3);
  }
}

/** The database (opened on first use by Dexie). One instance per page or service worker is enough. */
export function openParleyDb(name = 'parley'): ParleyDB {
  return new ParleyDB(name);
}
