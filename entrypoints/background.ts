import { reinjectIntoOpenMailTabs } from '@/utils/reinject';

export default defineBackground(() => {
  // After an install or update, tabs that were already open still run the old (now orphaned) content
  // script, which has torn itself down. Put Parley back into them without reloading the mail site.
  browser.runtime.onInstalled.addListener(() => {
    void reinjectIntoOpenMailTabs();
  });
});
