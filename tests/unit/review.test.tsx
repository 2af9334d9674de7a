import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Review, type ReviewState } from '../../components/Review';
import type { Finding } from '../../utils/analysis/types';
import { createStore } from '../../utils/store';

const DRAFT = 'This is ridiculous. Please send the corrected invoice by Friday.';
const CONTEMPT: Finding = {
  kind: 'contempt',
  start: 8,
  end: 18,
  text: 'ridiculous',
  message: 'Calling their position ridiculous makes them defend it.',
  suggestion: 'not what we agreed',
};

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

function mount(state: ReviewState | null) {
  const store = createStore<ReviewState | null>(state);
  const handlers = {
    onApply: vi.fn(),
    onEdit: vi.fn(),
    onSendAnyway: vi.fn(),
    onIgnoreThread: vi.fn(),
  };
  render(<Review state={store} {...handlers} />, host);
  return { store, ...handlers };
}

const button = (name: string) =>
  [...host.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;

describe('the Send review dialog', () => {
  it('has focus on Edit in the same task that shows it, so an Esc pressed at once reaches it', () => {
    mount({ draft: DRAFT, findings: [CONTEMPT], canIgnoreThread: true });
    // No await: the dialog must own the keyboard before the page can run anything else.
    expect(document.activeElement).toBe(button('Edit'));
  });

  it('Esc edits, and no key inside the dialog reaches the mail site', () => {
    const { onEdit } = mount({ draft: DRAFT, findings: [CONTEMPT], canIgnoreThread: true });
    const site = vi.fn();
    document.addEventListener('keydown', site);
    try {
      button('Edit').dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      button('Send anyway').dispatchEvent(new KeyboardEvent('keydown', { key: 'c', bubbles: true }));
    } finally {
      document.removeEventListener('keydown', site);
    }
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(site).not.toHaveBeenCalled();
  });

  it('names itself, shows each finding with its words and fix, and wires its buttons', () => {
    const { onApply, onSendAnyway, onIgnoreThread } = mount({
      draft: DRAFT,
      findings: [CONTEMPT],
      canIgnoreThread: true,
    });
    const dialog = host.querySelector('[role="dialog"]')!;
    expect(dialog.getAttribute('aria-label')).toBe('Parley: before you send');
    expect(host.querySelector('mark')?.textContent).toBe('ridiculous');
    expect(host.querySelector('.fix-text')?.textContent).toBe('not what we agreed');
    button('Apply suggestion').click();
    expect(onApply).toHaveBeenCalledWith(CONTEMPT);
    button('Send anyway').click();
    expect(onSendAnyway).toHaveBeenCalledTimes(1);
    button('Don’t check this thread again').click();
    expect(onIgnoreThread).toHaveBeenCalledTimes(1);
  });

  it('renders nothing when closed, and offers no thread opt-out without a conversation', () => {
    let store = createStore<ReviewState | null>(null);
    act(() => {
      store = mount(null).store; // inside act: the store subscription (an effect) starts at once
    });
    expect(host.innerHTML).toBe('');
    act(() => store.set({ draft: DRAFT, findings: [CONTEMPT], canIgnoreThread: false }));
    expect(host.querySelector('[role="dialog"]')).not.toBeNull();
    expect(button('Don’t check this thread again')).toBeUndefined();
    expect(document.activeElement).toBe(button('Edit'));
  });
});
