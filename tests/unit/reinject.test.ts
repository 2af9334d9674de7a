import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reinjectIntoOpenMailTabs } from '@/utils/reinject';
import { ALIVE_PING } from '@/utils/messaging';

type Tab = { id?: number; url: string };

/** Open tabs; `alive` holds the ids whose Parley answers the background, `silent` those that never answer. */
function setUp(tabs: Tab[], alive: number[], silent: number[] = []) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockImplementation((async (q: { url: string[] }) =>
    tabs.filter((t) => q.url.some((p) => t.url.startsWith(p.replace('*', ''))))) as never);
  const pinged: number[] = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (id: number, message: unknown) => {
    pinged.push(id);
    expect(message).toEqual(ALIVE_PING);
    if (silent.includes(id)) return new Promise(() => undefined);
    if (alive.includes(id)) return { alive: true };
    throw new Error('Could not establish connection. Receiving end does not exist.');
  }) as never);
  const injected: { tabId: number; file: string }[] = [];
  (fakeBrowser as unknown as { scripting: unknown }).scripting = {
    executeScript: async (o: { target: { tabId: number }; files: string[] }) => {
      injected.push({ tabId: o.target.tabId, file: o.files[0] });
      if (o.target.tabId === 99) throw new Error('Cannot access contents of the page');
      return [];
    },
  };
  return { pinged, injected };
}

describe('re-injecting Parley into open mail tabs after an install or update', () => {
  beforeEach(() => fakeBrowser.reset());

  it('injects only where no live Parley answers, with each provider’s own script', async () => {
    const { pinged, injected } = setUp(
      [
        { id: 1, url: 'https://mail.google.com/mail/u/0/#inbox' },
        { id: 2, url: 'https://mail.google.com/mail/u/1/#inbox' },
        { id: 3, url: 'https://outlook.office.com/mail/' },
        { url: 'https://mail.google.com/mail/u/2/' },
      ],
      [2],
    );
    await reinjectIntoOpenMailTabs();
    expect(pinged.sort()).toEqual([1, 2, 3]);
    expect(injected).toEqual([
      { tabId: 1, file: '/content-scripts/gmail.js' },
      { tabId: 3, file: '/content-scripts/outlook.js' },
    ]);
  });

  it('a tab that never answers counts as having no Parley; a tab that refuses does not stop the others', async () => {
    vi.useFakeTimers();
    try {
      const { injected } = setUp(
        [
          { id: 99, url: 'https://mail.google.com/mail/u/0/' },
          { id: 7, url: 'https://mail.google.com/mail/u/3/' },
        ],
        [],
        [7],
      );
      const done = reinjectIntoOpenMailTabs();
      await vi.runAllTimersAsync();
      await done;
      expect(injected.map((i) => i.tabId)).toEqual([99, 7]);
    } finally {
      vi.useRealTimers();
    }
  });
});
