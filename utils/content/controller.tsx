/**
 * Runs Parley on a mail page: reads the open conversation through the provider adapter, follows the
 * single-page app from thread to thread, and keeps the panel in place. Every callback is guarded: a
 * failure inside Parley is recorded and swallowed, never thrown into the mail page.
 */
import { render } from 'preact';
import {
  createShadowRootUi,
  storage,
  type ContentScriptContext,
  type ShadowRootContentScriptUi,
} from '#imports';
import { Panel, type PanelState } from '@/components/Panel';
import type { MailAdapter, PageRead, Thread } from '@/utils/mail/types';
import { createStore } from '@/utils/store';
import {
  isAlivePing,
  negotiationId,
  request,
  withinLimits,
  type AliveAnswer,
  type ComposeContext,
} from '@/utils/messaging';
import type { ReplyActions } from '@/components/Suggestions';
import { metaOf, runCompose } from './compose-controller';
import { REVIEW_TAG } from './review-ui';
import { buildDiagnostics } from './diagnostics';
import { matchTheme } from './theme';

export const PANEL_TAG = 'parley-panel';
/** How long a conversation URL may show no readable conversation before we say so (it may be loading). */
export const UNREADABLE_GRACE_MS = 2500;
/** Mail apps render a thread in several mutations: read once they settle. */
const SETTLE_MS = 50;

const collapsedItem = storage.defineItem<boolean>('local:panelCollapsed', { fallback: false });

/** Errors inside Parley, kept for diagnostics (counts and messages only, never mail text). */
export const failures: { at: string; where: string; message: string }[] = [];

/** Failures reported to the background's diagnostics log per page (a storm is not worth keeping). */
let reported = 0;

/** Keeps a failure for "Copy diagnostics" and, best effort, in the extension's local failure log. */
function record(where: string, message: string): void {
  failures.push({ at: new Date().toISOString(), where, message });
  if (failures.length > 20) failures.shift();
  console.debug('[Parley]', where, message);
  if (reported++ < 20) {
    request({ type: 'record-failure', where, message: message.slice(0, 500) }).catch(() => undefined);
  }
}

export function guard<A extends unknown[]>(where: string, fn: (...args: A) => void): (...args: A) => void {
  return (...args: A) => {
    try {
      fn(...args);
    } catch (err) {
      record(where, String((err as Error)?.message ?? err));
    }
  };
}

function threadKey(thread: Thread): string {
  return [
    thread.threadId,
    thread.subject,
    ...thread.messages.map((m) => `${m.id}:${m.partial ? 'p' : 'f'}:${m.text.length}:${m.text.slice(0, 40)}`),
  ].join('|');
}

type Mode = 'panel' | 'notice';
type Anchor = { element: Element; append: 'before' | 'after' | 'first' | 'last' };

function place(host: Element, { element, append }: Anchor): void {
  if (append === 'before') element.before(host);
  else if (append === 'after') element.after(host);
  else if (append === 'first') element.prepend(host);
  else element.append(host);
}

