/**
 * The one typed protocol between Parley's content scripts and its background service worker. Mail
 * pages never run the thread analysis or touch the database themselves: the background owns both
 * (IndexedDB opened in a content script would belong to the mail site's origin), and the page only
 * reads, renders and checks drafts.
 */
import type { Message, Person, Site } from './mail/types';
import { LIMITS } from './db/validate';
import type { ThreadAnalysis } from './analysis/thread';
import type {
  Commitment,
  Fact,
  FindingKind,
  Recourse,
  Sensitivity,
  Suggestion,
  UserProfile,
} from './analysis/types';

/** Which conversation a request is about. The negotiation's id is `${site}:${threadId}`. */
export interface ThreadMeta {
  site: Site;
  threadId: string;
  subject: string;
  url: string;
}

export const negotiationId = (meta: Pick<ThreadMeta, 'site' | 'threadId'>): string =>
  `${meta.site}:${meta.threadId}`;

/** What a Send check and the drafts need from the user's stored data, for one conversation. */
export interface ComposeContext {
  facts: Fact[];
  recourses: Recourse[];
  /** The user's commitments in this negotiation (open and done). */
  commitments: Commitment[];
  profile: UserProfile | null;
  sensitivity: Sensitivity;
  /** False when the user chose "don't check this thread again". */
  checkThread: boolean;
}

export type ParleyRequest =
  /** Analyze the open thread; with `meta`, also record it as a negotiation and draft suggestions. */
  | { type: 'analyze-thread'; messages: Message[]; meta?: ThreadMeta }
  /**
   * The user's facts, recourses, commitments and settings for a conversation (Send check); with an
   * empty `threadId`, for a new message outside any conversation (no commitments).
   */
  | { type: 'get-context'; meta: Pick<ThreadMeta, 'site' | 'threadId'> }
  /** A reply was sent: store it and the commitments it makes. */
  | {
      type: 'record-sent';
      meta: ThreadMeta;
      text: string;
      /** ISO 8601 local time of sending. */
      date: string;
      to: Person[];
      /** Kinds of the findings the user sent anyway (no text). */
      findings: FindingKind[];
    }
  /** "Don't check this thread again". */
  | { type: 'ignore-thread'; meta: Pick<ThreadMeta, 'site' | 'threadId'> }
  /** Keep a fact picked from the thread (an amount or date the panel found). */
  | { type: 'add-fact'; fact: Omit<Fact, 'id'> }
  /** A failure inside Parley, kept locally for diagnostics (never mail text). */
  | { type: 'record-failure'; where: string; message: string }
  /** Load the Send check's code (checker.js) into the asking tab's content-script world. */
  | { type: 'load-checker' };

type Failure = { ok: false; error: string };

export interface ParleyResponses {
  'analyze-thread':
    | { ok: true; analysis: ThreadAnalysis; suggestions: Suggestion[]; context: ComposeContext | null }
    | Failure;
  'get-context': { ok: true; context: ComposeContext } | Failure;
  'record-sent': { ok: true; commitments: Commitment[] } | Failure;
  'ignore-thread': { ok: true } | Failure;
  'add-fact': { ok: true; fact: Fact } | Failure;
  'record-failure': { ok: true } | Failure;
  'load-checker': { ok: true } | Failure;
}

export type ParleyResponse<R extends ParleyRequest> = ParleyResponses[R['type']];

const TYPES = new Set<string>([
  'analyze-thread',
  'get-context',
  'record-sent',
  'ignore-thread',
  'add-fact',
  'record-failure',
  'load-checker',
]);

/** A message shaped like one of Parley's requests (its fields are validated by the handler). */
export function isParleyRequest(value: unknown): value is ParleyRequest {
  if (typeof value !== 'object' || value === null) return false;
  const type = (value as { type?: unknown }).type;
  return typeof type === 'string' && TYPES.has(type);
}

/**
 * The one message the background sends to a mail tab: "is a live Parley running here?". Only a content
 * script of the running extension can answer (one orphaned by an update or reload no longer hears the
 * background), so an answer means the tab needs nothing re-injected.
 */
export const ALIVE_PING = { type: 'parley:alive?' } as const;
export type AliveAnswer = { alive: true };

export const isAlivePing = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && (value as { type?: unknown }).type === ALIVE_PING.type;

/**
 * The thread as the background accepts it: a message longer than the background reads is cut (and
 * marked partial, as a collapsed one is), and a thread longer than that keeps its newest messages.
 * Without this, one huge pasted message would leave the whole conversation unanalysed.
 */
export function withinLimits(messages: Message[]): Message[] {
  return messages
    .slice(-LIMITS.messagesPerThread)
    .map((m) =>
      m.text.length > LIMITS.messageText
        ? { ...m, text: m.text.slice(0, LIMITS.messageText), partial: true }
        : m,
    );
}

/** Longest Parley waits for the background (a sleeping service worker takes ~100 ms to wake). */
export const REQUEST_TIMEOUT_MS = 3000;

/**
 * `promise`, or what `onTimeout` gives if it has not settled within `ms` (`onTimeout` may throw, and the
 * result then rejects). The timer is cleared either way.
 */
export async function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<T>((resolve, reject) => {
    timer = setTimeout(() => {
      try {
        resolve(onTimeout());
      } catch (err) {
        reject(err);
      }
    }, ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Sends a request to the background; rejects on timeout or when the extension was reloaded. */
export async function request<R extends ParleyRequest>(req: R): Promise<ParleyResponse<R>> {
  return withTimeout(
    browser.runtime.sendMessage(req) as Promise<ParleyResponse<R>>,
    REQUEST_TIMEOUT_MS,
    () => {
      throw new Error('Parley’s background did not answer in time');
    },
  );
}
