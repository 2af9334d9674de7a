/**
 * Everything Parley does with compose boxes: the Send check (interception in send-guard.ts, review in
 * review-ui.tsx), putting a suggested reply into the open compose box, and recording what was sent.
 * The check itself runs here, in the page, synchronously and in a few milliseconds: the user's facts,
 * recourses and commitments are fetched from the background beforehand, never while Send waits.
 */
import { storage, type ContentScriptContext } from '#imports';
import type { CheckContext, ThreadInput } from '@/utils/analysis/types';
import { localDateTime, localDay } from '@/utils/dates';
import { ownText } from '@/utils/mail/quotes';
import type { ComposeBox, MailAdapter, Thread } from '@/utils/mail/types';
import { negotiationId, request, type ComposeContext, type ThreadMeta } from '@/utils/messaging';
import type { InsertOutcome } from '@/components/Suggestions';
import { checker, loadChecker } from './checker';
import { insertIntoEditor, rememberSelection } from './editor';
import { createReviewUi } from './review-ui';
import { installSendGuard, type DraftCheck } from './send-guard';

/**
 * Test hook: `browser.storage.local.set({ parleyFaultInjection: 'send-check' })` makes the Send check
 * throw, so an end-to-end test can prove that a failure inside Parley still lets the mail go.
 */
const faultInjection = storage.defineItem<string>('local:parleyFaultInjection', { fallback: '' });

/** How long after a send Parley watches for the compose box to close before recording the reply. */
const CONFIRM_MS = 15_000;

export interface ComposeHost {
  adapter: MailAdapter;
  /** The conversation open in the page, if any. */
  thread(): Thread | null;
  /** The user's data for a conversation (null thread: a new message). Cached; may be null before it loads. */
  context(thread: Thread | null): ComposeContext | null;
  /** Asks the background for fresh context (after a send or an "ignore this thread"). */
  refresh(): void;
  failure(where: string, message: string): void;
  /** Parley's own UI elsewhere in the page (the panel). */
  isOwnUi(el: Element): boolean;
}

const PREFIX = /^\s*((re|aw|sv|vs|fw|fwd|wg|tr|rv|r|enc|odp|antw|ref)(\[\d+\])?\s*:\s*)+/i;
const bareSubject = (s: string) => s.replace(PREFIX, '').replace(/\s+/g, ' ').trim().toLowerCase();

export function metaOf(thread: Thread): ThreadMeta {
  return { site: thread.site, threadId: thread.threadId, subject: thread.subject, url: thread.url };
}

export function threadInput(thread: Thread): ThreadInput {
  return {
    subject: thread.subject,
    messages: thread.messages.map((m) => ({
      id: m.id,
      from: m.from,
      date: m.date,
      text: m.text,
      own: m.own,
    })),
  };
}

export interface ComposeFeatures {
  insert(text: string): InsertOutcome;
  /** A compose box is open: load the Send check's code (once). */
  composeOpen(): void;
}