export function runParley(ctx: ContentScriptContext, adapter: MailAdapter): void {
  // A previous instance (before an extension reload) may have left its host behind: take it away.
  document.querySelectorAll(`${PANEL_TAG}, ${REVIEW_TAG}`).forEach((el) => el.remove());

  const state = createStore<PanelState | null>(null);
  const collapsed = createStore(false);
  let ui: ShadowRootContentScriptUi<void> | null = null;
  let mode: Mode | null = null;
  let anchorEl: Element | null = null;
  let mounting = 0;
  let lastKey = '';
  let unreadableSince = 0;
  let dismissedUrl = '';
  let timer: number | undefined;
  /** The user's data for the open conversation, and for a new message (no conversation). */
  let threadContext: { id: string; context: ComposeContext } | null = null;
  let baseContext: ComposeContext | null = null;

  const currentThread = (): Thread | null => {
    const s = state.get();
    return s?.kind === 'thread' ? s.thread : null;
  };

  const loadBaseContext = () => {
    request({ type: 'get-context', meta: { site: adapter.site, threadId: '' } })
      .then((r) => {
        if (r.ok) baseContext = r.context;
        else record('context', r.error);
      })
      .catch((err: unknown) => record('context', String((err as Error)?.message ?? err)));
  };

  /**
   * The user may have changed their facts or settings in Parley's options (another tab) meanwhile:
   * fetch the context again when they come back to the mail tab, so the next Send uses the new one.
   */
  let contextLoadedAt = 0;
  const reloadContext = () => {
    // Coming back to the tab fires both `focus` and `visibilitychange`: fetch once.
    if (Date.now() - contextLoadedAt < 1000) return;
    contextLoadedAt = Date.now();
    loadBaseContext();
    const thread = currentThread();
    if (!thread) return;
    const id = negotiationId(thread);
    request({ type: 'get-context', meta: { site: thread.site, threadId: thread.threadId } })
      .then((r) => {
        if (r.ok && currentThread() && negotiationId(currentThread()!) === id)
          threadContext = { id, context: r.context };
      })
      .catch((err: unknown) => record('context', String((err as Error)?.message ?? err)));
  };

  /** Analyses the thread again (new facts, a sent reply, an ignored thread change the drafts and checks). */
  const refresh = () => {
    lastKey = '';
    loadBaseContext();
    schedule(0);
  };

  const isOwnUi = (el: Element) => {
    const root = el.getRootNode();
    return (
      !!el.closest(PANEL_TAG) ||
      (root instanceof ShadowRoot && root.host.nodeName.toLowerCase() === PANEL_TAG)
    );
  };

  const compose = runCompose(ctx, {
    adapter,
    thread: currentThread,
    context: (thread) =>
      thread
        ? threadContext?.id === negotiationId(thread)
          ? threadContext.context
          : baseContext
        : baseContext,
    refresh,
    failure: record,
    isOwnUi,
  });

  const actions: ReplyActions = {
    insert: (text) => compose.insert(text),
    copy: async (text) => {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
    addFact: async (fact) => {
      try {
        const r = await request({ type: 'add-fact', fact });
        if (!r.ok) {
          record('add-fact', r.error);
          return false;
        }
        refresh();
        return true;
      } catch (err) {
        record('add-fact', String((err as Error)?.message ?? err));
        return false;
      }
    },
  };

  collapsedItem
    .getValue()
    .then((v) => collapsed.set(v))
    .catch(() => undefined);

  const unmount = () => {
    mounting++;
    ui?.remove();
    ui = null;
    mode = null;
    anchorEl = null;
  };

  const mount = async (next: Mode, anchor: Anchor) => {
    const ticket = ++mounting;
    ui?.remove();
    ui = null;
    const created = await createShadowRootUi(ctx, {
      name: PANEL_TAG,
      position: 'inline',
      anchor: anchor.element,
      append: anchor.append,
      mode: 'open',
      // panel.css resets the host itself (without !important, so the page cannot be broken by it).
      inheritStyles: true,
      onMount(container) {
        render(
          <Panel
            state={state}
            collapsed={collapsed}
            onToggle={guard('toggle', (value: boolean) => {
              collapsed.set(value);
              collapsedItem.setValue(value).catch(() => undefined);
            })}
            onDismiss={guard('dismiss', () => {
              dismissedUrl = location.href;
              unmount();
            })}
            actions={actions}
          />,
          container,
        );
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
    if (ticket !== mounting || !ctx.isValid) return; // superseded while the styles loaded
    ui = created;
    const started = performance.now();
    // The theme check reads the page's computed styles: it is part of what mounting costs the page.
    // Read before the panel is in the page: read after it, they made the browser style the new panel
    // at once, inside this task (~1.5 ms of the page's main thread), instead of with the next frame.
    matchTheme(created.shadowHost, anchor.element);
    created.shadowHost.setAttribute('data-mode', next);
    created.mount();
    mode = next;
    anchorEl = anchor.element;
    performance.clearMeasures('parley:mount');
    performance.measure('parley:mount', { start: started, end: performance.now() });
  };

  const ensure = (next: Mode, anchor: Anchor) => {
    if (ui && mode === next) {
      if (!(ui.shadowHost.isConnected && anchorEl === anchor.element)) {
        // The app re-rendered the conversation: move the existing panel (cheap) instead of rebuilding it.
        place(ui.shadowHost, anchor);
        anchorEl = anchor.element;
      }
      return matchTheme(ui.shadowHost, anchor.element);
    }
    void mount(next, anchor).catch((err: unknown) => record('mount', String((err as Error)?.message ?? err)));
  };

  const update = guard('update', () => {
    if (!ctx.isValid) return;
    const started = performance.now();
    const read: PageRead = adapter.read(document, location.href);
    if (read.compose.present) compose.composeOpen();
    // Parley's share of the page's main thread, visible to `npm run bench` and the browser's profiler.
    // Only the latest is kept in the timeline (observers still see every one).
    performance.clearMeasures('parley:read');
    performance.measure('parley:read', { start: started, end: performance.now() });
    if (read.status === 'thread' && read.thread) {
      unreadableSince = 0;
      const key = threadKey(read.thread);
      if (key !== lastKey) {
        lastKey = key;
        const thread = read.thread;
        // Same conversation (a message arrived or was expanded): keep showing the previous analysis
        // until the new one comes, instead of flickering the positions away.
        const prev = state.get();
        const same = prev?.kind === 'thread' && prev.thread.threadId === thread.threadId;
        state.set({
          kind: 'thread',
          thread,
          analysis: same ? prev.analysis : undefined,
          suggestions: same ? prev.suggestions : undefined,
        });
        // Analysis runs in the background, which also records the negotiation and drafts replies;
        // the panel shows the thread now and the analysis when it comes.
        request({ type: 'analyze-thread', messages: withinLimits(thread.messages), meta: metaOf(thread) })
          .then((response) => {
            if (!ctx.isValid || lastKey !== key) return;
            if (!response.ok) return record('analysis', response.error);
            if (response.context) threadContext = { id: negotiationId(thread), context: response.context };
            state.set({
              kind: 'thread',
              thread,
              analysis: response.analysis,
              suggestions: response.suggestions,
            });
          })
          .catch((err: unknown) => record('analysis', String((err as Error)?.message ?? err)));
      }
      const anchor = adapter.panelAnchor(document);
      if (anchor) ensure('panel', anchor);
      return;
    }
    lastKey = '';
    if (read.status === 'unreadable' && adapter.urlShowsThread(location.href)) {
      const now = Date.now();
      if (!unreadableSince) unreadableSince = now;
      if (now - unreadableSince < UNREADABLE_GRACE_MS) {
        // Still loading, most likely: look again once the grace period is over.
        if (mode === 'panel') unmount();
        schedule(UNREADABLE_GRACE_MS - (now - unreadableSince) + 10);
        return;
      }
      if (dismissedUrl === location.href) return;
      state.set({
        kind: 'unreadable',
        site: adapter.site,
        diagnostics: () => buildDiagnostics(adapter, read, failures),
      });
      ensure('notice', { element: document.body, append: 'last' });
      return;
    }
    unreadableSince = 0;
    if (ui) unmount();
    state.set(null);
  });

  function schedule(delay = SETTLE_MS) {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(update, delay);
  }

  // Parley's own panel going in or out of the page is not a change of the conversation.
  const ours = (n: Node) => {
    const name = n.nodeName.toLowerCase();
    return name === PANEL_TAG || name === REVIEW_TAG;
  };
  const observer = new MutationObserver(
    guard('observe', (records: MutationRecord[]) => {
      const relevant = records.some(
        (r) => !(Array.from(r.addedNodes).every(ours) && Array.from(r.removedNodes).every(ours)),
      );
      if (relevant) schedule();
    }),
  );
  observer.observe(document.body, { childList: true, subtree: true });
  loadBaseContext();
  ctx.addEventListener(
    document,
    'visibilitychange',
    guard('visibility', () => {
      if (document.visibilityState === 'visible') reloadContext();
    }),
  );
  ctx.addEventListener(window, 'focus', guard('focus', reloadContext));
  ctx.addEventListener(
    window,
    'wxt:locationchange',
    guard('locationchange', () => schedule(0)),
  );
  // The background asks before re-injecting Parley into open tabs (after an install or update).
  // Answered synchronously through `sendResponse`, which every browser supports (a returned promise is not).
  const answerAlive = (message: unknown, _sender: unknown, sendResponse: (a: AliveAnswer) => void) => {
    if (isAlivePing(message) && ctx.isValid) sendResponse({ alive: true });
    return false;
  };
  browser.runtime.onMessage.addListener(answerAlive);
  ctx.onInvalidated(() => {
    browser.runtime.onMessage.removeListener(answerAlive);
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    try {
      ui?.remove();
    } catch {
      // The page may already have removed the host.
    }
    ui = null;
  });
  update();
}
