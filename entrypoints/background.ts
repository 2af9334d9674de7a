import { reinjectIntoOpenMailTabs } from '@/utils/reinject';
import { handleRequest } from '@/utils/background/handler';

export default defineBackground(() => {
  // After an install or update, tabs that were already open still run the old (now orphaned) content
  // script, which has torn itself down. Put Parley back into them without reloading the mail site.
  browser.runtime.onInstalled.addListener(() => {
    void reinjectIntoOpenMailTabs();
  });
  // Analysis runs here, off the mail page's main thread.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== browser.runtime.id) return false;
    const response = handleRequest(message);
    if (response === undefined) return false;
    sendResponse(response);
    return true;
  });
});
