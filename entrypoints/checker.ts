import { checkDraft } from '@/utils/analysis/check';
import type { Checker } from '@/utils/content/checker';

/** Warm-up drafts, smallest first: each step compiles more of the analysers while the user types. */
const WARM_UP = [
  'Thanks.',
  'Hi Dana, thank you for your patience. I will send the corrected invoice by Friday.',
  'This is ridiculous!!! You always blame us. We will take legal action unless the $4,800 from 3 March is paid. I am copying your manager.',
];

/**
 * The Send check's code, loaded into a mail tab only once a compose box is open (the background
 * injects it into the content script's isolated world on request). Keeping it out of the content
 * script keeps every mail page load small; the check itself then runs synchronously, in the page,
 * between the click on Send and the send. The first check of a fresh page costs several times a warm
 * one, so the analysers are warmed in small idle-time steps (no long task), never at Send.
 */
export default defineUnlistedScript(() => {
  const checker: Checker = { checkDraft };
  (globalThis as { parleyChecker?: Checker }).parleyChecker = checker;
  const idle = (fn: () => void) =>
    typeof requestIdleCallback === 'function'
      ? requestIdleCallback(fn, { timeout: 2000 })
      : setTimeout(fn, 50);
  const step = (i: number) => {
    if (i >= WARM_UP.length) return;
    idle(() => {
      const started = performance.now();
      try {
        checkDraft(WARM_UP[i], { sensitivity: 'strict' });
        performance.measure('parley:warm-up', { start: started, end: performance.now() });
      } catch {
        // Warming up is an optimisation; a real check reports its own failures.
      }
      step(i + 1);
    });
  };
  step(0);
  return true;
});
