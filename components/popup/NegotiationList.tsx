/**
 * The saved negotiations, newest activity first, with search and filters. Only one page is read, by
 * index, and only the compact search rows (`listSummaries`), never a record's rounds: the popup stays
 * fast with 10,000 negotiations. "Show more" reads the next page.
 *
 * Until the database code is loaded (`db` null), the unfiltered list shows `firstPage`, the same rows
 * read by plain IndexedDB (utils/popup/first-page.ts); the live query then takes over with the same
 * items in the same order, so nothing on screen moves.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ParleyDB } from '@/utils/db/schema';
import type { NegotiationStatus, NegotiationSummary } from '@/utils/db/types';
import { listSummaries } from '@/utils/db/repo';
import { PAGE_SIZE } from '@/utils/popup/first-page';
import { useLive, useThrottled, type Live } from '@/utils/popup/live';
import {
  activityText,
  counterpartText,
  deadlineText,
  STATUS_LABEL,
  STATUSES,
  TREND_LABEL,
} from '@/utils/popup/format';

/** Searches run at most this often while typing (the first keystroke runs at once). */
const SEARCH_THROTTLE_MS = 120;

export interface ListFilters {
  query: string;
  status: NegotiationStatus | '';
  hostile: boolean;
  hasDeadline: boolean;
}

export const NO_FILTERS: ListFilters = { query: '', status: '', hostile: false, hasDeadline: false };

const TREND_ARROW = { cooling: '↘', heating: '↗', steady: '→', unknown: '' } as const;

export function NegotiationList({
  db,
  firstPage,
  today,
  filters,
  onFilters,
  onOpen,
}: {
  /** Null while the database code is still loading. */
  db: ParleyDB | null;
  /** The first PAGE_SIZE + 1 summaries of the unfiltered list, if they were read before `db` came. */
  firstPage?: NegotiationSummary[] | null;
  today: string;
  filters: ListFilters;
  onFilters(f: ListFilters): void;
  onOpen(id: string): void;
}) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const query = useThrottled(filters.query.trim(), SEARCH_THROTTLE_MS);
  const { status, hostile, hasDeadline } = filters;
  // A new search or filter starts again from the first page.
  useEffect(() => setLimit(PAGE_SIZE), [query, status, hostile, hasDeadline]);

  const live = useLive(
    db &&
      (() =>
        listSummaries(db, {
          query: query || undefined,
          status: status || undefined,
          hostile: hostile || undefined,
          hasDeadline: hasDeadline || undefined,
          // One more than shown tells whether there is a next page.
          limit: limit + 1,
          today,
        })),
    [db, query, status, hostile, hasDeadline, limit, today],
  );
  const filtered = !!(query || status || hostile || hasDeadline);
  // The early rows stand in only for what they are: the first page, unfiltered, before any live result.
  const list: Live<NegotiationSummary[]> =
    live.status === 'loading' && firstPage && !filtered && limit === PAGE_SIZE
      ? { status: 'ready', value: firstPage }
      : live;
  const set = (patch: Partial<ListFilters>) => onFilters({ ...filters, ...patch });

  return (
    <section class="negotiations" aria-labelledby="neg-title">
      <h2 id="neg-title" class="section-title">
        Negotiations
      </h2>
      <div class="filters">
        <input
          type="search"
          class="search"
          aria-label="Search negotiations"
          placeholder="Search subject, person or text"
          value={filters.query}
          onInput={(e) => set({ query: e.currentTarget.value })}
        />
        <div class="filter-row">
          <select
            aria-label="Status"
            value={status}
            onChange={(e) => set({ status: e.currentTarget.value as NegotiationStatus | '' })}
          >
            <option value="">Any status</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABEL[s]}
              </option>
            ))}
          </select>
          <label class="check">
            <input
              type="checkbox"
              checked={hostile}
              onChange={(e) => set({ hostile: e.currentTarget.checked })}
            />
            Hostile
          </label>
          <label class="check">
            <input
              type="checkbox"
              checked={hasDeadline}
              onChange={(e) => set({ hasDeadline: e.currentTarget.checked })}
            />
            Has deadline
          </label>
        </div>
      </div>
      <Results
        list={list}
        limit={limit}
        today={today}
        filtered={filtered}
        query={query}
        onOpen={onOpen}
        onMore={() => setLimit(limit + PAGE_SIZE)}
        onClear={() => onFilters(NO_FILTERS)}
      />
    </section>
  );
}

