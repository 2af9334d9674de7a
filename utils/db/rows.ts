/**
 * How records are stored where a table row is more than its record: the search entry of a negotiation,
 * the due index of a commitment (booleans are not valid IndexedDB keys), the settings row. Rows are
 * built only here, and index-only fields are stripped before records leave the repository or go into
 * an export.
 */
import type { Trend } from '../analysis/thread';
import type { Person } from '../mail/types';
import { agreementIn, searchWords } from './derive';
import type { CommitmentRecord, NegotiationRecord, NegotiationStatus, Settings } from './types';

/**
 * A negotiation's entry in the `search` table: what lists, filters and search read, without the rounds,
 * so thousands of them can be scanned quickly, and everything a list item shows (since version 3), so a
 * list never reads the full records. `order` sorts newest activity first in ascending key
 * order, so pages of it are read with one `getAll` each instead of a cursor. Written with every
 * negotiation, in the same transaction.
 */
export interface SearchRow {
  id: string;
  /** Unique: the inverted last activity, then the id (see orderKey). */
  order: string;
  lastActivity: string;
  subject: string;
  status: NegotiationStatus;
  /** Present (1) only when hostile: booleans are not IndexedDB keys. */
  hot?: 1;
  nextDeadline: string | null;
  /** The other side's people and the tone trend, as the list shows them (since schema version 3). */
  counterparts: Person[];
  trend: Trend;
  /** The search words, each preceded by a space: `' refund order 1042 kim …'` (prefix test: includes). */
  text: string;
}

/** A negotiation's search words (multi-entry index), in a table of their own so they are never read as values. */
export interface WordsRow {
  id: string;
  words: string[];
}

/**
 * A key that sorts newest first: the last activity as `YYYY-MM-DDTHH:MM:SS` with every digit d turned
 * into 9 - d, then the id (so keys are unique and pages can resume after the last key read).
 */
export function orderKey(lastActivity: string, id: string): string {
  const normal = (lastActivity.slice(0, 19) + '0000-01-01T00:00:00'.slice(lastActivity.length)).slice(0, 19);
  let inverted = '';
  for (const ch of normal) inverted += ch >= '0' && ch <= '9' ? String(9 - Number(ch)) : ch;
  return `${inverted}\u0000${id}`;
}

export interface CommitmentRow extends CommitmentRecord {
  /** `due`, present only while the commitment is open and dated: the index of what is due. */
  openDue?: string;
}

export interface SettingsRow extends Settings {
  id: 'settings';
}

export const SETTINGS_ID = 'settings';

export const DEFAULT_SETTINGS: Settings = {
  storeText: true,
  sensitivity: 'lenient',
  ignoredThreads: [],
  profile: null,
};

export function searchRows(n: NegotiationRecord): { search: SearchRow; words: WordsRow } {
  const words = searchWords(n.searchText);
  return {
    search: {
      id: n.id,
      order: orderKey(n.lastActivity, n.id),
      lastActivity: n.lastActivity,
      subject: n.subject,
      status: n.status,
      ...(n.hostile ? { hot: 1 as const } : {}),
      nextDeadline: n.nextDeadline,
      counterparts: n.counterparts.map(({ name, email }) => ({ name, email })),
      trend: n.trend,
      text: words.length ? ` ${words.join(' ')}` : '',
    },
    words: { id: n.id, words },
  };
}

export function commitmentRow(c: CommitmentRecord): CommitmentRow {
  const { openDue: _o, ...record } = c as CommitmentRow;
  return { ...record, ...(!c.done && c.due ? { openDue: c.due } : {}) };
}

export function commitmentRecord(row: CommitmentRow): CommitmentRecord {
  const { openDue: _o, ...record } = row;
  return record;
}

export function settingsRow(s: Settings): SettingsRow {
  return { id: SETTINGS_ID, ...s };
}

export function settingsRecord(row: SettingsRow | undefined): Settings {
  if (!row) return { ...DEFAULT_SETTINGS, ignoredThreads: [] };
  const { id: _id, ...settings } = row;
  return { ...DEFAULT_SETTINGS, ...settings };
}

/** A round's agreement flag from its text (used where text is at hand: recording and migration). */
export const agreementFlag = (text: string | undefined): { agreement?: true } =>
  text !== undefined && agreementIn(text) ? { agreement: true } : {};
