/**
 * The Send check's interception. Every way of sending goes through one decision, made synchronously
 * inside the event that would send: a click (or the press that starts it) on a Send control — Send,
 * Send & archive, in any locale, in any open compose box — Ctrl/⌘+Enter (and the site's own send
 * shortcut, Outlook's Alt+S) in a compose box, and Enter/Space on a focused Send control.
 *
 * - A clean draft: the event is left alone, so the site sends exactly as it would without Parley.
 * - A draft that needs a review: the event is cancelled (only then), the review opens, and "Send
 *   anyway" replays a click on the site's own Send button, so the site sends through its own path.
 * - Fail open: if the check throws, cannot read the draft, or takes longer than SEND_CHECK_BOUND_MS,
 *   the event is left alone (the mail sends) and the failure is recorded for diagnostics.
 *
 * Schedule-send and the split button's menu are not Send controls (the adapters leave them out).
 */
import type { ContentScriptContext } from '#imports';
import type { CheckResult } from '@/utils/analysis/types';
import type { ComposeBox, MailAdapter } from '@/utils/mail/types';

/** Longest a check may take before Parley gives up and lets the mail go (it is measured in ms, not s). */
export const SEND_CHECK_BOUND_MS = 300;
/** A press and the click that completes it belong to one gesture if this close together. */
const GESTURE_MS = 3000;

export interface DraftCheck {
  /** The user's own words in the draft (quoted history and signature left out). */
  draft: string;
  /** Null when the draft is not checked (empty, checks off, or this thread is excluded). */
  result: CheckResult | null;
}

export interface SendGuardOptions {
  adapter: MailAdapter;
  /** Checks a compose box's draft, synchronously. May throw: the mail then sends unchecked. */
  check(box: ComposeBox): DraftCheck;
  /** Shows the review; `sendAnyway()` sends through the site's own Send button. */
  review(box: ComposeBox, checked: DraftCheck & { result: CheckResult }, sendAnyway: () => boolean): void;
  /** The site is about to send this draft (clean, unchecked, or sent anyway). */
  sending(box: ComposeBox, checked: DraftCheck, sentAnyway: boolean): void;
  failure(where: string, message: string): void;
  /** Elements of Parley's own UI: events inside them are never a send. */
  isOwnUi(el: Element): boolean;
}

type Gesture = { control: HTMLElement; block: boolean; at: number; seen: Set<string> };

const POINTER_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;
const STARTS = new Set(['pointerdown', 'mousedown', 'click']);

function targetOf(event: Event): Element | null {
  const target = event.composedPath()[0] ?? event.target;
  return target instanceof Element ? target : null;
}