function Results({
  list,
  limit,
  today,
  filtered,
  query,
  onOpen,
  onMore,
  onClear,
}: {
  list: Live<NegotiationSummary[]>;
  limit: number;
  today: string;
  filtered: boolean;
  query: string;
  onOpen(id: string): void;
  onMore(): void;
  onClear(): void;
}) {
  if (list.status === 'loading') return <p class="quiet">Loading…</p>;
  if (list.status === 'error') {
    return (
      <p class="error" role="alert">
        Parley could not read its history: {list.error}
      </p>
    );
  }
  const rows = list.value.slice(0, limit);
  if (!rows.length && !filtered) {
    return (
      <div class="empty" data-parley="empty">
        <p class="empty-title">No negotiations yet</p>
        <p>
          Open a conversation in Gmail or Outlook on the web: Parley reads it there and keeps its history
          here: the other side’s positions, the tone over time, deadlines and what you promised.
        </p>
      </div>
    );
  }
  if (!rows.length) {
    return (
      <div class="empty" data-parley="empty" role="status">
        <p class="empty-title">{query ? `Nothing found for “${query}”` : 'Nothing matches these filters'}</p>
        <p>Search looks in subjects, people’s names and addresses, and stored message text.</p>
        <button type="button" onClick={onClear}>
          Clear search and filters
        </button>
      </div>
    );
  }
  return (
    <>
      <p class="sr-only" role="status">
        {filtered ? `${rows.length}${list.value.length > limit ? '+' : ''} found` : ''}
      </p>
      <ul class="neg-list" aria-labelledby="neg-title">
        {rows.map((n) => (
          <NegotiationItem key={n.id} n={n} today={today} onOpen={onOpen} />
        ))}
      </ul>
      {list.value.length > limit && (
        <button type="button" class="more" onClick={onMore}>
          Show more
        </button>
      )}
    </>
  );
}

function NegotiationItem({
  n,
  today,
  onOpen,
}: {
  n: NegotiationSummary;
  today: string;
  onOpen(id: string): void;
}) {
  return (
    <li class="neg" data-parley="negotiation" data-id={n.id}>
      <button type="button" class="neg-open" onClick={() => onOpen(n.id)}>
        <span class="neg-top">
          <span class="neg-subject" dir="auto">
            {n.subject || '(no subject)'}
          </span>
          <time class="neg-when" dateTime={n.lastActivity}>
            {activityText(n.lastActivity, today)}
          </time>
        </span>
        <span class="neg-meta">
          <span class="neg-who" dir="auto">
            {counterpartText(n.counterparts)}
          </span>
          <span class={`badge status-${n.status}`}>{STATUS_LABEL[n.status]}</span>
          {n.hostile && (
            <span class="badge hostile" title="Their latest message was hostile">
              Hostile
            </span>
          )}
          {n.trend !== 'unknown' && (
            <span class={`neg-trend trend-${n.trend}`} title={`Tone ${TREND_LABEL[n.trend]}`}>
              <span aria-hidden="true">{TREND_ARROW[n.trend]} </span>
              {TREND_LABEL[n.trend]}
            </span>
          )}
          {n.nextDeadline && <span class="neg-deadline">Deadline {deadlineText(n.nextDeadline, today)}</span>}
        </span>
      </button>
    </li>
  );
}
