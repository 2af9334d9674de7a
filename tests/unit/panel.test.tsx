import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Panel, type PanelState } from '../../components/Panel';
import { createStore } from '../../utils/store';
import type { Thread } from '../../utils/mail/types';

const thread: Thread = {
  site: 'gmail',
  threadId: 't1',
  subject: 'Invoice <b>INV-1</b>',
  url: 'https://mail.google.com/mail/u/0/#inbox/x',
  messages: [
    {
      id: 'm1',
      from: { name: 'Dana Ruiz', email: 'dana@x.example' },
      date: '2026-11-02T10:15:00',
      text: 'Refund <img src=x onerror=alert(1)> now',
      own: false,
      partial: false,
    },
    {
      id: 'm2',
      from: { name: 'Me', email: 'me@x.example' },
      date: null,
      text: 'Short preview…',
      own: true,
      partial: true,
    },
  ],
};

let host: HTMLElement;
afterEach(() => {
  render(null, host);
  host.remove();
});

function mount(initial: PanelState | null, collapsedInitially = false) {
  host = document.createElement('div');
  document.body.append(host);
  const state = createStore<PanelState | null>(initial);
  const collapsed = createStore(collapsedInitially);
  const onToggle = vi.fn((v: boolean) => collapsed.set(v));
  const onDismiss = vi.fn();
  act(() =>
    render(<Panel state={state} collapsed={collapsed} onToggle={onToggle} onDismiss={onDismiss} />, host),
  );
  return { state, collapsed, onToggle, onDismiss };
}

describe('Panel', () => {
  it('shows subject and each message with sender, date and text, as text', () => {
    mount({ kind: 'thread', thread });
    expect(host.querySelector('.subject')!.textContent).toBe('Invoice <b>INV-1</b>');
    const items = host.querySelectorAll('[data-parley="message"]');
    expect(items).toHaveLength(2);
    expect(items[0].querySelector('.sender')!.textContent).toBe('Dana Ruiz');
    expect(items[0].querySelector('time')!.getAttribute('datetime')).toBe('2026-11-02T10:15:00');
    expect(items[0].querySelector('.text')!.textContent).toBe('Refund <img src=x onerror=alert(1)> now');
    expect(host.querySelector('img')).toBeNull();
    expect(items[1].querySelector('.partial')).not.toBeNull();
    expect(items[1].querySelector('.own')).not.toBeNull();
  });

  it('collapses with a keyboard-reachable button that reports its state', () => {
    const { onToggle } = mount({ kind: 'thread', thread });
    const toggle = host.querySelector('button.toggle') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    act(() => toggle.click());
    expect(onToggle).toHaveBeenCalledWith(true);
    expect(host.querySelector('.messages')).toBeNull();
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
  });

  it('follows the store from thread to thread and disappears when there is none', () => {
    const { state } = mount({ kind: 'thread', thread });
    act(() =>
      state.set({
        kind: 'thread',
        thread: { ...thread, subject: 'Second', messages: thread.messages.slice(0, 1) },
      }),
    );
    expect(host.querySelector('.subject')!.textContent).toBe('Second');
    expect(host.querySelectorAll('[data-parley="message"]')).toHaveLength(1);
    act(() => state.set(null));
    expect(host.textContent).toBe('');
  });

  it('explains an unreadable layout and copies diagnostics', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { onDismiss } = mount({
      kind: 'unreadable',
      site: 'outlook',
      diagnostics: () => '{"selectors":[]}',
    });
    expect(host.textContent).toContain('Parley can’t read this conversation');
    expect(host.textContent).toContain('Outlook');
    const copy = Array.from(host.querySelectorAll('button')).find(
      (b) => b.textContent === 'Copy diagnostics',
    )!;
    await act(async () => copy.click());
    expect(writeText).toHaveBeenCalledWith('{"selectors":[]}');
    expect(host.textContent).toContain('no mail text');
    act(() => (host.querySelector('[aria-label^="Dismiss"]') as HTMLButtonElement).click());
    expect(onDismiss).toHaveBeenCalled();
  });
});

describe('Panel with analysis', () => {
  it('lists their positions with how amounts moved, tone badges, the trend, and shows where a position was said', async () => {
    const { analyzeThread } = await import('../../utils/analysis/thread');
    const t: Thread = {
      ...thread,
      messages: [
        {
          id: 'a',
          from: { name: 'Kim', email: 'kim@x.example' },
          date: '2026-03-03T09:00:00',
          own: false,
          partial: false,
          text: 'We need a credit of €5,000 for the delay. Could you confirm by Friday?',
        },
        {
          id: 'b',
          from: { name: 'Me', email: 'me@x.example' },
          date: '2026-03-04T09:00:00',
          own: true,
          partial: false,
          text: 'I can offer €2,000 now.',
        },
        {
          id: 'c',
          from: { name: 'Kim', email: 'kim@x.example' },
          date: '2026-03-10T09:00:00',
          own: false,
          partial: false,
          text: 'This is ridiculous. We now want €8,000 by March 13 or we cancel the contract!!!',
        },
      ],
    };
    mount({ kind: 'thread', thread: t, analysis: analyzeThread(t) });
    expect(host.querySelector('.positions')).not.toBeNull();
    const amount = Array.from(host.querySelectorAll('[data-parley="position"]')).find((li) =>
      li.querySelector('.kind')?.textContent?.startsWith('Amount'),
    )!;
    expect(amount.querySelector('.what')!.textContent).toBe('€8,000');
    expect(amount.querySelector('.history')!.textContent).toMatch(/5,000.*→.*8,000.* now/);
    const badges = Array.from(host.querySelectorAll('[data-parley="message"] .badge.tone')).map(
      (b) => b.textContent,
    );
    expect(badges).toEqual(['Calm', 'Calm', 'Hostile']);
    expect(host.querySelectorAll('.trend .dot')).toHaveLength(3);
    expect(host.querySelector('.trend-word')!.textContent).toBe('Heating up');
    act(() => (amount.querySelector('button') as HTMLButtonElement).click());
    expect(host.querySelector('mark.focus')!.textContent).toBe('€8,000');
    // Explanations of the hostile message's signals, after a line on what made it hostile.
    const hostile = host.querySelectorAll('[data-parley="message"]')[2];
    expect(hostile.querySelectorAll('.why li').length).toBeGreaterThan(0);
    expect(hostile.querySelector('.level-why')!.textContent).toMatch(/^Hostile mainly because of .*contempt/);
    expect(hostile.querySelector('.badge.tone')!.getAttribute('title')).toMatch(/mainly because of/);
    // A calm message has no such line.
    expect(host.querySelectorAll('[data-parley="message"]')[0].querySelector('.level-why')).toBeNull();
  });
});
