/** Loads saved HTML into an inert DOM (no scripts, no network) for the CLI and tests. */
import { Window } from 'happy-dom';

export interface LoadedPage {
  document: Document;
  close(): void;
}

export function loadHtml(html: string, url = 'about:blank'): LoadedPage {
  const window = new Window({
    url,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  const document = window.document as unknown as Document;
  document.write(html);
  return { document, close: () => void window.happyDOM.close() };
}
