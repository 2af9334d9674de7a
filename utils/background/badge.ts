/**
 * The toolbar badge: how many open commitments are due today or overdue (empty when none). The
 * background sets it when it starts, after writes that add commitments, whenever the database changes
 * while it runs (Dexie's liveQuery also sees the popup's and options page's writes), and once a day
 * just after midnight, when commitments due "tomorrow" become due "today".
 */
import { liveQuery } from 'dexie';
import { localDay, msUntilMidnight } from '../dates';
import { dueCount } from '../db/repo';
import type { ParleyDB } from '../db/schema';

export const BADGE_ALARM = 'parley-due-badge';
const BADGE_COLOR = '#b3261e';

/** The badge text for a count: empty for none, "99+" beyond two digits. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

/** The toolbar action (MV3 `action`, Firefox MV2 `browserAction`). */
const toolbar = () => browser.action ?? browser.browserAction;

export async function showDueCount(count: number): Promise<void> {
  const action = toolbar();
  await action.setBadgeText({ text: badgeText(count) });
  if (count > 0) await action.setBadgeBackgroundColor({ color: BADGE_COLOR });
}

/** Counts what is due today and shows it; usable from any extension page (popup, options, background). */
export async function refreshBadge(db: ParleyDB, today = localDay()): Promise<number> {
  const count = await dueCount(db, today);
  await showDueCount(count);
  return count;
}

/**
 * Recount every day just after local midnight. Alarms outlive the service worker's sleep but not always
 * a browser restart, so this runs at every start and creates the alarm only when it is missing.
 */
export async function scheduleDailyBadge(now = new Date()): Promise<void> {
  if (await browser.alarms.get(BADGE_ALARM)) return;
  await browser.alarms.create(BADGE_ALARM, {
    when: now.getTime() + msUntilMidnight(now) + 5_000,
    periodInMinutes: 24 * 60,
  });
}

/** Keeps the badge in step with the database while this context runs; returns the unsubscribe. */
export function watchBadge(db: ParleyDB, onError: (err: unknown) => void): () => void {
  const subscription = liveQuery(() => dueCount(db, localDay())).subscribe({
    next: (count) => void showDueCount(count).catch(onError),
    error: onError,
  });
  return () => subscription.unsubscribe();
}
