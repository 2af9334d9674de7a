/**
 * The Send guard's decisions, in a DOM with a mock site whose own Send handlers record sends: clean
 * drafts pass untouched, reviewed drafts are held until "Send anyway" replays the site's own send
 * exactly once, keyboard paths are covered, and every failure inside Parley lets the mail go.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from '#imports';
import { gmailAdapter } from '../../utils/mail/gmail';
import { outlookAdapter } from '../../utils/mail/outlook';
import {
  installSendGuard,
  SEND_CHECK_BOUND_MS,
  type DraftCheck,
  type SendGuardOptions,
} from '../../utils/content/send-guard';
import type { ComposeBox, MailAdapter } from '../../utils/mail/types';
import type { CheckResult } from '../../utils/analysis/types';

const REVIEW: CheckResult = {
  verdict: 'review',
  findings: [{ kind: 'insult', start: 0, end: 5, text: 'idiot', message: 'Name-calling.' }],
};
const OK: CheckResult = { verdict: 'ok', findings: [] };

/** A ContentScriptContext good enough for the guard: listeners and timers, torn down after each test. */
function fakeContext() {
  const removers: (() => void)[] = [];
  const ctx = {
    isValid: true,
    addEventListener(
      target: EventTarget,
      type: string,
      handler: EventListener,
      options?: AddEventListenerOptions,
    ) {
      target.addEventListener(type, handler, options);
      removers.push(() => target.removeEventListener(type, handler, options));
    },
    setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms),
    onInvalidated: () => undefined,
  } as unknown as ContentScriptContext;
  return { ctx, dispose: () => removers.forEach((r) => r()) };
}

function gmailPage() {
  document.body.innerHTML = `
    <div class="M9"><div g_editable="true" contenteditable="true" role="textbox">draft</div>
      <div class="dC"><div role="button" class="T-I aoO" tabindex="1" id="send">Senden</div>
        <div role="button" class="T-I hG" aria-haspopup="true" id="more"></div></div></div>`;
  const sends: string[] = [];
  // Gmail's buttons act on mouseup after a mousedown on the same button; Ctrl+Enter in the box.
  let pressed: Element | null = null;
  document.addEventListener('mousedown', (e) => (pressed = (e.target as Element).closest('#send')));
  document.addEventListener('mouseup', (e) => {
    if (pressed && (e.target as Element).closest('#send') === pressed) sends.push('click');
    pressed = null;
  });
  document.addEventListener('keydown', (e) => {
    if (e.ctrlKey && e.key === 'Enter') sends.push('shortcut');
    else if ((e.target as Element).closest?.('#send') && e.key === 'Enter') sends.push('key');
  });
  return sends;
}

function outlookPage() {
  document.body.innerHTML = `
    <div role="region"><div role="textbox" contenteditable="true" aria-label="Message body">draft</div>
      <button id="send"><i data-icon-name="SendRegular"></i><span>Send</span></button>
      <button id="menu" aria-haspopup="true"></button></div>`;
  const sends: string[] = [];
  document.addEventListener('click', (e) => {
    if ((e.target as Element).closest('#send')) sends.push('click');
  });
  return sends;
}

function press(el: Element) {
  for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
    const Ctor =
      type.startsWith('pointer') && typeof PointerEvent !== 'undefined' ? PointerEvent : MouseEvent;
    el.dispatchEvent(new Ctor(type, { bubbles: true, cancelable: true, composed: true, button: 0 }));
  }
}

function setup(adapter: MailAdapter, check: SendGuardOptions['check']) {
  const { ctx, dispose } = fakeContext();
  const reviews: { box: ComposeBox; sendAnyway: () => boolean }[] = [];
  const sending: { draft: string; anyway: boolean }[] = [];
  const failures: string[] = [];
  installSendGuard(ctx, {
    adapter,
    check,
    review: (box, _checked, sendAnyway) => reviews.push({ box, sendAnyway }),
    sending: (_box, checked, anyway) => sending.push({ draft: checked.draft, anyway }),
    failure: (where, message) => failures.push(`${where}: ${message}`),
    isOwnUi: () => false,
  });
  return { reviews, sending, failures, dispose };
}

let cleanup: (() => void) | null = null;
beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup?.();
  cleanup = null;
  vi.useRealTimers();
  document.body.innerHTML = '';
});

const checked = (result: CheckResult | null): DraftCheck => ({ draft: 'draft', result });

