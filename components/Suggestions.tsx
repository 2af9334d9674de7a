/**
 * Suggested replies in the panel: each with its strategy, the rule it follows, the text (gaps for
 * missing facts highlighted), and "Insert" (into the open compose box, as typing) / "Copy". A gap can
 * be filled by adding the fact to Parley right here.
 */
import { useState } from 'preact/hooks';
import type { Fact, FactKind, Strategy, Suggestion } from '@/utils/analysis/types';

export type InsertOutcome = 'inserted' | 'no-compose' | 'failed';

export interface ReplyActions {
  insert(text: string): InsertOutcome;
  copy(text: string): Promise<boolean>;
  /** Keeps a fact in Parley; the suggestions are drafted again with it. */
  addFact(fact: Omit<Fact, 'id'>): Promise<boolean>;
}

const STRATEGY_TITLE: Record<Strategy, string> = {
  acknowledge: 'Acknowledge and calm',
  options: 'Offer options',
  hold: 'Hold your position with data',
  escalation: 'Answer the escalation',
  payment: 'Propose a payment plan',
};

const GAP = /\[[^\]\n]{2,40}\]/g;

/** The reply text with its [gaps] marked. */
function ReplyText({ text }: { text: string }) {
  const parts: (string | { gap: string })[] = [];
  let last = 0;
  for (const m of text.matchAll(GAP)) {
    parts.push(text.slice(last, m.index), { gap: m[0] });
    last = m.index + m[0].length;
  }
  parts.push(text.slice(last));
  return (
    <p class="reply-text" dir="auto">
      {parts.map((p, i) =>
        typeof p === 'string' ? (
          p
        ) : (
          <mark key={i} class="gap" title="A fact this reply needs: add it to Parley or fill it in">
            {p.gap}
          </mark>
        ),
      )}
    </p>
  );
}

function guessKind(gap: string): FactKind {
  if (/amount|price|total|balance|credit|fee|sum/i.test(gap)) return 'amount';
  if (/date|day|deadline|when/i.test(gap)) return 'date';
  if (/policy|clause|terms|section|contract/i.test(gap)) return 'policy';
  if (/number|reference|invoice|order|ticket|id\b/i.test(gap)) return 'reference';
  return 'note';
}

function AddFact({ gap, actions }: { gap: string; actions: ReplyActions }) {
  const label = gap.slice(1, -1);
  const [value, setValue] = useState('');
  const [status, setStatus] = useState<'idle' | 'saving' | 'error'>('idle');
  const save = async (e: Event) => {
    e.preventDefault();
    if (!value.trim()) return;
    setStatus('saving');
    const ok = await actions.addFact({ label, value: value.trim(), kind: guessKind(label) });
    setStatus(ok ? 'idle' : 'error');
    if (ok) setValue('');
  };
  return (
    <form class="add-fact" onSubmit={save}>
      <label>
        <span class="add-fact-label">{label}</span>
        <input
          type="text"
          value={value}
          onInput={(e) => setValue((e.target as HTMLInputElement).value)}
          placeholder="Add it as a fact"
          aria-label={`Value of ${label}`}
        />
      </label>
      <button type="submit" class="button small" disabled={!value.trim() || status === 'saving'}>
        Add fact
      </button>
      {status === 'error' && (
        <span class="hint" role="alert">
          Couldn’t save it. Try again, or add it in Parley’s options.
        </span>
      )}
    </form>
  );
}

function SuggestionCard({ suggestion, actions }: { suggestion: Suggestion; actions: ReplyActions }) {
  const [status, setStatus] = useState('');
  const gaps = [...new Set(suggestion.text.match(GAP) ?? [])];
  const insert = () => {
    const outcome = actions.insert(suggestion.text);
    setStatus(
      outcome === 'inserted'
        ? 'Inserted into your reply.'
        : outcome === 'no-compose'
          ? 'No reply is open: open a reply, or use Copy.'
          : 'Couldn’t insert here: use Copy and paste it.',
    );
  };
  const copy = async () => {
    setStatus((await actions.copy(suggestion.text)) ? 'Copied.' : 'Couldn’t copy: select the text instead.');
  };
  return (
    <li class="suggestion" data-parley="suggestion" data-strategy={suggestion.strategy}>
      <p class="suggestion-head">
        <strong>{STRATEGY_TITLE[suggestion.strategy] ?? suggestion.strategy}</strong>
        <span class="rationale">{suggestion.rationale}</span>
      </p>
      <ReplyText text={suggestion.text} />
      {gaps.length > 0 && (
        <div class="gaps">
          <p class="hint">Missing facts: fill them in before sending, or add them to Parley.</p>
          {gaps.map((g) => (
            <AddFact key={g} gap={g} actions={actions} />
          ))}
        </div>
      )}
      <div class="suggestion-actions">
        <button type="button" class="button primary small" onClick={insert}>
          Insert
        </button>
        <button type="button" class="button small" onClick={copy}>
          Copy
        </button>
        <span class="hint" role="status">
          {status}
        </span>
      </div>
    </li>
  );
}

export function Suggestions({ suggestions, actions }: { suggestions: Suggestion[]; actions: ReplyActions }) {
  if (!suggestions.length) return null;
  return (
    <section class="suggestions" aria-label="Suggested replies">
      <h3 class="section-title">Suggested replies</h3>
      <ol>
        {suggestions.map((s) => (
          <SuggestionCard key={`${s.strategy}:${s.text.length}`} suggestion={s} actions={actions} />
        ))}
      </ol>
    </section>
  );
}
