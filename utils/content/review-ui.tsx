/**
 * Mounts the Send review (components/Review.tsx) in its own open shadow root, host `parley-review`,
 * fixed beside the compose box's Send button. One review at a time; it never takes the user's text.
 */
import { render } from 'preact';
import { createShadowRootUi, type ContentScriptContext, type ShadowRootContentScriptUi } from '#imports';
import { Review, type ReviewState } from '@/components/Review';
import type { Finding } from '@/utils/analysis/types';
import type { ComposeBox } from '@/utils/mail/types';
import { createStore } from '@/utils/store';
import { occurrenceBefore, replaceInEditor, restoreCaret } from './editor';
import type { DraftCheck } from './send-guard';
import { matchTheme } from './theme';

export const REVIEW_TAG = 'parley-review';

export interface ReviewRequest {
  box: ComposeBox;
  checked: DraftCheck & { result: NonNullable<DraftCheck['result']> };
  sendAnyway(): boolean;
  /** Checks the draft again after an edit. */
  recheck(): DraftCheck;
  /** "Don't check this thread again"; absent when the draft belongs to no known conversation. */
  ignoreThread?(): void;
}

export interface ReviewUi {
  show(request: ReviewRequest): Promise<void>;
  close(): void;
  /** Is this element part of the review (its events are never a send)? */
  contains(el: Element): boolean;
}

/** Keeps the dialog next to the Send button: above it when there is room, else below. */
function position(host: HTMLElement, box: ComposeBox): void {
  const anchor = (box.send?.isConnected ? box.send : box.root).getBoundingClientRect();
  const width = Math.min(440, window.innerWidth - 16);
  const left = Math.max(8, Math.min(anchor.left, window.innerWidth - width - 8));
  host.style.setProperty('left', `${left}px`);
  if (anchor.top > window.innerHeight * 0.45) {
    host.style.setProperty('bottom', `${Math.max(8, window.innerHeight - anchor.top + 8)}px`);
    host.style.removeProperty('top');
  } else {
    host.style.setProperty('top', `${Math.min(window.innerHeight - 120, anchor.bottom + 8)}px`);
    host.style.removeProperty('bottom');
  }
}

export function createReviewUi(
  ctx: ContentScriptContext,
  onFailure: (where: string, e: unknown) => void,
): ReviewUi {
  const state = createStore<ReviewState | null>(null);
  let ui: ShadowRootContentScriptUi<void> | null = null;
  let current: ReviewRequest | null = null;

  const close = () => {
    state.set(null);
    current = null;
    ui?.remove();
    ui = null;
  };

  const apply = (finding: Finding) => {
    const req = current;
    const prev = state.get();
    if (!req || !prev || finding.suggestion === undefined) return;
    const occurrence = occurrenceBefore(prev.draft, finding.text, finding.start);
    const done = replaceInEditor(req.box.editor, finding.text, occurrence, finding.suggestion);
    const again = req.recheck();
    state.set({
      ...prev,
      draft: again.draft,
      findings: again.result?.findings ?? [],
      note: done ? undefined : 'That text has changed in your draft, so it was left as it is.',
    });
  };

  const show = async (req: ReviewRequest) => {
    current = req;
    state.set({
      draft: req.checked.draft,
      findings: req.checked.result.findings,
      canIgnoreThread: !!req.ignoreThread,
    });
    if (!ui) {
      const created = await createShadowRootUi(ctx, {
        name: REVIEW_TAG,
        position: 'inline',
        anchor: document.body,
        append: 'last',
        mode: 'open',
        inheritStyles: true,
        onMount(container) {
          render(
            <Review
              state={state}
              onApply={(f) => {
                try {
                  apply(f);
                } catch (err) {
                  onFailure('review-apply', err);
                }
              }}
              onEdit={() => {
                const editor = current?.box.editor;
                close();
                if (editor?.isConnected) restoreCaret(editor);
              }}
              onSendAnyway={() => {
                const req2 = current;
                close();
                req2?.sendAnyway();
              }}
              onIgnoreThread={() => {
                const req2 = current;
                close();
                req2?.ignoreThread?.();
                if (req2?.box.editor.isConnected) restoreCaret(req2.box.editor);
              }}
            />,
            container,
          );
        },
        onRemove(container) {
          if (container) render(null, container);
        },
      });
      if (!ctx.isValid || current !== req) return;
      ui = created;
      created.mount();
      created.shadowHost.setAttribute('data-mode', 'review');
    }
    matchTheme(ui.shadowHost, req.box.root);
    position(ui.shadowHost as HTMLElement, req.box);
  };

  ctx.onInvalidated(close);
  return {
    show,
    close,
    contains: (el) =>
      !!ui && (ui.shadowHost === el || ui.shadowHost.contains(el) || el.getRootNode() === ui.shadow),
  };
}
