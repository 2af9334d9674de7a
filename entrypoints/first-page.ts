import { EARLY_READ, PAGE_SIZE, readFirstPage } from '@/utils/popup/first-page';

/**
 * The popup's first read, started from a classic script in popup.html's <head> (a few hundred bytes,
 * no imports at run time), so that IndexedDB opens and reads the list's first page while the popup's
 * modules are still being fetched and compiled; main.tsx picks the promise up. Should this script fail
 * to load, main.tsx reads the page itself.
 */
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[EARLY_READ] = readFirstPage(PAGE_SIZE + 1);
});
