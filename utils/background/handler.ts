/**
 * The background's answers to content-script requests (see utils/messaging.ts). Every request is
 * checked field by field and answered asynchronously; nothing throws out of here: failures become
 * `{ ok: false, error }`, so a mail page always gets an answer it can handle.
 */
import type { Browser } from 'wxt/browser';
import { draftReplies } from '../analysis/draft';
import { DEFAULT_PHRASES, mergePhrases, type PhraseBank } from '../analysis/phrases';
import { analyzeThread } from '../analysis/thread';
import type { Commitment, Suggestion } from '../analysis/types';
import { addFact, contextFor, getSettings, ignoreThread, recordFailure, recordThread } from '../db/repo';
import { recordSent } from '../db/sent';
import type { ParleyDB } from '../db/schema';
import {
  isParleyRequest,
  negotiationId,
  type ComposeContext,
  type ParleyRequest,
  type ParleyResponses,
} from '../messaging';
import type { UserPhrases } from '../db/types';
import { Invalid, checkRequest } from './requests';

export interface HandlerDeps {
  /** The database, opened on first use (the handler calls this only for requests that need it). */
  db: () => ParleyDB;
  /** Called after a write that can change which commitments are due (the toolbar badge). */
  onDueChanged?: () => unknown;
  /** Loads the Send check into the asking tab (needs the sender: which tab and frame). */
  loadChecker?: (sender: Browser.runtime.MessageSender) => Promise<ParleyResponses['load-checker']>;
}

export type AnyResponse = ParleyResponses[keyof ParleyResponses];

/** Answers a request: undefined (synchronously) when the message is not one of Parley's requests. */
export type RequestHandler = (
  message: unknown,
  sender?: Browser.runtime.MessageSender,
) => Promise<AnyResponse> | undefined;

const errorText = (err: unknown): string =>
  err instanceof Invalid
    ? `invalid request: ${err.path} ${err.problem}`
    : String((err as Error)?.message ?? err) || 'unknown error';

/**
 * The wording drafts use: Parley's own, extended with the user's ("Your own wording" in the options
 * page) when they added some. Entries that fail the drafter's checks are left out by `mergePhrases`,
 * so wording stored by an older Parley with other rules can never reach a reply.
 */
export function phrasesFor(user: UserPhrases | undefined): PhraseBank | undefined {
  if (!user || !Object.keys(user).length) return undefined;
  return mergePhrases(DEFAULT_PHRASES, user).bank;
}

export function createHandler(deps: HandlerDeps): RequestHandler {
  /** Keeps a failure without letting the report itself fail the request. */
  const keepFailure = async (where: string, err: unknown) => {
    try {
      await recordFailure(deps.db(), where, errorText(err));
    } catch {
      // The database itself is failing: nothing more to do here.
    }
  };

  async function analyze(req: Extract<ParleyRequest, { type: 'analyze-thread' }>) {
    const analysis = analyzeThread({ messages: req.messages });
    const { meta, messages } = req;
    if (!meta || messages.length === 0) {
      return { ok: true as const, analysis, suggestions: [], context: null };
    }
    // The analysis is what the panel needs most: recording or drafting failing must not lose it.
    let context: ComposeContext | null = null;
    let phrases: PhraseBank | undefined;
    try {
      await recordThread(deps.db(), meta, messages, analysis);
      context = await contextFor(deps.db(), negotiationId(meta));
      phrases = phrasesFor((await getSettings(deps.db())).phrases);
    } catch (err) {
      await keepFailure('background:record-thread', err);
    }
    let suggestions: Suggestion[] = [];
    try {
      suggestions = draftReplies(
        {
          thread: { subject: meta.subject, messages },
          facts: context?.facts ?? [],
          recourses: context?.recourses ?? [],
          commitments: context?.commitments ?? [],
          user: context?.profile ?? undefined,
        },
        phrases ? { phrases } : {},
      ).suggestions;
    } catch (err) {
      await keepFailure('background:draft', err);
    }
    return { ok: true as const, analysis, suggestions, context };
  }

  async function answer(req: ParleyRequest, sender?: Browser.runtime.MessageSender): Promise<AnyResponse> {
    switch (req.type) {
      case 'analyze-thread':
        return analyze(req);
      case 'get-context':
        return { ok: true, context: await contextFor(deps.db(), negotiationId(req.meta)) };
      case 'record-sent': {
        const made = await recordSent(deps.db(), req.meta, {
          text: req.text,
          date: req.date,
          to: req.to,
          findings: req.findings,
        });
        if (made.length) await deps.onDueChanged?.();
        const commitments = made.map(({ id, negotiationId, text, due, done }): Commitment => ({
          id,
          negotiationId,
          text,
          due,
          done,
        }));
        return { ok: true, commitments };
      }
      case 'ignore-thread':
        await ignoreThread(deps.db(), negotiationId(req.meta));
        return { ok: true };
      case 'add-fact':
        return { ok: true, fact: await addFact(deps.db(), req.fact) };
      case 'record-failure':
        await recordFailure(deps.db(), req.where, req.message);
        return { ok: true };
      case 'load-checker':
        if (!deps.loadChecker || sender?.tab?.id === undefined)
          return { ok: false, error: 'the Send check loads only into a mail tab' };
        return deps.loadChecker(sender);
    }
  }

  return (message, sender) => {
    if (!isParleyRequest(message)) return undefined;
    return (async (): Promise<AnyResponse> => {
      try {
        return await answer(checkRequest(message), sender);
      } catch (err) {
        if (!(err instanceof Invalid) && message.type !== 'record-failure') {
          await keepFailure(`background:${message.type}`, err);
        }
        return { ok: false, error: errorText(err) };
      }
    })();
  };
}