describe.each([
  ['Gmail', gmailAdapter, gmailPage],
  ['Outlook', outlookAdapter, outlookPage],
] as const)('%s', (_name, adapter, page) => {
  it('a clean draft goes out untouched, exactly once', () => {
    const sends = page();
    const t = setup(adapter, () => checked(OK));
    cleanup = t.dispose;
    press(document.querySelector('#send')!);
    expect(sends).toEqual(['click']);
    expect(t.reviews).toHaveLength(0);
    expect(t.sending).toEqual([{ draft: 'draft', anyway: false }]);
  });

  it('a draft that needs review is held; "Send anyway" sends once through the site', () => {
    const sends = page();
    const t = setup(adapter, () => checked(REVIEW));
    cleanup = t.dispose;
    press(document.querySelector('#send span') ?? document.querySelector('#send')!);
    expect(sends).toEqual([]);
    vi.runAllTimers();
    expect(t.reviews).toHaveLength(1);
    expect(t.reviews[0].sendAnyway()).toBe(true);
    expect(sends).toEqual(['click']);
    expect(t.sending).toEqual([{ draft: 'draft', anyway: true }]);
  });

  it('the split button menu is never intercepted', () => {
    page();
    const check = vi.fn(() => checked(REVIEW));
    const t = setup(adapter, check);
    cleanup = t.dispose;
    press(document.querySelector('#more, #menu')!);
    expect(check).not.toHaveBeenCalled();
  });

  it('fails open when the check throws', () => {
    const sends = page();
    const t = setup(adapter, () => {
      throw new Error('boom');
    });
    cleanup = t.dispose;
    press(document.querySelector('#send')!);
    expect(sends).toEqual(['click']);
    expect(t.failures).toEqual(['send-check: boom']);
  });

  it(`fails open when the check takes longer than ${SEND_CHECK_BOUND_MS} ms`, () => {
    const sends = page();
    let now = 1000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const t = setup(adapter, () => {
      now += SEND_CHECK_BOUND_MS + 1;
      return checked(REVIEW);
    });
    cleanup = t.dispose;
    press(document.querySelector('#send')!);
    expect(sends).toEqual(['click']);
    expect(t.reviews).toHaveLength(0);
    expect(t.failures[0]).toMatch(/bound 300 ms/);
  });
});

describe('keyboard', () => {
  it('Ctrl+Enter in the editor is held for review, and passes when clean', () => {
    const sends = gmailPage();
    let result: CheckResult = REVIEW;
    const t = setup(gmailAdapter, () => checked(result));
    cleanup = t.dispose;
    const editor = document.querySelector('[contenteditable]')!;
    const ctrlEnter = () =>
      editor.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, cancelable: true }),
      );
    ctrlEnter();
    expect(sends).toEqual([]);
    vi.runAllTimers();
    expect(t.reviews).toHaveLength(1);
    result = OK;
    ctrlEnter();
    expect(sends).toEqual(['shortcut']);
  });

  it('Enter on a focused Send button is held for review', () => {
    const sends = gmailPage();
    const t = setup(gmailAdapter, () => checked(REVIEW));
    cleanup = t.dispose;
    const send = document.querySelector('#send')!;
    send.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    send.dispatchEvent(new KeyboardEvent('keyup', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(sends).toEqual([]);
    vi.runAllTimers();
    expect(t.reviews).toHaveLength(1);
  });

  it('Outlook’s Alt+S is a send shortcut too; Alt+S in Gmail is not', () => {
    outlookPage();
    const check = vi.fn(() => checked(REVIEW));
    const t = setup(outlookAdapter, check);
    const altS = new KeyboardEvent('keydown', {
      key: 's',
      code: 'KeyS',
      altKey: true,
      bubbles: true,
      cancelable: true,
    });
    document.querySelector('[contenteditable]')!.dispatchEvent(altS);
    expect(check).toHaveBeenCalledTimes(1);
    expect(altS.defaultPrevented).toBe(true);
    t.dispose();
    gmailPage();
    const gmailCheck = vi.fn(() => checked(REVIEW));
    cleanup = setup(gmailAdapter, gmailCheck).dispose;
    document
      .querySelector('[contenteditable]')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 's', code: 'KeyS', altKey: true, bubbles: true }));
    expect(gmailCheck).not.toHaveBeenCalled();
  });

  it('plain Enter in the editor is typing, not sending', () => {
    gmailPage();
    const check = vi.fn(() => checked(REVIEW));
    const t = setup(gmailAdapter, check);
    cleanup = t.dispose;
    document
      .querySelector('[contenteditable]')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    expect(check).not.toHaveBeenCalled();
  });
});