export function runCompose(ctx: ContentScriptContext, host: ComposeHost): ComposeFeatures {
  const { adapter } = host;
  let fault = '';
  faultInjection
    .getValue()
    .then((v) => (fault = v))
    .catch(() => undefined);
  const unwatch = faultInjection.watch((v) => (fault = v ?? ''));
  ctx.onInvalidated(() => {
    try {
      unwatch();
    } catch {
      // The extension was reloaded: its storage API is gone along with the listener.
    }
  });

  const review = createReviewUi(ctx, (where, err) =>
    host.failure(where, String((err as Error)?.message ?? err)),
  );
  let lastFocused: HTMLElement | null = null;
  /** Conversations the user excluded from checks in this page ("don't check this thread again"). */
  const ignoredHere = new Set<string>();

  /** The open conversation this compose box replies to, if any (inline reply, or the same subject). */
  const threadOf = (box: ComposeBox): Thread | null => {
    const thread = host.thread();
    if (!thread) return null;
    const subject = bareSubject(adapter.composeSubject(box));
    return !subject || subject === bareSubject(thread.subject) ? thread : null;
  };

  const check = (box: ComposeBox): DraftCheck => {
    if (fault === 'send-check') throw new Error('fault injected into the Send check (test hook)');
    const draft = ownText(box.editor);
    if (!draft.trim()) return { draft, result: null };
    const thread = threadOf(box);
    const context = host.context(thread);
    if (thread && ignoredHere.has(negotiationId(thread))) return { draft, result: null };
    if (context && (context.sensitivity === 'off' || !context.checkThread)) return { draft, result: null };
    const loaded = checker();
    if (!loaded) {
      // The check's code is not in this tab yet (it loads when a compose box opens): fail open.
      host.failure('send-check', 'the checker had not loaded yet: sent unchecked');
      loadChecker((m) => host.failure('load-checker', m));
      return { draft, result: null };
    }
    const input: CheckContext = {
      sensitivity: context?.sensitivity ?? 'lenient',
      facts: context?.facts ?? [],
      recourses: context?.recourses ?? [],
      commitments: context?.commitments ?? [],
      today: localDay(),
      ...(context?.profile ? { user: context.profile } : {}),
      ...(thread ? { thread: threadInput(thread) } : {}),
    };
    return { draft, result: loaded.checkDraft(draft, input) };
  };

  /** Records the reply once the site has really sent it (the compose box closes or empties). */
  const confirmSent = (box: ComposeBox, checked: DraftCheck, findings: string[]) => {
    const thread = threadOf(box);
    if (!thread || !checked.draft.trim()) return;
    const to = adapter.recipients(box);
    const started = Date.now();
    const poll = () => {
      if (!ctx.isValid) return;
      const gone =
        !box.editor.isConnected || box.editor.getClientRects().length === 0 || !ownText(box.editor).trim();
      if (!gone) {
        if (Date.now() - started < CONFIRM_MS) ctx.setTimeout(poll, 250);
        return;
      }
      request({
        type: 'record-sent',
        meta: metaOf(thread),
        text: checked.draft,
        date: localDateTime(),
        to,
        findings: findings as never,
      })
        .then((r) => {
          if (!r.ok) host.failure('record-sent', r.error);
          host.refresh();
        })
        .catch((err: unknown) => host.failure('record-sent', String((err as Error)?.message ?? err)));
    };
    ctx.setTimeout(poll, 250);
  };

  installSendGuard(ctx, {
    adapter,
    check,
    isOwnUi: (el) => host.isOwnUi(el) || review.contains(el),
    failure: host.failure,
    sending: (box, checked, sentAnyway) => {
      const kinds = sentAnyway && checked.result ? checked.result.findings.map((f) => f.kind) : [];
      confirmSent(box, checked, [...new Set(kinds)]);
    },
    review: (box, checked, sendAnyway) => {
      const thread = threadOf(box);
      void review
        .show({
          box,
          checked,
          sendAnyway,
          recheck: () => check(box),
          ignoreThread: thread
            ? () => {
                // Effective at once, before the background's answer refreshes the stored context.
                ignoredHere.add(negotiationId(thread));
                request({ type: 'ignore-thread', meta: { site: thread.site, threadId: thread.threadId } })
                  .then(() => host.refresh())
                  .catch((err: unknown) => host.failure('ignore-thread', String(err)));
              }
            : undefined,
        })
        .catch((err: unknown) => {
          // The review could not be shown: the user asked to send, so send.
          host.failure('review', String((err as Error)?.message ?? err));
          sendAnyway();
        });
    },
  });

  // Where the caret was in each editor, so "Insert" puts a reply there.
  ctx.addEventListener(document, 'selectionchange', () => {
    // Fired on every caret move anywhere in the page: look for compose boxes only when typing in one.
    if (!(document.activeElement as HTMLElement | null)?.isContentEditable) return;
    try {
      const editors = adapter.composers(document).map((b) => b.editor);
      rememberSelection(editors);
      const active = editors.find((e) => e.contains(document.activeElement));
      if (active) lastFocused = active;
    } catch (err) {
      host.failure('selection', String((err as Error)?.message ?? err));
    }
  });

  const insert = (text: string): InsertOutcome => {
    try {
      const boxes = adapter.composers(document).filter((b) => b.editor.isConnected);
      if (!boxes.length) return 'no-compose';
      const thread = host.thread();
      const target =
        boxes.find((b) => b.editor === lastFocused) ??
        boxes.find((b) => thread && threadOf(b) === thread) ??
        boxes[0];
      return insertIntoEditor(target.editor, text) ? 'inserted' : 'failed';
    } catch (err) {
      host.failure('insert', String((err as Error)?.message ?? err));
      return 'failed';
    }
  };

  const composeOpen = () => loadChecker((m) => host.failure('load-checker', m));

  return { insert, composeOpen };
}
