/**
 * "Analyze this page" for sites other than Gmail and Outlook: reads the active tab with Readability
 * (utils/popup/analyze-page.ts, loaded only when the user asks, so it costs the popup's first paint
 * nothing). On a mail tab, says Parley works there by itself.
 */
import { useState } from 'preact/hooks';
import type { GenericRead } from '@/utils/mail/generic';
import { mailSiteOf } from '@/utils/mail/hosts';
import type { ActiveTab } from '@/utils/popup/active-tab';
import { plural } from '@/utils/format';

type Phase = { kind: 'idle' } | { kind: 'reading' } | { kind: 'done'; result: GenericRead };

const SITE_NAME = { gmail: 'Gmail', outlook: 'Outlook' } as const;

export function AnalyzePage({ tab }: { tab: ActiveTab | null }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const site = mailSiteOf(tab?.url);
  if (site) {
    return (
      <p class="page-note">
        Parley works on this {SITE_NAME[site]} tab by itself: open a conversation and its panel appears above
        the messages.
      </p>
    );
  }
  const analyze = async () => {
    if (!tab) return;
    setPhase({ kind: 'reading' });
    let result: GenericRead;
    try {
      const { analyzeActiveTab } = await import('@/utils/popup/analyze-page');
      result = await analyzeActiveTab(tab);
    } catch (err) {
      // Only loading Parley's own code can fail here (the reader's failures are answers).
      result = {
        ok: false,
        reason: `Parley could not start reading: ${String((err as Error)?.message ?? err)}`,
      };
    }
    setPhase({ kind: 'done', result });
  };
  const result = phase.kind === 'done' ? phase.result : null;
  const message = result?.thread?.messages[0];
  return (
    <section class="page" aria-label="This page">
      <div class="page-row">
        <span class="page-note">Other webmail or a help desk? Parley reads it when you ask.</span>
        <button type="button" class="primary" onClick={analyze} disabled={!tab || phase.kind === 'reading'}>
          {phase.kind === 'reading' ? 'Reading…' : 'Analyze this page'}
        </button>
      </div>
      <div class="result" aria-live="polite" aria-label="What Parley read">
        {result && !result.ok && (
          <p class="error" role="alert">
            {result.reason}
          </p>
        )}
        {result?.ok && result.thread && (
          <>
            <div class="result-head">
              <h2 dir="auto">{result.thread.subject || '(untitled page)'}</h2>
              <button type="button" class="link" onClick={() => setPhase({ kind: 'idle' })}>
                Close
              </button>
            </div>
            <p class="meta">
              {plural(result.length ?? 0, 'character')} read
              {message?.from.name ? ` · ${message.from.name}` : ''}
            </p>
            <pre class="text" dir="auto" tabIndex={0}>
              {message?.text}
            </pre>
          </>
        )}
      </div>
    </section>
  );
}
