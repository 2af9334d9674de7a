/** The toolbar popup: what Parley does on this tab, and "Analyze this page" for other sites. */
import { useEffect, useState } from 'preact/hooks';
import type { GenericRead } from '@/utils/mail/generic';
import { activeTab, analyzeActiveTab, mailSiteOf, type ActiveTab } from '@/utils/popup/analyze-page';
import { plural } from '@/utils/format';

type Phase = { kind: 'idle' } | { kind: 'reading' } | { kind: 'done'; result: GenericRead };

const SITE_NAME = { gmail: 'Gmail', outlook: 'Outlook' } as const;

export function Popup() {
  const [tab, setTab] = useState<ActiveTab | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  useEffect(() => {
    activeTab()
      .then(setTab)
      .catch(() => setTab(null));
  }, []);

  const site = mailSiteOf(tab?.url);
  const analyze = async () => {
    if (!tab) return;
    setPhase({ kind: 'reading' });
    setPhase({ kind: 'done', result: await analyzeActiveTab(tab) });
  };

  const result = phase.kind === 'done' ? phase.result : null;
  const message = result?.thread?.messages[0];
  return (
    <main class="popup">
      <header class="top">
        <span class="logo" aria-hidden="true">
          P
        </span>
        <h1>Parley</h1>
      </header>

      {site ? (
        <p class="lead">
          Parley works on this {SITE_NAME[site]} tab by itself: open a conversation and its panel appears
          above the messages.
        </p>
      ) : (
        <p class="lead">
          On Gmail and Outlook, Parley reads conversations by itself. For other webmail or help desks, it can
          read this page when you ask.
        </p>
      )}

      <button type="button" class="primary" onClick={analyze} disabled={!tab || phase.kind === 'reading'}>
        {phase.kind === 'reading' ? 'Reading…' : 'Analyze this page'}
      </button>

      <section class="result" aria-live="polite" aria-label="What Parley read">
        {result && !result.ok && (
          <p class="error" role="alert">
            {result.reason}
          </p>
        )}
        {result?.ok && result.thread && (
          <>
            <h2 dir="auto">{result.thread.subject || '(untitled page)'}</h2>
            <p class="meta">
              {plural(result.length ?? 0, 'character')} read
              {message?.from.name ? ` · ${message.from.name}` : ''}
            </p>
            <pre class="text" dir="auto" tabIndex={0}>
              {message?.text}
            </pre>
          </>
        )}
      </section>

      <footer class="privacy">Everything Parley reads stays on this device. No servers, no analytics.</footer>
    </main>
  );
}
