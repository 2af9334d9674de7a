/**
 * One negotiation, inside the popup: tone trend, the other side's positions and how they moved,
 * deadlines ahead, the user's commitments (with "done" checkboxes), the replies sent, its status, a
 * link back to the thread, export and delete. Mail text is rendered as text only.
 */
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { ParleyDB } from '@/utils/db/schema';
import type {
  CommitmentRecord,
  NegotiationRecord,
  NegotiationStatus,
  SentReplyRecord,
} from '@/utils/db/types';
import {
  deleteNegotiation,
  exportNegotiation,
  negotiationDetail,
  setCommitmentDone,
  setStatus,
} from '@/utils/db/repo';
import { errorText, useLive } from '@/utils/popup/live';
import {
  activityText,
  counterpartText,
  deadlineText,
  dueText,
  daysBetween,
  localDay,
  safeWebUrl,
  shortDate,
  SITE_LABEL,
  STATUS_LABEL,
  STATUSES,
} from '@/utils/popup/format';
import { deadlinesAhead, KIND_LABEL, positionChange, valueText } from '@/utils/popup/positions';
import { downloadJson, exportFilename } from '@/utils/popup/download';
import { TrendChart } from './TrendChart';
import { Confirm } from './Confirm';

export function NegotiationPage({
  db,
  id,
  today,
  onBack,
}: {
  db: ParleyDB;
  id: string;
  today: string;
  onBack(): void;
}) {
  const detail = useLive(() => negotiationDetail(db, id), [db, id]);
  const [confirming, setConfirming] = useState(false);
  const back = useRef<HTMLButtonElement>(null);

  useEffect(() => back.current?.focus(), []);
  // Esc goes back (a confirmation step, when open, takes Esc for itself first).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) {
        e.preventDefault();
        onBack();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onBack]);

  return (
    <article class="detail" aria-labelledby="detail-title">
      <div class="detail-top">
        <button type="button" class="back" ref={back} onClick={onBack}>
          <span aria-hidden="true">← </span>Back
        </button>
      </div>
      {detail.status === 'loading' && <p class="quiet">Loading…</p>}
      {detail.status === 'error' && (
        <p class="error" role="alert">
          Parley could not read this negotiation: {detail.error}
        </p>
      )}
      {detail.status === 'ready' && !detail.value && (
        <div class="empty">
          <p class="empty-title" id="detail-title">
            This negotiation is no longer saved
          </p>
          <p>It was deleted, perhaps from another window.</p>
        </div>
      )}
      {detail.status === 'ready' && detail.value && (
        <Detail
          db={db}
          today={today}
          negotiation={detail.value.negotiation}
          commitments={detail.value.commitments}
          sentReplies={detail.value.sentReplies}
          confirming={confirming}
          onConfirming={setConfirming}
          onDeleted={onBack}
        />
      )}
    </article>
  );
}

function Detail({
  db,
  today,
  negotiation: n,
  commitments,
  sentReplies,
  confirming,
  onConfirming,
  onDeleted,
}: {
  db: ParleyDB;
  today: string;
  negotiation: NegotiationRecord;
  commitments: CommitmentRecord[];
  sentReplies: SentReplyRecord[];
  confirming: boolean;
  onConfirming(v: boolean): void;
  onDeleted(): void;
}) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const url = safeWebUrl(n.url);
  const run = async (what: string, action: () => Promise<unknown>) => {
    setError('');
    try {
      await action();
    } catch (err) {
      setError(`${what}: ${errorText(err)}`);
    }
  };
  const remove = async () => {
    setBusy(true);
    await run('Could not delete', async () => {
      await deleteNegotiation(db, n.id);
      onDeleted();
    });
    setBusy(false);
  };
  const exportIt = () =>
    run('Could not export', async () =>
      downloadJson(await exportNegotiation(db, n.id), exportFilename(today, n.subject)),
    );

  return (
    <>
      <header class="detail-head">
        <h2 id="detail-title" class="detail-subject" dir="auto">
          {n.subject || '(no subject)'}
        </h2>
        <p class="detail-meta">
          <span dir="auto">{counterpartText(n.counterparts)}</span> · last activity{' '}
          {activityText(n.lastActivity, today)}
          {url && (
            <>
              {' · '}
              <a href={url} target="_blank" rel="noreferrer noopener">
                Open in {SITE_LABEL[n.site] ?? 'mail'}
              </a>
            </>
          )}
        </p>
        <StatusField
          status={n.status}
          suggested={n.suggestedStatus}
          onChange={(s) => run('Could not save the status', () => setStatus(db, n.id, s))}
        />
      </header>

      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}

      <section aria-labelledby="tone-title">
        <h3 id="tone-title" class="section-title">
          Tone
        </h3>
        {n.rounds.length ? (
          <TrendChart rounds={n.rounds} trend={n.trend} today={today} />
        ) : (
          <p class="quiet">No messages recorded yet.</p>
        )}
        {n.hostile && <p class="hostile-note">Their latest message was hostile.</p>}
      </section>

      <Positions n={n} today={today} />
      <Deadlines n={n} today={today} />

      <section aria-labelledby="commit-title">
        <h3 id="commit-title" class="section-title">
          Your commitments
        </h3>
        {commitments.length ? (
          <ul class="commitments">
            {commitments.map((c) => (
              <CommitmentItem
                key={c.id}
                c={c}
                today={today}
                onDone={(done) => void run('Could not save', () => setCommitmentDone(db, c.id, done))}
              />
            ))}
          </ul>
        ) : (
          <p class="quiet">
            None recorded. When you send a reply that promises something (“I’ll send the revised quote by
            Thursday”), Parley keeps it here.
          </p>
        )}
      </section>

      <section aria-labelledby="sent-title">
        <h3 id="sent-title" class="section-title">
          Replies you sent
        </h3>
        {sentReplies.length ? (
          <ul class="replies">
            {sentReplies.map((r) => (
              <li key={r.id} class="reply">
                <time class="reply-date" dateTime={r.date}>
                  {shortDate(r.date, today)}
                </time>
                {r.text !== undefined ? (
                  <p class="reply-text" dir="auto">
                    {r.text}
                  </p>
                ) : (
                  <p class="quiet">Text not stored (you turned message text off).</p>
                )}
                {r.findings.length > 0 && (
                  <p class="reply-findings">Sent despite: {[...new Set(r.findings)].join(', ')}</p>
                )}
              </li>
            ))}
          </ul>
        ) : (
          <p class="quiet">No replies sent through Parley’s Send check yet.</p>
        )}
      </section>

      <footer class="detail-actions">
        {confirming ? (
          <Confirm
            confirmLabel="Delete"
            busy={busy}
            onConfirm={() => void remove()}
            onCancel={() => onConfirming(false)}
          >
            Delete this negotiation? Its history, the replies you sent and your commitments in it are removed
            from Parley. Your mail is not touched.
          </Confirm>
        ) : (
          <>
            <button type="button" onClick={() => void exportIt()}>
              Export
            </button>
            <button type="button" class="danger-quiet" onClick={() => onConfirming(true)}>
              Delete…
            </button>
          </>
        )}
      </footer>
    </>
  );
}

