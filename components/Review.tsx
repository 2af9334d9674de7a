/**
 * The Send review: a small dialog beside the compose box, shown only when a draft has findings. The
 * user's draft is never changed except by "Apply suggestion", which edits it in place as typing.
 * Keyboard first: focus starts on "Edit"; Esc edits; Enter on "Send anyway" sends.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { Finding, FindingKind } from '@/utils/analysis/types';
import type { Store } from '@/utils/store';
import { plural } from '@/utils/format';
import { useStore } from './use-store';

export interface ReviewState {
  draft: string;
  findings: Finding[];
  /** The conversation can be excluded from checks ("don't check this thread again"). */
  canIgnoreThread: boolean;
  /** A note after an action ("Couldn't apply: the text changed"). */
  note?: string;
}

export interface ReviewProps {
  state: Store<ReviewState | null>;
  onApply(finding: Finding): void;
  onEdit(): void;
  onSendAnyway(): void;
  onIgnoreThread(): void;
}

export const FINDING_TITLES: Record<FindingKind, string> = {
  insult: 'Insult',
  profanity: 'Profanity',
  shouting: 'Shouting',
  exclamation: 'Exclamation marks',
  blame: 'Blame',
  sarcasm: 'Sarcasm',
  absolute: 'Sweeping words',
  contempt: 'Contempt',
  command: 'Bare command',
  threat: 'Threat',
  bluff: 'Possible bluff',
  'unsupported-claim': 'Unsupported figure',
  'no-proposal': 'No way forward',
  'broken-commitment': 'Your commitment',
  'premature-escalation': 'Early escalation',
};

/** The finding's words in a little of their context, highlighted. */
function Excerpt({ draft, finding }: { draft: string; finding: Finding }) {
  const from = Math.max(0, draft.lastIndexOf('\n', finding.start - 1) + 1, finding.start - 60);
  const lineEnd = draft.indexOf('\n', finding.end);
  const to = Math.min(lineEnd < 0 ? draft.length : lineEnd, finding.end + 60);
  const before = draft.slice(from, finding.start);
  const after = draft.slice(finding.end, to);
  return (
    <q class="excerpt" dir="auto">
      {from > 0 && '…'}
      {before}
      <mark>{draft.slice(finding.start, finding.end)}</mark>
      {after}
      {to < draft.length && '…'}
    </q>
  );
}

export function Review({ state: store, onApply, onEdit, onSendAnyway, onIgnoreThread }: ReviewProps) {
  const state = useStore(store);
  const editRef = useRef<HTMLButtonElement>(null);
  const open = state !== null;
  // Focus moves in the same task that shows the dialog (a layout effect, not an effect that waits for
  // the next frame), so an Esc or Enter pressed at once already reaches the dialog, not the mail site.
  useLayoutEffect(() => {
    if (open) editRef.current?.focus();
  }, [open]);
  if (!state) return null;
  const { findings, draft } = state;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onEdit();
    }
    // The mail site's own keyboard shortcuts must not fire while the user is in Parley's dialog.
    e.stopPropagation();
  };
  return (
    <div
      class="parley review"
      role="dialog"
      aria-modal="false"
      aria-label="Parley: before you send"
      aria-describedby="parley-review-summary"
      onKeyDown={onKeyDown}
    >
      <h2 id="parley-review-title" class="review-title">
        <span class="logo" aria-hidden="true">
          P
        </span>
        Parley: before you send
      </h2>
      <p id="parley-review-summary" class="review-summary">
        {findings.length
          ? `${plural(findings.length, 'thing')} in this draft may work against you.`
          : 'Nothing left to look at. Send when you are ready.'}
      </p>
      {findings.length > 0 && (
        <ol class="findings">
          {findings.map((f) => (
            <li key={`${f.kind}:${f.start}:${f.end}`} class="finding" data-kind={f.kind}>
              <p class="finding-head">
                <strong>{FINDING_TITLES[f.kind] ?? f.kind}</strong>
              </p>
              {f.end > f.start && <Excerpt draft={draft} finding={f} />}
              <p class="finding-message">{f.message}</p>
              {f.suggestion !== undefined && (
                <p class="finding-fix">
                  <span class="fix-label">Try:</span>{' '}
                  <span class="fix-text" dir="auto">
                    {f.suggestion || '(remove it)'}
                  </span>{' '}
                  <button type="button" class="button small" onClick={() => onApply(f)}>
                    Apply suggestion
                  </button>
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {state.note && (
        <p class="review-note" role="status">
          {state.note}
        </p>
      )}
      <div class="review-actions">
        {state.canIgnoreThread && (
          <button type="button" class="link-button" onClick={onIgnoreThread}>
            Don’t check this thread again
          </button>
        )}
        <span class="spacer" />
        <button ref={editRef} type="button" class="button" onClick={onEdit}>
          Edit
        </button>
        <button type="button" class="button primary" onClick={onSendAnyway}>
          Send anyway
        </button>
      </div>
    </div>
  );
}
