/**
 * The first page of the popup's negotiation list, read with plain IndexedDB before Dexie is loaded.
 *
 * The popup is judged on how soon its list is on screen, and most of that time went into loading,
 * evaluating and opening Dexie (about 95 KB) before a single row could be read. This reader is a few
 * hundred bytes: it reads the same compact `search` rows `listSummaries` reads for an unfiltered list
 * (newest first, by the unique `order` index, one `getAll`), so the first paint shows exactly the items
 * the live query will show once Dexie has taken over.
 *
 * It never changes the database: it opens it without a version, so it cannot start an upgrade. When the
 * database does not exist yet (opening it would create it), the creation is aborted; when it is older
 * than the schema this reader knows, or anything fails, the answer is `null` and the popup waits for
 * Dexie, which creates or upgrades the database as usual.
 */
import type { NegotiationSummary } from '@/utils/db/types';
import type { SearchRow } from '@/utils/db/rows';

/** The database Dexie opens (`openParleyDb` in utils/db/schema.ts). */
export const DB_NAME = 'parley';
/**
 * The IndexedDB version of the schema these rows come from: Dexie stores `version(n)` as n × 10, and
 * list fields joined the search rows in schema version 3 (SCHEMA_VERSION; a unit test keeps them equal).
 * Any other version is left to Dexie: an older one still needs its upgrade, a newer one is unknown here.
 */
export const IDB_VERSION = 30;

/** How many negotiations the list shows at first (one more is read to know whether there are more). */
export const PAGE_SIZE = 25;

/**
 * Where the early script (entrypoints/first-page.ts, a classic script in the popup's <head>) leaves its
 * read, so that it runs while the popup's modules are still being fetched and compiled.
 */
export const EARLY_READ = 'parleyFirstPage';

/** The early script's read of the first page, if it ran; taken once (a second render reads again). */
export function takeEarlyRead(): Promise<NegotiationSummary[] | null> | undefined {
  const scope = globalThis as { [EARLY_READ]?: Promise<NegotiationSummary[] | null> };
  const early = scope[EARLY_READ];
  delete scope[EARLY_READ];
  return early;
}

const STORE = 'search';
const INDEX = 'order';

/**
 * The first `limit` negotiations, newest activity first, as `listSummaries(db, { limit })` returns them;
 * `null` when they cannot be read here (no database yet, another schema version, an error).
 */
export function readFirstPage(limit: number, name = DB_NAME): Promise<NegotiationSummary[] | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(name);
    } catch {
      resolve(null);
      return;
    }
    // Only fired when the database does not exist: opening it would create an empty one, which Dexie
    // would then take for a database of version 1. Aborting the creation leaves nothing behind (so the
    // IndexedDB spec; checked in Chromium and fake-indexeddb). No deleteDatabase "to be sure": the
    // background may create the database at this very moment, and a delete would remove its copy.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    request.onsuccess = () => {
      const db = request.result;
      try {
        if (db.version !== IDB_VERSION || !db.objectStoreNames.contains(STORE)) {
          resolve(null);
          return;
        }
        const get = db.transaction(STORE, 'readonly').objectStore(STORE).index(INDEX).getAll(null, limit);
        get.onsuccess = () => resolve(summaries(get.result as SearchRow[]));
        get.onerror = (event) => {
          event.preventDefault();
          resolve(null);
        };
      } catch {
        // A missing index (NotFoundError) or a closing database: Dexie will know better.
        resolve(null);
      } finally {
        // Closes once the read is done; never holds up an upgrade Dexie may start next.
        db.close();
      }
    };
  });
}

/** Rows as list summaries (the mapping of `listSummaries` in utils/db/repo.ts); null if one is malformed. */
function summaries(rows: SearchRow[]): NegotiationSummary[] | null {
  const out: NegotiationSummary[] = [];
  for (const r of rows) {
    if (typeof r?.id !== 'string' || !Array.isArray(r.counterparts) || typeof r.trend !== 'string')
      return null;
    out.push({
      id: r.id,
      subject: r.subject,
      lastActivity: r.lastActivity,
      status: r.status,
      hostile: r.hot === 1,
      trend: r.trend,
      nextDeadline: r.nextDeadline,
      counterparts: r.counterparts,
    });
  }
  return out;
}
