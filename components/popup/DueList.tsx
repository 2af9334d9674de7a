/** "Needs attention": the user's open commitments that are overdue or due within the week, soonest first. */
import { useId, useState } from 'preact/hooks';
import type { CommitmentRecord } from '@/utils/db/types';
import type { ParleyDB } from '@/utils/db/schema';
import { setCommitmentDone } from '@/utils/db/repo';
import { duePage } from '@/utils/popup/due';
import { errorText, useLive } from '@/utils/popup/live';
import { daysBetween, dueText } from '@/utils/popup/format';

/** Shown at first; "Show more" adds this many. */
const DUE_PAGE = 3;

export function DueList({
  db,
  today,
  onOpen,
}: {
  /** Null while the database code is still loading (nothing is shown until it is there). */
  db: ParleyDB | null;
  today: string;
  onOpen(id: string): void;
}) {
  const [limit, setLimit] = useState(DUE_PAGE);
  // The negotiation list below reads first: it is what the popup opens on (a few commitments,
  // read a frame later, join it at once).
  const due = useLive(db && (() => duePage(db, today, limit)), [db, today, limit], { afterPaint: true });
  const [error, setError] = useState('');
  if (due.status === 'error') {
    return (
      <p class="error" role="alert">
        Parley could not read your commitments: {due.error}
      </p>
    );
  }
  if (!db || due.status !== 'ready' || !due.value.items.length) return null;
  const { items, total } = due.value;
  const toggle = (id: string, done: boolean) => {
    setError('');
    setCommitmentDone(db, id, done).catch((err) => setError(`Could not save: ${errorText(err)}`));
  };
  return (
    <section class="due" aria-labelledby="due-title">
      <h2 id="due-title" class="section-title">
        Your commitments due{total > DUE_PAGE ? ` (${total})` : ''}
      </h2>
      <ul>
        {items.map((c) => (
          <DueItem key={c.id} c={c} today={today} onOpen={onOpen} onDone={(done) => toggle(c.id, done)} />
        ))}
      </ul>
      {total > items.length && (
        <button type="button" class="more" onClick={() => setLimit(limit + 4 * DUE_PAGE)}>
          Show {Math.min(4 * DUE_PAGE, total - items.length)} more
        </button>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function DueItem({
  c,
  today,
  onOpen,
  onDone,
}: {
  c: CommitmentRecord & { subject: string };
  today: string;
  onOpen(id: string): void;
  onDone(done: boolean): void;
}) {
  const id = useId();
  const overdue = c.due !== null && daysBetween(today, c.due) < 0;
  return (
    <li class={`due-item${overdue ? ' overdue' : ''}`} data-parley="due">
      <input type="checkbox" id={id} checked={c.done} onChange={(e) => onDone(e.currentTarget.checked)} />
      <div class="due-body">
        <label for={id} class="due-text" dir="auto">
          {c.text}
        </label>
        <span class="due-meta">
          <span class={overdue ? 'overdue-word' : 'due-word'}>{dueText(c.due, today)} ·</span>
          <button type="button" class="link" title={c.subject} onClick={() => onOpen(c.negotiationId)}>
            {c.subject || '(no subject)'}
          </button>
        </span>
      </div>
    </li>
  );
}
