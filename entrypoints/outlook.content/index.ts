import '@/components/panel.css';
import { outlookAdapter } from '@/utils/mail/outlook';
import { runParley } from '@/utils/content/controller';

export default defineContentScript({
  matches: ['https://outlook.live.com/*', 'https://outlook.office.com/*', 'https://outlook.office365.com/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    try {
      runParley(ctx, outlookAdapter);
    } catch {
      // Parley must never break Outlook: if it cannot start, the page goes on without it.
    }
  },
});
