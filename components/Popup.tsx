/**
 * The toolbar popup. Opens on what needs attention (commitments due, then negotiations by last activity),
 * with search and filters; a negotiation opens as a page inside the popup (Back or Esc returns to the
 * list where it was). "Analyze this page" stays available on sites other than Gmail and Outlook.
 *
 * First paint is what the popup is judged on, so its first bundle holds only the lists: the negotiation
 * page is a chunk of its own, fetched once the lists are on screen (or when a negotiation is opened,
 * if that comes first), and "Analyze this page" loads its reader on click. Even the database code
 * (Dexie) comes after: the popup first renders with `db` null and the list's first page read by plain
 * IndexedDB (`firstPage`, see utils/popup/first-page.ts), then again with the database, whose live
 * queries take over.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ParleyDB } from '@/utils/db/schema';
import type { NegotiationSummary } from '@/utils/db/types';
import { activeTab, type ActiveTab } from '@/utils/popup/active-tab';
import { todayIso } from '@/utils/popup/format';
import { errorText } from '@/utils/popup/live';
import { loadOnce } from '@/utils/popup/load-once';
import { DueList } from './popup/DueList';
import { NegotiationList, NO_FILTERS, type ListFilters } from './popup/NegotiationList';
import { AnalyzePage } from './popup/AnalyzePage';
import type { NegotiationPage as PageComponent } from './popup/NegotiationPage';

type PageProps = Parameters<typeof PageComponent>[0];
type LazyPageProps = Omit<PageProps, 'db'> & { db: ParleyDB | null };

/** The negotiation page's code, fetched once (a failed fetch is tried again next time). */
const loadPage = loadOnce<typeof PageComponent>(() =>
  import('./popup/NegotiationPage').then((m) => m.NegotiationPage),
);

/** Runs `task` when the browser is idle (after the first paint and the lists' queries), or soon. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(task, { timeout: 1000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 200);
  return () => clearTimeout(id);
}

export interface PopupProps {
  /** Null while the database code is still loading: lists show `firstPage` (or "Loading…") meanwhile. */
  db: ParleyDB | null;
  /** The negotiation list's first page, read before the database code was loaded (null: it could not be). */
  firstPage?: NegotiationSummary[] | null;
  /** Today's date `YYYY-MM-DD` (tests pin it). */
  today?: string;
  /** The active tab, for "Analyze this page" (tests stub it). */
  getTab?: () => Promise<ActiveTab | null>;
  openOptions?: () => void;
}

export function Popup({
  db,
  firstPage,
  today = todayIso(),
  getTab = activeTab,
  openOptions = () => void browser.runtime.openOptionsPage(),
}: PopupProps) {
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const [filters, setFilters] = useState<ListFilters>(NO_FILTERS);
  const lastOpened = useRef<string | null>(null);
  const home = useRef<HTMLDivElement>(null);
  const scroller = useRef<HTMLDivElement>(null);
  const listScroll = useRef(0);

  useEffect(() => {
    getTab()
      .then(setTab)
      .catch(() => setTab(null));
  }, [getTab]);

  const open = useCallback((id: string) => {
    lastOpened.current = id;
    listScroll.current = scroller.current?.scrollTop ?? 0;
    setOpenId(id);
  }, []);
  const back = useCallback(() => setOpenId(null), []);

  // Fetch the negotiation page's code ahead of the first click, once the popup is idle.
  useEffect(() => whenIdle(() => void loadPage().catch(() => undefined)), []);

  // Back on the list: focus returns to the negotiation that was opened (keyboard users keep their place).
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = openId === null ? listScroll.current : 0;
    if (openId !== null || !lastOpened.current) return;
    const item = home.current?.querySelector<HTMLElement>(
      `[data-parley="negotiation"][data-id="${CSS.escape(lastOpened.current)}"] button`,
    );
    item?.focus({ preventScroll: true });
  }, [openId]);

  return (
    <main class="popup">
      <header class="top">
        <span class="logo" aria-hidden="true">
          P
        </span>
        <h1>Parley</h1>
        <button type="button" class="link settings" onClick={openOptions}>
          Settings &amp; data
        </button>
      </header>

      <div class="scroll" ref={scroller}>
        {/* The list stays mounted under an open negotiation: search, filters and scroll survive Back. */}
        <div class="home" ref={home} hidden={openId !== null}>
          <AnalyzePage tab={tab} />
          <DueList db={db} today={today} onOpen={open} />
          <NegotiationList
            db={db}
            firstPage={firstPage}
            today={today}
            filters={filters}
            onFilters={setFilters}
            onOpen={open}
          />
        </div>
        {openId !== null && <LazyPage key={openId} db={db} id={openId} today={today} onBack={back} />}
      </div>

      <footer class="privacy">Everything Parley reads stays on this device. No servers, no analytics.</footer>
    </main>
  );
}

/**
 * The negotiation page, once its code and the database are here (at once when the code was fetched
 * ahead, as it usually is).
 */
function LazyPage({ db, ...props }: LazyPageProps) {
  const [Page, setPage] = useState<{ component: typeof PageComponent } | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    let current = true;
    loadPage().then(
      (component) => current && setPage({ component }),
      (err: unknown) => current && setError(errorText(err)),
    );
    return () => {
      current = false;
    };
  }, []);
  if (error) {
    return (
      <p class="error" role="alert">
        Parley could not open this negotiation: {error}{' '}
        <button type="button" class="link" onClick={props.onBack}>
          Back to the list
        </button>
      </p>
    );
  }
  if (!Page || !db) return <p class="quiet">Loading…</p>;
  return <Page.component db={db} {...props} />;
}
