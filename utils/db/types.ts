/**
 * What Parley keeps in IndexedDB (the extension's origin; see utils/db/schema.ts for tables, versions
 * and migrations). The background owns writes from mail pages; the popup and options pages read with
 * liveQuery and write through the repository functions in utils/db/.
 */
import type { CurrentPosition, Trend } from '../analysis/thread';
import type {
  Commitment,
  DeadlineValue,
  Fact,
  FindingKind,
  MoneyValue,
  PositionKind,
  Recourse,
  Sensitivity,
  ToneLevel,
  UserProfile,
} from '../analysis/types';
import type { Person, Site } from '../mail/types';
import type { PhraseEntry, PhraseGroup } from '../analysis/phrases';

export type NegotiationStatus = 'open' | 'agreed' | 'impasse' | 'closed';

/** One message of the negotiation: its tone and the positions it states (text only if stored). */
export interface RoundRecord {
  messageId: string;
  /** ISO 8601, or null when the page showed none. */
  date: string | null;
  from: Person;
  own: boolean;
  level: ToneLevel;
  score: number;
  judged: boolean;
  positions: RoundPosition[];
  /** The message's own words; absent when the user turned text storage off. */
  text?: string;
  /**
   * The message says yes to a deal ("agreed", "works for us", "we accept"), not negated and not asked:
   * found when it is recorded, so a suggested status survives text storage being off.
   */
  agreement?: boolean;
}

/** A position one message states; offsets and reason let the current positions be rebuilt from rounds. */
export interface RoundPosition {
  kind: PositionKind;
  text: string;
  value?: MoneyValue | DeadlineValue;
  /** UTF-16 offsets of `text` in the message's own words. */
  start?: number;
  end?: number;
  /** The interest the text gives for it. */
  reason?: string;
}

export interface NegotiationRecord {
  /** `${site}:${threadId}` (utils/messaging.ts negotiationId). */
  id: string;
  site: Site;
  threadId: string;
  subject: string;
  /** Link that opens the thread in Gmail/Outlook. */
  url: string;
  /** The other side's people. */
  counterparts: Person[];
  /** Set by the user. */
  status: NegotiationStatus;
  /** Parley's suggestion for `status` from the latest rounds (agreement words, repeated refusals…). */
  suggestedStatus: NegotiationStatus | null;
  /** ISO 8601 of the first and the last message seen. */
  firstActivity: string;
  lastActivity: string;
  rounds: RoundRecord[];
  /** The other side's current positions, latest wins, with history (utils/analysis/thread.ts). */
  positions: CurrentPosition[];
  trend: Trend;
  /** The newest round of the other side was hostile. */
  hostile: boolean;
  /** Earliest deadline (YYYY-MM-DD) still ahead among the current positions, or null. */
  nextDeadline: string | null;
  /** Lower-cased subject, counterparts and (if stored) text, for search. */
  searchText: string;
}

/** What a list of negotiations shows of each (read from the compact search rows, never the rounds). */
export type NegotiationSummary = Pick<
  NegotiationRecord,
  'id' | 'subject' | 'lastActivity' | 'status' | 'hostile' | 'trend' | 'nextDeadline' | 'counterparts'
>;

/** A reply the user sent through Parley's Send check. */
export interface SentReplyRecord {
  id: string;
  negotiationId: string;
  /** ISO 8601 local time of sending. */
  date: string;
  /** Absent when text storage is off. */
  text?: string;
  /** Kinds of the findings the user sent anyway. */
  findings: FindingKind[];
  /** Commitments this reply made. */
  commitmentIds: string[];
}

export interface CommitmentRecord extends Commitment {
  /** ISO 8601: when it was made (the sent reply's date). */
  createdAt: string;
  /** The sent reply it came from, if any. */
  replyId?: string;
}

export interface Settings {
  /** Keep message text (else only the analysis). Default true. */
  storeText: boolean;
  /** Send check sensitivity. Default 'lenient'. */
  sensitivity: Sensitivity;
  /** Negotiation ids the user said not to check again. */
  ignoredThreads: string[];
  profile: UserProfile | null;
  /**
   * The user's own wording for reply drafts: group → slot → variants, the user-extension shape
   * `mergePhrases` (utils/analysis/phrases.ts) accepts. Added after Parley's own wording, never
   * replacing it. Absent when the user added none.
   */
  phrases?: UserPhrases;
}

/** The user's additions to the phrase bank (each entry checked with `validatePhrase` before it is kept). */
export type UserPhrases = Partial<Record<PhraseGroup, Record<string, PhraseEntry[]>>>;

/** A failure inside Parley, kept for diagnostics (never mail text). */
export interface FailureRecord {
  id?: number;
  date: string;
  where: string;
  message: string;
}

export type { Fact, Recourse };

/** The JSON file "Export" writes and "Import" reads (everything, or one negotiation). */
export interface ExportFile {
  format: 'parley-export';
  /** Export format version (not the database schema version). */
  version: 1;
  exportedAt: string;
  negotiations: NegotiationRecord[];
  sentReplies: SentReplyRecord[];
  commitments: CommitmentRecord[];
  /** Absent in a one-negotiation export. */
  facts?: Fact[];
  recourses?: Recourse[];
  settings?: Settings;
}
