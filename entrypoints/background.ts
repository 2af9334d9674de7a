import { reinjectIntoOpenMailTabs } from '@/utils/reinject';
import { injectChecker } from '@/utils/background/checker';
import { createHandler } from '@/utils/background/handler';
import { BADGE_ALARM, refreshBadge, scheduleDailyBadge, watchBadge } from '@/utils/background/badge';
import { recordFailure } from '@/utils/db/repo';
import { openParleyDb, type ParleyDB } from '@/utils/db/schema';

export default defineBackground(() => {
  // One database connection per service worker, opened on first use.
  let db: ParleyDB | undefined;
  const getDb = () => (db ??= openParleyDb());
  const report = (where: string) => (err: unknown) =>
    void recordFailure(getDb(), where, String((err as Error)?.message ?? err)).catch(() => undefined);

  const updateBadge = () => refreshBadge(getDb()).catch(report('background:badge'));
  const handle = createHandler({ db: getDb, onDueChanged: updateBadge, loadChecker: injectChecker });

  // After an install or update, tabs that were already open still run the old (now orphaned) content
  // script, which has torn itself down. Put Parley back into them without reloading the mail site.
  browser.runtime.onInstalled.addListener(() => {
    void reinjectIntoOpenMailTabs();
  });

  // Requests from Parley's own content scripts only; answered asynchronously (hence `return true`).
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return false;
    const response = handle(message, sender);
    if (response === undefined) return false;
    void response.then(sendResponse);
    return true;
  });

  // The toolbar badge: what is due today, now, whenever the database changes while this worker runs
  // (the popup's writes included), and again after midnight.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === BADGE_ALARM) void updateBadge();
  });
  void scheduleDailyBadge().catch(report('background:alarm'));
  watchBadge(getDb(), report('background:badge'));
});
