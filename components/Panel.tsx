/**
 * The in-page panel. Rendered by Preact inside an open shadow root (host element `parley-panel`); all
 * mail text goes through JSX text nodes, never HTML.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Store } from '@/utils/store';
import type { Message, Site, Thread } from '@/utils/mail/types';
import { formatDate, plural } from '@/utils/format';

export type PanelState =
  { kind: 'thread'; thread: Thread } | { kind: 'unreadable'; site: Site; diagnostics: () => string };

export interface PanelProps {
  state: Store<PanelState | null>;
  collapsed: Store<boolean>;
  onToggle(collapsed: boolean): void;
  onDismiss(): void;
}

function useStore<T>(store: Store<T>): T {
  const [value, setValue] = useState(store.get());
  useEffect(() => {
    setValue(store.get());
    return store.subscribe(setValue);
  }, [store]);
  return value;
}

const SITE_NAME: Record<Site, string> = { gmail: 'Gmail', outlook: 'Outlook', generic: 'this site' };

function MessageItem({ message }: { message: Message }) {
  const { from } = message;
  return (
    <li class="message" data-parley="message" data-own={message.own ? 'true' : undefined}>
      <div class="meta">
        <span class="sender" title={from.email}>
          {from.name || from.email || 'Unknown sender'}
        </span>
        {from.email && from.name !== from.email && <span class="email">{from.email}</span>}
        {message.own && <span class="badge own">You</span>}
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
        {message.text || <em class="empty">(no new text: only quoted history or a signature)</em>}
      </p>
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

export function Panel({ state: stateStore, collapsed: collapsedStore, onToggle, onDismiss }: PanelProps) {
  const state = useStore(stateStore);
  const collapsed = useStore(collapsedStore);
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

  const { thread } = state;
  const latest = thread.messages[thread.messages.length - 1];
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
          <ol class="messages" aria-label="Messages in this conversation">
            {thread.messages.map((m) => (
              <MessageItem key={m.id} message={m} />
            ))}
          </ol>
          <p class="privacy">Read on this device only. Nothing leaves your browser.</p>
        </div>
      )}
    </section>
  );
}
