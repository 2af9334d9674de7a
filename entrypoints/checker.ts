import { checkDraft } from '@/utils/analysis/check';
import type { Checker } from '@/utils/content/checker';

/**
 * The Send check's code, loaded into a mail tab only once a compose box is open (the background
 * injects it into the content script's isolated world on request). Keeping it out of the content
 * script keeps every mail page load small; the check itself then runs synchronously, in the page,
 * between the click on Send and the send.
 */
export default defineUnlistedScript(() => {
  const checker: Checker = { checkDraft };
  (globalThis as { parleyChecker?: Checker }).parleyChecker = checker;
  return true;
});
