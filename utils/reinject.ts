/** Re-runs the content scripts in mail tabs that were open before an install or update. */
import type { ScriptPublicPath } from '#imports';

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

export async function reinjectIntoOpenMailTabs(): Promise<void> {
  for (const { patterns, file } of TARGETS) {
    let tabs: { id?: number }[] = [];
    try {
      tabs = await browser.tabs.query({ url: patterns });
    } catch {
      continue;
    }
    for (const tab of tabs) {
      if (tab.id === undefined) continue;
      // A tab that is discarded or still loading refuses; it gets the script on its next load anyway.
      await browser.scripting
        .executeScript({ target: { tabId: tab.id }, files: [file] })
        .catch(() => undefined);
    }
  }
}
