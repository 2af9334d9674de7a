/** Re-runs the content scripts in mail tabs that were open before an install or update. */
import type { ScriptPublicPath } from '#imports';
import { ALIVE_PING, withTimeout, type AliveAnswer } from './messaging';

const TARGETS: { patterns: string[]; file: ScriptPublicPath }[] = [
  { patterns: ['https://mail.google.com/*'], file: '/content-scripts/gmail.js' },
  {
    patterns: [
      'https://outlook.live.com/*',
      'https://outlook.office.com/*',
      'https://outlook.office365.com/*',
    ],
    file: '/content-scripts/outlook.js',
  },
];

/** How long a tab's Parley may take to answer before the tab counts as having none. */
const ALIVE_TIMEOUT_MS = 500;

/**
 * Whether the tab already runs this extension's Parley. On a first install the browser may start the
 * service worker after a mail tab has loaded with the declared content script: injecting again would
 * replace a working panel (it flickers away and back, and the user's open review is lost).
 */
function runsParley(tabId: number): Promise<boolean> {
  const answer = browser.tabs
    .sendMessage(tabId, ALIVE_PING)
    .then((r) => (r as AliveAnswer | undefined)?.alive === true)
    .catch(() => false); // no receiving end: nothing of ours listens in that tab
  return withTimeout(answer, ALIVE_TIMEOUT_MS, () => false);
}

export async function reinjectIntoOpenMailTabs(): Promise<void> {
  for (const { patterns, file } of TARGETS) {
    let tabs: { id?: number }[] = [];
    try {
      tabs = await browser.tabs.query({ url: patterns });
    } catch {
      continue;
    }
    for (const tab of tabs) {
      if (tab.id === undefined || (await runsParley(tab.id))) continue;
      // A tab that is discarded or still loading refuses; it gets the script on its next load anyway.
      await browser.scripting
        .executeScript({ target: { tabId: tab.id }, files: [file] })
        .catch(() => undefined);
    }
  }
}