export function installSendGuard(ctx: ContentScriptContext, options: SendGuardOptions): void {
  const { adapter } = options;
  let gesture: Gesture | null = null;
  let replaying = false;
  let blockedKey: string | null = null;

  /** True when the send must wait for the review. Never throws. */
  const decide = (box: ComposeBox): boolean => {
    const started = performance.now();
    let checked: DraftCheck;
    try {
      checked = options.check(box);
    } catch (err) {
      options.failure('send-check', String((err as Error)?.message ?? err));
      return false;
    }
    const took = performance.now() - started;
    try {
      performance.measure('parley:send-check', { start: started, end: started + took });
    } catch {
      // Timeline full or unavailable: not worth failing a send over.
    }
    if (took > SEND_CHECK_BOUND_MS) {
      options.failure(
        'send-check',
        `took ${Math.round(took)} ms (bound ${SEND_CHECK_BOUND_MS} ms): sent unchecked`,
      );
      checked = { draft: checked.draft, result: null };
    }
    const { result } = checked;
    if (!result || result.verdict === 'ok') {
      options.sending(box, checked, false);
      return false;
    }
    const reviewed = { draft: checked.draft, result };
    // Open the review after this event has been cancelled and has finished propagating.
    ctx.setTimeout(() => {
      try {
        options.review(box, reviewed, () => sendAnyway(box, reviewed));
      } catch (err) {
        // The review could not open: don't hold the mail hostage to Parley's failure.
        options.failure('review', String((err as Error)?.message ?? err));
        sendAnyway(box, reviewed);
      }
    }, 0);
    return true;
  };

  /** Replays a click on the site's own Send button, exactly once, past the guard. */
  const sendAnyway = (box: ComposeBox, checked: DraftCheck): boolean => {
    const current = adapter.composeOf(box.editor) ?? box;
    const button = current.send;
    if (!button?.isConnected) {
      options.failure('send-anyway', 'the Send button is gone');
      return false;
    }
    const rect = button.getBoundingClientRect();
    const init = {
      bubbles: true,
      cancelable: true,
      composed: true,
      view: window,
      button: 0,
      clientX: rect.left + rect.width / 2,
      clientY: rect.top + rect.height / 2,
    };
    options.sending(current, checked, true);
    replaying = true;
    try {
      for (const type of POINTER_EVENTS) {
        const event = type.startsWith('pointer')
          ? new PointerEvent(type, { ...init, pointerType: 'mouse', isPrimary: true })
          : new MouseEvent(type, { ...init, buttons: type === 'mousedown' ? 1 : 0 });
        button.dispatchEvent(event);
      }
    } finally {
      replaying = false;
    }
    return true;
  };

  const onPointer = (event: Event) => {
    if (replaying) return;
    const target = targetOf(event);
    if (!target || options.isOwnUi(target)) return;
    const control = adapter.sendControl(target);
    if (!control) return;
    const now = performance.now();
    const fresh =
      !gesture ||
      gesture.control !== control ||
      now - gesture.at > GESTURE_MS ||
      gesture.seen.has(event.type);
    if (fresh) {
      gesture = null;
      // A release without its press (the press was elsewhere) starts nothing.
      if (!STARTS.has(event.type)) return;
      const box = adapter.composeOf(control);
      if (!box) return;
      gesture = { control, block: decide(box), at: now, seen: new Set() };
    }
    gesture!.seen.add(event.type);
    if (gesture!.block) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
    if (event.type === 'click') gesture = null;
  };

  const onKey = (event: Event) => {
    if (replaying || !(event instanceof KeyboardEvent)) return;
    if (blockedKey !== null && event.type !== 'keydown' && event.key === blockedKey) {
      // The rest of a blocked key press (keypress, and keyup: Space activates buttons on release).
      event.preventDefault();
      event.stopImmediatePropagation();
      if (event.type === 'keyup') blockedKey = null;
      return;
    }
    if (event.type !== 'keydown' || event.isComposing) return;
    const target = targetOf(event);
    if (!target || options.isOwnUi(target)) return;
    const shortcut =
      ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key === 'Enter') ||
      adapter.isSendShortcut?.(event) === true;
    const activation =
      (event.key === 'Enter' || event.key === ' ') && !event.ctrlKey && !event.metaKey && !event.altKey;
    let box: ComposeBox | null = null;
    let control: HTMLElement | null = null;
    if (shortcut) box = adapter.composeOf(target);
    else if (activation) {
      control = adapter.sendControl(target);
      if (control) box = adapter.composeOf(control);
    }
    if (!box) return;
    if (event.repeat) {
      // Holding the keys down must not open the review twice or slip a send past it.
      if (blockedKey === event.key) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
      return;
    }
    const block = decide(box);
    if (block) {
      event.preventDefault();
      event.stopImmediatePropagation();
      blockedKey = event.key;
    } else if (control) {
      // The click this key press turns into is already checked.
      gesture = { control, block: false, at: performance.now(), seen: new Set(['pointerdown', 'mousedown']) };
    }
  };

  for (const type of POINTER_EVENTS) ctx.addEventListener(window, type, onPointer, { capture: true });
  for (const type of ['keydown', 'keypress', 'keyup'] as const) {
    ctx.addEventListener(window, type, onKey, { capture: true });
  }
}
