/**
 * The active tab, which the popup asks for as it opens (to offer "Analyze this page" or say Parley
 * works on this mail tab by itself). Apart from analyze-page.ts, which is loaded only when the user asks.
 */
export type ActiveTab = { id?: number; url?: string; title?: string };

export async function activeTab(): Promise<ActiveTab | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ?? null;
}
