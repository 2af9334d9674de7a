/**
 * The in-page panel. Rendered by Preact inside an open shadow root (host element `parley-panel`); all
 * mail text goes through JSX text nodes, never HTML.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Store } from '@/utils/store';
import type { Message, Site, Thread } from '@/utils/mail/types';
import type { MessageAnalysis, Suggestion } from '@/utils/analysis/types';
import type { ThreadAnalysis } from '@/utils/analysis/thread';
import { formatDate, listPhrase, plural } from '@/utils/format';
import { Highlighted } from './Highlighted';
import { useStore } from './use-store';
import { PositionsList, ToneBadge, TrendRow } from './Analysis';
import { Suggestions, type ReplyActions } from './Suggestions';

export type PanelState =
  | { kind: 'thread'; thread: Thread; analysis?: ThreadAnalysis; suggestions?: Suggestion[] }
  | { kind: 'unreadable'; site: Site; diagnostics: () => string };

export interface PanelProps {
  state: Store<PanelState | null>;
  collapsed: Store<boolean>;
  onToggle(collapsed: boolean): void;
  onDismiss(): void;
  /** Insert/copy suggested replies and keep facts (absent: the panel only reads). */
  actions?: ReplyActions;
}

const TREND_WORDS = { cooling: 'cooling down', heating: 'heating up', steady: 'steady' } as const;

const SITE_NAME: Record<Site, string> = { gmail: 'Gmail', outlook: 'Outlook', generic: 'this site' };

function MessageItem({
  message,
  analysis,
  focus,
}: {
  message: Message;
  analysis?: MessageAnalysis;
  focus: { start: number; end: number } | null;
}) {
  const { from } = message;
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (focus)
      ref.current?.querySelector('mark.focus')?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }, [focus]);
  const signals = analysis?.tone.signals ?? [];
  const kinds = [...new Set(signals.map((x) => x.kind))];
  return (
    <li
      ref={ref}
      id={`parley-msg-${message.id}`}
      class="message"
      data-parley="message"
      data-own={message.own ? 'true' : undefined}
      tabIndex={-1}
    >
      <div class="meta">
        <span class="sender" title={from.email}>
          {from.name || from.email || 'Unknown sender'}
        </span>
        {from.email && from.name !== from.email && <span class="email">{from.email}</span>}
        {message.own && <span class="badge own">You</span>}
        {analysis && <ToneBadge tone={analysis.tone} />}
        {message.date && (
          <time class="date" dateTime={message.date}>
            {formatDate(message.date)}
          </time>
        )}
      </div>
      {message.partial && (
        <p class="partial" role="note">
          Collapsed in the conversation: only its preview is on the page. Open the message to let Parley read
          all of it.
        </p>
      )}
      <p class="text" dir="auto">
        {message.text ? (
          <Highlighted
            text={message.text}
            signals={signals}
            positions={analysis?.positions ?? []}
            focus={focus}
          />
        ) : (
          <em class="empty">(no new text: only quoted history or a signature)</em>
        )}
      </p>
      {analysis?.tone.reasons?.length ? (
        <p class="level-why">
          {analysis.tone.level === 'hostile' ? 'Hostile' : 'Tense'} mainly because of{' '}
          {listPhrase(analysis.tone.reasons)}.
        </p>
      ) : null}
      {kinds.length > 0 && (
        <ul class="why" aria-label="Why this tone">
          {kinds.map((k) => (
            <li key={k}>
              <strong>{k}</strong>: {signals.find((x) => x.kind === k)!.explanation}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function CopyDiagnostics({ diagnostics }: { diagnostics: () => string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');
  const [text, setText] = useState('');
  const copy = async () => {
    const report = diagnostics();
    try {
      await navigator.clipboard.writeText(report);
      setStatus('copied');
    } catch {
      // Clipboard refused (no focus, permissions): show the report to copy by hand.
      setText(report);
      setStatus('manual');
    }
  };
  return (
    <div class="diagnostics">
      <button type="button" class="button" onClick={copy}>
        Copy diagnostics
      </button>
      <span class="hint" role="status">
        {status === 'copied' && 'Copied: selector counts and versions only, no mail text.'}
      </span>
      {status === 'manual' && (
        <textarea class="report" readOnly rows={6} aria-label="Diagnostics report" value={text} />
      )}
    </div>
  );
}

export function Panel({
  state: stateStore,
  collapsed: collapsedStore,
  onToggle,
  onDismiss,
  actions,
}: PanelProps) {
  const state = useStore(stateStore);
  const collapsed = useStore(collapsedStore);
  const [focus, setFocus] = useState<{ messageId: string; start: number; end: number } | null>(null);
  if (!state) return null;

  if (state.kind === 'unreadable') {
    return (
      <section class="parley notice" role="region" aria-label="Parley">
        <div class="notice-row">
          <span class="logo" aria-hidden="true">
            P
          </span>
          <p class="notice-text" role="status">
            <strong>Parley can’t read this conversation.</strong> {SITE_NAME[state.site]}’s page layout is not
            one Parley knows (it may have changed). Your mail works as usual; Parley stays out of the way.
          </p>
          <button type="button" class="icon-button" aria-label="Dismiss Parley’s message" onClick={onDismiss}>
            ×
          </button>
        </div>
        <CopyDiagnostics diagnostics={state.diagnostics} />
      </section>
    );
  }

  const { thread, analysis, suggestions } = state;
  const latest = thread.messages[thread.messages.length - 1];
  const byId = new Map(analysis?.messages.map((m) => [m.id, m.analysis]) ?? []);
  return (
    <section class="parley" role="region" aria-label="Parley">
      <h2 class="header">
        <button
          type="button"
          class="toggle"
          aria-expanded={!collapsed}
          aria-controls="parley-body"
          onClick={() => onToggle(!collapsed)}
        >
          <span class="logo" aria-hidden="true">
            P
          </span>
          <span class="title">Parley</span>
          <span class="summary">
            {plural(thread.messages.length, 'message')}
            {latest ? ` · latest from ${latest.from.name || latest.from.email}` : ''}
            {analysis && analysis.trend !== 'unknown' ? ` · ${TREND_WORDS[analysis.trend]}` : ''}
          </span>
          <span class="chevron" aria-hidden="true">
            {collapsed ? '▸' : '▾'}
          </span>
        </button>
      </h2>
      {!collapsed && (
        <div id="parley-body" class="body">
          <p class="subject" dir="auto">
            {thread.subject || '(no subject)'}
          </p>
          {analysis && (
            <>
              <PositionsList
                analysis={analysis}
                onShow={(p) => {
                  setFocus({ messageId: p.messageId, start: p.start, end: p.end });
                }}
                onKeep={actions ? (fact) => actions.addFact(fact) : undefined}
              />
              <TrendRow analysis={analysis} messages={thread.messages} />
            </>
          )}
          {actions && suggestions && <Suggestions suggestions={suggestions} actions={actions} />}
          <ol class="messages" aria-label="Messages in this conversation">
            {thread.messages.map((m) => (
              <MessageItem
                key={m.id}
                message={m}
                analysis={byId.get(m.id)}
                focus={focus && focus.messageId === m.id ? focus : null}
              />
            ))}
          </ol>
          <p class="privacy">Read on this device only. Nothing leaves your browser.</p>
        </div>
      )}
    </section>
  );
}
