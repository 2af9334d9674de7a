/** The panel's analysis pieces: tone badge, the other side's positions, and the tone trend. */
import type { Message } from '@/utils/mail/types';
import { useState } from 'preact/hooks';
import type { DeadlineValue, Fact, MoneyValue, ToneResult } from '@/utils/analysis/types';
import type { CurrentPosition, ThreadAnalysis } from '@/utils/analysis/thread';
import { POSITION_LABEL, dateFormat, formatDate, formatMoney, listPhrase } from '@/utils/format';

const LEVEL_LABEL = { calm: 'Calm', tense: 'Tense', hostile: 'Hostile' } as const;

export function ToneBadge({ tone }: { tone: ToneResult }) {
  if (!tone.judged) {
    return (
      <span class="badge tone tone-unjudged" title={tone.reason}>
        Tone not judged
      </span>
    );
  }
  return (
    <span
      class={`badge tone tone-${tone.level}`}
      title={`Tone: ${LEVEL_LABEL[tone.level]} (${Math.round(tone.score * 100)}%)${tone.reasons?.length ? `, mainly because of ${listPhrase(tone.reasons)}` : ''}`}
    >
      {LEVEL_LABEL[tone.level]}
    </span>
  );
}

function valueText(v: MoneyValue | DeadlineValue | undefined): string {
  if (!v) return '';
  if ('currency' in v) return formatMoney(v);
  if (v.date)
    return formatDate(v.date.length === 10 ? `${v.date}T00:00:00` : v.date).replace(/,? 12:00 AM$/, '');
  if (v.duration) return v.duration;
  return '';
}

const shortDate = (iso: string | null) =>
  iso ? dateFormat(undefined, { month: 'short', day: 'numeric' }).format(new Date(iso)) : '';

/** How an amount moved: one step per earlier message (its first amount), repeats dropped. */
function History({ p }: { p: CurrentPosition }) {
  if (p.kind !== 'amount' || !p.history.length || !p.value || !('currency' in p.value)) return null;
  const current = p.value;
  const steps: { label: string; date: string | null; value: number }[] = [];
  const seen = new Set<string>();
  for (const h of p.history) {
    if (
      seen.has(h.messageId) ||
      !h.value ||
      !('currency' in h.value) ||
      h.value.currency !== current.currency
    )
      continue;
    seen.add(h.messageId);
    if (steps.length && steps[steps.length - 1].value === h.value.value) continue;
    steps.push({ label: formatMoney(h.value), date: h.date, value: h.value.value });
  }
  if (!steps.length || (steps.length === 1 && steps[0].value === current.value)) return null;
  return (
    <span class="history">
      {steps
        .slice(-3)
        .map((h) => `${h.label}${h.date ? ` on ${shortDate(h.date)}` : ''} → `)
        .join('')}
      {formatMoney(current)} now
    </span>
  );
}

/** The fact a position gives the user, for "Keep as fact" (amounts and dates the other side stated). */
function factOf(p: CurrentPosition): Omit<Fact, 'id'> | null {
  if (p.kind === 'amount' && p.value && 'currency' in p.value) {
    return {
      label: `Amount they stated${p.date ? ` on ${shortDate(p.date)}` : ''}`,
      value: p.text,
      kind: 'amount',
    };
  }
  if (p.kind === 'deadline' && p.value && 'date' in p.value && p.value.date) {
    return { label: `Deadline they set: ${p.text}`, value: p.value.date, kind: 'date' };
  }
  return null;
}

function KeepFact({ p, onKeep }: { p: CurrentPosition; onKeep(fact: Omit<Fact, 'id'>): Promise<boolean> }) {
  const fact = factOf(p);
  const [state, setState] = useState<'idle' | 'kept' | 'error'>('idle');
  if (!fact) return null;
  if (state === 'kept')
    return (
      <span class="kept" role="status">
        Kept as a fact
      </span>
    );
  return (
    <button
      type="button"
      class="link-button keep"
      title="Keep this as one of your facts, for replies to cite"
      onClick={async () => setState((await onKeep(fact)) ? 'kept' : 'error')}
    >
      {state === 'error' ? 'Couldn’t keep it: retry' : 'Keep as fact'}
    </button>
  );
}

export function PositionsList({
  analysis,
  onShow,
  onKeep,
}: {
  analysis: ThreadAnalysis;
  onShow(p: CurrentPosition): void;
  onKeep?(fact: Omit<Fact, 'id'>): Promise<boolean>;
}) {
  if (!analysis.current.length) {
    return <p class="positions-empty">No demands, amounts, deadlines or threats from the other side yet.</p>;
  }
  return (
    <section class="positions" aria-label="Their current positions">
      <h3 class="section-title">Their positions</h3>
      <ul>
        {analysis.current.map((p) => (
          <li key={`${p.messageId}:${p.start}`} class={`position pos-${p.kind}`} data-parley="position">
            <button
              type="button"
              class="position-button"
              onClick={() => onShow(p)}
              title="Show where it was said"
            >
              <span class="kind">{POSITION_LABEL[p.kind]}</span>
              <span class="what" dir="auto">
                {p.text}
              </span>
              {p.value && p.kind !== 'amount' && <span class="value">{valueText(p.value)}</span>}
            </button>
            <History p={p} />
            {onKeep && <KeepFact p={p} onKeep={onKeep} />}
            {p.reason && (
              <span class="reason" dir="auto">
                Why: {p.reason}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

const TREND_TEXT = {
  cooling: 'Cooling down',
  heating: 'Heating up',
  steady: 'Steady',
  unknown: 'Not enough rounds for a trend',
} as const;

export function TrendRow({ analysis, messages }: { analysis: ThreadAnalysis; messages: Message[] }) {
  const names = new Map(messages.map((m) => [m.id, m.from.name || m.from.email]));
  return (
    <section class="trend" aria-label="Tone by round">
      <span class="section-title">Tone</span>
      <span class="dots" role="list">
        {analysis.rounds.map((r, i) => (
          <span
            key={r.messageId}
            role="listitem"
            class={`dot tone-${r.judged ? r.level : 'unjudged'}${r.own ? ' own' : ''}`}
            title={`${i + 1}. ${names.get(r.messageId) ?? ''}${r.date ? `, ${shortDate(r.date)}` : ''}: ${r.judged ? LEVEL_LABEL[r.level] : 'not judged'}`}
            aria-label={`Round ${i + 1}, ${names.get(r.messageId) ?? ''}: ${r.judged ? LEVEL_LABEL[r.level] : 'not judged'}`}
          />
        ))}
      </span>
      <span class={`trend-word trend-${analysis.trend}`}>{TREND_TEXT[analysis.trend]}</span>
      {analysis.escalatedBy && (
        <span class="escalated">
          Escalated by {analysis.escalatedBy.from.name || analysis.escalatedBy.from.email}
          {analysis.escalatedBy.date ? ` on ${shortDate(analysis.escalatedBy.date)}` : ''}
        </span>
      )}
    </section>
  );
}
