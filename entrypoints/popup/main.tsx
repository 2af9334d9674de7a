import { render } from 'preact';
import { Popup } from '@/components/Popup';
import type { ParleyDB } from '@/utils/db/schema';
import type { NegotiationSummary } from '@/utils/db/types';
import { PAGE_SIZE, readFirstPage, takeEarlyRead } from '@/utils/popup/first-page';
import '@/components/popup.css';

/** The first render waits this long at most for the first page; after it, the popup shows "Loading…". */
const FIRST_PAGE_WAIT_MS = 150;

/** Runs `task` once the next frame is out (or soon, should frames be held back, as in a hidden page). */
function afterNextPaint(task: () => void): void {
  let done = false;
  const once = () => {
    if (!done) task();
    done = true;
  };
  requestAnimationFrame(() => setTimeout(once, 0));
  setTimeout(once, 100);
}

/**
 * Paints the list before Dexie is loaded: the first page is read by plain IndexedDB, the popup renders
 * with it, and Dexie's chunk is loaded once that frame is painted (evaluating it would delay the
 * frame); the popup then renders again with the database, whose live queries take over showing the
 * same items. Dexie opens the database only after the early read has finished, so the two never race
 * over a database that does not exist yet.
 */
function main(root: HTMLElement): void {
  let firstPage: NegotiationSummary[] | null = null;
  let db: ParleyDB | null = null;
  const show = () => render(<Popup db={db} firstPage={firstPage} />, root);
  const loadDatabase = () =>
    import('@/utils/db/schema').then(
      ({ openParleyDb }) => {
        db = openParleyDb();
        show();
      },
      (err: unknown) => {
        // Without its database code the popup cannot work; say so where the lists would be.
        root.textContent = `Parley could not load: ${String((err as Error)?.message ?? err)}`;
      },
    );

  // A slow early read (a database being upgraded elsewhere) still shows the popup, "Loading…".
  const slow = setTimeout(show, FIRST_PAGE_WAIT_MS);
  // Usually already under way, started by first-page.js in the <head>.
  void (takeEarlyRead() ?? readFirstPage(PAGE_SIZE + 1)).then((rows) => {
    clearTimeout(slow);
    firstPage = rows;
    show();
    // Nothing painted from the early read (no database yet, or another version): Dexie at once.
    if (rows) afterNextPaint(loadDatabase);
    else void loadDatabase();
  });
}

main(document.getElementById('app')!);