function CommitmentItem({
  c,
  today,
  onDone,
}: {
  c: CommitmentRecord;
  today: string;
  onDone(done: boolean): void;
}) {
  // Record ids come from imports too: the DOM id is generated, never built from them.
  const id = useId();
  const overdue = !c.done && c.due !== null && daysBetween(today, c.due) < 0;
  return (
    <li class={`commitment${c.done ? ' done' : ''}`} data-parley="commitment">
      <input type="checkbox" id={id} checked={c.done} onChange={(e) => onDone(e.currentTarget.checked)} />
      <label for={id} dir="auto">
        {c.text}
      </label>
      <span class={`c-due${overdue ? ' overdue-word' : ''}`}>{c.done ? 'Done' : dueText(c.due, today)}</span>
    </li>
  );
}

function StatusField({
  status,
  suggested,
  onChange,
}: {
  status: NegotiationStatus;
  suggested: NegotiationStatus | null;
  onChange(s: NegotiationStatus): void;
}) {
  const differs = suggested !== null && suggested !== status;
  return (
    <div class="status-field">
      <label>
        Status{' '}
        <select value={status} onChange={(e) => onChange(e.currentTarget.value as NegotiationStatus)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
              {s === suggested ? ' (Parley’s suggestion)' : ''}
            </option>
          ))}
        </select>
      </label>
      {differs && (
        <span class="suggestion">
          Parley suggests “{STATUS_LABEL[suggested]}”{' '}
          <button type="button" class="link" onClick={() => onChange(suggested)}>
            Use it
          </button>
        </span>
      )}
    </div>
  );
}

function Positions({ n, today }: { n: NegotiationRecord; today: string }) {
  return (
    <section aria-labelledby="pos-title">
      <h3 id="pos-title" class="section-title">
        Their positions
      </h3>
      {n.positions.length ? (
        <ul class="positions">
          {n.positions.map((p) => {
            const change = positionChange(p, today);
            return (
              <li
                key={`${p.messageId}:${p.start}:${p.kind}`}
                class={`position pos-${p.kind}`}
                data-parley="position"
              >
                <span class="kind">{KIND_LABEL[p.kind] ?? p.kind}</span>
                <span class="what" dir="auto">
                  {p.text}
                  {p.value && p.kind !== 'amount' && (
                    <span class="value"> ({valueText(p.value, today)})</span>
                  )}
                </span>
                {change && <span class="change">{change}</span>}
                {!change && p.date && <span class="said">said {shortDate(p.date, today)}</span>}
                {p.reason && (
                  <span class="reason" dir="auto">
                    Why: {p.reason}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="quiet">No demands, amounts, deadlines or threats from the other side yet.</p>
      )}
    </section>
  );
}

function Deadlines({ n, today }: { n: NegotiationRecord; today: string }) {
  const ahead = deadlinesAhead(n.positions, today);
  // The stored next deadline may come from a position no longer in the list (an older record); show it too.
  if (
    n.nextDeadline &&
    !ahead.some((d) => localDay(d.date) === n.nextDeadline) &&
    daysBetween(today, n.nextDeadline) >= 0
  ) {
    ahead.unshift({ date: n.nextDeadline, text: 'Deadline', days: daysBetween(today, n.nextDeadline) });
  }
  return (
    <section aria-labelledby="dl-title">
      <h3 id="dl-title" class="section-title">
        Deadlines ahead
      </h3>
      {ahead.length ? (
        <ul class="deadlines">
          {ahead.map((d, i) => (
            <li key={`${d.date}:${i}`}>
              <span class={`dl-when${d.days <= 2 ? ' soon' : ''}`}>{deadlineText(d.date, today)}</span>{' '}
              <span dir="auto">{d.text}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="quiet">None ahead.</p>
      )}
    </section>
  );
}
